namespace ArticleExtract;

/// <summary>A run of inline content inside a paragraph, list item or caption.</summary>
/// <param name="Text">The run's text, whitespace collapsed.</param>
/// <param name="Href">The absolute (or, without a page URL, as-written) link target when the run is a link; otherwise <see langword="null"/>.</param>
public sealed record Inline(string Text, string? Href = null)
{
    /// <summary>Whether this run is a hyperlink.</summary>
    public bool IsLink => Href is not null;
}
