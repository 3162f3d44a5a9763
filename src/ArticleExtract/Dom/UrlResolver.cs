namespace ArticleExtract.Dom;

/// <summary>Resolves URLs written in a page against its base (the <c>&lt;base href&gt;</c>, else the page URL).</summary>
internal sealed class UrlResolver(Uri? baseUri)
{
    public Uri? Base { get; } = baseUri is { IsAbsoluteUri: true } ? baseUri : null;

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
