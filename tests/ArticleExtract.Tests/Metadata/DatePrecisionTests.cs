namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Dates near the headline that are not the page's: an event the prose tells of, a reader's comment, a related
/// story's card, the site's footer, a clock beyond the page's own latest date, a time of day alone.
/// </summary>
public class DatePrecisionTests
{
    private static string? Published(string line) => DatedPage.Extract("en", line).Published?.ToString();

    [Theory]
    [InlineData("<p>The law takes effect on January 1, 2022, officials said on Friday.</p>")]
    [InlineData("<p>Will the new lanes still be open after March 9, 2021? The council has not said.</p>")]
    [InlineData("<div class=\"comments\"><p>Reader One</p><p>March 9, 2021 at 10:00 am</p><p>Nice piece.</p></div>")]
    [InlineData("<div class=\"related-posts\"><ul><li><a href=\"/x\">Another story</a> March 1, 2021</li></ul></div>")]
    [InlineData("<p>Doors open at 16:45</p>")]
    public void Takes_no_date_that_is_not_the_pages(string line)
    {
        Assert.Null(Published(line));
    }

    [Theory]
    [InlineData("<p>Jane Doe, Staff Reporter, March 5, 2021.</p>")]
    [InlineData("<p>This story was published on March 5, 2021 and has not been changed since then.</p>")]
    public void A_short_date_line_or_a_labelled_sentence_still_dates_the_page(string line)
    {
        Assert.Equal("2021-03-05", Published(line));
    }

    [Fact]
    public void The_sites_footer_outside_the_article_dates_nothing()
    {
        var a = ArticleExtractor.Default.Extract("""
            <!DOCTYPE html><html lang="en"><head><title>New cycle lanes on the ring road</title></head><body><article>
            <h1>New cycle lanes on the ring road</h1>
            <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
            <p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p>
            </article><footer><p>© 2021 City Paper. Page generated March 9, 2021</p></footer></body></html>
            """, new Uri("https://city.example.org/cycle-lanes"));

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_shown_date_after_the_pages_latest_stated_date_is_not_the_articles()
    {
        var a = ArticleExtractor.Default.Extract("""
            <!DOCTYPE html><html lang="en"><head><title>New cycle lanes on the ring road</title>
            <meta property="article:published_time" content="2021-03-05T09:00:00+01:00"></head><body><article>
            <h1>New cycle lanes on the ring road</h1><p class="when">June 5, 2031</p>
            <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
            </article></body></html>
            """, new Uri("https://city.example.org/cycle-lanes"));

        Assert.Equal("2021-03-05T09:00:00+01:00", a.Published?.ToString());
    }
}
