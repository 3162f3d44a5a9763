using System.Buffers;
using System.Globalization;
using System.Text;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Decoding;

/// <summary>
/// The encoding of a page that declares none and is not UTF-8, guessed the way browsers do (Firefox's chardetng, whose
/// design this follows in small): each candidate of <see cref="EncodingGuessData"/> reads the first bytes, and
/// <list type="bullet">
/// <item>a byte that is no character in it (a multi-byte sequence broken off, a C1 control, a hole in a code page)
/// rules it out: the longer the text, the less likely legacy CJK bytes are valid in an encoding they were not written in;</item>
/// <item>the characters it reads are scored: symbols, a capital after a small letter and a change of script inside a
/// word down (Russian read as Latin is a run of accented letters, KOI8-R read as windows-1251 a run of capitals); kana
/// for Japanese, Hangul syllables for Korean, common Hanzi for Chinese;</item>
/// <item>a single-byte reading's letters are scored as the one language they read best as (<c>Vocabulary/letters.txt</c>):
/// its frequent letters up, its rare ones nothing, letters it never writes down. Any language may be read from any
/// candidate, not only from the encodings it was written in: so a byte that two candidates read as the same letter
/// weighs the same in both, and only the bytes they read differently choose between them (an English page naming
/// Zürich and Ångström is no more Hungarian in windows-1250 than in windows-1252; Hungarian's ő and ű are).</item>
/// </list>
/// ASCII bytes only end words, so markup costs nothing. The best score wins, ties going to the earlier candidate
/// (windows-1252 first); the page's top-level domain may then prefer its own encoding when it scores nearly as well.
/// </summary>
internal static class EncodingGuess
{
    private const int FrequentLetter = 2;
    private const int ForeignLetter = -2;
    // A capital opening a word is no evidence by itself: a lone byte such as windows-1252's euro sign reads as one elsewhere.
    private const int CapitalAtWordStart = 0;
    private const int CapitalAfterSmall = -2;
    private const int ScriptChange = -3;
    private const int AccentedRun = -2;
    private const int Symbol = -1;

    // Per character of a CJK reading, by what the character is, for a Japanese, Chinese and Korean reading. A CJK
    // character is two bytes, so these are about twice a single-byte letter's weights.
    // Hangul syllables are common when KS X 1001 (the original EUC-KR) has them; the other 8,822 that windows-949 added
    // are rare in text but are where Shift_JIS or Latin bytes land when read as windows-949.
    private const int Kana = 0, CommonHan = 1, OtherHan = 2, Hangul = 3, CjkPunctuation = 4, HalfWidthKana = 5, Other = 6, RareHangul = 7;
    private static readonly int[][] CjkWeights =
    [
        [4, 3, 1, -4, 1, -1, -2, -4], // Japanese
        [-2, 4, 0, -4, 1, -2, -2, -4], // Chinese
        [-2, 1, -1, 4, 1, -2, -2, -2], // Korean
    ];

    private enum Kind : byte
    {
        Invalid,
        Letter,
        Mark,
        Capital,
        Punctuation,
        Symbol,
    }

    private enum Script : byte
    {
        None,
        Latin,
        Cyrillic,
        Greek,
        Hebrew,
        Arabic,
        Thai,
    }

    /// <summary>What each byte 0x80-0xFF reads as in one single-byte candidate.</summary>
    private readonly record struct Cell(Kind Kind, Script Script);

    /// <summary>A single-byte candidate: what each high byte reads as, and for each of its languages what each high byte is worth as that language's letter.</summary>
    private sealed record SingleByteCandidate(string Name, Cell[] Cells, sbyte[][] LetterWeights, string Domains, bool Uncommon);

    private sealed record MultiByteCandidate(string Name, Encoding Validator, EncodingGuessData.CjkKind Kind, string Domains);

    // Before the candidates, which are built from them.
    private static readonly VocabularyEntry[] FrequentLetters = [.. Vocabulary.All.Section("letters", "letters-frequent").Entries];

    private static readonly VocabularyEntry[] RareLetters = [.. Vocabulary.All.Section("letters", "letters-rare").Entries];

    private static readonly string[] Languages = LanguagesOf(FrequentLetters, RareLetters);

    private static readonly SingleByteCandidate[] SingleByte = BuildSingleByte();

    private static readonly MultiByteCandidate[] MultiByte = BuildMultiByte();

    private static readonly bool[] CommonHanSet = BuildCommonHan();

    private static readonly bool[] CommonHangulSet = BuildCommonHangul();

