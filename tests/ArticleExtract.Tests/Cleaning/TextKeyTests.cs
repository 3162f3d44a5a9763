using System.Text;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>The comparison key writes ASCII without a branch per word's edge; it must write what its rules say.</summary>
public sealed class TextKeyTests
{
    [Fact]
    public void Keys_are_what_the_rules_write_into_a_destination_of_the_texts_length()
    {
        // ASCII letters, digits, punctuation and white space, an apostrophe of each kind, accented and typographic
        // characters, dashes, bars and ideographs.
        const string alphabet = "aZ9 .,-_'’|/·•–—\t\néÉß“漢\u00A0\u2009!?#";
        var random = new Random(28);
        for (var trial = 0; trial < 20_000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var destination = new char[text.Length];
            var key = new string(destination, 0, TextKey.NormalizeInto(text, destination));
            Assert.Equal(ByRules(text), key);
            Assert.Equal(key, TextKey.Normalize(text));
        }
    }

    [Fact]
    public void A_label_loses_its_punctuation_and_case()
    {
        Assert.Equal("advertisement", TextKey.Normalize("- Advertisement -"));
        Assert.Equal("well be back 2 min", TextKey.Normalize("  We'll be back | 2 min…"));
        Assert.Equal(string.Empty, TextKey.Normalize(" -- "));
    }

    /// <summary>The key as first written: a builder, and each character through the char tests (the decision's tests hold the key to it too).</summary>
    internal static string ByRules(string text)
    {
        var key = new StringBuilder();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                space = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return key.ToString();
    }
}
