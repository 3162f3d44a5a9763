namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A keywords list (meta keywords, news_keywords or JSON-LD keywords) of many distinct words took time quadratic in
/// their number: each tag was checked against every tag kept before it (80,000 words, a 550 KB page: 9 s; a million,
/// within the input limit, many minutes) and all were kept. Tags are now at most 100, found with a set.
/// </summary>
public class TagListBoundTests
{
    private static Article Extract(string head) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return</title>{head}</head>
        <body><article><h1>Night trams return</h1>
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        </article></body></html>
        """);

    public static TheoryData<string> Lists()
    {
        var words = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "k" + i));
        var quoted = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "\"k" + i + "\""));
        return new TheoryData<string>
        {
            $"""<meta name="keywords" content="{words}">""",
            $"""<meta name="news_keywords" content="{words}">""",
            $"""<script type="application/ld+json">{"{"}"@type":"NewsArticle","keywords":"{words}"{"}"}</script>""",
            $"""<script type="application/ld+json">{"{"}"@type":"NewsArticle","keywords":[{quoted}]{"}"}</script>""",
        };
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_long_keywords_list_gives_at_most_a_hundred_tags_in_linear_time(string head)
    {
        var a = Extract(head);

        // The work is bounded by what is kept, not timed (a clock bound fails on a loaded machine): with at most 100
        // tags held, each of the 100,000 words is checked against a set of 100 at most, or not at all once the list is
        // full. The quadratic code kept every word, so the count fails on it.
        Assert.Equal(100, a.Tags.Count);
        Assert.Equal("k0", a.Tags[0]);
        Assert.Equal("k99", a.Tags[^1]);
    }

    [Fact]
    public void Duplicates_ignoring_case_and_empty_entries_are_dropped_as_before()
    {
        var a = Extract("""<meta name="keywords" content=" Trams, ,trams,TRAMS , night buses,,Night Buses, city ">""");

        Assert.Equal(["Trams", "night buses", "city"], a.Tags);
    }
}
