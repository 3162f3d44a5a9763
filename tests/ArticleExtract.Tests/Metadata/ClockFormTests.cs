namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Times written where the date reader did not look for them: with a dot, as British papers write them
/// ("4 March 2024 09.12 GMT").
/// </summary>
public class ClockFormTests
{
    private static Article Extract(string line) => DatedPage.Extract("en", $"<p class=\"line\">{line}</p>");

    [Theory]
    [InlineData("Mon 4 Mar 2024 09.12 GMT", "2024-03-04T09:12:00+00:00")]
    [InlineData("4 March 2024 09.12 BST", "2024-03-04T09:12:00+01:00")]
    public void A_dotted_time_with_its_zone_is_read(string line, string expected)
    {
        Assert.Equal(expected, Extract(line).Published?.ToString());
    }

    [Theory]
    // A dotted number without a zone word may be a figure.
    [InlineData("4 March 2024 09.12", "2024-03-04")]
    [InlineData("Score 3.10, 4 March 2024", "2024-03-04")]
    public void Only_a_time_that_is_clearly_the_date_s_is_read(string line, string expected)
    {
        Assert.Equal(expected, Extract(line).Published?.ToString());
    }
}
