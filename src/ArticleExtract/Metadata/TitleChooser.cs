using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Picks the headline: JSON-LD (<c>headline</c> or <c>name</c>, whichever agrees with the page's other titles),
/// then meta titles (Dublin Core, OpenGraph, Twitter, plain), then the page's <c>&lt;title&gt;</c> — or the
/// <c>&lt;h1&gt;</c> when the <c>&lt;title&gt;</c> is that heading plus decorations. Site-name decorations are
/// then removed.
/// </summary>
internal static class TitleChooser
{
    // Readability's threshold for "the same title, give or take a decoration".
    private const double SameTitle = 0.75;

    public static string? Choose(IHtmlDocument document, MetaTags meta, JsonLdReader ld, string?[] siteNames)
    {
        var docTitle = MetadataReader.Clean(document.Title);
        var reference = docTitle ?? MetadataReader.Clean(meta.First("og:title"));
        var chosen = FromJsonLd(ld, reference, siteNames)
            ?? MetadataReader.Clean(meta.First("dc:title", "dcterms:title", "og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "headline"))
            ?? FromPage(document, docTitle);
        return TitleCleaner.Clean(chosen, siteNames);
    }

    /// <summary>
    /// Some sites put a section or type label in <c>headline</c> ("Wikimedia list article") and the title in
    /// <c>name</c>, others the reverse; the one that resembles the page's own title wins, <c>headline</c> on a tie.
    /// </summary>
    private static string? FromJsonLd(JsonLdReader ld, string? reference, string?[] siteNames)
    {
        var headline = MetadataReader.Clean(ld.Headline);
        var name = MetadataReader.Clean(ld.Name);
        if (name is not null && IsSiteName(name, siteNames))
        {
            name = null;
        }

        if (headline is null || name is null || reference is null || string.Equals(headline, name, StringComparison.OrdinalIgnoreCase))
        {
            return headline ?? name;
        }

        var headlineAgrees = Similarity(reference, headline) > SameTitle;
        var nameAgrees = Similarity(reference, name) > SameTitle;
        return nameAgrees && !headlineAgrees ? name : headline;
    }

    private static string? FromPage(IHtmlDocument document, string? docTitle)
    {
        string? onlyH1 = null;
        var h1Count = 0;
        foreach (var h1 in document.GetElementsByTagName("h1"))
        {
            var text = MetadataReader.Clean(h1.TextContent);
            if (text is null)
            {
                continue;
            }

            h1Count++;
            onlyH1 = text;

            // "Headline | Section | Site" around an h1 "Headline": the h1 is the title without its decorations.
            if (docTitle is not null && text.Length >= 10 && text.Length * 5 >= docTitle.Length * 2 && text.Length < docTitle.Length
                && docTitle.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return docTitle ?? (h1Count == 1 ? onlyH1 : null);
    }

    private static bool IsSiteName(string value, string?[] siteNames)
    {
        var key = Structure.BoilerplateFilter.Normalize(value);
        foreach (var site in siteNames)
        {
            if (site is not null && Structure.BoilerplateFilter.Normalize(site) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The share of <paramref name="b"/>'s word characters that also appear as words of <paramref name="a"/> (Readability's measure).</summary>
    internal static double Similarity(string a, string b)
    {
        var wordsA = new HashSet<string>(Words(a), StringComparer.Ordinal);
        var wordsB = Words(b);
        if (wordsA.Count == 0 || wordsB.Length == 0)
        {
            return 0;
        }

        var total = 0;
        var unique = 0;
        foreach (var w in wordsB)
        {
            total += w.Length + 1;
            if (!wordsA.Contains(w))
            {
                unique += w.Length + 1;
            }
        }

        return 1 - ((double)unique / total);
    }

    private static string[] Words(string s) => Structure.BoilerplateFilter.Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
