using ArticleExtract.Cleaning;
using ArticleExtract.Structure;

namespace ArticleExtract.Decision;

/// <summary>
/// What the wording vocabularies of <see cref="Lexicon"/> say about a short block of text, one flag per kind.
/// These used to delete a block on their own; now they are features the learned decision weighs.
/// </summary>
[Flags]
internal enum Wording
{
    None = 0,
    BoilerplateLine = 1 << 0,
    BoilerplatePrefix = 1 << 1,
    Cookie = 1 << 2,
    Newsletter = 1 << 3,
    Credit = 1 << 4,
    Date = 1 << 5,
    Byline = 1 << 6,
    Dateline = 1 << 7,
    Copyright = 1 << 8,
    AgencyCredit = 1 << 9,
}

internal static class WordingEvidence
{
    /// <summary>Texts longer than this are prose whatever words they contain; the vocabularies are not consulted.</summary>
    public const int MaxChars = 400;

    private static readonly HashSet<string> Lines = new(Lexicon.BoilerplateLines.Select(BoilerplateFilter.Normalize), StringComparer.Ordinal);
    private static readonly string[] Prefixes = Lexicon.BoilerplatePrefixes.Select(p => BoilerplateFilter.Normalize(p) + " ").ToArray();
    private static readonly string[] Datelines = Lexicon.DatelinePrefixes.Select(p => BoilerplateFilter.Normalize(p)).Where(p => p.Length > 0).ToArray();

    public static Wording Of(string text)
    {
        if (text.Length == 0 || text.Length > MaxChars)
        {
            return Wording.None;
        }

        var key = BoilerplateFilter.Normalize(text);
        var lower = text.ToLowerInvariant();
        var hits = Wording.None;
        if (Lines.Contains(key))
        {
            hits |= Wording.BoilerplateLine;
        }

        if (key.Length <= 100 && StartsWithAny(key, Prefixes))
        {
            hits |= Wording.BoilerplatePrefix;
        }

        if (BoilerplateFilter.ContainsAny(lower, Lexicon.CookiePhrases))
        {
            hits |= Wording.Cookie;
        }

        if (BoilerplateFilter.IsSubscribeCall(lower))
        {
            hits |= Wording.Newsletter;
        }

        if (BoilerplateFilter.ContainsAny(lower, Lexicon.CreditPhrases))
        {
            hits |= Wording.Credit;
        }

        if (text.Length < 40 && Metadata.DateParser.LooksLikeDate(text))
        {
            hits |= Wording.Date;
        }

        if (key.Length < 80 && IsByline(key))
        {
            hits |= Wording.Byline;
        }

        if (key.Length < 120 && HasDigit(key) && StartsWithAny(key, Datelines))
        {
            hits |= Wording.Dateline;
        }

        if (text.Contains('©') || key.Contains("all rights reserved", StringComparison.Ordinal))
        {
            hits |= Wording.Copyright;
        }

        if (StartsWithAny(key, Lexicon.CreditLineOpenings))
        {
            hits |= Wording.AgencyCredit;
        }

        return hits;
    }

    /// <summary>Whether <see cref="Of"/> would find <see cref="Wording.BoilerplateLine"/>, without reading the other vocabularies.</summary>
    public static bool IsBoilerplateLine(string text) =>
        text.Length is > 0 and <= MaxChars && Lines.Contains(BoilerplateFilter.Normalize(text));

    private static bool IsByline(string key)
    {
        foreach (var prefix in Lexicon.BylinePrefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && key[prefix.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string key, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (key.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string s) => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
