namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Times written where the date reader did not look for them: before the date, as US wire stamps put them
/// ("10:00 AM EST, Mon March 4, 2024"), and with a dot, as British papers write them ("4 March 2024 09.12 GMT").
/// </summary>
public class ClockFormTests
{
    private static Article Extract(string line) => DatedPage.Extract("en", $"<p class=\"line\">{line}</p>");

    [Theory]
    [InlineData("10:00 AM EST, Mon March 4, 2024", "2024-03-04T10:00:00-05:00")]
    [InlineData("Published 6:45 PM ET, Tuesday, July 9, 2024", "2024-07-09T18:45:00-04:00")]
    [InlineData("14:30, 4 March 2024", "2024-03-04T14:30:00")]
    public void A_time_before_its_date_is_the_date_s(string line, string expected)
    {
        Assert.Equal(expected, Extract(line).Published?.ToString());
    }

    [Fact]
    public void A_time_before_an_update_date_goes_with_it()
    {
        var a = Extract("Updated 10:00 AM EST, Mon March 4, 2024");

        Assert.Equal("2024-03-04T10:00:00-05:00", a.Modified?.ToString());
    }

    [Theory]
    [InlineData("Mon 4 Mar 2024 09.12 GMT", "2024-03-04T09:12:00+00:00")]
    [InlineData("4 March 2024 09.12 BST", "2024-03-04T09:12:00+01:00")]
    public void A_dotted_time_with_its_zone_is_read(string line, string expected)
    {
        Assert.Equal(expected, Extract(line).Published?.ToString());
    }

    [Theory]
    // A dotted number without a zone word may be a figure; a time not right before the date belongs to something else.
    [InlineData("4 March 2024 09.12", "2024-03-04")]
    [InlineData("Doors open 19:30 in the old hall, March 4, 2024", "2024-03-04")]
    [InlineData("Score 3.10, 4 March 2024", "2024-03-04")]
    public void Only_a_time_that_is_clearly_the_date_s_is_read(string line, string expected)
    {
        Assert.Equal(expected, Extract(line).Published?.ToString());
    }
}
