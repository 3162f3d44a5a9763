using ArticleExtract.Sniffing;

namespace ArticleExtract.Tests.Sniffing;

/// <summary>The search for removed control characters: a vectorised scan (32 characters narrowed to bytes, then two
/// nibble lookups) standing for one set, and .NET's searches where that scan does not run.</summary>
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

            var expected = Array.FindIndex(chars, ControlCharacters.IsControl);
            Assert.Equal(expected, ControlCharacters.IndexOfControl(chars));
            Assert.Equal(expected, ControlCharacters.IndexOfControlBySearches(chars));
        }
    }

    [Fact]
    public void Controls_and_their_neighbours_are_found_at_every_place_of_a_vector_and_its_tail()
    {
        // Every character whose narrowing to a byte could go wrong: the controls and white space, those next to the
        // set's edges, and characters whose low or high byte is a control (they narrow to 0xFF, no control).
        var probes = new List<char>();
        for (var c = 0; c <= 0xFF; c++)
        {
            probes.Add((char)c);
            probes.Add((char)(0x100 + c));
            probes.Add((char)(0x8000 + c));
            probes.Add((char)(0xFF00 + c));
            probes.Add((char)(c << 8));
        }

        // Lengths around one and two vectors and the tail that overlaps the last whole one.
        foreach (var length in new[] { 1, 31, 32, 33, 47, 63, 64, 65, 70 })
        {
            var chars = new char[length];
            foreach (var probe in probes)
            {
                for (var at = 0; at < length; at++)
                {
                    Array.Fill(chars, 'x');
                    chars[at] = probe;
                    var expected = ControlCharacters.IsControl(probe) ? at : -1;
                    Assert.Equal(expected, ControlCharacters.IndexOfControl(chars));
                    Assert.Equal(expected, ControlCharacters.IndexOfControlBySearches(chars));
                }
            }
        }
    }

    [Fact]
    public void The_first_of_several_controls_is_found_when_a_later_vector_holds_one_too()
    {
        var chars = new string('a', 100).ToCharArray();
        chars[90] = '\u0001';
        chars[40] = '\u0085';
        chars[41] = '\u007F';
        Assert.Equal(40, ControlCharacters.IndexOfControl(chars));
        chars[40] = 'a';
        Assert.Equal(41, ControlCharacters.IndexOfControl(chars));
        chars[41] = 'a';
        Assert.Equal(90, ControlCharacters.IndexOfControl(chars));
    }

    [Fact]
    public void Controls_of_both_kinds_are_removed_and_white_space_kept()
    {
        var text = string.Concat(Enumerable.Repeat("A line of text,\twith a tab.\r\n", 5)) + "\u0007bell and \u0085next line";
        Assert.Equal(text.Replace("\u0007", string.Empty).Replace("\u0085", string.Empty), ControlCharacters.Clean(text));
    }

    [Theory]
    // Removed: the references the HTML parser decodes to a removed control, with or without ';', any case, leading zeros.
    [InlineData("a&#1;b", "ab")]
    [InlineData("a&#x7F;b&#x7f", "ab")]
    [InlineData("a&#X81;b&#0000031;c&#8", "abc")]
    [InlineData("&#x8D;&#x8F;&#x90;&#x9D;&#11;&#x0e;x", "x")]
    // Kept: NUL (decoded as U+FFFD), white space, the C1 values read as windows-1252 (&#128; is the euro sign), the
    // first visible characters, values past the last code point, bidi controls, and what is not a reference at all.
    [InlineData("&#0;&#9;&#10;&#12;&#13;&#x20;&#128;&#x9C;&#xA0;&#1114112;&#99999999999999999999;&#x202E;", "&#0;&#9;&#10;&#12;&#13;&#x20;&#128;&#x9C;&#xA0;&#1114112;&#99999999999999999999;&#x202E;")]
    [InlineData("&#;&#x;&#xG1;&# 1;&amp;#1;&#", "&#;&#x;&#xG1;&# 1;&amp;#1;&#")]
    public void Character_references_to_removed_controls_are_removed_too(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Clean(text));
        var chars = text.ToCharArray();
        Assert.Equal(expected, new string(chars, 0, ControlCharacters.Clean(chars.AsSpan())));
        // After a raw control, and around one: "&#\u00071;" is "&#1;" once the bell is gone. (Text enough that one
        // control is not one in TextPerControl.)
        var words = new string('w', 2 * ControlCharacters.TextPerControl);
        Assert.Equal(expected + words, ControlCharacters.Clean("\u0007" + text + words));
        Assert.Equal("ab" + words, ControlCharacters.Clean("a&#\u00071;b" + words));
    }

    [Fact]
    public void Both_cleans_give_the_text_a_filter_gives_and_refuse_the_same_texts()
    {
        // The in-place clean (the pooled text's) and the string's, around the vector lengths, with trailing NUL padding,
        // surrogate pairs, and controls from none to more than one in TextPerControl.
        const string alphabet = "ab \t\n\r\u0000\u0001\u001F\u007F\u0080\u009F\u00A0\uD83D\uDE00";
        var random = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 140)];
            var rate = random.Next(2, 200);
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(rate) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26));
            }

            if (random.Next(4) == 0)
            {
                chars.AsSpan(Math.Max(0, chars.Length - random.Next(1, 5))).Clear();
            }

            var text = new string(chars);
            var trimmed = text.TrimEnd('\0');
            var kept = new string(Array.FindAll(trimmed.ToCharArray(), c => !ControlCharacters.IsControl(c)));
            var expected = (long)(trimmed.Length - kept.Length) * ControlCharacters.TextPerControl > trimmed.Length ? null : kept;
            Assert.Equal(expected, ControlCharacters.Clean(text));
            var length = ControlCharacters.Clean(chars.AsSpan());
            Assert.Equal(expected, length < 0 ? null : new string(chars, 0, length));
        }
    }
}
