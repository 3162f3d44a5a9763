namespace ArticleExtract.Classification;

/// <summary>
/// The evidence of each page kind, as data (<c>Vocabulary/page-kinds.txt</c>): schema.org types, software that generates the page, and words of the
/// URL's path. Language-independent by design (types, generators and URL conventions are the same in every
/// language); matched case-insensitively.
/// </summary>
internal static class PageKindVocabulary
{
    /// <summary>schema.org types (JSON-LD <c>@type</c>, microdata <c>itemtype</c>) and what each declares; compared ignoring case, so each is listed once.</summary>
    public static readonly (string Type, Declaration Declares)[] DeclaredTypes = Vocabulary.Tagged<Declaration>("page-kinds", "declared-types");

    /// <summary>
    /// <c>og:type</c> values and what each declares. Shops mark a category page <c>product.group</c>; <c>article</c>
    /// is weak evidence, since many sites put it on every page, the home page and the category pages included.
    /// </summary>
    public static readonly (string Type, Declaration Declares)[] OpenGraphTypes = Vocabulary.Tagged<Declaration>("page-kinds", "open-graph-types");

    /// <summary>Forum and documentation engines, as they name themselves in <c>&lt;meta name="generator"&gt;</c>.</summary>
    public static readonly (string Generator, PageKind Kind)[] Generators = Vocabulary.Tagged<PageKind>("page-kinds", "generators");

    /// <summary>Segments of the URL's path (between slashes) that name a kind of page.</summary>
    public static readonly (string Segment, PageKind Kind)[] PathSegments = Vocabulary.Tagged<PageKind>("page-kinds", "path-segments");

    /// <summary>First labels of a host name that serves a project's documentation (<c>docs.example.org</c>).</summary>
    public static readonly string[] DocumentationHosts = Vocabulary.Words("page-kinds", "documentation-hosts");

    /// <summary>
    /// Documentation words of the URL's path that also head articles and courses: under them a page is documentation
    /// only when it shows code.
    /// </summary>
    public static readonly string[] DocumentationSegmentsNeedingCode = Vocabulary.Words("page-kinds", "documentation-segments-needing-code");

    /// <summary>
    /// Words of the URL's path that say "an article" (dated or blog paths): they outrank a kind word further up the
    /// path. As the path's last segment they name the index of the articles (<c>/blog</c>, <c>/news</c>): a listing.
    /// </summary>
    public static readonly string[] ArticleSegments = Vocabulary.Words("page-kinds", "article-segments");
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
