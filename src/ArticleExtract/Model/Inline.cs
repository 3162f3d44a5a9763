namespace ArticleExtract;

/// <summary>The formatting of an <see cref="Inline"/> run; flags combine (bold italic is <c>Strong | Emphasis</c>).</summary>
[Flags]
public enum InlineStyle
{
    /// <summary>Plain text.</summary>
    None = 0,
    /// <summary>Strong importance (<c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>).</summary>
    Strong = 1,
    /// <summary>Emphasis (<c>&lt;em&gt;</c>, <c>&lt;i&gt;</c>).</summary>
    Emphasis = 2,
    /// <summary>Inline code (<c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c>).</summary>
    Code = 4,
    /// <summary>Subscript (<c>&lt;sub&gt;</c>).</summary>
    Subscript = 8,
    /// <summary>Superscript (<c>&lt;sup&gt;</c>).</summary>
    Superscript = 16,
    /// <summary>
    /// Struck text (<c>&lt;del&gt;</c>, <c>&lt;s&gt;</c>, <c>&lt;strike&gt;</c>): words the page shows crossed out, a
    /// correction's old figure or a price before a sale, which are no longer true. <see cref="Block.Text"/> and
    /// <see cref="Article.Body"/> keep them as plain words; the renderings mark them (Markdown <c>~~</c>, HTML
    /// <c>&lt;del&gt;</c>, JSON <c>"deleted"</c>).
    /// </summary>
    Deleted = 32,
}

/// <summary>
/// A run of inline content inside a paragraph or list item: text with one formatting (<see cref="Style"/>), a link
/// when <see cref="Href"/> is set, or a line break (<see cref="IsLineBreak"/>, text <c>"\n"</c>). Runs are flat: a
/// bold word inside a link is a run with both <see cref="Href"/> and <see cref="InlineStyle.Strong"/>.
/// Equality is by value.
/// </summary>
/// <param name="Text">The run's text, whitespace collapsed; <c>"\n"</c> for a line break.</param>
/// <param name="Href">The absolute (or, without a page URL, as-written) link target when the run is a link; otherwise <see langword="null"/>. Only targets a reader can follow are kept (http(s), relative, <c>mailto:</c>, <c>tel:</c>); a link to anything else (<c>javascript:</c>, <c>data:</c>, an unparseable URL) is a link with an empty target.</param>
/// <exception cref="ArgumentNullException"><paramref name="Text"/> is null.</exception>
public sealed record Inline(string Text, string? Href = null)
{
    private readonly string _text = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The run's text, whitespace collapsed; <c>"\n"</c> for a line break.</summary>
    public string Text { get => _text; init => _text = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>A line break (<c>&lt;br&gt;</c>).</summary>
    public static Inline LineBreak { get; } = new("\n");

    /// <summary>The run's formatting; <see cref="InlineStyle.None"/> for plain text.</summary>
    public InlineStyle Style { get; init; }

    /// <summary>The link's advisory title (the <c>title</c> attribute), when the run is a link that has one.</summary>
    public string? Title { get; init; }

    /// <summary>Whether this run is a hyperlink.</summary>
    public bool IsLink => Href is not null;

    /// <summary>Whether this run is a line break.</summary>
    public bool IsLineBreak => Text is "\n";
}
