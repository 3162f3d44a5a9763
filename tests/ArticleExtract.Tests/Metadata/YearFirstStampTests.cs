namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The year-first dotted date with its time, as Korean papers stamp an article ("입력 2024.03.04 09:12"): the time is
/// the stamp's. A version-like number after it stays no time.
/// </summary>
public class YearFirstStampTests
{
    [Theory]
    [InlineData("ko", "입력 2024.03.04 09:12", "2024-03-04T09:12:00")]
    [InlineData("en", "2024.03.04 09:12:30", "2024-03-04T09:12:30")]
    public void The_time_after_the_date_is_read(string lang, string line, string expected)
    {
        Assert.Equal(expected, DatedPage.Extract(lang, $"<p class=\"line\">{line}</p>").Published?.ToString());
    }

    [Fact]
    public void A_number_after_the_date_is_no_time()
    {
        Assert.Equal("2024-03-04", DatedPage.Extract("en", "<p class=\"line\">2024.03.04 build 9.12</p>").Published?.ToString());
    }
}
