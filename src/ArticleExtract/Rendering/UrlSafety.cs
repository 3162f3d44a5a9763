namespace ArticleExtract.Rendering;

/// <summary>Which URLs a rendering may emit as links or image sources: http(s) and relative ones only.</summary>
internal static class UrlSafety
{
    public static bool IsSafe(string url)
    {
        var trimmed = url.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        // Browsers ignore tabs and newlines inside schemes ("java\tscript:"), so judge the URL without them.
        Span<char> scheme = stackalloc char[16];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                var s = scheme[..n];
                return s.Equals("http", StringComparison.OrdinalIgnoreCase) || s.Equals("https", StringComparison.OrdinalIgnoreCase);
            }

            if (c is '/' or '?' or '#' || n == scheme.Length)
            {
                // No scheme before the first path, query or fragment character: a relative URL.
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }

            scheme[n++] = c;
        }

        return true;
    }
}
