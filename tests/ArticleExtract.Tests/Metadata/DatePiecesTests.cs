namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date set out in pieces inside a date-marked element (a calendar badge: day, month and year each in a span of its
/// own, or an icon between them) is one date to a reader, though no text node holds it whole.
/// </summary>
public class DatePiecesTests
{
    private const string Body = """
        <div class="entry-content">
        <p>The allotment society opened its new greenhouse on Saturday, after two years of fundraising by its members and neighbours.</p>
        <p>The glass house will hold seedlings for the spring fair and a small collection of citrus trees donated by a retired gardener.</p>
        </div>
        """;

    private static Article Extract(string line) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>A new greenhouse for the allotments</title></head><body>
        <div class="post"><h1>A new greenhouse for the allotments</h1>{line}{Body}</div>
        </body></html>
        """, new Uri("https://garden.example.org/news/new-greenhouse"));

    [Theory]
    [InlineData("""<div class="post-date"><span class="day">14</span><span class="month">Mar</span><span class="year">2022</span></div>""")]
    [InlineData("""<div class="entry-date"><span class="month">Mar</span> <span class="day">14</span>, <span class="year">2022</span></div>""")]
    [InlineData("""<p class="meta"><span class="date"><i class="icon-calendar"></i> 14</span><span class="date"> March</span> <span>2022</span></p>""")]
    public void A_date_in_pieces_dates_the_article(string line)
    {
        Assert.Equal(new DateOnly(2022, 3, 14), Extract(line).Published?.Date);
    }

    [Fact]
    public void A_month_and_year_in_pieces_are_no_date()
    {
        Assert.Null(Extract("""<div class="post-date"><span class="month">Mar</span><span class="year">2022</span></div>""").Published);
    }

    [Fact]
    public void Pieces_outside_a_date_marked_element_are_not_joined()
    {
        // Numbers side by side in a table of figures are not a date because they could be read as one.
        Assert.Null(Extract("""<div class="stats"><span>14</span><span>Mar</span><span>2022</span></div>""").Published);
    }

    [Fact]
    public void A_deeply_nested_date_marked_element_is_read_without_recursing_through_it()
    {
        var nested = string.Concat(Enumerable.Repeat("<span>", 20_000)) + "14 Mar 2022" + string.Concat(Enumerable.Repeat("</span>", 20_000));

        var a = Extract($"<div class=\"post-date\">{nested}</div>");

        Assert.Equal("A new greenhouse for the allotments", a.Title);
    }

    [Fact]
    public void A_whole_date_in_one_piece_is_read_once()
    {
        var a = Extract("""<div class="post-meta"><span class="author">Ann Gardner</span> <span>14 March 2022</span></div>""");

        Assert.Equal(new DateOnly(2022, 3, 14), a.Published?.Date);
    }
}
