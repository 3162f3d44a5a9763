namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// "Published" labels on several different days near the headline belong to a list (teasers, a series' parts), not to
/// the article: they do not outweigh the dateline the article shows.
/// </summary>
public class ListedDateLabelTests
{
    private static Article Extract(string teasers) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Winter reading list</title></head><body><article>
        <h1>Winter reading list</h1>
        <p>December 20, 2025</p>
        <p>Our editors picked the novels they could not put down this year, from quiet family sagas to brisk mysteries.</p>
        {teasers}
        <p>Tell us which books kept you company on the long evenings, and we will share the best answers next week.</p>
        </article></body></html>
        """, new Uri("https://books.example.org/lists/winter-reading"));

    private static string Teaser(string title, string day) => $"<div class=\"part\"><h3>{title}</h3><p>Published on {day}</p></div>";

    [Fact]
    public void Published_labels_on_several_days_are_a_list_and_the_dateline_dates_the_article()
    {
        var teasers = Teaser("Spring picks", "June 17, 2025") + Teaser("Autumn picks", "September 30, 2025") + Teaser("Summer picks", "August 4, 2025");

        Assert.Equal(new DateOnly(2025, 12, 20), Extract(teasers).Published?.Date);
    }

    [Fact]
    public void A_labelled_item_near_the_headline_is_still_a_list_when_the_others_stand_far_below()
    {
        // A list of events, each with its "Published on" line: only the first stands near the headline, the others far below it.
        var filler = string.Concat(Enumerable.Repeat("<p><span>A</span> <span>short</span> <span>line.</span></p>", 60));
        var teasers = Teaser("Spring fair", "March 19, 2026") + filler + Teaser("Summer fair", "June 18, 2026") + filler + Teaser("Autumn fair", "October 15, 2026");

        Assert.Equal(new DateOnly(2025, 12, 20), Extract(teasers).Published?.Date);
    }

    [Fact]
    public void One_published_label_still_outweighs_an_unlabelled_date()
    {
        var teasers = "<p>Published on December 18, 2025</p>";

        Assert.Equal(new DateOnly(2025, 12, 18), Extract(teasers).Published?.Date);
    }
}
