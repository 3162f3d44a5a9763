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
