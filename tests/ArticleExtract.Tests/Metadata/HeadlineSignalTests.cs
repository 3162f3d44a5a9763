namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Which of the page's heading and its <c>&lt;title&gt;</c> is the headline, told by how the two relate: a heading
/// that is the title's trailing book or site name, a heading that is the title's own part however short, and a
/// heading that is the title's own part plus a template's label.
/// </summary>
public class HeadlineSignalTests
{
    private const string Body = """
        <p>Borrowing lets a function use a value without taking it over, so the caller can keep using it after the call returns.</p>
        <p>Each reference is checked when the program is built, and two writers can never hold the same value at once.</p>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://docs.example.org/guide/borrowing.html"));

    [Fact]
    public void A_heading_that_is_the_titles_trailing_book_name_is_not_the_headline()
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>References and Borrowing - The Garden Language Book</title></head>
            <body><header><h1 class="menu-title">The Garden Language Book</h1></header><main>{Body}</main></body></html>
            """;

        Assert.Equal("References and Borrowing", Extract(html).Title);
    }

    [Fact]
    public void A_story_last_after_the_sites_name_stays_the_headline()
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Garden Journal - Borrowing values safely in long programs</title>
            <meta property="og:site_name" content="Garden Journal"></head>
            <body><article><h1>Borrowing values safely in long programs</h1>{Body}</article></body></html>
            """;

        Assert.Equal("Borrowing values safely in long programs", Extract(html).Title);
    }

    [Fact]
    public void A_short_heading_that_is_the_titles_own_part_is_the_headline()
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Quickstart — Garden Documentation (3.1.x)</title></head>
            <body><div class="body"><h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1>{Body}</div></body></html>
            """;

        Assert.Equal("Quickstart", Extract(html).Title);
    }

    [Theory]
    [InlineData("Thread: Why do tram lines cost so much to build?")]
    [InlineData("Blog: Why do tram lines cost so much to build?")]
    [InlineData("Why do tram lines cost so much to build? (transit.example.com) 87")]
    [InlineData("Why do tram lines cost so much to build? - Transit Answers")]
    public void A_template_label_around_the_titles_own_part_is_left_out(string heading)
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Why do tram lines cost so much to build? | Transit Talk</title></head>
            <body><article><h1>{heading}</h1>{Body}</article></body></html>
            """;

        Assert.Equal("Why do tram lines cost so much to build?", Extract(html).Title);
    }

    [Theory]
    [InlineData("Why do tram lines cost so much to build in old cities?")]
    [InlineData("Why do tram lines cost so much to build, and who pays?")]
    public void A_longer_headline_is_not_cut_to_the_title(string heading)
    {
        // The title is the headline cut short for search results; the words after it are the headline's own.
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Why do tram lines cost so much to build</title></head>
            <body><article><h1>{heading}</h1>{Body}</article></body></html>
            """;

        Assert.Equal(heading, Extract(html).Title);
    }

    [Fact]
    public void A_heading_whose_parts_ran_together_is_spelled_as_the_title()
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Late-Night Tram Timetables</title></head>
            <body><main><h1><span class="kicker">Late</span><span>Night Tram Timetables</span></h1>{Body}</main></body></html>
            """;

        Assert.Equal("Late-Night Tram Timetables", Extract(html).Title);
    }
}