    /// <summary>The guessed encoding's name (of <see cref="EncodingLabels"/>' table), or <see langword="null"/> when every candidate is ruled out.</summary>
    /// <param name="bytes">The page's bytes; only the first <see cref="Thresholds.EncodingGuessBytes"/> are read.</param>
    /// <param name="host">The page's host name, whose top-level domain may break a near tie; optional.</param>
    public static string? Guess(ReadOnlySpan<byte> bytes, string? host)
    {
        var sample = Sample(bytes);
        var domain = TopLevelDomain(host).ToString();
        string? best = null, bestInDomain = null;
        long bestScore = long.MinValue, bestInDomainScore = long.MinValue;
        // Letter evidence is a sum over letters, so the count of each high byte is all it needs: counted once for every candidate.
        Span<int> counts = stackalloc int[128];
        counts.Clear();
        foreach (var b in sample)
        {
            if (b >= 0x80)
            {
                counts[b - 0x80]++;
            }
        }

        foreach (var candidate in SingleByte)
        {
            if (ScoreSingleByte(sample, candidate.Cells) is { } score)
            {
                var uncommon = candidate.Uncommon && !(domain.Length > 0 && HasDomain(candidate.Domains, domain)) ? Thresholds.EncodingGuessUncommonMargin : 0;
                Consider(candidate.Name, score + BestLanguage(counts, candidate.LetterWeights) - uncommon, candidate.Domains);
            }
        }

        foreach (var candidate in MultiByte)
        {
            if (ScoreMultiByte(sample, candidate) is { } score)
            {
                Consider(candidate.Name, score, candidate.Domains);
            }
        }

        // The domain is a hint, not evidence: it may only choose between readings that the bytes rate nearly alike.
        if (bestInDomain is not null && bestInDomainScore >= bestScore - Math.Max(0, bestScore * (1 - Thresholds.EncodingGuessDomainShare)))
        {
            return bestInDomain;
        }

        return best;

        void Consider(string name, long score, string domains)
        {
            if (score > bestScore)
            {
                (best, bestScore) = (name, score);
            }

            if (domain.Length > 0 && score > bestInDomainScore && HasDomain(domains, domain))
            {
                (bestInDomain, bestInDomainScore) = (name, score);
            }
        }
    }

