namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A list of sibling items each with a date of its own and no label (related stories, recent posts, a list of events,
/// with no class to say so): the dates are the items', several different days, and none of them is the page's.
/// </summary>
public class DateListTests
{
    private const string Body = """
        <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
        <p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p>
        """;

    private static Article Extract(string inArticle, string after = "") => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>New cycle lanes on the ring road</title></head><body><article>
        <h1>New cycle lanes on the ring road</h1>{inArticle}{Body}</article>{after}</body></html>
        """, new Uri("https://city.example.org/cycle-lanes"));

    private const string ListItems = """
        <ul>
        <li><a href="/bus-lanes">Bus lanes extended to the station</a> <span>February 12, 2021</span></li>
        <li><a href="/bridge">The old bridge reopens to walkers</a> <span>January 28, 2021</span></li>
        <li><a href="/parking">Parking fees to rise in the centre</a> <span>January 9, 2021</span></li>
        </ul>
        """;

    private const string Cards = """
        <div>
        <div><h3><a href="/bus-lanes">Bus lanes extended to the station</a></h3><p>12 Feb 2021</p></div>
        <div><h3><a href="/bridge">The old bridge reopens to walkers</a></h3><p>28 Jan 2021</p></div>
        <div><h3><a href="/parking">Parking fees to rise in the centre</a></h3><p>9 Jan 2021</p></div>
        </div>
        """;

    [Theory]
    [InlineData(ListItems, "")]
    [InlineData("", ListItems)]
    [InlineData("", Cards)]
    public void Dates_of_a_list_of_items_do_not_date_the_page(string inArticle, string after)
    {
        Assert.Null(Extract(inArticle, after).Published);
    }

    [Fact]
    public void The_pages_own_date_line_still_wins_over_the_list()
    {
        var a = Extract("<p>March 5, 2021</p>", ListItems);

        Assert.Equal(new DateOnly(2021, 3, 5), a.Published?.Date);
    }

    [Fact]
    public void A_list_whose_items_share_one_day_is_not_taken_for_a_list_of_other_items()
    {
        // A byline line set out as a list (author, date, reading time) holds one date: the page's.
        var a = Extract("""<ul><li>By Jane Doe</li><li>March 5, 2021</li><li>4 min read</li></ul>""");

        Assert.Equal(new DateOnly(2021, 3, 5), a.Published?.Date);
    }
}
