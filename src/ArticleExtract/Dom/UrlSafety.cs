namespace ArticleExtract.Dom;

/// <summary>Which URLs the model keeps and a rendering may emit as links or image sources: http(s) and relative ones only.</summary>
internal static class UrlSafety
{
    // Any http(s) origin would do: it only gives relative URLs something to resolve against.
    private static readonly Uri Probe = new("https://probe.invalid/");

    public static bool IsSafe(string url) => HasSafeScheme(url) && IsWellFormed(url);

    /// <summary>
    /// <see cref="IsSafe"/>, or a <c>mailto:</c> or <c>tel:</c> address: what the model keeps as a link's target. The
    /// renderings emit only <see cref="IsSafe"/> ones.
    /// </summary>
    public static bool IsFollowable(string url) =>
        IsSafe(url) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why: a URL with an http scheme can still be unparseable ("http:&lt;'`…" from a mangled page); a browser
    /// then does something of its own with it, so only URLs that resolve to http(s) are emitted.
    /// </summary>
    private static bool IsWellFormed(string url) =>
        Uri.TryCreate(Probe, url.Trim(), out var resolved) && resolved.Scheme is "http" or "https";

    private static bool HasSafeScheme(string url)
    {
        var trimmed = url.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        // Browsers ignore tabs and newlines inside schemes ("java\tscript:"), so judge the URL without them.
        // Only "http" and "https" are kept, so five characters are enough to judge; longer schemes are only counted
        // (a 17-letter scheme used to pass as a relative URL once the buffer was full).
        Span<char> scheme = stackalloc char[5];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                var s = scheme[..Math.Min(n, scheme.Length)];
                return n <= scheme.Length && (s.Equals("http", StringComparison.OrdinalIgnoreCase) || s.Equals("https", StringComparison.OrdinalIgnoreCase));
            }

            if (c is '/' or '?' or '#')
            {
                // No scheme before the first path, query or fragment character: a relative URL.
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }

            if (n < scheme.Length)
            {
                scheme[n] = c;
            }

            n++;
        }

        return true;
    }
}
