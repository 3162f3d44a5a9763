namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Date forms seen on the web that the visible-text reader must know: the year first with dots ("2021.11.05"),
/// Spanish "de … del 2021", Russian abbreviated months ("5 ноя 2021"), Chinese, Japanese and Korean signs ("2021年11月5日", "2021년 11월 5일"). Numbers that only look like them stay numbers.
/// </summary>
public class DateFormTests
{
    private static Article Extract(string lang, string line) => DatedPage.Extract(lang, $"<p class=\"line\">{line}</p>");

    [Theory]
    [InlineData("en", "2021.11.05", "2021-11-05")]
    [InlineData("es", "Viernes, 5 de noviembre del 2021", "2021-11-05")]
    [InlineData("ru", "5 ноя 2021", "2021-11-05")]
    [InlineData("ru", "5 июн 2021", "2021-06-05")]
    [InlineData("ja", "2021年11月5日 10:30", "2021-11-05T10:30:00")]
    [InlineData("zh", "2021年11月5日07:17", "2021-11-05T07:17:00")]
    [InlineData("zh", "发布时间：2021年11月5日", "2021-11-05")]
    [InlineData("ko", "2021년 11월 5일", "2021-11-05")]
    [InlineData("ja", "2021 年 11 月 5 日", "2021-11-05")]
    [InlineData("zh", "更新于 2021 年11月5日", "2021-11-05")]
    [InlineData("ko", "2021 년 11월 5일", "2021-11-05")]
    public void Reads(string lang, string line, string expected)
    {
        Assert.Equal(expected, Extract(lang, line).Published?.ToString());
    }

    [Theory]
    [InlineData("Build 2021.11.05.3 is out")]
    [InlineData("Version 2021.1.5")]
    [InlineData("2021年13月5日")]
    public void Version_numbers_are_no_dates(string line)
    {
        Assert.Null(Extract("en", line).Published);
    }
}
