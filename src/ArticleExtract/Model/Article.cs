using ArticleExtract.Rendering;

namespace ArticleExtract;

/// <summary>
/// An extracted article: metadata, the body grouped into sections, and its renderings.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class Article
{
    private static readonly IReadOnlyList<string> NoStrings = [];

    internal Article(ArticleMetadata metadata, IReadOnlyList<Section> sections, ExtractionOutcome outcome, PageKind pageKind = PageKind.Article,
        SecondOpinionStatus secondOpinion = SecondOpinionStatus.NotAsked)
    {
        SecondOpinion = secondOpinion;
        PageKind = pageKind;
        Title = metadata.Title;
        MetaTitle = metadata.MetaTitle;
        Authors = metadata.Authors is { } authors ? ReadOnlyView.Of(authors) : NoStrings;
        Published = metadata.Published;
        Modified = metadata.Modified;
        SiteName = metadata.SiteName;
        Language = metadata.Language;
        Excerpt = metadata.Excerpt;
        Url = metadata.Url;
        LeadImage = metadata.LeadImage;
        Tags = metadata.Tags is { } tags ? ReadOnlyView.Of(tags) : NoStrings;
        IsAccessibleForFree = metadata.IsAccessibleForFree;
        Sections = ReadOnlyView.Of(sections);
        Outcome = outcome;
        Body = TextRenderer.Body(sections);
        var (words, ideographs) = TextRenderer.CountWords(Body);
        WordCount = words + ideographs;
        ReadingTime = TimeSpan.FromSeconds(Math.Round((words * 60.0 / WordsPerMinute) + (ideographs * 60.0 / IdeographsPerMinute)));
    }

    /// <summary>The reading rate behind <see cref="ReadingTime"/> for space-separated scripts: 238 words a minute, the
    /// average adult silent reading rate for non-fiction in Brysbaert's 2019 meta-analysis of 190 studies.</summary>
    public const int WordsPerMinute = 238;

    /// <summary>The reading rate behind <see cref="ReadingTime"/> for Chinese and Japanese text, counted per character:
    /// 500 characters a minute.</summary>
    public const int IdeographsPerMinute = 500;

    /// <summary>
    /// The kind of page: an article, a forum thread, a product page, a listing, documentation or a service page.
    /// <see cref="ArticleExtractor.IsProbablyArticle(string)"/> is true only for pages of kind <see cref="PageKind.Article"/>.
    /// For an input that is no page (<see cref="ExtractionOutcome.NotHtml"/>) it is the default, <see cref="PageKind.Article"/>.
    /// </summary>
    public PageKind PageKind { get; }

    /// <summary>
    /// The article's headline as the page shows it (its visible <c>&lt;h1&gt;</c> when that is a plausible title),
    /// else the metadata title without site-name decorations; <see langword="null"/> when the page has none. On a
    /// <see cref="PageKind.Service"/> page, whose big heading is usually a slogan, the metadata title when there is one.
    /// At most 1,000 characters: a longer one is no title (a <c>&lt;title&gt;</c> left open takes in the whole page) and
    /// gives <see langword="null"/>.
    /// </summary>
    public string? Title { get; }

    /// <summary>
    /// The metadata (SEO) title, without site-name decorations, when it differs from <see cref="Title"/>;
    /// <see langword="null"/> when they agree or the page has none, or when it is longer than 1,000 characters.
    /// </summary>
    public string? MetaTitle { get; }

    /// <summary>The authors' names, cleaned (no "By", no dates, no duplicates): at most 20, each at most 60 characters; empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>
    /// When the article was first published, as the page states it: the day it shows (never shifted to UTC), and
    /// the time and offset only when the page gives them. <see langword="null"/> when the page states no date.
    /// </summary>
    public ArticleDate? Published { get; }

    /// <summary>When the article was last modified, as the page states it (see <see cref="Published"/>).</summary>
    public ArticleDate? Modified { get; }

    /// <summary>The name of the publishing site; at most 1,000 characters (a longer one gives <see langword="null"/>).</summary>
    public string? SiteName { get; }

    /// <summary>
    /// The article's language as a BCP 47 tag (for example <c>en</c>, <c>pt-BR</c>): the one the page declares
    /// (<c>&lt;html lang&gt;</c>, <c>Content-Language</c>, <c>og:locale</c>, JSON-LD <c>inLanguage</c>), unless the
    /// article's text is plainly written in another language, which then replaces it as a primary tag (<c>de</c>); and
    /// the text's language when the page declares none. Text is read by its script where one language writes it
    /// (Greek, Hebrew, Thai, Korean, Japanese, Chinese …) and by its function words for about twenty languages written in
    /// Latin, Cyrillic, Arabic or Devanagari letters; too little text, or two close languages scoring alike, gives no
    /// guess, and the declaration (or <see langword="null"/>) stands.
    /// </summary>
    public string? Language { get; }

    /// <summary>A short summary: the page's description, else the first real paragraph.</summary>
    public string? Excerpt { get; }

    /// <summary>The canonical URL of the article (absolute when it can be resolved).</summary>
    public string? Url { get; }

    /// <summary>The lead image URL (absolute when it can be resolved).</summary>
    public string? LeadImage { get; }

    /// <summary>Keywords or tags the page declares for the article: at most 100, each at most 100 characters, no two equal ignoring case.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Whether the page declares the article free to read (JSON-LD <c>isAccessibleForFree</c>); <see langword="null"/> when not stated.</summary>
    public bool? IsAccessibleForFree { get; }

    /// <summary>The body grouped into sections: first the untitled lead section (when it has content), then one per heading.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The body as plain text: headings and blocks in order, separated by a blank line. Empty when there is no article.</summary>
    public string Body { get; }

    /// <summary>
    /// How many words <see cref="Body"/> holds: runs of letters or digits (apostrophes and hyphens inside a word do
    /// not split it), plus one per Chinese or Japanese character, since those scripts write no spaces between words.
    /// </summary>
    public int WordCount { get; }

    /// <summary>
    /// About how long <see cref="Body"/> takes to read, to the second: words at <see cref="WordsPerMinute"/> and
    /// Chinese or Japanese characters at <see cref="IdeographsPerMinute"/>. <see cref="TimeSpan.Zero"/> when there is no text.
    /// </summary>
    public TimeSpan ReadingTime { get; }

    /// <summary>Whole minutes, rounded up: what JSON's <c>readingTimeMinutes</c> and the front matter show (0 only for no text).</summary>
    internal int ReadingTimeMinutes => WordCount == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(ReadingTime.TotalMinutes));

    /// <summary>How the body was obtained, or <see cref="ExtractionOutcome.NoArticle"/> when the page has none.</summary>
    public ExtractionOutcome Outcome { get; }

    /// <summary>
    /// Whether the second opinion was asked and what came of it: not asked, skipped (the page is outside its bounds),
    /// asked and not taken, taken, or failed (it threw on the page, and our own result stands). Not part of the renderings.
    /// </summary>
    public SecondOpinionStatus SecondOpinion { get; }

    /// <summary>Whether any article text was found.</summary>
    public bool HasContent => Body.Length > 0;

    /// <summary>Renders the article as plain text: title, then the body with headings.</summary>
    /// <param name="header">Whether to add a short header under the title: a line with the authors, the publication
    /// date and the site name (those the page gives, separated by " · "), then the URL.</param>
    public string ToText(bool header = false) => TextRenderer.Render(this, header);

    /// <summary>Renders the article as GitHub-flavoured Markdown; inline formatting (strong, emphasis, code, sub,
    /// sup, line breaks, links with titles) is kept, and every text is escaped so that no page text becomes markup.</summary>
    /// <param name="frontMatter">Whether to start with YAML front matter between <c>---</c> lines: <c>title</c>,
    /// <c>authors</c>, <c>published</c>, <c>modified</c>, <c>siteName</c>, <c>language</c>, <c>url</c>, <c>tags</c>
    /// (those the page gives), <c>wordCount</c> and <c>readingTimeMinutes</c>. Strings are double-quoted YAML.</param>
    public string ToMarkdown(bool frontMatter = false) => MarkdownRenderer.Render(this, frontMatter);

    /// <summary>Renders the article as safe, semantic HTML built from the model (all text escaped, only http(s) and relative URLs).</summary>
    /// <remarks>
    /// Template syntax in the page's text (<c>{{ … }}</c>, <c>${ … }</c>) is written as the text it is. Escaping it is not
    /// this method's to do, because no HTML escaping can: a client-side template engine reads the text after the browser
    /// has decoded it. Do not insert the HTML inside markup that AngularJS, Vue (in-DOM templates), Alpine or Knockout
    /// compile, or mark that element as not compiled (<c>ng-non-bindable</c>, <c>v-pre</c>); binding it as HTML
    /// (<c>v-html</c>, Angular's <c>[innerHTML]</c>) compiles nothing.
    /// </remarks>
    public string ToHtml() => HtmlRenderer.Render(this);

    /// <summary>Renders the article as one JSON object (camelCase; schema in the README).</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    public string ToJson(bool indented = false) => JsonRenderer.Render(this, indented);

    /// <summary>Renders the article as <see cref="ToJson"/> does, as UTF-8 bytes: the JSON is written as UTF-8, so a
    /// caller that writes it to a file, a socket or a response skips the string and its conversion back.</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    public byte[] ToJsonUtf8(bool indented = false) => JsonRenderer.RenderUtf8(this, indented);
}
