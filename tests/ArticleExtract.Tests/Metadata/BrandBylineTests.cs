namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A template's author link that names only a brand or a team ("By Team Quarry") gives way to the person a
/// "Written by" line in the same article names; a person in the author link still wins.
/// </summary>
public class BrandBylineTests
{
    private static string Page(string authorLink, string writtenBy) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Faster queries on large tables</title></head>
        <body><main><article>
        <h1>Faster queries on large tables</h1>
        <a class="card-link" href="/blog/author/team"><img alt="" src="/logo.png"><p>{authorLink}</p></a>
        <p>Most slow queries read far more rows than they return, and an index on the filtered column fixes many of them.</p>
        <p>Partitioning by month keeps each scan small when old rows are rarely read, and makes dropping them cheap.</p>
        <p>{writtenBy}</p>
        </article></main></body></html>
        """;

    private static IReadOnlyList<string> Authors(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://lantern.example/blog/faster-queries")).Authors;

    [Fact]
    public void A_person_a_written_by_line_names_wins_over_a_brand_in_the_author_link()
    {
        Assert.Equal(["Oskar Telling"], Authors(Page("By Team Quarry", "Written by <a href=\"https://code.example/oskar\">Oskar Telling</a>")));
    }

    [Fact]
    public void A_person_in_the_author_link_wins_over_the_written_by_line()
    {
        Assert.Equal(["Mira Castellan"], Authors(Page("By Mira Castellan", "Written by <a href=\"https://code.example/oskar\">Oskar Telling</a>")));
    }

    [Fact]
    public void A_brand_in_the_author_link_stands_when_no_person_is_named()
    {
        Assert.Equal(["Team Quarry"], Authors(Page("By Team Quarry", "Thanks for reading.")));
    }
}
