namespace ArticleExtract.Metadata;

/// <summary>
/// The label of a host that a site's name is usually built from ("www.ehow.com" → "ehow", "www.bbc.co.uk" → "bbc"),
/// used only to recognize the site's name where it decorates a title or fills an author field, never reported as
/// <see cref="Article.SiteName"/>. The registrable part is found with the public-suffix rule for the suffixes that
/// matter here: a generic TLD, or a country-code TLD under which registries sell second-level names such as
/// <c>co.uk</c>, <c>com.au</c> or <c>ne.jp</c> (the list below, data). It is not the whole Public Suffix List: a
/// host under a private suffix (<c>x.blogspot.com</c>) gives that suffix's label, and a host that is only a suffix
/// (<c>co.uk</c>) gives none.
/// </summary>
internal static class HostNames
{
    // Second-level labels that country-code registries (and the Public Suffix List) treat as public suffixes:
    // "co.uk", "com.au", "org.br", "ac.jp", "gov.in", "gob.mx", "govt.nz", "idv.tw", "k12.tr" …
    private static readonly HashSet<string> SecondLevel = new(Vocabulary.Words("titles", "second-level"), StringComparer.OrdinalIgnoreCase);

    public static string? SiteLabel(string? url) => SiteLabel(url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);

    /// <summary><see cref="SiteLabel(string)"/> of an address already parsed (<see cref="UriKind.Absolute"/>).</summary>
    public static string? SiteLabel(Uri? uri)
    {
        if (uri is null || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        if (IdnHost(uri) is not { } host)
        {
            return null;
        }

        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
        {
            return null;
        }

        var candidate = labels[^2];
        if (SecondLevel.Contains(candidate))
        {
            // Under a country code it is a public suffix and the name is one label further left; under a generic
            // TLD ("com.com") it is no guide either way.
            if (labels[^1].Length != 2 || labels.Length < 3)
            {
                return null;
            }

            candidate = labels[^3];
        }

        return candidate.Equals("www", StringComparison.OrdinalIgnoreCase) || SecondLevel.Contains(candidate) ? null : candidate;
    }

    /// <summary>The host in its IDNA (ASCII) form, or <see langword="null"/> when it has none.</summary>
    private static string? IdnHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            // Uri accepts some hosts that IDNA refuses (a label over 63 characters once encoded, characters IDNA
            // disallows): mis-decoded pages produce them, and such a host names no site.
            return null;
        }
    }
}
