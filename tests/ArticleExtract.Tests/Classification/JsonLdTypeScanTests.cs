using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Classification;

/// <summary>
/// The page kind reads the <c>@type</c> values of every JSON-LD script (up to 200,000 characters each) with a regular
/// expression: its white space around an optional '[' must not backtrack over a run of spaces.
/// </summary>
[Collection(Hostile.Collection)]
public sealed class JsonLdTypeScanTests
{
    private const int Spaces = 190_000;

    private static string Page(string json) =>
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return</title><script type="application/ld+json">{json}</script></head>
        <body><article><h1>Night trams return</h1>
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        <p>The first trams leave the depot at midnight and run every twenty minutes until five in the morning.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_type_followed_by_a_long_run_of_spaces_is_linear()
    {
        // On main the two runs of white space either side of the optional '[' split the spaces every way before the
        // missing quote failed: 160,000 spaces took 6 s of CPU, the square of their count.
        var extractor = new ArticleExtractor();
        var (_, linear) = Hostile.Measured(extractor, Page("{\"@type\":\"Thing\",\"name\":\"" + new string('x', Spaces) + "\"}"));
        var (article, cost) = Hostile.Measured(extractor, Page("{\"@type\":" + new string(' ', Spaces) + "x}"));

        Assert.True(cost <= (10 * linear) + TimeSpan.FromSeconds(1), $"{cost.TotalSeconds:F2} s against {linear.TotalSeconds:F2} s for a plain script");
        Assert.Contains("Night trams will run again", article!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"@type\": \"DiscussionForumPosting\"}")]
    [InlineData("{\"@type\" :[ \"DiscussionForumPosting\", \"Thing\"]}")]
    [InlineData("{\"@type\":\n\t[\n\"DiscussionForumPosting\"]}")]
    public void Types_spaced_or_in_a_list_are_still_read(string json) =>
        Assert.Equal(PageKind.Forum, ArticleExtractor.Default.Extract(Page(json), new Uri("https://news.example.com/a/b")).PageKind);
}
