using AngleSharp.Html.Parser;
using ArticleExtract.Sniffing;

namespace ArticleExtract.Tests.Sniffing;

/// <summary>
/// Numeric character references to control characters, removed by <see cref="ControlCharacters.Clean(string)"/> as
/// the raw characters are: the parser is the oracle for which references decode to a control, and removing one may not
/// join its neighbours into another.
/// </summary>
public sealed class ControlReferenceTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_reference_is_removed_exactly_when_the_parser_decodes_it_to_a_control()
    {
        var values = Enumerable.Range(0, 0x200).Concat([0xD800, 0xFFFD, 0x10FFFF, 0x110000, 0x11000F, int.MaxValue]);
        foreach (var value in values)
        {
            foreach (var reference in Spellings(value))
            {
                var page = "<p title=\"t" + reference + "u\">a" + reference + "b</p>";
                var decoded = Parser.ParseDocument(page).QuerySelector("p")!;
                var parserGivesControl = decoded.TextContent.Any(ControlCharacters.IsControl);
                Assert.Equal(parserGivesControl, decoded.GetAttribute("title")!.Any(ControlCharacters.IsControl));

                var cleaned = ControlCharacters.Clean(page)!;
                Assert.Equal(parserGivesControl, !ReferenceEquals(cleaned, page));
                var after = Parser.ParseDocument(cleaned).QuerySelector("p")!;
                Assert.False(after.TextContent.Any(ControlCharacters.IsControl), $"{reference}: a control after the clean");
                Assert.False(after.GetAttribute("title")!.Any(ControlCharacters.IsControl), $"{reference}: a control in the attribute after the clean");
                if (parserGivesControl)
                {
                    Assert.Equal(page.Replace(reference.TrimEnd(' '), "", StringComparison.Ordinal), cleaned);
                }
            }
        }
    }

    [Theory]
    [InlineData("It&#8217;s &amp;#1; &#x1F600; &#; &#x; &# &#xZ1; &#9;&#10;&#13;&#x80;&#0;", "It&#8217;s &amp;#1; &#x1F600; &#; &#x; &# &#xZ1; &#9;&#10;&#13;&#x80;&#0;")]
    [InlineData("a&#1;&#2;&#x7f;b", "ab")]
    [InlineData("&#0000000000000000000000000001;x", "x")]
    [InlineData("x&#99999999999999999999999;", "x&#99999999999999999999999;")]
    [InlineData("x&#X1b", "x")]
    [InlineData("a&&#1;#1;", "a#1;")]
    [InlineData("&&#1 #8217;&&#2&#x7F;;", " #8217;;")]
    [InlineData("&amp&&&#1;#8217;", "&amp#8217;")]
    [InlineData("9#x;&#x&#29;1;9&#1;7f0", "9#x;1;97f0")]
    [InlineData("&#0&#29;1; &#&&#x&#1;1; &#x7a&#1;f;", "1; 1; f;")]
    public void The_string_and_in_place_removals_agree(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Clean(text));
        var chars = text.ToCharArray();
        Assert.Equal(expected, new string(chars, 0, ControlCharacters.Clean(chars.AsSpan())));
    }

    [Fact]
    public void Generated_runs_of_ampersands_and_references_parse_without_a_control_after_the_clean()
    {
        // Removing a reference joins its neighbours; no join may make a new control reference.
        string[] pieces = ["&", "&", "#", "#x", "1", "7f", "9", "0", ";", "a", " ", "&#1;", "&#x7F", "&#2", "&#8217;", "&amp"];
        var random = new Random(31);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            var cleaned = ControlCharacters.Clean(text)!;
            var chars = text.ToCharArray();
            Assert.Equal(cleaned, new string(chars, 0, ControlCharacters.Clean(chars.AsSpan())));
            var page = "<p title=\"" + cleaned + "\">" + cleaned + "</p>";
            var p = Parser.ParseDocument(page).QuerySelector("p")!;
            Assert.False(p.TextContent.Any(ControlCharacters.IsControl), text);
            Assert.False(p.GetAttribute("title")!.Any(ControlCharacters.IsControl), text);
        }
    }

    [Fact]
    public void No_rendering_of_a_page_carries_a_control_written_as_a_reference()
    {
        const string prose = "<p>The council met on Tuesday evening to settle the harbour budget after months of argument between the fishing "
            + "cooperative and the ferry operator, who both claim the eastern quay.</p><p>Under the plan approved by seven votes to four, "
            + "the quay will be shared on alternate days, and a new slipway will be built with money from the regional fund.</p>";
        const string page = "<html><head><title>Harbour&#1; vote</title><meta property=og:title content='Harbour &#x7f;vote'>"
            + "<meta name=author content='Jane&#2; Doe'><meta property=og:site_name content='Herald&#x8D;'></head><body><article>"
            + "<h1>Harbour&#3; vote</h1><p class=byline>By Jane&#3; Doe</p>" + prose
            + "<p>Residents &#1;were divided &#x9f;about it, with several asking why the old customs house had not been offered.</p>"
            + "<figure><img src=/a.jpg alt='Quay&#4;'><figcaption>The quay&#5; at dawn</figcaption></figure></article></body></html>";
        foreach (var article in new[]
        {
            new ArticleExtractor().Extract(page, new Uri("https://news.example.com/a")),
            new ArticleExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(page), new Uri("https://news.example.com/a"), "text/html"),
        })
        {
            Assert.Equal("Harbour vote", article.Title);
            Assert.Contains("Residents were divided \u0178about it", article.Body, StringComparison.Ordinal);
            foreach (var rendering in new[] { article.Body, article.ToText(true), article.ToMarkdown(true), article.ToHtml(), article.ToJson() })
            {
                Assert.DoesNotContain(rendering, ControlCharacters.IsControl);
                Assert.DoesNotContain("\\u000", rendering, StringComparison.Ordinal);
                Assert.DoesNotContain("\\u007F", rendering, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> Spellings(int value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hex = value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        yield return "&#" + text + ";";
        yield return "&#x" + hex + ";";
        yield return "&#X00" + hex.ToUpperInvariant() + ";";
        // Without a semicolon the parser still decodes it, up to the first character that is no digit.
        yield return "&#" + text + " ";
    }
}
