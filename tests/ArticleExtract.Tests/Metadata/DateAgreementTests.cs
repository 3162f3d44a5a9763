namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Which visible date the metadata vouches for: the publication stamp, not the modification stamp, and the same
/// moment when the page prints it on its UTC day.
/// </summary>
public class DateAgreementTests
{
    private const string Posts = """
        <div class="post"><p>I am looking for a first mountain bike under a thousand dollars. Hardtail or full suspension for forest trails?</p></div>
        <div class="post"><p>A hardtail with a decent fork will teach you better lines and costs less to keep running.</p></div>
        """;

    private static Article Thread(string header, string firstPost) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Advice for a first trail bike</title>
        <meta property="article:published_time" content="2024-06-02T20:22:24-04:00">
        <meta property="article:modified_time" content="2024-06-05T15:58:03-04:00">
        </head><body><main><h1>Advice for a first trail bike</h1>
        <div class="thread-info">{header}</div>
        <div class="post-head"><a href="/members/trailhead.12/">trailhead</a> · {firstPost}</div>
        {Posts}</main></body></html>
        """,
        new Uri("https://bikes.example.com/threads/advice-for-a-first-trail-bike.1234/"));

    [Fact]
    public void The_visible_date_that_is_the_metadatas_modification_loses_to_the_one_that_is_its_publication()
    {
        // The thread header shows the last reply's day; the first post shows the day the metadata calls the publication.
        var a = Thread("<span>6 replies</span> <span><time>Jun 5, 2024</time></span>", "<time>Jun 2, 2024</time>");

        Assert.Equal("2024-06-02T20:22:24-04:00", a.Published?.ToString());
        Assert.Equal("2024-06-05T15:58:03-04:00", a.Modified?.ToString());
    }

    [Fact]
    public void A_day_shown_in_utc_takes_the_stamp_in_the_pages_own_offset()
    {
        // 20:22 at -04:00 on June 2 is 00:22 UTC on June 3, the day the template prints.
        var a = Thread("<span>6 replies</span>", "<time>Jun 3, 2024</time>");

        Assert.Equal("2024-06-02T20:22:24-04:00", a.Published?.ToString());
    }

    [Fact]
    public void A_day_shown_that_is_neither_the_local_nor_the_utc_day_of_the_stamp_stays()
    {
        // June 4 is not the stamp's moment on any clock: the page's own date is kept.
        var a = Thread("<span>6 replies</span>", "<time>Jun 4, 2024</time>");

        Assert.Equal("2024-06-04", a.Published?.ToString());
    }
}
