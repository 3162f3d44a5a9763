namespace ArticleExtract.Classification;

/// <summary>
/// The evidence of each page kind, as data: schema.org types, software that generates the page, and words of the
/// URL's path. Language-independent by design (types, generators and URL conventions are the same in every
/// language); matched case-insensitively.
/// </summary>
internal static class PageKindVocabulary
{
    /// <summary>schema.org types (JSON-LD <c>@type</c>, microdata <c>itemtype</c>, <c>og:type</c>) and the kind each declares; compared ignoring case, so each is listed once.</summary>
    public static readonly (string Type, PageKind Kind)[] DeclaredTypes =
    [
        ("DiscussionForumPosting", PageKind.Forum), ("QAPage", PageKind.Forum),
        ("Product", PageKind.Product), ("ProductGroup", PageKind.Product), ("og:product", PageKind.Product),
        ("CollectionPage", PageKind.Listing), ("SearchResultsPage", PageKind.Listing), ("ItemList", PageKind.Listing), ("OfferCatalog", PageKind.Listing),
        ("TechArticle", PageKind.Documentation), ("APIReference", PageKind.Documentation),
        ("Service", PageKind.Service), ("ProfessionalService", PageKind.Service), ("LegalService", PageKind.Service), ("FinancialService", PageKind.Service),
        ("NewsArticle", PageKind.Article), ("BlogPosting", PageKind.Article), ("Article", PageKind.Article), ("Recipe", PageKind.Article),
        ("Report", PageKind.Article),
    ];

    /// <summary>Forum and documentation engines, as they name themselves in <c>&lt;meta name="generator"&gt;</c>.</summary>
    public static readonly (string Generator, PageKind Kind)[] Generators =
    [
        ("discourse", PageKind.Forum), ("phpbb", PageKind.Forum), ("vbulletin", PageKind.Forum), ("xenforo", PageKind.Forum),
        ("invision", PageKind.Forum), ("mybb", PageKind.Forum), ("flarum", PageKind.Forum), ("nodebb", PageKind.Forum),
        ("docusaurus", PageKind.Documentation), ("sphinx", PageKind.Documentation), ("mkdocs", PageKind.Documentation),
        ("vitepress", PageKind.Documentation), ("gitbook", PageKind.Documentation), ("mediawiki", PageKind.Documentation),
        ("hugo-book", PageKind.Documentation), ("jsdoc", PageKind.Documentation), ("doxygen", PageKind.Documentation),
    ];

    /// <summary>Segments of the URL's path (between slashes) that name a kind of page.</summary>
    public static readonly (string Segment, PageKind Kind)[] PathSegments =
    [
        ("t", PageKind.Forum), ("forum", PageKind.Forum), ("forums", PageKind.Forum), ("thread", PageKind.Forum), ("threads", PageKind.Forum),
        ("topic", PageKind.Forum), ("topics", PageKind.Forum), ("questions", PageKind.Forum), ("discussion", PageKind.Forum),
        ("discussions", PageKind.Forum), ("community", PageKind.Forum), ("comments", PageKind.Forum), ("viewtopic.php", PageKind.Forum),
        ("showthread.php", PageKind.Forum),
        ("product", PageKind.Product), ("products", PageKind.Product), ("p", PageKind.Product), ("dp", PageKind.Product), ("itm", PageKind.Product),
        ("pdp", PageKind.Product), ("shop", PageKind.Product), ("item", PageKind.Product),
        ("category", PageKind.Listing), ("categories", PageKind.Listing), ("collections", PageKind.Listing), ("c", PageKind.Listing),
        ("tag", PageKind.Listing), ("tags", PageKind.Listing), ("search", PageKind.Listing), ("archive", PageKind.Listing), ("chart", PageKind.Listing),
        ("docs", PageKind.Documentation), ("doc", PageKind.Documentation), ("documentation", PageKind.Documentation), ("reference", PageKind.Documentation),
        ("api", PageKind.Documentation), ("manual", PageKind.Documentation), ("wiki", PageKind.Documentation), ("guide", PageKind.Documentation),
        ("tutorial", PageKind.Documentation), ("library", PageKind.Documentation),
        ("services", PageKind.Service), ("service", PageKind.Service), ("solutions", PageKind.Service), ("pricing", PageKind.Service),
        ("features", PageKind.Service), ("what-we-do", PageKind.Service), ("capabilities", PageKind.Service), ("industries", PageKind.Service),
    ];

    /// <summary>Words of the URL's path that say "an article" (dated or blog paths): they outrank a kind word further up the path.</summary>
    public static readonly string[] ArticleSegments = ["blog", "news", "article", "articles", "story", "stories", "posts", "post", "insights"];
}
