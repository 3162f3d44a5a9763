using System.Globalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// The language an article's text is written in, and how it settles with the language the page declares
/// (<see cref="Article.Language"/>). Templates declare a language once for a whole site, so a German story under
/// <c>&lt;html lang="en"&gt;</c> is common, and many pages declare none. The text is told by its letters where a script
/// belongs to one language (Greek, Hebrew, Thai, Hangul, kana …) and by its function words where a script is shared
/// (Latin, Cyrillic, Arabic, Devanagari; the word lists are <c>Vocabulary/languages.txt</c>). When the evidence is
/// thin or two languages score alike, there is no guess: a missing language is better than an invented one.
/// </summary>
internal static class LanguageGuess
{
    private enum Script
    {
        Other, Latin, Cyrillic, Arabic, Devanagari, Greek, Hebrew, Armenian, Georgian, Bengali, Gurmukhi, Gujarati,
        Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar, Ethiopic, Khmer, Hangul, Kana, Han,
    }

    private const int ScriptCount = (int)Script.Han + 1;

    /// <summary>A language told from its function words: the languages of one script family and each word's languages.</summary>
    private sealed class WordFamily
    {
        public WordFamily(string family)
        {
            Languages = Vocabulary.Words("languages", family + "-languages");
            // Keys lower-cased once, looked up ordinally with the word lower-cased into a small buffer: an ordinal hash is a
            // fraction of a case-insensitive one, and this runs for every word of the sample.
            var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var i = 0; i < Languages.Length; i++)
            {
                foreach (var word in Vocabulary.Words("languages", "words-" + Languages[i]))
                {
                    var key = word.ToLowerInvariant();
                    words[key] = words.GetValueOrDefault(key) | (1UL << i);
                    LongestWord = Math.Max(LongestWord, key.Length);
                }
            }

            Words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string[] Languages { get; }

        /// <summary>The longest function word: a longer word is none, and is not looked up.</summary>
        public int LongestWord { get; }

        public Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

        /// <summary>The languages whose function word <paramref name="word"/> is (a bit per <see cref="Languages"/> entry), 0 for none.</summary>
        public ulong LanguagesOf(ReadOnlySpan<char> word)
        {
            if (word.Length > LongestWord)
            {
                return 0;
            }

            Span<char> lower = stackalloc char[LongestWord];
            var length = word.ToLowerInvariant(lower);
            return length > 0 && Words.TryGetValue(lower[..length], out var mask) ? mask : 0;
        }
    }

    private static readonly WordFamily Latin = new("latin");
    private static readonly WordFamily Cyrillic = new("cyrillic");
    private static readonly WordFamily Arabic = new("arabic");
    private static readonly WordFamily Devanagari = new("devanagari");

    /// <summary>
    /// Languages too close for a few function words to overrule the page: a page declaring one of a group and read as
    /// another of it keeps its declaration (Danish and Norwegian share most of their words, Czech and Slovak too).
    /// </summary>
    private static readonly string[][] CloseGroups =
    [
        ["da", "nb", "nn", "no"], ["cs", "sk"], ["hr", "sr", "bs", "sh"], ["id", "ms"], ["es", "ca", "gl"], ["ru", "uk", "be"],
    ];

    /// <summary>
    /// The language to report: the page's declaration (<paramref name="declared"/>, a BCP 47 tag or null) unless the
    /// article's text is plainly written in another language the guesser knows; the text's language when nothing is
    /// declared.
    /// </summary>
    public static string? Settle(string? declared, IReadOnlyList<Section> sections)
    {
        var guess = Guess(sections);
        if (guess.Language is null)
        {
            return declared;
        }

        if (declared is null)
        {
            return guess.Language;
        }

        var primary = declared.AsSpan();
        var dash = primary.IndexOf('-');
        primary = dash < 0 ? primary : primary[..dash];
        if (primary.Equals(guess.Language, StringComparison.OrdinalIgnoreCase) || Close(primary, guess.Language) || !Knows(primary))
        {
            return declared;
        }

        // Overruled only by text that is plainly the other language: the declared one, scored on the same words,
        // comes far behind (an English story quoting a German speaker keeps "en").
        return guess.Plain && guess.ScoreOf(primary) * MetadataThresholds.LanguageOverruleMargin <= guess.Score ? guess.Language : declared;
    }

    /// <summary>What the text says: a language or none, how plainly, and the word scores it was chosen on.</summary>
    internal readonly record struct Reading(string? Language, bool Plain, int Score, WordScores? Scores)
    {
        public int ScoreOf(ReadOnlySpan<char> language) => Scores?.Of(language) ?? 0;
    }

    /// <summary>Function-word hits per language of a family.</summary>
    internal sealed class WordScores(string[] languages, int[] hits)
    {
        public int Of(ReadOnlySpan<char> language)
        {
            for (var i = 0; i < languages.Length; i++)
            {
                if (language.Equals(languages[i], StringComparison.OrdinalIgnoreCase))
                {
                    return hits[i];
                }
            }

            return 0;
        }
    }

