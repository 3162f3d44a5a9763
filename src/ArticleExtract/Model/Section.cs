namespace ArticleExtract;

/// <summary>A run of blocks under one heading.</summary>
/// <param name="Heading">The heading text; <see langword="null"/> for the untitled lead section.</param>
/// <param name="Level">The heading level (2–6 as in <c>h2</c>–<c>h6</c>; 1 for an <c>h1</c> inside the body); 0 for the lead section.</param>
/// <param name="Blocks">The blocks in reading order.</param>
public sealed record Section(string? Heading, int Level, IReadOnlyList<Block> Blocks);
