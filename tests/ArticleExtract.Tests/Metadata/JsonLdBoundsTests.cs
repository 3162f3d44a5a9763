using System.Diagnostics;
using System.Text;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Pins what review31c found sound in the JSON-LD reader: nesting past the parser's depth of 64, numbers past any
/// type, broken strings and escapes, reference cycles and long chains, and thousands of blocks give no exception and
/// take time linear in the input; a block that cannot be read gives no metadata (only its dates, salvaged as text);
/// an <c>@id</c> reference is looked up one level deep, never chased. A block's first 10,000 nodes are read (an
/// article node after them is not), and 1,000 named nodes are kept for references.
/// </summary>
public class JsonLdBoundsTests
{
    private static Article Extract(string blocks) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return</title>{blocks}</head>
        <body><article><h1>Night trams return</h1>
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        </article></body></html>
        """);

    private static string Block(string json) => $"""<script type="application/ld+json">{json}</script>""";

    public static TheoryData<string> Unreadable() => new()
    {
        new string('[', 100_000),
        string.Concat(Enumerable.Repeat("{\"a\":", 100_000)),
        "{\"@type\":\"Article\",\"author\":\"Jane Doe\",\"x\":" + new string('[', 70) + new string(']', 70) + "}",
        "{\"@type\":\"Article\",\"author\":\"Jane Doe\",\"headline\":\"unterminated",
        "{\"@type\":\"Article\",\"author\":\"Jane Doe\",\"headline\":\"cut \\u00\"}",
        "{\"@type\":\"Article\",\"author\":\"Jane Doe\",\"x\":[" + string.Concat(Enumerable.Repeat(", ", 50_000)) + "]}",
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_block_no_repair_reads_gives_no_metadata(string json)
    {
        var a = Extract(Block(json));

        Assert.Empty(a.Authors);
    }

    [Theory]
    [InlineData("""{"@type":"Article","author":"Jane Doe","datePublished":1e999999,"wordCount":123456789012345678901234567890}""")]
    [InlineData("{\"@type\":\"Article\", /* a comment */ \"author\":\"Jane Doe\", // another\n\"headline\":\"a\\u0000b\",}")]
    [InlineData("""{"@type":"Article","author":"Jane Doe","author":"Jane Doe","@type":"Article"}""")]
    [InlineData("""{"@type":"Article","author":["Jane Doe",42,null,true,[["x"]],{"@id":"#nobody"}],"datePublished":{"@value":"2024"}}""")]
    public void Odd_but_parsable_blocks_are_read(string json)
    {
        var a = Extract(Block(json));

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void Reference_cycles_and_long_chains_are_looked_up_once()
    {
        var chain = new StringBuilder("{\"@graph\":[");
        for (var i = 0; i < 5_000; i++)
        {
            chain.Append($"{{\"@id\":\"#n{i}\",\"author\":{{\"@id\":\"#n{i + 1}\"}}}},");
        }

        chain.Append("{\"@id\":\"#jane\",\"@type\":\"Person\",\"name\":\"Jane Doe\",\"author\":{\"@id\":\"#jane\"}},");
        chain.Append("{\"@type\":\"Article\",\"author\":[{\"@id\":\"#n0\"},{\"@id\":\"#jane\"}],\"publisher\":{\"@id\":\"#n1\"}}]}");
        var clock = Stopwatch.StartNew();

        var a = Extract(Block(chain.ToString()));

        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Thousands_of_blocks_take_linear_time_and_the_first_article_wins()
    {
        var blocks = string.Concat(Enumerable.Range(0, 5_000).Select(i =>
            Block(i == 0 ? """{"@type":"NewsArticle","author":"Jane Doe"}""" : $$$"""{"@type":["WebPage","NewsArticle"],"author":"Other Person{{{i}}}","mainEntity":{"@type":"Article"}}""")));
        var clock = Stopwatch.StartNew();

        var a = Extract(blocks);

        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
