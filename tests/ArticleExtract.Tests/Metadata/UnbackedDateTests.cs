using System.Globalization;
using System.Text;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date with no label that stands well below the headline (a card, a dated step in a guide) does not win over the
/// page's other dates unless another source (JSON-LD, a meta tag, the URL) states the same day; alone, it is still
/// the page's only date. A dateline under the headline still wins.
/// </summary>
public class UnbackedDateTests
{
    private static Article Page(string head, string underHeadline, int stepsBeforeDate, string date, string url = "https://brew.example.org/guides/pour-over")
    {
        var body = new StringBuilder();
        for (var i = 1; i <= 12; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>Step {i}</h3><p>Grind the beans a little coarser for step {i}, then pour slowly in circles and wait thirty seconds.</p>");
            if (i == stepsBeforeDate)
            {
                body.Append(CultureInfo.InvariantCulture, $"<div class=\"note\"><span>{date}</span></div>");
            }
        }

        var filler = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            filler.Append("<span class=\"share-icon\"><i></i></span>");
        }

        return ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>A guide to pour-over coffee</title>{head}</head><body>
            <article><h1>A guide to pour-over coffee</h1>{underHeadline}<div class="tools">{filler}</div><div class="content">{body}</div></article></body></html>
            """,
            new Uri(url));
    }

    [Fact]
    public void A_bare_date_far_below_the_headline_gives_way_to_the_urls()
    {
        var a = Page(string.Empty, string.Empty, 10, "March 3, 2021", "https://brew.example.org/2020/05/14/pour-over");

        Assert.Equal(new DateOnly(2020, 5, 14), a.Published?.Date);
    }

    [Fact]
    public void Alone_a_bare_far_date_is_still_the_pages_date()
    {
        var a = Page(string.Empty, string.Empty, 10, "March 3, 2021");

        Assert.Equal(new DateOnly(2021, 3, 3), a.Published?.Date);
    }

    [Fact]
    public void The_same_date_backed_by_the_metadata_does()
    {
        var a = Page("<meta property=\"article:published_time\" content=\"2021-03-03T08:00:00+00:00\">", string.Empty, 10, "March 3, 2021");

        Assert.Equal(new DateOnly(2021, 3, 3), a.Published?.Date);
    }

    [Fact]
    public void A_bare_date_under_the_headline_still_dates_the_page()
    {
        var a = Page(string.Empty, "<p class=\"meta\">March 3, 2021</p>", 0, string.Empty);

        Assert.Equal(new DateOnly(2021, 3, 3), a.Published?.Date);
    }

    [Fact]
    public void A_bare_far_date_gives_way_to_the_metadatas()
    {
        var a = Page("<meta property=\"article:published_time\" content=\"2021-11-20T08:00:00+00:00\">", string.Empty, 10, "March 3, 2021");

        Assert.Equal(new DateOnly(2021, 11, 20), a.Published?.Date);
    }
}
