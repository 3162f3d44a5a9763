using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

public class DateParserTests
{
    [Theory]
    [InlineData("2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00")]
    [InlineData("2024-03-05T09:30:00.123Z", "2024-03-05T09:30:00.123+00:00")]
    [InlineData("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00")]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00")]
    [InlineData("2017-11-24T18:42:20.314667", "2017-11-24T18:42:20.314667")]
    [InlineData("2021/03/05 10:00:00", "2021-03-05T10:00:00")]
    [InlineData("2017-11-24T18:42:20.3146679Z", "2017-11-24T18:42:20.314667+00:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("March 5, 2024", "2024-03-05")]
    [InlineData("April 28, 2019 at 6:01 pm", "2019-04-28T18:01:00")]
    [InlineData("5. März 2024, 09:30 Uhr", "2024-03-05T09:30:00")]
    [InlineData("le 5 mars 2024 à 10h15", "2024-03-05T10:15:00")]
    [InlineData("2024年3月5日 10:15", "2024-03-05T10:15:00")]
    [InlineData("2024년 3월 5일", "2024-03-05")]
    [InlineData("5 de marzo de 2024", "2024-03-05")]
    [InlineData("5 marzo 2024", "2024-03-05")]
    [InlineData("5 de março de 2024", "2024-03-05")]
    [InlineData("5 maart 2024", "2024-03-05")]
    [InlineData("5 marca 2024", "2024-03-05")]
    [InlineData("5 марта 2024 г.", "2024-03-05")]
    [InlineData("05.03.2024", "2024-03-05")]
    [InlineData("mercredi 12 février 2025", "2025-02-12")]
    public void Parses(string text, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text)?.ToString());
    }

    [Theory]
    [InlineData("03/07/2024", "fr", "2024-07-03")]
    [InlineData("03/07/2024", "en-US", "2024-03-07")]
    [InlineData("03/07/2024", null, "2024-03-07")]
    [InlineData("13/07/2024", "en-US", "2024-07-13")]
    [InlineData("05/29/2007 09:49:00", "de", "2007-05-29T09:49:00")]
    [InlineData("03.07.2024", "en-US", "2024-07-03")]
    [InlineData("11-29-2024", "en-US", "2024-11-29")]
    [InlineData("11-29-2024", "de", "2024-11-29")]
    [InlineData("29-11-2024", "en-US", "2024-11-29")]
    [InlineData("03-07-2024", "en-US", "2024-07-03")]
    public void Slashes_follow_the_page_language_and_dots_are_day_first(string text, string? language, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text, language)?.ToString());
    }

    [Theory]
    [InlineData("7/9/05", "en-US", "2005-07-09")]
    [InlineData("7/9/05 7:57 PM", "en", "2005-07-09T19:57:00")]
    [InlineData("7/9/05", "fr", "2005-09-07")]
    [InlineData("13/9/05", "en-US", "2005-09-13")]
    [InlineData("14.03.11", "de", "2011-03-14")]
    [InlineData("12/3/98", "en-US", "1998-12-03")]
    public void Two_digit_years_in_numeric_dates_follow_the_same_order(string text, string? language, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text, language)?.ToString());
    }

    [Theory]
    [InlineData("7/9/85")]
    [InlineData("7.9-05")]
    [InlineData("1.2.24.5")]
    [InlineData("1/2/3")]
    public void Two_digit_years_outside_the_web_era_or_mixed_separators_are_no_dates(string text)
    {
        Assert.Null(DateParser.Parse(text, "en-US"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 February 2024")]
    [InlineData("1 January 1850")]
    [InlineData("Jane Doe")]
    [InlineData("12")]
    public void Rejects(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("99999999999999999999 March 2024", null)]
    [InlineData("01.01.0000", null)]
    [InlineData("٠٣/٠٧/٢٠٢٤", "03/07/2024")]
    [InlineData("12 March 2024 ٢٣:٥٩", "12 March 2024 23:59")]
    [InlineData("20191120172746", null)]
    public void Hostile_date_texts_give_the_right_date_or_none(string text, string? sameAs)
    {
        // Arabic-Indic digits mean what ASCII digits mean; a day number no calendar has, year 0 and a bare digit run
        // with no separators are not dates.
        var expected = sameAs is null ? null : DateParser.Parse(sameAs);
        Assert.True(sameAs is null || expected is not null, $"the reference text \"{sameAs}\" must parse");
        Assert.Equal(expected, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("March 5, 2024", true)]
    [InlineData("15:23", true)]
    [InlineData("٠٥.٠٣.٢٠٢٤", true)]
    [InlineData("12.03.2024.", true)]
    [InlineData("Read more", false)]
    [InlineData("Monday", false)]
    [InlineData("March 5", false)]
    [InlineData("", false)]
    public void Looks_like_date_needs_two_digits_of_any_script(string text, bool expected) =>
        Assert.Equal(expected, DateParser.LooksLikeDate(text));
}
