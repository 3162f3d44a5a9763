using System.Globalization;

namespace ArticleExtract.Metadata;

/// <summary>Parses the dates pages write: ISO 8601 and RFC 1123 first, then common numeric and English forms.</summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm",
        "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy",
        "dd.MM.yyyy", "dd.MM.yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var v = value.Trim();
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(v, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return Plausible(exact);
        }

        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, styles, out var loose))
        {
            return Plausible(loose);
        }

        return null;
    }

    /// <summary>Whether a short text is nothing but a date or a time ("October 12, 2017", "15:23 2019", "12.03.2024").</summary>
    public static bool LooksLikeDate(string text)
    {
        var t = text.Trim().TrimEnd('.', ',');
        if (t.Length is 0 or > 40)
        {
            return false;
        }

        if (Parse(t) is not null)
        {
            return true;
        }

        // Digits, separators and at most one word (a month name or "am"/"pm"): a dateline or a clock time.
        var words = 0;
        var digits = 0;
        var inWord = false;
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
                continue;
            }

            inWord = false;
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (!(char.IsWhiteSpace(c) || c is ':' or '/' or '.' or '-' or ','))
            {
                return false;
            }
        }

        return digits >= 2 && words <= 2;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d.Year is >= 1990 and <= 2100 ? d : null;
}
