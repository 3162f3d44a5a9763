using System.Globalization;
using System.Text;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date far from the headline (below a long article, in the page's last lines) dates the page only when the page
/// labels it as its own and states one day: never a date inside a sentence, never a list of review dates.
/// </summary>
public class FarDatelineTests
{
    private static Article Page(string afterArticle)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= 90; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>Step {i}</h3><p>Grind the beans a little coarser for step {i}, then pour slowly in circles and wait thirty seconds.</p>");
        }

        return ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>A long guide to pour-over coffee</title></head><body>
            <div class="page"><h1>A long guide to pour-over coffee</h1><div class="content">{body}</div>
            {afterArticle}</div></body></html>
            """,
            new Uri("https://brew.example.org/guides/pour-over"));
    }

    [Fact]
    public void A_labelled_date_below_the_article_dates_it()
    {
        var a = Page("<div class=\"end\"><a href=\"/pdf\">Download PDF</a><p>Published Feb 2, 2023</p></div>");

        Assert.Equal("2023-02-02", a.Published?.ToString());
    }

    [Fact]
    public void A_last_updated_line_at_the_end_is_the_pages_date_and_its_modification()
    {
        var a = Page("<div class=\"end\"><span>Last updated:</span> <span>November 13, 2025</span></div>");

        Assert.Equal("2025-11-13", a.Published?.ToString());
        Assert.Equal("2025-11-13", a.Modified?.ToString());
    }

    [Fact]
    public void A_label_inside_a_sentence_is_no_dateline()
    {
        var a = Page("<p>Version 2.3 of the grinder firmware, which was released on 2019-04-29<sup>[1]</sup>, changed the default.</p>");

        Assert.Null(a.Published);
    }

    [Fact]
    public void Several_review_dates_are_a_list_not_the_pages_date()
    {
        var a = Page("""
            <div class="reviews">
            <div class="review"><p>Great kettle.</p><p>Reviewed on 10/13/2025</p></div>
            <div class="review"><p>Pours well.</p><p>Reviewed on 10/12/2025</p></div>
            <div class="review"><p>Sturdy.</p><p>Reviewed on 12/10/2025</p></div>
            </div>
            """);

        Assert.Null(a.Published);
    }
}
