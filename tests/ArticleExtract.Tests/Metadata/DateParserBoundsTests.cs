using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Pins the date parser's answers at the edges found sound in review31c (no code change): years outside 1995-2100,
/// months and days out of range, Feb 29 of a common year, clock values past the day, fractions of any length, other
/// scripts' digits, RFC 1123 stamps whose offset would carry them past year 1 or 9999, and Unix epochs (never read as
/// dates): no exception, and no date where the text states none that exists.
/// </summary>
public class DateParserBoundsTests
{
    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("10000-01-01")]
    [InlineData("-5-01-01")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-00")]
    [InlineData("2024-01-32")]
    [InlineData("2023-02-29")]
    [InlineData("2024/02/30")]
    [InlineData("20240230")]
    [InlineData("Feb 29, 2023")]
    [InlineData("March 32, 2024")]
    [InlineData("Mon, 01 Jan 0001 00:00:00 +05:00")]
    [InlineData("Fri, 31 Dec 9999 23:59:59 -05:00")]
    [InlineData("1700000000")]
    [InlineData("1700000000000")]
    [InlineData("9999999999999999999")]
    [InlineData("2024年13月40日")]
    [InlineData("٢٠٢٤-١٣-٠٥")]
    [InlineData("2024-03-05T10:00:00+01:00:00")]
    public void No_date_where_none_exists(string text)
    {
        Assert.Null(DateParser.Parse(text));
        Assert.Null(DateParser.Parse(text, "de"));
    }

    [Theory]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2024-03-05T24:00:00Z", "2024-03-05")]
    [InlineData("2024-03-05T23:60:00Z", "2024-03-05")]
    [InlineData("2024-03-05T23:59:60Z", "2024-03-05")]
    [InlineData("2024-03-05T10:00:00.12345678901234567890Z", "2024-03-05T10:00:00.123456+00:00")]
    [InlineData("2024-03-05T10:00:00.99999999999999999999+01:00", "2024-03-05T10:00:00.999999+01:00")]
    [InlineData("٢٠٢٤-٠٣-٠٥", "2024-03-05")]
    [InlineData("２０２４-０３-０５", "2024-03-05")]
    [InlineData("２０２４年３月５日", "2024-03-05")]
    [InlineData("le 3 mars 2024 à 25h15", "2024-03-03")]
    [InlineData("2024-03-05T10:00:00-00:00", "2024-03-05T10:00:00+00:00")]
    public void A_date_is_read_without_the_parts_that_do_not_exist(string text, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text)?.ToString());
    }
}
