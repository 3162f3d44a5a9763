namespace ArticleExtract.Classification;

/// <summary>
/// The evidence of each page kind, as data: schema.org types, software that generates the page, and words of the
/// URL's path. Language-independent by design (types, generators and URL conventions are the same in every
/// language); matched case-insensitively.
/// </summary>
internal static class PageKindVocabulary
{
    /// <summary>schema.org types (JSON-LD <c>@type</c>, microdata <c>itemtype</c>) and what each declares; compared ignoring case, so each is listed once.</summary>
    public static readonly (string Type, Declaration Declares)[] DeclaredTypes =
    [
        ("DiscussionForumPosting", Declaration.Forum), ("QAPage", Declaration.Forum),
        ("Product", Declaration.Product), ("ProductGroup", Declaration.Product),
        ("CollectionPage", Declaration.Collection), ("SearchResultsPage", Declaration.Collection),
        ("ItemList", Declaration.ItemList), ("OfferCatalog", Declaration.ItemList),
        ("TechArticle", Declaration.Documentation), ("APIReference", Declaration.Documentation),
        ("Service", Declaration.Service), ("ProfessionalService", Declaration.Service), ("LegalService", Declaration.Service), ("FinancialService", Declaration.Service),
        ("NewsArticle", Declaration.Article), ("BlogPosting", Declaration.Article), ("Article", Declaration.Article), ("Recipe", Declaration.Article),
        ("Report", Declaration.Article),
    ];

    /// <summary>
    /// <c>og:type</c> values and what each declares. Shops mark a category page <c>product.group</c>; <c>article</c>
    /// is weak evidence, since many sites put it on every page, the home page and the category pages included.
    /// </summary>
    public static readonly (string Type, Declaration Declares)[] OpenGraphTypes =
    [
        ("product", Declaration.Product), ("og:product", Declaration.Product), ("product.item", Declaration.Product),
        ("product.group", Declaration.Collection), ("product:group", Declaration.Collection),
        ("article", Declaration.OpenGraphArticle),
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
        ("cat", PageKind.Listing), ("product-category", PageKind.Listing), ("browse", PageKind.Listing), ("genre", PageKind.Listing),
        ("catalog", PageKind.Listing), ("catalogs", PageKind.Listing), ("list", PageKind.Listing), ("bestsellers", PageKind.Listing),
        ("tag", PageKind.Listing), ("tags", PageKind.Listing), ("search", PageKind.Listing), ("archive", PageKind.Listing), ("chart", PageKind.Listing),
        ("docs", PageKind.Documentation), ("doc", PageKind.Documentation), ("documentation", PageKind.Documentation), ("reference", PageKind.Documentation),
        ("api", PageKind.Documentation), ("manual", PageKind.Documentation), ("wiki", PageKind.Documentation), ("guide", PageKind.Documentation),
        ("tutorial", PageKind.Documentation), ("library", PageKind.Documentation),
        ("services", PageKind.Service), ("service", PageKind.Service), ("solutions", PageKind.Service), ("pricing", PageKind.Service),
        ("features", PageKind.Service), ("what-we-do", PageKind.Service), ("capabilities", PageKind.Service), ("industries", PageKind.Service),
    ];

    /// <summary>
    /// Documentation words of the URL's path that also head articles and courses: under them a page is documentation
    /// only when it shows code.
    /// </summary>
    public static readonly string[] DocumentationSegmentsNeedingCode = ["guide", "tutorial", "library", "wiki"];

    /// <summary>
    /// Words of the URL's path that say "an article" (dated or blog paths): they outrank a kind word further up the
    /// path. As the path's last segment they name the index of the articles (<c>/blog</c>, <c>/news</c>): a listing.
    /// </summary>
    public static readonly string[] ArticleSegments = ["blog", "news", "article", "articles", "story", "stories", "posts", "post", "insights"];
}

/// <summary>What a page can declare about itself; more specific than <see cref="PageKind"/> where the precedence needs it.</summary>
internal enum Declaration
{
    /// <summary>A thread or a question page.</summary>
    Forum,

    /// <summary>A product.</summary>
    Product,

    /// <summary>A collection or search results page: a listing, whatever products it also declares.</summary>
    Collection,

    /// <summary>A list of items: a listing, unless the page also declares an article (a listicle).</summary>
    ItemList,

    /// <summary>Documentation.</summary>
    Documentation,

    /// <summary>A service.</summary>
    Service,

    /// <summary>An article, in JSON-LD or microdata.</summary>
    Article,

    /// <summary>An article by <c>og:type</c> alone.</summary>
    OpenGraphArticle,
}
