namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A wire report opens its first paragraph with a dateline (place, date, agency, dash): that date is the report's
/// when the page states no other, and never a date inside a sentence.
/// </summary>
public class WireDatelineTests
{
    private const string Rest =
        "farmers along the river valley have started planting drought-tolerant millet after two dry seasons cut their "
        + "harvests by half, officials of the district agriculture office said on a visit to the fields this week.";

    private static Article Page(string firstParagraph, string head = "") =>
        ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>Valley farmers turn to millet</title>{head}</head><body>
            <div class="story"><h1>Valley farmers turn to millet</h1><p>By <strong>Tomas Verhal</strong></p>
            <p>{firstParagraph}</p>
            <p>The district plans to hand out seed to a further three hundred households before the rains, and a cooperative in the
            lower valley will buy the first crop at a fixed price so that growers do not carry the whole risk of the change.</p>
            <p>Older farmers remember millet as the grain their parents grew, and several said the switch felt like a return.</p>
            </div></body></html>
            """,
            new Uri("https://news.example.org/agriculture/valley-millet"));

    [Theory]
    [InlineData("MERAVIA, Dec 20, 2025 (NWA) - ")]
    [InlineData("Meravia (NWA) Dec 20, 2025 – ")]
    [InlineData("PORT ELSWICK, December 20, 2025 /NewsWire/ -- ")]
    public void A_dateline_opening_the_first_paragraph_dates_the_report(string dateline)
    {
        var a = Page(dateline + Rest);

        Assert.Equal(new DateOnly(2025, 12, 20), a.Published?.Date);
    }

    [Fact]
    public void The_place_in_an_element_of_its_own_still_makes_a_dateline()
    {
        var a = Page("<b>MERAVIA</b>, Dec 20, 2025 (NWA) – " + Rest);

        Assert.Equal(new DateOnly(2025, 12, 20), a.Published?.Date);
    }

    [Fact]
    public void A_stated_date_wins_over_the_dateline()
    {
        var a = Page("MERAVIA, Dec 20, 2025 (NWA) - " + Rest, "<meta property=\"article:published_time\" content=\"2025-12-21T08:00:00Z\">");

        Assert.Equal(new DateOnly(2025, 12, 21), a.Published?.Date);
    }

    [Fact]
    public void A_dateline_further_down_is_a_quoted_report_not_this_one()
    {
        var a = Page(Rest + "</p><p>MERAVIA, Dec 20, 2025 (NWA) - " + Rest);

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_page_without_a_headline_takes_the_dateline_of_its_first_paragraph()
    {
        var a = ArticleExtractor.Default.Extract(
            $"<html><head><title>Valley farmers turn to millet</title></head><body><div class=\"news\"><h4>Valley farmers turn to millet</h4><p>MERAVIA, Dec 20, 2025 (NWA) - {Rest}</p><p>{Rest}</p></div></body></html>",
            new Uri("https://news.example.org/district/4410"));

        Assert.Equal(new DateOnly(2025, 12, 20), a.Published?.Date);
    }

    [Fact]
    public void A_date_opening_a_sentence_is_no_dateline()
    {
        var a = Page("On December 20, 2025 - a Saturday - " + Rest);

        Assert.Null(a.Published);
    }
}
