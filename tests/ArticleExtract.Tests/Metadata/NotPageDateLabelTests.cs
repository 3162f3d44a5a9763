namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date a label marks as something other than the page's (an offer's end, a quote's validity, a venue's hours today) is
/// not read, as a member's join date is not: it dates no publication, however near the headline.
/// </summary>
public class NotPageDateLabelTests
{
    private static Article Extract(string line) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Kitchen refit costs in Riverside | Refit Guide</title></head><body><main>
        <article><h1>Kitchen refit costs in Riverside</h1><p>{line}</p>
        <p>A mid-range kitchen refit in Riverside costs between twelve and eighteen thousand, most of it cabinets and worktops.</p>
        <p>Labour runs to about a third of the total, more when walls move or the plumbing has to follow the sink.</p>
        <p>Ask for a fixed quote that lists the cabinets, the worktop, the fitting and the waste removal on separate lines.</p>
        </article></main></body></html>
        """, new Uri("https://refit.example.com/costs/kitchen-riverside/"));

    [Theory]
    [InlineData("This estimate is valid through 01/23/2026.")]
    [InlineData("Special financing &ndash; Offer ends Aug 2, 2026")]
    [InlineData("Today's hours: March 14, 2026, 9 am to 5 pm")]
    [InlineData("Angebot gültig bis 23.01.2026")]
    public void A_date_labelled_as_no_publication_dates_nothing(string line)
    {
        Assert.Null(Extract(line).Published);
    }

    [Fact]
    public void The_same_line_labelled_as_a_publication_dates_the_page()
    {
        Assert.Equal(new DateOnly(2026, 1, 23), Extract("Published January 23, 2026").Published?.Date);
    }
}
