using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A shown date whose time names its zone ("3:45 p.m. ET", "14:30 GMT+2", "09:12 UTC", "14:30 Uhr MEZ") states an
/// instant: the offset is the zone's, and US Eastern, Central, Mountain and Pacific time follow daylight saving. A zone
/// word that names more than one zone ("IST"), or a lower-case word ("et", French "and") is no zone: no offset is made up.
/// </summary>
public class ZonedDateTests
{
    [Theory]
    [InlineData("March 4, 2024 3:45 p.m. ET", "en", "2024-03-04T15:45:00-05:00")]
    [InlineData("July 4, 2024 3:45 p.m. ET", "en", "2024-07-04T15:45:00-04:00")]
    [InlineData("4 March 2024, 14:30 GMT+2", "en", "2024-03-04T14:30:00+02:00")]
    [InlineData("2024-03-04 09:12 UTC", "en", "2024-03-04T09:12:00+00:00")]
    [InlineData("Mar 4, 2024 10:00 AM EDT", "en", "2024-03-04T10:00:00-04:00")]
    [InlineData("Nov 3, 2024 10:00 AM PT", "en", "2024-11-03T10:00:00-08:00")]
    [InlineData("10:00 AM EST, Mon March 4, 2024", "en", "2024-03-04T10:00:00-05:00")]
    [InlineData("04.03.2024 um 14:30 Uhr MEZ", "de", "2024-03-04T14:30:00+01:00")]
    [InlineData("4 de marzo de 2024 - 14:30 CET", "es", "2024-03-04T14:30:00+01:00")]
    [InlineData("4 March 2024 09:12 UTC+05:30", "en", "2024-03-04T09:12:00+05:30")]
    public void A_time_with_its_zone_keeps_the_zone_offset(string text, string lang, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text, lang)?.ToString());
    }

    [Theory]
    [InlineData("March 4, 2024 3:45 p.m.", "en", "2024-03-04T15:45:00")]
    [InlineData("March 4, 2024 3:45 p.m. IST", "en", "2024-03-04T15:45:00")]
    [InlineData("4 mars 2024 à 10h30 et mis à jour", "fr", "2024-03-04T10:30:00")]
    [InlineData("4 mars 2024 à 10h30 ET", "fr", "2024-03-04T10:30:00-05:00")]
    [InlineData("March 4, 2024 GMT", "en", "2024-03-04")]
    public void No_offset_is_made_up(string text, string lang, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text, lang)?.ToString());
    }

    [Theory]
    [InlineData("en", "<p>March 4, 2024 3:45 p.m. ET</p>", "2024-03-04T15:45:00-05:00")]
    [InlineData("en", "<p>Published 4 March 2024, 14:30 GMT+2</p>", "2024-03-04T14:30:00+02:00")]
    [InlineData("en", "<p>Posted 2024-03-04 09:12 UTC</p>", "2024-03-04T09:12:00+00:00")]
    [InlineData("de", "<p class=\"date\">04.03.2024 um 14:30 Uhr MEZ</p>", "2024-03-04T14:30:00+01:00")]
    public void A_shown_date_with_its_zone_is_published_with_the_offset(string lang, string line, string expected)
    {
        Assert.Equal(expected, DatedPage.Extract(lang, line).Published?.ToString());
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-12-06T22:00:40Z\">", "<p>Dec. 6, 2024, 10:00 PM UTC</p>", "2024-12-06T22:00:40+00:00")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-03-04T20:45:12Z\">", "<p>March 4, 2024 3:45 p.m. ET</p>", "2024-03-04T15:45:12-05:00")]
    [InlineData("<meta property=\"article:modified_time\" content=\"2024-03-04T20:45:12Z\">", "<p>March 4, 2024 3:45 p.m. ET</p>", "2024-03-04T15:45:12-05:00")]
    public void A_stamp_of_the_moment_shown_gives_its_seconds_in_the_page_offset(string head, string line, string expected)
    {
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><title>New cycle lanes</title>{head}</head><body><article><h1>New cycle lanes</h1>{line}"
            + "<p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>"
            + "<p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p></article></body></html>";

        Assert.Equal(expected, ArticleExtractor.Default.Extract(html, new Uri("https://city.example.org/cycle-lanes")).Published?.ToString());
    }
}
