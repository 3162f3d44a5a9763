using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The article's visible headline: the <c>&lt;h1&gt;</c> that agrees with one of the page's metadata titles, else
/// the first <c>&lt;h1&gt;</c> inside an <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>, else the first one
/// outside navigation and sidebars. A logo or a section label in an <c>&lt;h1&gt;</c> is passed over.
/// </summary>
internal static class HeadlineFinder
{
    private const int MaxHeadings = 30;

    /// <summary>
    /// The headline element, and whether it is a plausible title: it agrees with a metadata title, stands in the
    /// article, or is the page's only top-level heading text (repeats of the same heading for mobile layouts count once).
    /// </summary>
    /// <param name="h1s">The page's <c>&lt;h1&gt;</c> elements, in document order.</param>
    /// <param name="rawTitle">The page's <c>&lt;title&gt;</c>, white space collapsed.</param>
    /// <param name="titles">The metadata titles a heading may agree with.</param>
    /// <param name="siteNames">Names the site goes by.</param>
    public static (IElement? Headline, bool Plausible) Find(IEnumerable<IElement> h1s, string? rawTitle, ReadOnlySpan<string?> titles, string?[] siteNames)
    {
        var docTitle = TitleCleaner.Clean(rawTitle, siteNames);
        IElement? inArticle = null;
        IElement? plain = null;
        string? plainText = null;
        var plainRelated = false;
        var articleRelated = false;
        var distinct = 0;
        var seen = 0;
        foreach (var h1 in h1s)
        {
            if (++seen > MaxHeadings)
            {
                break;
            }

            var text = MetadataReader.Clean(ElementText.Of(h1));
            // A site's name set as a heading (the logo) is not the article's headline, however well it matches "Story – Site".
            if (text is null || text.Length > MetadataThresholds.MaxHeadlineLength || TitleChooser.IsSiteName(text, siteNames))
            {
                continue;
            }

            // The book or site a title ends with ("Pruning - The Orchard Handbook"), set as the page's heading:
            // it still marks where the page begins, but is no title.
            var decoration = TitleCleaner.IsDecoration(text, rawTitle, docTitle);
            var (agrees, related) = decoration ? (false, false) : Agreement(text, titles, docTitle);
            if (agrees)
            {
                return (h1, true);
            }

            // Short headings that agree with no title are labels ("News", "Blog").
            if (text.Length < MetadataThresholds.MinHeadlineLength || IsForeign(h1))
            {
                continue;
            }

            if (!string.Equals(text, plainText, StringComparison.OrdinalIgnoreCase))
            {
                distinct++;
            }

            if (plain is null)
            {
                (plain, plainText, plainRelated) = (h1, text, related);
            }

            if (inArticle is null && InArticleOrMain(h1))
            {
                (inArticle, articleRelated) = (h1, related);
            }
        }

        // A heading that shares too little with every metadata title (a logo, a section, a widget) still places the
        // article for the date finder, but is no title.
        return inArticle is not null ? (inArticle, articleRelated) : (plain, distinct == 1 && plainRelated);
    }