    /// <summary>
    /// Whether the bytes are ISO-2022-JP: no byte above 0x7F, and an escape sequence that switches to JIS X 0208
    /// (<c>ESC $ B</c>, <c>ESC $ @</c>) or JIS X 0201 (<c>ESC ( J</c>, <c>ESC ( I</c>) in the first bytes. An HTML page
    /// has no other use for the escape byte.
    /// </summary>
    public static bool IsIso2022Jp(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, Thresholds.EncodingGuessBytes)];
        if (sample.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            return false;
        }

        for (var at = sample.IndexOf((byte)0x1B); at >= 0 && at + 2 < sample.Length; at = NextEscape(sample, at))
        {
            var (first, second) = (sample[at + 1], sample[at + 2]);
            if ((first == (byte)'$' && second is (byte)'B' or (byte)'@') || (first == (byte)'(' && second is (byte)'J' or (byte)'I'))
            {
                return bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0;
            }
        }

        return false;

        static int NextEscape(ReadOnlySpan<byte> sample, int at)
        {
            var next = sample[(at + 1)..].IndexOf((byte)0x1B);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// The first bytes, cut after the last byte below 0x30 so that no multi-byte sequence (whose later bytes are never
    /// below it) is broken off, by the limit or by a page cut mid-character, and taken for an error.
    /// </summary>
    private static ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, Thresholds.EncodingGuessBytes)];
        var cut = sample.LastIndexOfAnyInRange((byte)0, (byte)0x2F);
        return cut < 0 ? sample : sample[..(cut + 1)];
    }

    private static ReadOnlySpan<char> TopLevelDomain(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return [];
        }

        var name = host.AsSpan().TrimEnd('.');
        var dot = name.LastIndexOf('.');
        return dot < 0 ? [] : name[(dot + 1)..];
    }

    private static bool HasDomain(string domains, ReadOnlySpan<char> domain)
    {
        foreach (var range in domains.AsSpan().Split(' '))
        {
            if (domains.AsSpan(range).Equals(domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letter score of the language the high bytes read best as.</summary>
    private static long BestLanguage(ReadOnlySpan<int> counts, sbyte[][] letterWeights)
    {
        var best = long.MinValue;
        foreach (var weights in letterWeights)
        {
            long score = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                score += (long)counts[i] * weights[i];
            }

            best = Math.Max(best, score);
        }

        return best == long.MinValue ? 0 : best;
    }

    /// <summary>The score of the reading's shape (symbols, capitals, scripts), or <see langword="null"/> when a byte is no character in it.</summary>
    private static long? ScoreSingleByte(ReadOnlySpan<byte> sample, Cell[] cells)
    {
        long score = 0;
        // The previous character: its script (None when it was no letter), whether it was a capital, whether it was non-ASCII.
        var previous = Script.None;
        bool previousCapital = false, previousHigh = false;
        foreach (var b in sample)
        {
            if (b < 0x80)
            {
                var letter = char.IsAsciiLetter((char)b);
                if (letter && previous is not (Script.None or Script.Latin))
                {
                    score += ScriptChange;
                }

                (previous, previousCapital, previousHigh) = (letter ? Script.Latin : Script.None, char.IsAsciiLetterUpper((char)b), false);
                continue;
            }

            var cell = cells[b - 0x80];
            switch (cell.Kind)
            {
                case Kind.Invalid:
                    return null;
                case Kind.Punctuation:
                case Kind.Symbol:
                    score += cell.Kind == Kind.Symbol ? Symbol : 0;
                    (previous, previousCapital, previousHigh) = (Script.None, false, false);
                    continue;
            }

            if (previous != Script.None && previous != cell.Script)
            {
                score += ScriptChange;
            }
            else if (previousHigh && cell.Script == Script.Latin && cell.Kind != Kind.Mark)
            {
                // Latin languages put an accented letter among plain ones; whole words of them are another script misread.
                score += AccentedRun;
            }

            score += cell.Kind switch
            {
                Kind.Capital when previous == Script.None => CapitalAtWordStart,
                Kind.Capital when !previousCapital => CapitalAfterSmall,
                _ => 0,
            };
            (previous, previousCapital, previousHigh) = (cell.Script, cell.Kind == Kind.Capital, true);
        }

        return score;
    }

    private static long? ScoreMultiByte(ReadOnlySpan<byte> sample, MultiByteCandidate candidate)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, sample.Length));
        try
        {
            var length = candidate.Validator.GetChars(sample, chars);
            var weights = CjkWeights[(int)candidate.Kind];
            long score = 0;
            bool first = true, previousCjk = false, previousLetter = false;
            foreach (var c in chars.AsSpan(0, length))
            {
                if (c < '\u0080')
                {
                    // CJK text seldom touches a Latin letter; a Western apostrophe or dash read as the lead byte of a
                    // character ("don’t", "it’s") always does.
                    var letter = char.IsAsciiLetter(c);
                    score += letter && previousCjk ? ScriptChange : 0;
                    (previousCjk, previousLetter) = (false, letter);
                    continue;
                }

                var kind = CjkKindOf(c);
                // A half-width katakana as the first non-ASCII character is nearly always Latin text misread (chardetng's rule).
                if (kind < 0 || (first && kind == HalfWidthKana))
                {
                    return null;
                }

                var cjk = kind is not (CjkPunctuation or Other);
                score += weights[kind] + (cjk && previousLetter ? ScriptChange : 0);
                (first, previousCjk, previousLetter) = (false, cjk, false);
            }

            return score;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The class of a character read by a CJK candidate, or -1 for one that rules the reading out (a decoding error, a C1 control, a private-use character).</summary>
    private static int CjkKindOf(char c) => c switch
    {
        '\uFFFD' or (>= '\u0080' and <= '\u009F') or (>= '\uE000' and <= '\uF8FF') => -1,
        >= '\u3040' and <= '\u30FF' => Kana,
        >= '\u4E00' and <= '\u9FFF' => CommonHanSet[c - '\u4E00'] ? CommonHan : OtherHan,
        >= '\uAC00' and <= '\uD7A3' => CommonHangulSet[c - '\uAC00'] ? Hangul : RareHangul,
        (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF60') or (>= '\u2010' and <= '\u2027') or '\u00B7' => CjkPunctuation,
        >= '\uFF61' and <= '\uFF9F' => HalfWidthKana,
        _ => Other,
    };

    private static SingleByteCandidate[] BuildSingleByte()
    {
        var candidates = new SingleByteCandidate[EncodingGuessData.SingleByte.Length];
        Span<byte> high = stackalloc byte[128];
        for (var i = 0; i < high.Length; i++)
        {
            high[i] = (byte)(0x80 + i);
        }

        for (var i = 0; i < candidates.Length; i++)
        {
            var profile = EncodingGuessData.SingleByte[i];
            var encoding = EncodingLabels.ForName(profile.Encoding) ?? throw new InvalidOperationException($"no decoder for {profile.Encoding}");
            var decoded = encoding.GetString(high);
            var cells = new Cell[128];
            for (var b = 0; b < cells.Length; b++)
            {
                cells[b] = decoded.Length == 128 ? CellOf(decoded[b]) : new Cell(Kind.Invalid, Script.None);
            }

            var weights = new sbyte[Languages.Length][];
            for (var l = 0; l < Languages.Length; l++)
            {
                weights[l] = LetterWeights(decoded, cells, Languages[l]);
            }

            candidates[i] = new SingleByteCandidate(profile.Encoding, cells, weights, profile.Domains, profile.Uncommon);
        }

        return candidates;
    }

    /// <summary>What each high byte of one reading is worth as a letter of <paramref name="language"/>: capitals and non-letters nothing.</summary>
    private static sbyte[] LetterWeights(string decoded, Cell[] cells, string language)
    {
        var (frequent, rare) = (LetterClass(FrequentLetters, language), LetterClass(RareLetters, language));
        var weights = new sbyte[cells.Length];
        for (var b = 0; b < cells.Length; b++)
        {
            var c = decoded.Length == cells.Length ? decoded[b] : '\0';
            weights[b] = cells[b].Kind switch
            {
                _ when frequent.Contains(c, StringComparison.Ordinal) => FrequentLetter,
                Kind.Letter when !rare.Contains(c, StringComparison.Ordinal) => ForeignLetter,
                _ => 0,
            };
        }

        return weights;
    }

    private static string[] LanguagesOf(VocabularyEntry[] frequent, VocabularyEntry[] rare)
    {
        var languages = new List<string>();
        foreach (var entry in (VocabularyEntry[])[.. frequent, .. rare])
        {
            if (!languages.Contains(entry.Language))
            {
                languages.Add(entry.Language);
            }
        }

        return [.. languages];
    }

    private static string LetterClass(VocabularyEntry[] entries, string language)
    {
        foreach (var entry in entries)
        {
            if (entry.Language == language)
            {
                return entry.Word;
            }
        }

        return string.Empty;
    }

    private static Cell CellOf(char c)
    {
        var script = ScriptOf(c);
        var category = char.GetUnicodeCategory(c);
        if (c == '\uFFFD' || category is UnicodeCategory.Control or UnicodeCategory.PrivateUse)
        {
            return new Cell(Kind.Invalid, Script.None);
        }

        var letter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        if (!letter || script == Script.None)
        {
            // Space, dashes, quotes and marks that prose uses are neutral; other signs are unlikely in text.
            return new Cell(category is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.CurrencySymbol or UnicodeCategory.Format
                ? Kind.Punctuation : Kind.Symbol, Script.None);
        }

        return new Cell(category switch
        {
            UnicodeCategory.UppercaseLetter => Kind.Capital,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => Kind.Mark,
            _ => Kind.Letter,
        }, script);
    }

    private static Script ScriptOf(char c) => c switch
    {
        // Combining accents (windows-1258 writes Vietnamese tones with them) belong to the letter they follow.
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u0300' and <= '\u036F') => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        _ => Script.None,
    };

    private static MultiByteCandidate[] BuildMultiByte()
    {
        var candidates = new MultiByteCandidate[EncodingGuessData.MultiByte.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var profile = EncodingGuessData.MultiByte[i];
            // A replacement character for each invalid sequence, which rules the candidate out.
            var validator = CodePagesEncodingProvider.Instance.GetEncoding(profile.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
                ?? Encoding.GetEncoding(profile.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            candidates[i] = new MultiByteCandidate(profile.Encoding, validator, profile.Kind, profile.Domains);
        }

        return candidates;
    }

    private static bool[] BuildCommonHan()
    {
        var set = new bool['\u9FFF' - '\u4E00' + 1];
        foreach (var c in EncodingGuessData.CommonHan)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                set[c - '\u4E00'] = true;
            }
        }

        return set;
    }

    /// <summary>The 2,350 Hangul syllables of KS X 1001: rows 0xB0-0xC8 of EUC-KR, each holding 94 of them.</summary>
    private static bool[] BuildCommonHangul()
    {
        var set = new bool['\uD7A3' - '\uAC00' + 1];
        var euckr = CodePagesEncodingProvider.Instance.GetEncoding(949) ?? Encoding.GetEncoding(949);
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        for (var lead = 0xB0; lead <= 0xC8; lead++)
        {
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                (pair[0], pair[1]) = ((byte)lead, (byte)trail);
                if (euckr.GetChars(pair, decoded) == 1 && decoded[0] is >= '\uAC00' and <= '\uD7A3')
                {
                    set[decoded[0] - '\uAC00'] = true;
                }
            }
        }

        return set;
    }
}
