using ArticleExtract.Metadata;
using ArticleExtract.Sniffing;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A control character escaped in a JSON-LD string (<c>\u0002</c>, <c>\u007f</c>, <c>\u0085</c>, <c>\b</c>) reached the
/// title, the authors and the site name: the page's raw control characters and character references to them are removed
/// before parsing, but a JSON escape is decoded only by the JSON parser, after that. It is now left out.
/// </summary>
public class JsonLdControlEscapeTests
{
    private static Article Extract(string json) => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>Page</title>
        <script type="application/ld+json">{{json}}</script>
        </head><body><article>
        <p>The city will open two new tram lines next spring, the council said on Monday after a long vote.</p>
        <p>Work on the first line starts in March, and the second follows once the bridge over the river is widened.</p>
        </article></body></html>
        """,
        new Uri("https://news.example.com/trams"));

    [Fact]
    public void Escaped_controls_in_a_block_reach_no_field_and_no_rendering()
    {
        var a = Extract("""
            {"@type":"NewsArticle","headline":"Tram\u0002 lines\u007f","author":[{"@type":"Person","name":"Jane\u0007 Doe"},{"@type":"Person","name":"John\b Roe"}],
             "publisher":{"@type":"Organization","name":"City\u0085 Herald\u0000"},"keywords":"trams\u001b, council"}
            """);

        Assert.Equal("Tram lines", a.Title);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal("City Herald", a.SiteName);
        foreach (var rendering in new[] { a.ToText(header: true), a.ToMarkdown(frontMatter: true), a.ToHtml(), a.ToJson() })
        {
            Assert.DoesNotContain(rendering, ControlCharacters.IsControl);
            Assert.DoesNotContain("\\u000", rendering, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u007F", rendering, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("""{"a":"x\u0001y"}""", """{"a":"xy"}""")]
    [InlineData("""{"a":"x\u0009y\u000Ay\u00e9\u0026"}""", """{"a":"x\u0009y\u000Ay\u00e9\u0026"}""")]
    [InlineData("""{"a":"x\\u0001y"}""", """{"a":"x\\u0001y"}""")]
    [InlineData("""{"a":"x\\\u0001y\b\\b"}""", """{"a":"x\\y\\b"}""")]
    [InlineData("""{"a":"\u009F\u00A0\u0080"}""", """{"a":"\u00A0"}""")]
    public void Only_escapes_of_controls_go_and_escaped_backslashes_pair_as_the_parser_pairs_them(string json, string expected)
    {
        Assert.Equal(expected, LenientJson.WithoutLoneSurrogatesOrControls(json));
    }

    [Fact]
    public void A_block_without_such_escapes_is_the_same_instance()
    {
        const string json = """{"@type":"NewsArticle","headline":"Caf\u00e9 \u0026 bar","url":"https:\/\/news.example.com\/a"}""";
        Assert.Same(json, LenientJson.WithoutLoneSurrogatesOrControls(json));
    }
}
