namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A day-only publication a CMS stores as midnight in a zone east of UTC and writes in UTC ("2018-06-12T23:00:00.000Z")
/// under the day shown ("6/13/2018") is that midnight: the same instant, given on the day shown.
/// </summary>
public class MidnightStampTests
{
    private static Article Extract(string stamp, string shown) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Writing about one topic in depth</title>
        <meta property="article:published_time" content="{stamp}">
        </head><body><article>
        <h1>Writing about one topic in depth</h1>
        <p><small>On {shown} by the editors</small></p>
        <p>Covering a narrow topic from every side takes more research than a string of short posts, but readers stay longer.</p>
        <p>Start from the questions your readers ask most often, then answer each one in a section of its own.</p>
        </article></body></html>
        """, new Uri("https://writing.example.com/topic-depth"));

    [Theory]
    [InlineData("2018-06-12T23:00:00.000Z", "2018-06-13T00:00:00+01:00")]
    [InlineData("2018-06-12T18:30:00Z", "2018-06-13T00:00:00+05:30")]
    public void A_utc_stamp_on_the_round_hour_the_evening_before_is_the_shown_days_midnight(string stamp, string expected)
    {
        var a = Extract(stamp, "6/13/2018");

        Assert.Equal(expected, a.Published?.ToString());
        Assert.Equal(DateTimeOffset.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture), a.Published?.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("2018-06-11T23:00:00Z")]
    [InlineData("2018-06-12T08:00:00Z")]
    public void Another_stamp_leaves_the_day_shown_as_it_is(string stamp)
    {
        // Two days before, or further east than any zone: the page's own day stays, without a time.
        Assert.Equal("2018-06-13", Extract(stamp, "6/13/2018").Published?.ToString());
    }
}
