using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>Resolves URLs written in a page against its base (see <see cref="DocumentBase"/>).</summary>
internal sealed class UrlResolver(Uri? baseUri, Uri? address = null)
{
    public Uri? Base { get; } = baseUri is { IsAbsoluteUri: true } ? baseUri : null;

    /// <summary>
    /// The page's own address: the caller's URL, else the address the page states (see <see cref="PageAddress"/>), else
    /// the base. Not the base first: a <c>&lt;base href&gt;</c> names where relative URLs point (often a CDN or a
    /// folder of assets), not the page.
    /// </summary>
    public Uri? Address { get; } = address is { IsAbsoluteUri: true } ? address : baseUri is { IsAbsoluteUri: true } ? baseUri : null;

    /// <summary>The caller's absolute URL, else the page's first absolute canonical link or <c>og:url</c>; null when none.</summary>
    public static Uri? PageAddress(List<IElement> links, List<IElement> metas, Uri? pageUrl) =>
        pageUrl is { IsAbsoluteUri: true } ? pageUrl : StatedAddress(links, metas);

    /// <summary>
    /// The URL a page's relative URLs resolve against. The page's own URL when the caller gave one; otherwise the
    /// address the page states for itself: its first <c>&lt;link rel=canonical&gt;</c> with an absolute http(s)
    /// URL, else its first such <c>og:url</c>. A <c>&lt;base href&gt;</c> (the document's first, as the HTML
    /// standard says) wins over both when absolute, and when relative is resolved against them. Null when none is
    /// known: relative URLs then stay relative.
    /// </summary>
    /// <param name="firstBase">The document's first <c>base</c> element with an <c>href</c>, if any.</param>
    /// <param name="links">The document's <c>link</c> elements, in document order.</param>
    /// <param name="metas">The document's <c>meta</c> elements, in document order.</param>
    /// <param name="pageUrl">The URL the caller gave; optional.</param>
    /// <remarks>The elements come from the metadata reader's one walk: selector lookups walked the whole page up to three times more.</remarks>
    public static Uri? DocumentBase(IElement? firstBase, List<IElement> links, List<IElement> metas, Uri? pageUrl)
    {
        var fallback = PageAddress(links, metas, pageUrl);
        var href = firstBase?.GetAttribute("href")?.Trim();
        if (!string.IsNullOrEmpty(href))
        {
            if (Http(href, null) is { } absolute)
            {
                return absolute;
            }

            if (fallback is not null && Http(href, fallback) is { } resolved)
            {
                return resolved;
            }
        }

        return fallback;
    }

    private static Uri? StatedAddress(List<IElement> links, List<IElement> metas)
    {
        foreach (var link in links)
        {
            if (link.HasAttribute("rel") && link.HasAttribute("href") && HasToken(link.GetAttribute("rel")!, "canonical") && Http(link.GetAttribute("href")!.Trim(), null) is { } canonical)
            {
                return canonical;
            }
        }

        foreach (var meta in metas)
        {
            if (!meta.HasAttribute("content"))
            {
                continue;
            }

            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key?.Trim(), "og:url", StringComparison.OrdinalIgnoreCase) && Http(meta.GetAttribute("content")!.Trim(), null) is { } og)
            {
                return og;
            }
        }

        return null;
    }

    private static Uri? Http(string value, Uri? against)
    {
        var ok = against is null ? Uri.TryCreate(value, UriKind.Absolute, out var uri) : Uri.TryCreate(against, value, out uri);
        return ok && uri!.Scheme is "http" or "https" ? uri : null;
    }

    private static bool HasToken(string list, string token)
    {
        foreach (var part in list.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The absolute URL when it can be resolved, else the value as written (trimmed); null for empty input.</summary>
    public string? Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > 8192)
        {
            return null;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return absolute.AbsoluteUri;
        }

        if (Base is not null && Uri.TryCreate(Base, trimmed, out var resolved))
        {
            return resolved.AbsoluteUri;
        }

        return trimmed;
    }
}
