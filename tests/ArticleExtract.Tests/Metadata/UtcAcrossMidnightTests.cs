using System.Globalization;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A publication stamp in UTC on the day before or after the day the page shows, within a time zone's reach, is the
/// same moment told on two clocks: the instant stays the metadata's and the day the page's, so the date falls on the
/// day shown in its own offset and on the metadata's day in UTC. An update's stamp on the day shown lends no clock.
/// </summary>
public class UtcAcrossMidnightTests
{
    private static Article Extract(string head, string shown) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Repairing a dry stone wall</title>{head}</head><body><article>
        <h1>Repairing a dry stone wall</h1>
        <p class="meta">Published {shown} by the garden desk</p>
        <p>A bulge in a dry stone wall means the hearting has settled; take the face down to below the bulge before rebuilding.</p>
        <p>Lay each stone with its length into the wall, and pack the middle tightly with small stones as you go up.</p>
        </article></body></html>
        """, new Uri("https://garden.example.com/dry-stone-wall"));

    private static string Published(string stamp) => $"<meta property=\"article:published_time\" content=\"{stamp}\">";

    private static DateTimeOffset Instant(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-12-02T23:00:55+00:00", "2025-12-03T00:00:55+01:00")]
    [InlineData("2025-12-02T16:47:12+00:00", "2025-12-03T00:47:12+08:00")]
    public void A_utc_stamp_the_evening_before_is_the_small_hours_of_the_day_shown_east_of_utc(string stamp, string expected)
    {
        var a = Extract(Published(stamp), "Dec 3, 2025");

        Assert.Equal(expected, a.Published?.ToString());
        Assert.Equal(Instant(stamp), a.Published?.ToDateTimeOffset());
    }

    [Fact]
    public void A_utc_stamp_in_the_small_hours_after_is_the_evening_of_the_day_shown_west_of_utc()
    {
        var a = Extract(Published("2021-12-10T02:17:00+00:00"), "December 9, 2021");

        Assert.Equal("2021-12-09T23:17:00-03:00", a.Published?.ToString());
        Assert.Equal(Instant("2021-12-10T02:17:00Z"), a.Published?.ToDateTimeOffset());
    }

    [Fact]
    public void An_update_on_the_day_shown_lends_its_clock_to_no_publication_the_metadata_stamps_the_evening_before()
    {
        var head = Published("2025-12-02T23:00:55+00:00") + "<meta property=\"article:modified_time\" content=\"2025-12-03T21:31:05+00:00\">";
        var a = Extract(head, "Dec 3, 2025");

        Assert.Equal(Instant("2025-12-02T23:00:55Z"), a.Published?.ToDateTimeOffset());
    }

    [Fact]
    public void An_update_alone_on_the_day_shown_still_lends_its_clock()
    {
        var a = Extract("<meta property=\"article:modified_time\" content=\"2025-12-03T21:31:05+00:00\">", "Dec 3, 2025");

        Assert.Equal("2025-12-03T21:31:05+00:00", a.Published?.ToString());
    }

    [Theory]
    [InlineData("2021-12-10T13:00:00+00:00")]
    [InlineData("2021-12-11T01:00:00+00:00")]
    public void A_stamp_further_than_any_zone_leaves_the_day_shown_as_it_is(string stamp)
    {
        // Thirteen hours west of UTC, or two days on: another moment, and the page's own day stays without a time.
        Assert.Equal("2021-12-09", Extract(Published(stamp), "December 9, 2021").Published?.ToString());
    }
}