    /// <summary>The word families, indexed as <see cref="FamilyOf(char)"/> gives them.</summary>
    private static readonly WordFamily[] Families = [Latin, Cyrillic, Arabic, Devanagari];

    /// <summary>The family whose function words a word starting with <paramref name="c"/> can be, or -1: each family's
    /// words are written in its own script (VocabularyTests holds the lists to it), so a word is looked up in
    /// that family only.</summary>
    internal static int FamilyOf(char c) => FamilyOf(ScriptOf(c));

    private static int FamilyOf(Script script) => script switch
    {
        Script.Latin => 0,
        Script.Cyrillic => 1,
        Script.Arabic => 2,
        Script.Devanagari => 3,
        _ => -1,
    };

    /// <summary>The function words of one family, as <see cref="FamilyOf(char)"/> indexes them.</summary>
    internal static IEnumerable<string> FamilyWords(int family)
    {
        foreach (var language in Families[family].Languages)
        {
            foreach (var word in Vocabulary.Words("languages", "words-" + language))
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// The language of the sections' prose (paragraphs, lists, quotes and headings; not code or tables), read in one pass:
    /// the sample's letters are counted by script while its words are scored against the function words of their
    /// script's family, so the family the letters choose has its scores ready.
    /// </summary>
    internal static Reading Guess(IReadOnlyList<Section> sections)
    {
        var sample = new Sample(stackalloc int[ScriptCount]);
        foreach (var text in Prose(sections))
        {
            // Each count stops after the text that fills it: the letters weighted by script, the words by their characters.
            var countLetters = sample.Letters < MetadataThresholds.LanguageSampleLetters;
            var scoreWords = sample.WordChars < MetadataThresholds.LanguageSampleLetters;
            if (!countLetters && !scoreWords)
            {
                break;
            }

            sample.Read(text, countLetters, scoreWords);
        }

        var letters = sample.ByScript;
        var sampled = sample.Letters;
        var script = Dominant(letters, out var share);
        if (script == Script.Other || share < MetadataThresholds.LanguageScriptShare || sampled < MetadataThresholds.LanguageMinLetters)
        {
            return default;
        }

        if (script is Script.Kana or Script.Han)
        {
            // Japanese writes its words in kana around Han characters; Chinese has next to no kana.
            var japanese = letters[(int)Script.Kana] * MetadataThresholds.LanguageKanaShare >= letters[(int)Script.Kana] + letters[(int)Script.Han];
            return new(japanese ? "ja" : "zh", Plain(sampled), 0, null);
        }

        var family = FamilyOf(script);
        return family < 0
            ? new(ScriptLanguage(script), Plain(sampled), 0, null)
            : ByWords(Families[family], sample.Hits[family] ?? new int[Families[family].Languages.Length], sample.Words, Plain(sampled));
    }

    /// <summary>What one pass over the sample gathers: letters by script, and function-word hits by family and language.</summary>
    private ref struct Sample(Span<int> byScript)
    {
        public readonly Span<int> ByScript = byScript;
        public readonly int[]?[] Hits = new int[]?[Families.Length];
        public int Letters;
        public int WordChars;
        public int Words;

        public void Read(string text, bool countLetters, bool scoreWords)
        {
            var span = text.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                while (i < span.Length && !IsWordChar(span[i]))
                {
                    i++;
                }

                var start = i;
                for (; i < span.Length && IsWordChar(span[i]); i++)
                {
                    var c = span[i];
                    if (countLetters && (char.IsAscii(c) || char.IsLetter(c)))
                    {
                        // A Han, kana or Hangul character is a syllable or a word, about as much text as three Latin letters.
                        var script = ScriptOf(c);
                        var weight = script is Script.Han or Script.Kana or Script.Hangul ? 3 : 1;
                        ByScript[(int)script] += weight;
                        Letters += weight;
                    }
                }

                if (i == start)
                {
                    break;
                }

                if (scoreWords)
                {
                    Words++;
                    WordChars += i - start;
                    if (FamilyOf(span[start]) is var f and >= 0)
                    {
                        var family = Families[f];
                        var hits = Hits[f] ??= new int[family.Languages.Length];
                        for (var (mask, l) = (family.LanguagesOf(span[start..i]), 0); mask != 0; l++, mask >>= 1)
                        {
                            hits[l] += (int)(mask & 1);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Two sentences under a declaration do not overrule it: only an article's worth of text does.</summary>
    private static bool Plain(int letters) => letters >= MetadataThresholds.LanguageOverruleMinLetters;

    private static Reading ByWords(WordFamily family, int[] hits, int words, bool enoughText)
    {
        var (best, second) = (-1, -1);
        for (var l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                (best, second) = (l, best);
            }
            else if (second < 0 || hits[l] > hits[second])
            {
                second = l;
            }
        }

        var top = hits[best];
        var runnerUp = second < 0 ? 0 : hits[second];
        var scores = new WordScores(family.Languages, hits);
        // Function words are a third or more of running text; a text where the best language's reach a fifth is in it,
        // and the runner-up must trail by a clear margin, or close languages (Danish, Norwegian) would be a coin toss.
        if (top < MetadataThresholds.LanguageMinWordHits || top < words * MetadataThresholds.LanguageMinWordShare
            || top - runnerUp < Math.Max(MetadataThresholds.LanguageMinLead, top * MetadataThresholds.LanguageLeadShare))
        {
            return new(null, false, top, scores);
        }

        return new(family.Languages[best], enoughText && top >= words * MetadataThresholds.LanguagePlainWordShare, top, scores);
    }

    private static IEnumerable<string> Prose(IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                yield return heading;
            }

            foreach (var block in section.Blocks)
            {
                if (block is ParagraphBlock or ListBlock or QuoteBlock)
                {
                    yield return block.Text;
                }
            }
        }
    }

    private static Script Dominant(ReadOnlySpan<int> letters, out double share)
    {
        var total = 0;
        var best = Script.Other;
        for (var s = 1; s < letters.Length; s++)
        {
            total += letters[s];
            if (letters[s] > letters[(int)best])
            {
                best = (Script)s;
            }
        }

        // Han and kana are one writing system for the share: Japanese text is both.
        var held = best is Script.Han or Script.Kana ? letters[(int)Script.Han] + letters[(int)Script.Kana] : letters[(int)best];
        share = total == 0 ? 0 : (double)held / total;
        return best;
    }

    // Most prose is ASCII: its letters and separators are told without a Unicode table lookup.
    private static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetter(c)
            : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0980' and <= '\u09FF' => Script.Bengali,
        >= '\u0A00' and <= '\u0A7F' => Script.Gurmukhi,
        >= '\u0A80' and <= '\u0AFF' => Script.Gujarati,
        >= '\u0B80' and <= '\u0BFF' => Script.Tamil,
        >= '\u0C00' and <= '\u0C7F' => Script.Telugu,
        >= '\u0C80' and <= '\u0CFF' => Script.Kannada,
        >= '\u0D00' and <= '\u0D7F' => Script.Malayalam,
        >= '\u0D80' and <= '\u0DFF' => Script.Sinhala,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u0E80' and <= '\u0EFF' => Script.Lao,
        >= '\u1000' and <= '\u109F' => Script.Myanmar,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1100' and <= '\u11FF' => Script.Hangul,
        >= '\u1200' and <= '\u137F' => Script.Ethiopic,
        >= '\u1780' and <= '\u17FF' => Script.Khmer,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
        >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        _ => Script.Other,
    };

    /// <summary>The language of a script that one language writes (Ethiopic: Amharic, by far its largest).</summary>
    private static string? ScriptLanguage(Script script) => script switch
    {
        Script.Greek => "el",
        Script.Hebrew => "he",
        Script.Armenian => "hy",
        Script.Georgian => "ka",
        Script.Bengali => "bn",
        Script.Gurmukhi => "pa",
        Script.Gujarati => "gu",
        Script.Tamil => "ta",
        Script.Telugu => "te",
        Script.Kannada => "kn",
        Script.Malayalam => "ml",
        Script.Sinhala => "si",
        Script.Thai => "th",
        Script.Lao => "lo",
        Script.Myanmar => "my",
        Script.Ethiopic => "am",
        Script.Khmer => "km",
        Script.Hangul => "ko",
        _ => null,
    };

    private static bool Close(ReadOnlySpan<char> declared, string guessed)
    {
        foreach (var group in CloseGroups)
        {
            if (Contains(group, declared) && Contains(group, guessed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the guesser can tell <paramref name="language"/>: a page declaring one it cannot is never overruled.</summary>
    private static bool Knows(ReadOnlySpan<char> language) =>
        Contains(Latin.Languages, language) || Contains(Cyrillic.Languages, language) || Contains(Arabic.Languages, language)
        || Contains(Devanagari.Languages, language) || Contains(ScriptLanguages, language);

    /// <summary>The languages told by their letters alone.</summary>
    private static readonly string[] ScriptLanguages = BuildScriptLanguages();

    private static string[] BuildScriptLanguages()
    {
        var languages = new List<string> { "ja", "zh" };
        for (var s = Script.Other; s <= Script.Han; s++)
        {
            if (ScriptLanguage(s) is { } language)
            {
                languages.Add(language);
            }
        }

        return [.. languages];
    }

    private static bool Contains(string[] languages, ReadOnlySpan<char> language)
    {
        foreach (var l in languages)
        {
            if (language.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
