using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="BylineFinder.OpensWithBylineWord"/> turns lines away by their initial and second letter before comparing
/// them with an opening ignoring case: held here to the plain test (some opening the line starts with, ignoring case,
/// then its end, a colon or white space) on every opening in every case, cut short, run on, and beside lines whose
/// letters are case kin of ASCII ones outside ASCII (Kelvin sign, dotless and dotted i, long s).
/// </summary>
public sealed class BylineOpeningTests
{
    private static bool Plain(ReadOnlySpan<char> text)
    {
        foreach (var word in MetadataLexicon.BylineLineOpenings)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || text[word.Length] == ':' || char.IsWhiteSpace(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Every_line_gets_the_plain_answer()
    {
        var lines = new List<string> { "", "P", "Photo: Jane", "Please sign in", "Privacy", "By", "BY JANE", "by:", "b", "Bylines", "x y" };
        string[] endings = ["", " Jane Doe", ":", ": Jane", "\tJane", "\u00A0Jane", "s Jane", "x", "-Jane"];
        foreach (var word in MetadataLexicon.BylineLineOpenings)
        {
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], Swapped(word) })
            {
                foreach (var ending in endings)
                {
                    lines.Add(form + ending);
                }

                // Cut short, and with each letter replaced by a neighbour or a case kin outside ASCII (the first too: a
                // line opening outside ASCII skips the initial's screen).
                lines.Add(form[..^1]);
                for (var i = 0; i < form.Length; i++)
                {
                    foreach (var other in new[] { (char)(form[i] + 1), (char)(form[i] - 1), '\u212A', '\u0131', '\u0130', '\u017F', 'é', ' ' })
                    {
                        lines.Add(string.Concat(form.AsSpan(0, i), new ReadOnlySpan<char>(in other), form.AsSpan(i + 1)) + " Jane");
                    }
                }
            }
        }

        var checkedLines = 0;
        foreach (var line in lines)
        {
            Assert.True(Plain(line) == BylineFinder.OpensWithBylineWord(line), line);
            checkedLines++;
        }

        Assert.Contains(lines, line => Plain(line));
        Assert.True(checkedLines > 1000);
    }

    private static string Swapped(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i += 2)
        {
            chars[i] = char.ToUpperInvariant(chars[i]);
        }

        return new string(chars);
    }
}
