using ArticleExtract.Rendering;

namespace ArticleExtract;

/// <summary>
/// An extracted article: metadata, the body grouped into sections, and its renderings.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class Article
{
    private static readonly IReadOnlyList<string> NoStrings = [];

    internal Article(ArticleMetadata metadata, IReadOnlyList<Section> sections, ExtractionOutcome outcome, PageKind pageKind = PageKind.Article)
    {
        PageKind = pageKind;
        Title = metadata.Title;
        Authors = metadata.Authors ?? NoStrings;
        Published = metadata.Published;
        Modified = metadata.Modified;
        SiteName = metadata.SiteName;
        Language = metadata.Language;
        Excerpt = metadata.Excerpt;
        Url = metadata.Url;
        LeadImage = metadata.LeadImage;
        Tags = metadata.Tags ?? NoStrings;
        IsAccessibleForFree = metadata.IsAccessibleForFree;
        Sections = sections;
        Outcome = outcome;
        Body = TextRenderer.Body(sections);
    }

    /// <summary>
    /// The kind of page: an article, a forum thread, a product page, a listing, documentation or a service page.
    /// <see cref="ArticleExtractor.IsProbablyArticle(string)"/> is true only for pages of kind <see cref="PageKind.Article"/>.
    /// </summary>
    public PageKind PageKind { get; }

    /// <summary>The article's headline, without site-name decorations; <see langword="null"/> when the page has none.</summary>
    public string? Title { get; }

    /// <summary>The authors' names, cleaned (no "By", no dates, no duplicates); empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>When the article was first published, when the page says.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>When the article was last modified, when the page says.</summary>
    public DateTimeOffset? Modified { get; }

    /// <summary>The name of the publishing site.</summary>
    public string? SiteName { get; }

    /// <summary>The article's language as a BCP 47 tag (for example <c>en</c>, <c>pt-BR</c>).</summary>
    public string? Language { get; }

    /// <summary>A short summary: the page's description, else the first real paragraph.</summary>
    public string? Excerpt { get; }

    /// <summary>The canonical URL of the article (absolute when it can be resolved).</summary>
    public string? Url { get; }

    /// <summary>The lead image URL (absolute when it can be resolved).</summary>
    public string? LeadImage { get; }

    /// <summary>Keywords or tags the page declares for the article.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Whether the page declares the article free to read (JSON-LD <c>isAccessibleForFree</c>); <see langword="null"/> when not stated.</summary>
    public bool? IsAccessibleForFree { get; }

    /// <summary>The body grouped into sections: first the untitled lead section (when it has content), then one per heading.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The body as plain text: headings and blocks in order, separated by a blank line. Empty when there is no article.</summary>
    public string Body { get; }

    /// <summary>How the body was obtained, or <see cref="ExtractionOutcome.NoArticle"/> when the page has none.</summary>
    public ExtractionOutcome Outcome { get; }

    /// <summary>Whether any article text was found.</summary>
    public bool HasContent => Body.Length > 0;

    /// <summary>Renders the article as plain text: title, then the body with headings.</summary>
    public string ToText() => TextRenderer.Render(this);

    /// <summary>Renders the article as GitHub-flavoured Markdown.</summary>
    public string ToMarkdown() => MarkdownRenderer.Render(this);

    /// <summary>Renders the article as safe, semantic HTML built from the model (all text escaped, only http(s) and relative URLs).</summary>
    public string ToHtml() => HtmlRenderer.Render(this);

    /// <summary>Renders the article as one JSON object (camelCase; schema in the README).</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    public string ToJson(bool indented = false) => JsonRenderer.Render(this, indented);
}
