namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A numeric date with a two-digit year ("Stand: 29.06.19", "Posted 06/29/19") is a date when a label stands right
/// before it; alone, "1.2.19" is as often a version number or a score.
/// </summary>
public class ShortYearDateTests
{
    private static Article Extract(string lang, string line) => DatedPage.Extract(lang, line);

    [Theory]
    [InlineData("de", "<p>Stand: 14.09.21</p>", "2021-09-14")]
    [InlineData("de", "<p>Veröffentlicht am 14.09.21 um 10:30 Uhr</p>", "2021-09-14")]
    [InlineData("en", "<p>Posted 09/14/21</p>", "2021-09-14")]
    [InlineData("en", "<p><span>Date:</span> <span>14/09/21</span></p>", "2021-09-14")]
    public void A_labelled_short_year_date_is_read(string lang, string line, string expected)
    {
        Assert.Equal(expected, Extract(lang, line).Published?.ToString());
    }

    [Theory]
    [InlineData("<p>14.09.21</p>")]
    [InlineData("<p>Version 1.2.19 fixes the export</p>")]
    [InlineData("<p>Final score 1/2/19 after extra time</p>")]
    public void An_unlabelled_short_year_number_is_no_date(string line)
    {
        Assert.Null(Extract("de", line).Published);
    }
}
