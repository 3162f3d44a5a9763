using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Classification;

/// <summary>
/// Tells an article from a forum thread, a product page, a listing, documentation and a service page, from what
/// the page declares (schema.org types, its generator), its URL's path and the shape of the extracted text. Cheap:
/// one pass over the JSON-LD scripts and the microdata types, no second walk of the body.
/// </summary>
internal static partial class PageKindClassifier
{
    private static readonly Dictionary<string, PageKind> Declared = PageKindVocabulary.DeclaredTypes.ToDictionary(t => t.Type, t => t.Kind, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, PageKind> Segments = PageKindVocabulary.PathSegments.ToDictionary(t => t.Segment, t => t.Kind, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ArticleSegments = new(PageKindVocabulary.ArticleSegments, StringComparer.OrdinalIgnoreCase);

    // When a page declares several kinds (a product page also lists offers; a thread is also an article), the
    // more specific one wins.
    private static readonly PageKind[] Precedence = [PageKind.Forum, PageKind.Product, PageKind.Documentation, PageKind.Listing, PageKind.Article, PageKind.Service];

    /// <summary>The page's kind.</summary>
    /// <param name="document">The parsed page (before any stage rewrites it).</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="shape">The extracted text's shape.</param>
    /// <returns>The kind.</returns>
    public static PageKind Classify(IHtmlDocument document, Uri? url, in TextShape shape)
    {
        if (Generator(document) is { } generated)
        {
            return generated;
        }

        var declared = DeclaredKinds(document);
        var path = FromPath(url);
        foreach (var kind in Precedence)
        {
            // A declared listing or service is trusted only when nothing more specific is declared, and a declared
            // article gives way to a forum or documentation path (forum engines and doc sites declare "Article").
            if ((declared & Bit(kind)) != 0 && !(kind == PageKind.Article && path is PageKind.Forum or PageKind.Documentation))
            {
                return kind;
            }
        }

        if (path is { } fromPath)
        {
            return fromPath == PageKind.Documentation && shape.CodeBlocks == 0 && shape.ProseChars >= Cleaning.Thresholds.KindArticleProseChars
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

    private static int Bit(PageKind kind) => 1 << (int)kind;

    private static PageKind? Generator(IHtmlDocument document)
    {
        var content = document.Head?.QuerySelector("meta[name='generator' i]")?.GetAttribute("content");
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

    private static int DeclaredKinds(IHtmlDocument document)
    {
        // One walk for the JSON-LD scripts and the microdata types, in place of two selector queries over the whole
        // document (each a full walk with selector matching): the same elements, as QuerySelectorAll finds them.
        var kinds = 0;
        if (document.DocumentElement is { } root)
        {
            kinds |= DeclaredBy(root);
            foreach (var element in DomWalker.Descendants(root))
            {
                kinds |= DeclaredBy(element);
            }
        }

        var og = document.Head?.QuerySelector("meta[property='og:type' i]")?.GetAttribute("content");
        if (og is not null)
        {
            kinds |= KindOf(og.Trim());
        }

        return kinds;
    }

    /// <summary>What one element declares: a <c>script[type='application/ld+json' i]</c>'s <c>@type</c> values, an <c>[itemtype]</c>'s type.</summary>
    private static int DeclaredBy(IElement element)
    {
        var kinds = 0;
        if (element.LocalName == "script" && string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
        {
            var json = element.TextContent;
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

    private static int KindOf(string type) => Declared.TryGetValue(type, out var kind) ? Bit(kind) : 0;

    /// <summary>The kind the URL's path names; an article word or a year in the path outranks the others.</summary>
    private static PageKind? FromPath(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true })
        {
            return null;
        }

        PageKind? found = null;
        foreach (var segment in url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ArticleSegments.Contains(segment) || (segment.Length == 4 && segment[0] is '1' or '2' && int.TryParse(segment, out _)))
            {
                return PageKind.Article;
            }

            if (found is null && Segments.TryGetValue(segment, out var kind))
            {
                found = kind;
            }
        }

        return found;
    }

    [GeneratedRegex("\"@type\"\\s*:\\s*\\[?\\s*\"([A-Za-z]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TypeValue();
}

/// <summary>The shape of an extracted text, for telling page kinds apart.</summary>
/// <param name="ProseChars">Characters of paragraphs, lists, quotes, tables and code.</param>
/// <param name="CodeBlocks">How many code blocks.</param>
/// <param name="LinkItems">How many list items or paragraphs are mostly a link.</param>
internal readonly record struct TextShape(int ProseChars, int CodeBlocks, int LinkItems);
