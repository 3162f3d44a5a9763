namespace ArticleExtract.Metadata;

/// <summary>
/// Removes site-name decorations from a title (" - Site", " | Site", "Site: "), but only when the removed part
/// is the site's name, so that a genuine colon-title ("Brexit: what happens next") stays whole.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " « "];

    public static string? Clean(string? title, string? siteName)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.Trim();
        if (siteName is null || siteName.Length == 0)
        {
            return t;
        }

        var site = Key(siteName);
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
        part.Length > 0 && (part == site || (part.Length >= 4 && (site.StartsWith(part, StringComparison.Ordinal) || part.StartsWith(site, StringComparison.Ordinal))));

    private static string Key(string s) => Structure.BoilerplateFilter.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);
}
