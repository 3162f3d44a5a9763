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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lines =
        new HashSet<string>(Lexicon.BoilerplateLines.Select(TextKey.Normalize), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The lists of openings the key is compared with, in one lookup: a byline prefix counts only with a space after it.
    private static readonly PhraseLists Openings = new(
        Lexicon.BoilerplatePrefixes.Select(p => TextKey.Normalize(p) + " ").ToArray(),
        Lexicon.DatelinePrefixes.Select(TextKey.Normalize).Where(p => p.Length > 0).ToArray(),
        Lexicon.CreditLineOpenings,
        Lexicon.BylinePrefixes.Select(p => p + " ").ToArray());
    private const int PrefixBit = 1 << 0;
    private const int DatelineBit = 1 << 1;
    private const int CreditLineBit = 1 << 2;
    private const int BylineBit = 1 << 3;

    // Every phrase list read anywhere in the lower-cased text, searched in one pass: first the four of a call to subscribe
    // (in the order BoilerplateFilter.IsSubscribeCall reads them), then cookie phrases (both lists: the trees learned the
    // flag from them together) and credit phrases.
    private static readonly PhraseLists Phrases = new(
        Lexicon.NewsletterVerbs, Lexicon.NewsletterNouns, Lexicon.FollowPhrases, Lexicon.SocialNetworks, [.. Lexicon.CookiePhrases, .. Lexicon.CookieNoticePhrases],
        Lexicon.CreditPhrases);
    private const int SubscribeBits = 0b1111;
    private const int CookieBit = 1 << 4;
    private const int CreditBit = 1 << 5;

    /// <summary>The flags of <paramref name="text"/> as it stands.</summary>
    public static Wording Of(string text) => Of(text, text);

    /// <summary>The flags of a block's own text with the white space around it trimmed (no trimmed copy is made).</summary>
    /// <param name="text">The block's own text.</param>
    /// <param name="dates">Whether to read the text as a date (<see cref="Wording.Date"/>, the costliest flag: its
    /// regexes run on short blocks with two digits); false leaves the flag unset.</param>
    public static Wording OfTrimmed(string text, bool dates = true) => Of(text, text.AsSpan().Trim(), dates);

    /// <summary>
    /// The flags of <paramref name="text"/>, a part of <paramref name="source"/> that only white space around it
    /// leaves out. The key and the lower-cased text are written on the stack (the text is at most
    /// <see cref="MaxChars"/> long): both were new strings for every candidate block.
    /// </summary>
    private static Wording Of(string source, ReadOnlySpan<char> text, bool dates = true)
    {
        if (text.Length == 0 || text.Length > MaxChars)
        {
            return Wording.None;
        }

        Span<char> keyBuffer = stackalloc char[text.Length];
        ReadOnlySpan<char> key = keyBuffer[..TextKey.NormalizeInto(text, keyBuffer)];
        Span<char> lower = stackalloc char[text.Length];
        LowerCase.Invariant(text, lower);
        var hits = Wording.None;
        if (Lines.Contains(key))
        {
            hits |= Wording.BoilerplateLine;
        }

        var found = Phrases.FoundIn(lower);
        if ((found & CookieBit) != 0)
        {
            hits |= Wording.Cookie;
        }

        if (BoilerplateFilter.IsSubscribeCall(found & SubscribeBits, lower.Length))
        {
            hits |= Wording.Newsletter;
        }

        if ((found & CreditBit) != 0)
        {
            hits |= Wording.Credit;
        }

        // The date reader trims the text itself, and the white space around it holds no digit: the source reads the same.
        if (dates && text.Length < 40 && Metadata.DateParser.LooksLikeDate(source))
        {
            hits |= Wording.Date;
        }

        return hits | KeyOpenings(text, key);
    }

    /// <summary>The flags that the key's opening words and a few fixed marks give.</summary>
    private static Wording KeyOpenings(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        var opening = Openings.OpeningOf(key);
        var hits = Wording.None;
        if (key.Length <= 100 && (opening & PrefixBit) != 0)
        {
            hits |= Wording.BoilerplatePrefix;
        }

        if (key.Length < 80 && (opening & BylineBit) != 0)
        {
            hits |= Wording.Byline;
        }

        if (key.Length < 120 && (opening & DatelineBit) != 0 && HasDigit(key))
        {
            hits |= Wording.Dateline;
        }

        if (text.Contains('©') || key.Contains("all rights reserved", StringComparison.Ordinal))
        {
            hits |= Wording.Copyright;
        }

        if ((opening & CreditLineBit) != 0)
        {
            hits |= Wording.AgencyCredit;
        }

        return hits;
    }

    /// <summary>Whether <see cref="Of(string)"/> would find <see cref="Wording.BoilerplateLine"/>, without reading the other vocabularies.</summary>
    public static bool IsBoilerplateLine(string text) => IsBoilerplateLine(text.AsSpan());

    /// <inheritdoc cref="IsBoilerplateLine(string)"/>
    public static bool IsBoilerplateLine(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > MaxChars)
        {
            return false;
        }

        Span<char> key = stackalloc char[text.Length];
        return Lines.Contains(key[..TextKey.NormalizeInto(text, key)]);
    }

    private static bool HasDigit(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('0', '9') >= 0;
}
