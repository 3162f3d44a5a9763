namespace ArticleExtract.Classification;

/// <summary>
/// The evidence of each page kind, as data (<c>Vocabulary/page-kinds.txt</c>): schema.org types, software that generates the page, and words of the
/// URL's path. Language-independent by design (types, generators and URL conventions are the same in every
/// language); matched case-insensitively.
/// </summary>
internal static class PageKindVocabulary
{
    /// <summary>schema.org types (JSON-LD <c>@type</c>, microdata <c>itemtype</c>, <c>og:type</c>) and the kind each declares; compared ignoring case, so each is listed once.</summary>
    public static readonly (string Type, PageKind Kind)[] DeclaredTypes = Vocabulary.Tagged<PageKind>("page-kinds", "declared-types");

    /// <summary>Forum and documentation engines, as they name themselves in <c>&lt;meta name="generator"&gt;</c>.</summary>
    public static readonly (string Generator, PageKind Kind)[] Generators = Vocabulary.Tagged<PageKind>("page-kinds", "generators");

    /// <summary>Segments of the URL's path (between slashes) that name a kind of page.</summary>
    public static readonly (string Segment, PageKind Kind)[] PathSegments = Vocabulary.Tagged<PageKind>("page-kinds", "path-segments");

    /// <summary>Words of the URL's path that say "an article" (dated or blog paths): they outrank a kind word further up the path.</summary>
    public static readonly string[] ArticleSegments = Vocabulary.Words("page-kinds", "article-segments");
}
