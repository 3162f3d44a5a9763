using ArticleExtract.Rendering;

namespace ArticleExtract.Tests.Rendering;

/// <summary>The word count reads ASCII by its own test; it must count as the general letter test does.</summary>
public sealed class WordCountTests
{
    [Fact]
    public void Ascii_letters_and_digits_are_what_the_general_test_calls_letters_or_digits()
    {
        for (var c = '\0'; c < '\u0080'; c++)
        {
            Assert.Equal(char.IsLetterOrDigit(c), char.IsAsciiLetterOrDigit(c));
        }
    }

    [Fact]
    public void Words_and_ideographs_are_counted_as_the_general_letter_test_counts_them()
    {
        // Text mixing ASCII, accented and typographic characters, soft hyphens, kana, ideographs and Hangul.
        const string alphabet = "ab Z9 '’-\u00AD.,éß—“ぁカ漢字한글\u3000\n";
        var random = new Random(16);
        for (var trial = 0; trial < 5_000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ByGeneralTest(text), TextRenderer.CountWords(text));
        }
    }

    [Fact]
    public void A_body_counts_its_words_and_its_ideographs()
    {
        Assert.Equal((6, 0), TextRenderer.CountWords("The city's bike-share opened in 2024."));
        Assert.Equal((1, 4), TextRenderer.CountWords("東京都庁 opened"));
    }

    /// <summary>The count as first written: every character through the ideograph ranges and char.IsLetterOrDigit.</summary>
    private static (int Words, int Ideographs) ByGeneralTest(string body)
    {
        int words = 0, ideographs = 0;
        var inWord = false;
        foreach (var c in body)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
            {
                ideographs++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (!(inWord && c is '\'' or '’' or '-' or '\u00AD'))
            {
                inWord = false;
            }
        }

        return (words, ideographs);
    }
}
