using ArticleExtract.Sniffing;

namespace ArticleExtract.Tests.Sniffing;

/// <summary>The search for removed control characters: two vectorised searches standing for one set.</summary>
public sealed class ControlCharactersTests
{
    [Fact]
    public void Every_character_is_found_exactly_when_it_is_a_removed_control()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "Plain words, and then " + (char)c + " in the middle of a line.";
            var expected = ControlCharacters.IsControl((char)c) ? 22 : -1;
            Assert.Equal(expected, ControlCharacters.IndexOfControl(text));
        }
    }

    [Fact]
    public void Generated_texts_find_the_first_control_as_a_scan_would()
    {
        // Long enough for the vectorised paths, with controls of both kinds, white space and letters beyond ASCII.
        const string alphabet = "ab <>\t\n\r\f\u000B\u0000\u001F\u007F\u0080\u0085\u009F\u00A0\u00E9\u4E2D\uFFFD";
        var random = new Random(28);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var j = 0; j < chars.Length; j++)
            {
                // Mostly letters, so that many texts hold no control or only a late one.
                chars[j] = random.Next(40) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26));
            }

            Assert.Equal(Array.FindIndex(chars, ControlCharacters.IsControl), ControlCharacters.IndexOfControl(chars));
        }
    }

    [Fact]
    public void Controls_of_both_kinds_are_removed_and_white_space_kept()
    {
        var text = string.Concat(Enumerable.Repeat("A line of text,\twith a tab.\r\n", 5)) + "\u0007bell and \u0085next line";
        Assert.Equal(text.Replace("\u0007", string.Empty).Replace("\u0085", string.Empty), ControlCharacters.Clean(text));
    }
}
