using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of real pages with CsCheck: byte flips, tag deletion and duplication, truncation, attribute
/// blow-up, deep-nesting injection and random bytes. A bounded number of cases in CI; set
/// ARTICLEEXTRACT_FUZZ_ITERATIONS for a long run (see README.md beside this file).
/// </summary>
[Collection(Hostile.Collection)]
public sealed class FuzzTests
{
    private const int CiIterations = 150;

    // The fixed generator CI draws its cases from.
    private const uint CiStream = 7;
    private const ulong CiSeed = 20261128;

    private static readonly Lazy<IReadOnlyList<byte[]>> Seeds = new(() =>
        Hostile.SeedPages(120).Select(Encoding.UTF8.GetBytes).ToList());

    private static readonly string[] NestingTags = ["<div>", "<span>", "<b>", "<table>", "<li>", "<p>", "<a href=x>", "<svg>", "<div></x>", "<div/>", "<td>", "<b id=1><p>"];

    private readonly record struct Mutation(int Kind, int Position, int Argument);

    private static readonly Gen<(int Page, Mutation[] Mutations)> Cases =
        from page in Gen.Int[0, 1 << 20]
        from mutations in Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[1, 64], (k, p, a) => new Mutation(k, p, a)).Array[1, 6]
        select (page, mutations);

    [Fact]
    public void Mutated_real_pages_never_crash_hang_or_invent_words()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromSeconds(15) });
        FuzzRun.Run("fuzz", Cases, c =>
        {
            var seeds = Seeds.Value;
            CheckProperties(extractor, Mutate(seeds[c.Page % seeds.Count], c.Mutations));
        }, c => $"page {c.Page % Seeds.Value.Count}, mutations {string.Join(", ", c.Mutations)}", CiIterations, CiStream, CiSeed);
    }

    internal static void CheckProperties(ArticleExtractor extractor, byte[] bytes, string? contentType = null)
    {
        var url = new Uri("https://news.example.com/a/b");
        var first = Hostile.Extract(extractor, e => e.Extract(bytes, url, contentType));
        var second = Hostile.Extract(extractor, e => e.Extract(bytes, url, contentType));
        if (first is null || second is null)
        {
            // The documented limit outcome; determinism of a time budget is not expected.
            return;
        }

        Assert.Equal(first.ToJson(), second.ToJson());
        SecurityTests.AssertSafeHtml(first.ToHtml());
        SecurityTests.AssertSafeMarkdown(first.ToMarkdown());
        // The page's text as the parser sees it after sniffing (stray control characters removed) and the documented
        // depth cap: dropping a start tag can change where the parser puts text (foster parenting out of tables
        // reorders it), never what text there is.
        var text = ArticleExtract.Sniffing.InputSniffer.ToText(bytes, contentType, extractor.Options.MaxInputLength, CancellationToken.None);
        if (text is null)
        {
            Assert.Equal(ExtractionOutcome.NotHtml, first.Outcome);
            Assert.Equal("", first.Body);
            return;
        }

        Assert.NotEqual(ExtractionOutcome.NotHtml, first.Outcome);
        var html = ArticleExtract.Parsing.NestingGuard.Apply(text, extractor.Options.MaxNestingDepth).Html;
        AssertWordsComeFromInput(first.Body, html);
        AssertNoControlCharacters(first);
    }

    private static void AssertNoControlCharacters(Article article)
    {
        foreach (var rendering in new[] { article.Body, article.ToText(), article.ToMarkdown(), article.ToHtml(), article.ToJson() })
        {
            Assert.False(rendering.Any(ArticleExtract.Sniffing.ControlCharacters.IsControl), "a control character in the output");
        }
    }

    private static void AssertWordsComeFromInput(string body, string html)
    {
        if (body.Length == 0)
        {
            return;
        }

        // Text a reader can see: script, style and SVG text (an icon's <title>) is not shown, so words on either
        // side of it legitimately meet ("More<svg><title>AddThis</title></svg>More"). Nor is a document <title> that
        // the parser put in the body (a mangled head: the tree builder keeps it a title, display: none), whose
        // neighbours meet just the same.
        var document = new HtmlParser().ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll("script, style, svg, body title").ToList())
        {
            hidden.Remove();
        }

        var text = Squeeze(document.DocumentElement.TextContent);
        // Words are runs of letters and digits: punctuation runs next to markup the mutations mangle ("a----;" from
        // a broken comment, see README.md) are not words.
        var words = System.Text.RegularExpressions.Regex.Matches(body, @"[\p{L}\p{N}]+").Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(400);
        foreach (var word in words)
        {
            Assert.True(text.Contains(word, StringComparison.Ordinal) || JoinsTwoRuns(text, word), $"Body word \"{word}\" is not in the page's text");
        }
    }

    /// <summary>
    /// A word made of two runs of the page's text, the second after the first: extraction drops elements (hidden
    /// text, a toggle's label, an inline ad), and when the text on either side touches with no space it meets, as it
    /// does on screen ("Wichita, KS&lt;span hidden&gt;…&lt;/span&gt;67202" reads "KS67202"). Each part still comes
    /// from the page, so nothing was invented.
    /// </summary>
    internal static bool JoinsTwoRuns(string text, string word)
    {
        for (var split = 1; split < word.Length; split++)
        {
            var head = text.IndexOf(word[..split], StringComparison.Ordinal);
            if (head >= 0 && text.IndexOf(word[split..], head + split, StringComparison.Ordinal) > head + split)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text without whitespace and invisible format characters, which extraction may add or drop.</summary>
    private static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format && c != '\uFFFD')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static byte[] Mutate(byte[] page, IEnumerable<Mutation> mutations)
    {
        var bytes = new List<byte>(page);
        foreach (var m in mutations)
        {
            if (bytes.Count == 0)
            {
                break;
            }

            var at = m.Position % bytes.Count;
            switch (m.Kind)
            {
                case 0: // flip a few bits in a run of bytes
                    for (var k = 0; k < m.Argument && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] ^= (byte)(1 << ((m.Argument + k) % 8));
                    }

                    break;
                case 1: // delete a tag
                    if (TagAt(bytes, at) is var (start, end) && start >= 0)
                    {
                        bytes.RemoveRange(start, end - start);
                    }

                    break;
                case 2: // duplicate a tag many times
                    if (TagAt(bytes, at) is var (s2, e2) && s2 >= 0)
                    {
                        var tag = bytes.GetRange(s2, e2 - s2);
                        for (var k = 0; k < m.Argument * 20; k++)
                        {
                            bytes.InsertRange(e2, tag);
                        }
                    }

                    break;
                case 3: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4: // blow up an attribute
                    if (TagAt(bytes, at) is var (s4, _) && s4 >= 0)
                    {
                        var name = s4 + 1;
                        while (name < bytes.Count && bytes[name] is not ((byte)' ' or (byte)'>' or (byte)'/'))
                        {
                            name++;
                        }

                        bytes.InsertRange(name, Encoding.ASCII.GetBytes($" data-x=\"{new string('a', m.Argument * 16_000)}\" title='{new string('"', m.Argument)}'"));
                    }

                    break;
                case 5: // inject deep nesting
                    bytes.InsertRange(at, Encoding.ASCII.GetBytes(Hostile.Repeat(NestingTags[m.Argument % NestingTags.Length], m.Argument * 150)));
                    break;
                default: // random bytes, NULs and markup characters
                    var random = new Random(m.Position);
                    var noise = new byte[m.Argument * 4];
                    random.NextBytes(noise);
                    for (var k = 0; k < noise.Length; k += 7)
                    {
                        noise[k] = "<>&\"'/\0="u8[k % 8];
                    }

                    bytes.InsertRange(at, noise);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static (int Start, int End) TagAt(List<byte> bytes, int from)
    {
        var start = bytes.IndexOf((byte)'<', from);
        if (start < 0)
        {
            return (-1, -1);
        }

        var end = bytes.IndexOf((byte)'>', start);
        return end < 0 ? (-1, -1) : (start, end + 1);
    }
}
