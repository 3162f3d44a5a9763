namespace ArticleExtract;

/// <summary>A run of blocks under one heading. Equality is by content.</summary>
/// <param name="Heading">The heading text; <see langword="null"/> for the untitled lead section.</param>
/// <param name="Level">The heading level: 2–6 as in <c>h2</c>–<c>h6</c>, 1 for an <c>h1</c> inside the body, and 0 for the
/// lead section (the blocks before the first heading, which has no heading; JSON writes <c>"level": 0</c> and
/// <c>"heading": null</c> for it).</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <exception cref="ArgumentNullException"><paramref name="Blocks"/> is null.</exception>
public sealed record Section(string? Heading, int Level, IReadOnlyList<Block> Blocks)
{
    private readonly IReadOnlyList<Block> _blocks = ReadOnlyView.Of(Blocks);

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get => _blocks; init => _blocks = ReadOnlyView.Of(value, nameof(Blocks)); }

    /// <inheritdoc/>
    public bool Equals(Section? other) =>
        other is not null && Level == other.Level && string.Equals(Heading, other.Heading, StringComparison.Ordinal) && ModelEquality.Sequence(Blocks, other.Blocks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Heading, Level, Blocks.Count);
}
