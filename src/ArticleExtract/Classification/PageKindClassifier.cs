using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Kinds;
using ArticleExtract.Metadata;

namespace ArticleExtract.Classification;

/// <summary>
/// Tells an article from a forum thread, a product page, a listing, documentation and a service page, from what
/// the page declares (schema.org types, its generator), its URL's path and the shape of the extracted text. Cheap:
/// one pass over the JSON-LD scripts and the microdata types, no second walk of the body.
/// </summary>
internal static partial class PageKindClassifier
{
    private static readonly Dictionary<string, Declaration> Declared = PageKindVocabulary.DeclaredTypes.ToDictionary(t => t.Type, t => t.Declares, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, Declaration> OpenGraph = PageKindVocabulary.OpenGraphTypes.ToDictionary(t => t.Type, t => t.Declares, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, PageKind> Segments = PageKindVocabulary.PathSegments.ToDictionary(t => t.Segment, t => t.Kind, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ArticleSegments = new(PageKindVocabulary.ArticleSegments, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DocumentationHosts = new(PageKindVocabulary.DocumentationHosts, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> CodeDocumentationSegments = new(PageKindVocabulary.DocumentationSegmentsNeedingCode, StringComparer.OrdinalIgnoreCase);

    /// <summary>The page's kind.</summary>
    /// <param name="document">The parsed page (before any stage rewrites it).</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="shape">The extracted text's shape.</param>
    /// <param name="records">The page's repeated records, searched only when the page declares nothing decisive.</param>
    /// <param name="metadata">The page's metadata, when read: a page without a date or a byline is no story.</param>
    /// <returns>The kind.</returns>
    public static PageKind Classify(IHtmlDocument document, Uri? url, in TextShape shape, PageRecords? records = null, ArticleMetadata? metadata = null) =>
        Classify(document, url, shape, records, metadata, out _);

    /// <summary>The page's kind, and whether only its address made it a service page.</summary>
    /// <param name="document">The parsed page (before any stage rewrites it).</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="shape">The extracted text's shape.</param>
    /// <param name="records">The page's repeated records, searched only when the page declares nothing decisive.</param>
    /// <param name="metadata">The page's metadata, when read.</param>
    /// <param name="byAddressOnly">
    /// True when the page is a service page only because it is undated and unsigned at a short address: weak evidence,
    /// so the readers keep reading it as they read an article (the kind is reported, the reading does not change).
    /// </param>
    /// <returns>The kind.</returns>
    public static PageKind Classify(IHtmlDocument document, Uri? url, in TextShape shape, PageRecords? records, ArticleMetadata? metadata, out bool byAddressOnly) =>
        Classify(document, url, shape, records, metadata, null, out byAddressOnly);

    /// <summary>The page's kind as <see cref="Classify(IHtmlDocument, Uri?, in TextShape, PageRecords?, ArticleMetadata?, out bool)"/>
    /// gives it, reading the declarations from <paramref name="page"/>'s elements (the metadata reader's walk) when given.</summary>
    public static PageKind Classify(IHtmlDocument document, Uri? url, in TextShape shape, PageRecords? records, ArticleMetadata? metadata, PageElements? page, out bool byAddressOnly) =>
        Classify(document, url, shape, records, metadata, page, out byAddressOnly, out _);

    /// <summary>
    /// The page's kind as <see cref="Classify(IHtmlDocument, Uri?, in TextShape, PageRecords?, ArticleMetadata?, PageElements?, out bool)"/>
    /// gives it, and whether the page itself decided it (its generator, its schema.org or OpenGraph types, its address's
    /// path, its run of records) rather than the shape of its text.
    /// </summary>
    public static PageKind Classify(IHtmlDocument document, Uri? url, in TextShape shape, PageRecords? records, ArticleMetadata? metadata, PageElements? page, out bool byAddressOnly, out bool decided)
    {
        byAddressOnly = false;
        decided = true;
        if (Generator(document, page) is { } generated)
        {
            return generated;
        }

        var declared = DeclaredKinds(document, page);
        var path = FromPath(url);
        if (FromDeclarations(declared, path.Kind) is { } kind)
        {
            return kind;
        }

        // Many link-led records holding more text than the page's prose: a listing, whatever og:type or the path says.
        if (records is { LooksLikeListing: true })
        {
            return PageKind.Listing;
        }

        // So do a few records that are each little more than a linked title, on a page whose address names no kind.
        if (path.Kind is null && records is { LooksLikeTitleListing: true })
        {
            records.ListingByTitlesOnly = true;
            return PageKind.Listing;
        }

        decided = false;

        // Undated, unsigned, at a one-word address (/dental-care, /pricing, the home page): a business's page, not a
        // story; unless it shows documentation's code or a listing's links. A date that only the theme's WebPage stamp
        // states (the page's save time) dates nothing.
        // So is one at an address of a few words whose text is many short blocks (headed blurbs, feature lists, calls
        // to action) rather than a story's paragraphs.
        if (path.Kind is null && metadata is { Authors: null or [] } && (metadata.Published is null || metadata.PublishedEvidence == DateEvidence.PageStamp) && (IsShortPath(url) || IsLanding(url, shape))
            && shape.CodeBlocks < Cleaning.Thresholds.KindDocumentationCodeBlocks && shape.LinkItems < Cleaning.Thresholds.KindListingLinkItems)
        {
            // Without this rule the root page would be a service page all the same (below).
            byAddressOnly = url is not { AbsolutePath: "/" or "" } && shape.ProseChars >= Cleaning.Thresholds.KindArticleProseChars;
            return PageKind.Service;
        }

        if (Has(declared, Declaration.OpenGraphArticle) && path.Kind is not (PageKind.Forum or PageKind.Documentation))
        {
            decided = true;
            return PageKind.Article;
        }

        if (path.Kind is { } fromPath)
        {
            decided = true;
            return path.NeedsCode && shape.CodeBlocks == 0 && shape.ProseChars >= Cleaning.Thresholds.KindArticleProseChars
                ? PageKind.Article
                : fromPath;
        }

        if (shape.CodeBlocks >= Cleaning.Thresholds.KindDocumentationCodeBlocks)
        {
            return PageKind.Documentation;
        }

        if (url is { AbsolutePath: "/" or "" } || shape.ProseChars < Cleaning.Thresholds.KindArticleProseChars)
        {
            return shape.LinkItems >= Cleaning.Thresholds.KindListingLinkItems ? PageKind.Listing : PageKind.Service;
        }

        return PageKind.Article;
    }

    /// <summary>
    /// The kind the page's schema.org types decide, most specific first: a thread is also an article, a collection
    /// also lists products, a product page also carries an item list of offers. An article that declares products or
    /// an item list is a review or a listicle; a declared article gives way to a forum or documentation path (forum
    /// engines and doc sites declare "Article").
    /// </summary>
    private static PageKind? FromDeclarations(int declared, PageKind? path)
    {
        var article = Has(declared, Declaration.Article) && path is not (PageKind.Forum or PageKind.Documentation);
        return Has(declared, Declaration.Forum) ? PageKind.Forum
            : Has(declared, Declaration.Collection) ? PageKind.Listing
            : article && (Has(declared, Declaration.Product) || Has(declared, Declaration.ItemList)) ? PageKind.Article
            : Has(declared, Declaration.Product) ? (Has(declared, Declaration.ItemList) ? PageKind.Listing : PageKind.Product)
            : Has(declared, Declaration.Documentation) ? PageKind.Documentation
            : Has(declared, Declaration.ItemList) ? PageKind.Listing
            : article ? PageKind.Article
            : Has(declared, Declaration.Service) ? PageKind.Service
            : null;
    }

    private static bool Has(int declared, Declaration declaration) => (declared & (1 << (int)declaration)) != 0;

    private static PageKind? Generator(IHtmlDocument document, PageElements? page)
    {
        var content = HeadMeta(document, page, "name", "generator") ?? (page is null ? document.Head?.QuerySelector("meta[name='generator' i]")?.GetAttribute("content") : null);
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        foreach (var (name, kind) in PageKindVocabulary.Generators)
        {
            if (content.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static int DeclaredKinds(IHtmlDocument document, PageElements? page)
    {
        // One walk for the JSON-LD scripts and the microdata types, in place of two selector queries over the whole
        // document (each a full walk with selector matching): the same elements, as QuerySelectorAll finds them.
        // With the metadata reader's elements, no walk of our own: they hold every script and every itemtype.
        var kinds = 0;
        var products = 0;
        if (page is not null)
        {
            // An element in both lists is read twice: the kinds are or-ed, so it counts once (and a product twice
            // only when one script is also typed, which no page does).
            foreach (var script in page.Scripts)
            {
                Add(DeclaredBy(script), ref kinds, ref products);
            }

            foreach (var typed in page.ItemTyped)
            {
                Add(DeclaredBy(typed), ref kinds, ref products);
            }
        }
        else if (document.DocumentElement is { } root)
        {
            Add(DeclaredBy(root), ref kinds, ref products);
            foreach (var element in DomWalker.Descendants(root))
            {
                Add(DeclaredBy(element), ref kinds, ref products);
            }
        }

        // A page that declares many products, each on its own (a script or an itemtype per card), lists them: a
        // product page declares its product, and at most a few variants or companions beside it.
        if (products >= Cleaning.Thresholds.KindListingDeclaredProducts)
        {
            kinds |= 1 << (int)Declaration.ItemList;
        }

        var og = HeadMeta(document, page, "property", "og:type") ?? (page is null ? document.Head?.QuerySelector("meta[property='og:type' i]")?.GetAttribute("content") : null);
        if (og is not null)
        {
            kinds |= OpenGraph.TryGetValue(og.Trim(), out var declares) ? 1 << (int)declares : 0;
        }

        return kinds;
    }

    private static void Add(int declares, ref int kinds, ref int products)
    {
        kinds |= declares;
        products += Has(declares, Declaration.Product) ? 1 : 0;
    }

    /// <summary>What one element declares: a <c>script[type='application/ld+json' i]</c>'s <c>@type</c> values, an <c>[itemtype]</c>'s type.</summary>
    private static int DeclaredBy(IElement element)
    {
        var kinds = 0;
        if (element.LocalName == "script" && string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
        {
            var json = ElementText.Of(element);
            if (json.Length <= Cleaning.Thresholds.KindJsonLdMaxChars)
            {
                foreach (Match match in TypeValue().Matches(json))
                {
                    kinds |= KindOf(match.Groups[1].Value);
                }
            }
        }

        if (element.GetAttribute("itemtype") is { } type)
        {
            kinds |= KindOf(type[(type.LastIndexOf('/') + 1)..]);
        }

        return kinds;
    }

    /// <summary>
    /// The content of the first <c>meta</c> in the head whose <paramref name="attribute"/> is <paramref name="value"/>
    /// (ignoring case), as <c>Head.QuerySelector("meta[attribute='value' i]")</c> finds it, from the metadata reader's
    /// metas: no selector is parsed and no tree searched. Null without them.
    /// </summary>
    private static string? HeadMeta(IHtmlDocument document, PageElements? page, string attribute, string value)
    {
        if (page is null || document.Head is not { } head)
        {
            return null;
        }

        foreach (var meta in page.Metas)
        {
            if (string.Equals(meta.GetAttribute(attribute), value, StringComparison.OrdinalIgnoreCase) && IsIn(meta, head))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static bool IsIn(IElement element, IElement ancestor)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static int KindOf(string type) => Declared.TryGetValue(type, out var declares) ? 1 << (int)declares : 0;

    /// <summary>
    /// The kind the URL's path names; an article word or a year in the path outranks the others, except as the last
    /// segment, where it names the index of the articles. <c>NeedsCode</c>: a documentation word that also heads
    /// articles, so the page is documentation only if it shows code.
    /// </summary>
    private static (PageKind? Kind, bool NeedsCode) FromPath(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true })
        {
            return (null, false);
        }

        if (IsDocumentationHost(url))
        {
            // A project's documentation site: its path's words name parts of the manual ("topics", "reference").
            return (PageKind.Documentation, false);
        }

        (PageKind? Kind, bool NeedsCode) found = (null, false);
        var path = url.AbsolutePath.AsSpan();
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            if (IsArticleSegment(segment))
            {
                return path[range.End..].TrimStart('/').IsEmpty && !IsYear(segment) ? (PageKind.Listing, false) : (PageKind.Article, false);
            }

            if (found.Kind is null && Segments.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out var kind))
            {
                found = (kind, kind == PageKind.Documentation && CodeDocumentationSegments.GetAlternateLookup<ReadOnlySpan<char>>().Contains(segment));
            }
        }

        return found;
    }

    /// <summary>Whether the host's first label names a documentation site (<c>docs.example.org</c>).</summary>
    private static bool IsDocumentationHost(Uri url)
    {
        var host = url.Host.AsSpan();
        var dot = host.IndexOf('.');
        return dot > 0 && DocumentationHosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(host[..dot]);
    }

    /// <summary>Whether the URL's last path segment (its extension aside) is at most a word or two long, or the path is the root.</summary>
    private static bool IsShortPath(Uri? url) => PathWords(url) <= Cleaning.Thresholds.KindServicePathWords;

    /// <summary>
    /// Whether the page reads as a landing page: an address of a few words (a story's address spells out its headline)
    /// and text cut into short blocks, a few lines of prose under each of many headings, bullets of features, a line
    /// asking the reader to call or sign up, where a story runs in paragraphs.
    /// </summary>
    private static bool IsLanding(Uri? url, in TextShape shape) =>
        shape.Blocks > 0 && shape.ProseChars < Cleaning.Thresholds.KindLandingMeanBlockChars * shape.Blocks
        && PathWords(url) <= Cleaning.Thresholds.KindLandingPathWords;

    /// <summary>How many words the URL's last path segment (its extension aside) has: 0 at the root, int.MaxValue without an address.</summary>
    private static int PathWords(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true })
        {
            return int.MaxValue;
        }

        var path = url.AbsolutePath.AsSpan().TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        last = dot > 0 ? last[..dot] : last;
        var words = 0;
        foreach (var range in last.SplitAny('-', '_'))
        {
            words += last[range].IsEmpty ? 0 : 1;
        }

        return words;
    }

    private static bool IsArticleSegment(ReadOnlySpan<char> segment) => IsYear(segment) || ArticleSegments.GetAlternateLookup<ReadOnlySpan<char>>().Contains(segment);

    private static bool IsYear(ReadOnlySpan<char> segment) => segment.Length == 4 && segment[0] is '1' or '2' && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    // The white space after the colon and the one after an optional '[' are one run where there is no '[': written as
    // two loops side by side, they split a run of spaces every way before the missing quote failed (the square of its
    // length: 160,000 spaces in a script took 6 s). The '[' now opens its own run, so no two loops meet.
    [GeneratedRegex("\"@type\"\\s*:\\s*(?:\\[\\s*)?\"([A-Za-z]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TypeValue();
}

/// <summary>The shape of an extracted text, for telling page kinds apart.</summary>
/// <param name="ProseChars">Characters of paragraphs, lists, quotes, tables and code.</param>
/// <param name="CodeBlocks">How many code blocks.</param>
/// <param name="LinkItems">How many list items or paragraphs are mostly a link.</param>
/// <param name="Blocks">How many headings, list items and other text blocks (images aside); 0 when not counted.</param>
internal readonly record struct TextShape(int ProseChars, int CodeBlocks, int LinkItems, int Blocks = 0);
