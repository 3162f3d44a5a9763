using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Classification;

/// <summary>
/// A guess whether a page holds an article at all, made on the parsed page without the rest of the pipeline.
/// The core is Mozilla Readability's <c>isProbablyReaderable</c> (enough long, visible, non-boilerplate
/// paragraphs, scored by the square root of their length beyond 140 characters), with three changes: paragraphs
/// that are mostly link text or sit in a comment thread do not count; on pages that declare themselves listings
/// or look like one (schema.org collection and search types, product grids, many teaser articles) each item is
/// judged alone, so that many teasers never add up to an article; and a page that declares an article
/// (JSON-LD, <c>og:type</c>) also passes with enough short-sentence paragraphs.
/// </summary>
internal static class ArticleClassifier
{
    // Readability's defaults: a paragraph counts from 140 characters, the page from a score of 20.
    private const int MinParagraphLength = 140;
    private const double MinScore = 20;

    // For pages that declare an article (JSON-LD or og:type): paragraphs from 40 characters, 1,500 in all.
    private const int DeclaredParagraphLength = 40;
    private const int DeclaredMinText = 1500;

    private static readonly string[] UnlikelyTokens =
    [
        "banner", "breadcrumbs", "combx", "comment", "community", "cover", "disqus", "extra", "footer", "gdpr", "header",
        "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "ad", "agegate", "pagination", "pager", "popup", "yom",
    ];

    private static readonly string[] CommentTokens = ["comment", "comments", "disqus", "replies", "respond", "discussion"];

    private static readonly string[] MaybeTokens = ["and", "article", "body", "column", "content", "main", "shadow"];

    private static readonly HashSet<string> ListingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "CollectionPage", "SearchResultsPage", "ItemList", "ProductCollection", "OfferCatalog",
    };

    public static bool IsProbablyArticle(IHtmlDocument document)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return false;
        }

        // On a listing, each teaser, result or product is judged alone: many short items never add up to an article.
        var listing = LooksLikeListing(document);
        var score = 0.0;
        var groups = new Dictionary<IElement, double>();
        var declaredText = 0;
        var codeBlocks = 0;
        var counted = new HashSet<IElement>();
        foreach (var node in root.QuerySelectorAll("p, pre, article, div > br"))
        {
            // A <div> of text broken by several <br> is one paragraph, scored once.
            var element = node.LocalName == "br" ? node.ParentElement! : node;
            if (!counted.Add(element) || !IsVisible(element) || IsUnlikely(element) || InComments(element) || (element.LocalName == "p" && element.ParentElement?.Closest("li") is not null))
            {
                continue;
            }

            codeBlocks += element.LocalName == "pre" ? 1 : 0;

            var text = element.TextContent.AsSpan().Trim();
            if (element.LocalName == "p" && text.Length >= DeclaredParagraphLength)
            {
                declaredText += text.Length;
            }

            if (text.Length < MinParagraphLength || LinkShare(element, text.Length) > 0.5)
            {
                continue;
            }

            var points = Math.Sqrt(text.Length - MinParagraphLength);
            score += points;
            if (listing)
            {
                var item = element.Closest("article, li, [itemscope]") ?? root;
                groups[item] = groups.GetValueOrDefault(item) + points;
            }
        }

        if (listing)
        {
            score = groups.Count == 0 ? 0 : groups.Values.Max();
        }

        // Some newsrooms (the BBC among them) write one short sentence per paragraph, which never reaches 140
        // characters; a page that declares itself an article and has a few screens of such paragraphs is one.
        var readable = score > MinScore || (!listing && declaredText >= DeclaredMinText && DeclaresArticle(document));

        // Agrees with Article.PageKind: a readable page that declares itself a thread, a product, a listing or
        // documentation, or shows as much code as documentation does, is not an article (the prose is already proven
        // above, so the declarations and the code decide, as they do for a page extracted without its URL).
        return readable && PageKindClassifier.Classify(document, null, new TextShape(int.MaxValue, codeBlocks, 0)) == PageKind.Article;
    }

    private static bool IsVisible(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var style = e.GetAttribute("style");
            if (style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Inside a comment thread. Only these words are looked for on ancestors: broader ones ("sidebar",
    /// "header") appear on the body or page wrappers of many themes ("has-sidebar") and would void whole pages.
    /// </summary>
    private static bool InComments(IElement element)
    {
        for (var e = element.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            var words = (e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty);
            var tokens = new ClassTokens(words);
            while (tokens.Next(out var word))
            {
                if (Contains(CommentTokens, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsUnlikely(IElement element)
    {
        var words = (element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty);
        if (words.Length == 1)
        {
            return false;
        }

        var unlikely = false;
        var tokens = new ClassTokens(words);
        while (tokens.Next(out var word))
        {
            if (Contains(MaybeTokens, word))
            {
                return false;
            }

            // Plurals too: class="comments" is as much a comment thread as class="comment".
            unlikely |= Contains(UnlikelyTokens, word) || (word.Length > 3 && word[^1] == 's' && Contains(UnlikelyTokens, word[..^1]));
        }

        return unlikely;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double LinkShare(IElement element, int textLength)
    {
        var links = 0;
        foreach (var a in element.GetElementsByTagName("a"))
        {
            links += a.TextContent.AsSpan().Trim().Length;
        }

        return (double)links / textLength;
    }

    /// <summary>Index, search and product pages: declared so in JSON-LD or microdata, or built from many teaser articles.</summary>
    private static bool LooksLikeListing(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type*='ld+json' i]"))
        {
            var text = script.TextContent;
            foreach (var type in ListingTypes)
            {
                if (text.Contains("\"" + type + "\"", StringComparison.OrdinalIgnoreCase) && !DeclaresArticle(text))
                {
                    return true;
                }
            }
        }

        if (document.QuerySelectorAll("[itemtype$='/Product' i], [itemtype$='/Offer' i]").Length >= 4)
        {
            return true;
        }

        // A front page wraps each teaser in its own <article>; an article page has one (plus a few related cards).
        var articles = document.GetElementsByTagName("article");
        if (articles.Length >= 6)
        {
            var nested = 0;
            foreach (var a in articles)
            {
                if (a.ParentElement?.Closest("article") is not null)
                {
                    nested++;
                }
            }

            return articles.Length - nested >= 6;
        }

        return false;
    }

    private static bool DeclaresArticle(IHtmlDocument document)
    {
        if (document.QuerySelector("meta[property='og:type' i]")?.GetAttribute("content") is { } ogType
            && ogType.Trim().Equals("article", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var script in document.QuerySelectorAll("script[type*='ld+json' i]"))
        {
            if (DeclaresArticle(script.TextContent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresArticle(string jsonLd) =>
        jsonLd.Contains("Article\"", StringComparison.Ordinal) || jsonLd.Contains("BlogPosting\"", StringComparison.Ordinal);
}
