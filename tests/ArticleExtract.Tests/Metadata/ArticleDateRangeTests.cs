namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="ArticleDate"/> accepted a time and offset on the first or last day of the calendar whose instant lies outside
/// <see cref="DateTimeOffset"/>'s range (0001-01-01 00:00 at +14:00, 9999-12-31 23:00 at -14:00), and then
/// <see cref="ArticleDate.ToDateTimeOffset()"/>, documented to return the instant, threw ArgumentOutOfRangeException.
/// The constructor now refuses such a value, with the exception it documents for a bad offset.
/// </summary>
public class ArticleDateRangeTests
{
    [Theory]
    [InlineData(1, 1, 1, 0, 0, 60)]
    [InlineData(1, 1, 1, 13, 59, 14 * 60)]
    [InlineData(9999, 12, 31, 23, 0, -60)]
    [InlineData(9999, 12, 31, 10, 0, -14 * 60)]
    public void An_instant_outside_the_calendar_is_refused(int year, int month, int day, int hour, int minute, int offsetMinutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(new DateOnly(year, month, day), new TimeOnly(hour, minute), TimeSpan.FromMinutes(offsetMinutes)));
    }

    [Theory]
    [InlineData(1, 1, 1, 0, 0, 0)]
    [InlineData(1, 1, 1, 14, 0, 14 * 60)]
    [InlineData(1, 1, 1, 0, 0, -14 * 60)]
    [InlineData(9999, 12, 31, 23, 59, 0)]
    [InlineData(9999, 12, 31, 9, 59, -14 * 60)]
    [InlineData(9999, 12, 31, 23, 59, 14 * 60)]
    public void An_instant_inside_the_calendar_converts(int year, int month, int day, int hour, int minute, int offsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var date = new ArticleDate(new DateOnly(year, month, day), new TimeOnly(hour, minute), offset);

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, offset), date.ToDateTimeOffset());
    }
}