    /// <summary>
    /// On a page whose <c>&lt;h1&gt;</c> is no plausible headline or missing (a blog's name as its h1, a template that
    /// sets the post's title in an h2), the first <c>&lt;h2&gt;</c> or <c>&lt;h3&gt;</c> that agrees with a metadata title:
    /// where the article begins, for the date and byline finders. Null when none agrees.
    /// </summary>
    public static IElement? Subheading(IEnumerable<IElement> subheadings, string? rawTitle, ReadOnlySpan<string?> titles, string?[] siteNames)
    {
        var docTitle = TitleCleaner.Clean(rawTitle, siteNames);
        var seen = 0;
        foreach (var heading in subheadings)
        {
            if (++seen > MaxHeadings)
            {
                break;
            }

            var text = MetadataReader.Clean(ElementText.Of(heading));
            if (text is null || text.Length < MetadataThresholds.MinHeadlineLength || text.Length > MetadataThresholds.MaxHeadlineLength
                || TitleChooser.IsSiteName(text, siteNames) || IsForeign(heading) || TitleCleaner.IsDecoration(text, rawTitle, docTitle))
            {
                continue;
            }

            if (Agreement(text, titles, docTitle).Agrees)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the heading is one of the titles' headline (most of its words in the title, and covering a good part of
    /// it: a blog's name set as the heading is fully inside "Blog name: Post title" but covers little of it), or the
    /// title's own part before its decorations ("Quickstart" under "Quickstart — Flask Documentation"), however short;
    /// and whether it is at least related to one.
    /// </summary>
    private static (bool Agrees, bool Related) Agreement(string text, ReadOnlySpan<string?> titles, string? docTitle)
    {
        if (TitleCleaner.IsLeadSegment(text, docTitle))
        {
            return (true, true);
        }

        var related = titles.IsEmpty || AllNull(titles);
        for (var i = 0; i < titles.Length; i++)
        {
            // The metadata's titles are often one text given two or three times (og:title, twitter:title, the page's
            // own): a repeat gets the answer its first time got.
            var title = titles[i];
            if (title is null || titles[..i].Contains(title))
            {
                continue;
            }

            var (coverage, share) = TitleChooser.Similarities(text, title);
            if (share >= MetadataThresholds.SameHeadline && coverage >= MetadataThresholds.HeadlineCoversTitle)
            {
                return (true, true);
            }

            related |= coverage >= MetadataThresholds.HeadlineCoversTitle;
        }

        return (false, related);
    }

    /// <summary>
    /// Whether the heading stands in a container whose content is not the article's (navigation, a sidebar, comments),
    /// looking no higher than the page's <c>&lt;main&gt;</c>: what wraps the main element wraps the whole page, and layout
    /// words there ("grid flex-nav-expanded") describe the columns around the main one, not the heading.
    /// </summary>
    internal static bool IsForeign(IElement heading)
    {
        for (var e = heading.ParentElement; e is not null && e.LocalName is not ("body" or "html" or "main"); e = e.ParentElement)
        {
            // A bare "widget" wrapper is no foreign box here: blog platforms set the post itself in one.
            var classWords = ClassWords.Of(e.GetAttribute("class"));
            var idWords = ClassWords.Of(e.Id);
            if (BylineFinder.IsForeignContainer(e, classWords, idWords, BylineFinder.InArticle(e)) && !BylineFinder.OnlyAWidget(e.LocalName, classWords, idWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element is or stands in an <c>&lt;article&gt;</c>, a <c>&lt;main&gt;</c> or an element whose role is
    /// "main": <c>Closest("article, main, [role=main]")</c>, tested as AngleSharp's selectors test it (the element's name
    /// ignoring case, the attribute's value as it is) without parsing the selector on every call.
    /// </summary>
    internal static bool InArticleOrMain(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsNamed(e, "article") || IsNamed(e, "main") || string.Equals(e.GetAttribute("role"), "main", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamed(IElement element, string name) => string.Equals(element.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static bool AllNull(ReadOnlySpan<string?> titles)
    {
        foreach (var t in titles)
        {
            if (t is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The element that holds the article around the headline: its <c>&lt;article&gt;</c>, else the page's <c>&lt;main&gt;</c>.</summary>
    public static IElement? Scope(IHtmlDocument document, IElement? headline) =>
        Scope(document.GetElementsByTagName("main"), document.GetElementsByTagName("article"), headline);

    /// <summary>As <see cref="Scope(IHtmlDocument, IElement)"/>, given the page's <c>&lt;main&gt;</c> and <c>&lt;article&gt;</c> elements.</summary>
    public static IElement? Scope(IReadOnlyList<IElement> mains, IReadOnlyList<IElement> articles, IElement? headline)
    {
        for (var e = headline; e is not null; e = e.ParentElement)
        {
            // Closest("article"), without parsing the selector on every call (the parser is fetched from the browsing context).
            if (IsNamed(e, "article"))
            {
                return e;
            }
        }

        if (mains.Count == 1)
        {
            return mains[0];
        }

        return headline is null && articles.Count == 1 ? articles[0] : null;
    }
}
