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

    /// <summary>
    /// The caller's absolute http(s) URL, else the page's first absolute canonical link or <c>og:url</c>; null when none.
    /// Only an http(s) page URL counts: a javascript: or data: one made every relative link of the article a link into
    /// that scheme.
    /// </summary>
    public static Uri? PageAddress(List<IElement> links, List<IElement> metas, Uri? pageUrl) =>
        pageUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? pageUrl : StatedAddress(links, metas);

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

    /// <summary>
    /// A link's target for <see cref="Inline.Href"/>: <see cref="Resolve"/>'s answer when a reader can follow it
    /// (http(s), relative without a base, <c>mailto:</c>, <c>tel:</c>), else empty: the run stays a link, so the noise
    /// rules weigh it as before, but a <c>javascript:</c>, <c>data:</c> or garbled target never reaches the model,
    /// where a caller rendering the sections itself would meet it unfiltered.
    /// </summary>
    /// <remarks>
    /// The target as written is judged too: "java&#9;script:" resolves to an https URL with <c>%09</c> in its path,
    /// while a browser, which drops tabs and newlines from URLs, runs it as script.
    /// </remarks>
    public string Link(string? href) =>
        Resolve(href) is { } url && UrlSafety.IsFollowable(href!) && UrlSafety.IsFollowable(url) ? url : string.Empty;

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
