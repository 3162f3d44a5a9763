namespace ArticleExtract.Metadata;

/// <summary>
/// Removes site-name decorations from a title (" - Site", " | Site", "Site: "), but only when the removed part
/// is the site's name, so that a genuine colon-title ("Brexit: what happens next") stays whole.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " « "];

    /// <summary>The title without a decoration that names one of <paramref name="siteNames"/>, repeatedly ("Title | Section | Site" keeps "Title | Section").</summary>
    public static string? Clean(string? title, IEnumerable<string?> siteNames)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.Trim();
        foreach (var siteName in siteNames)
        {
            if (!string.IsNullOrWhiteSpace(siteName) && Key(siteName) is { Length: > 0 } site)
            {
                // Never strip down to a stub: "Apple | Apple Newsroom" stays whole.
                var cleaned = Clean(t, site);
                if (cleaned.Length >= 5)
                {
                    t = cleaned;
                }
            }
        }

        return t;
    }

    private static string Clean(string t, string site)
    {
        foreach (var sep in Separators)
        {
            var last = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && Matches(Key(t[(last + sep.Length)..]), site))
            {
                return t[..last].TrimEnd();
            }

            var first = t.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && Matches(Key(t[..first]), site))
            {
                return t[(first + sep.Length)..].TrimStart();
            }
        }

        var colon = t.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && Matches(Key(t[..colon]), site))
        {
            return t[(colon + 2)..].TrimStart();
        }

        return t;
    }

    private static bool Matches(string part, string site) =>
        part.Length > 0 && (part == site || (part.Length >= 4 && site.Length >= 4 && (site.StartsWith(part, StringComparison.Ordinal) || part.StartsWith(site, StringComparison.Ordinal))));

    private static string Key(string s) => Cleaning.TextKey.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);
}
