namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Metadata that names two publication days (JSON-LD one, the meta tags another) states nothing against the page:
/// its "Updated" line under the headline, or the publication it labels below the article, dates it.
/// </summary>
public class ContradictedMetadataDateTests
{
    private const string Story = """
        <p>Trail shoes have grown lighter every year, and this season's best pairs weigh little more than road racers.</p>
        <p>We ran each pair for at least a hundred miles on rock, mud and gravel before deciding which ones made the list.</p>
        """;

    private static Article Extract(string ldPublished, string metaPublished, string underHeadline, string belowArticle = "") => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>The best trail running shoes</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The best trail running shoes","datePublished":"{{ldPublished}}"}</script>
        <meta property="article:published_time" content="{{metaPublished}}">
        </head><body><article>
        <h1>The best trail running shoes</h1>
        {{underHeadline}}
        {{Story}}
        {{belowArticle}}
        </article></body></html>
        """, new Uri("https://running.example.com/gear/best-trail-shoes"));

    [Fact]
    public void An_updated_line_dates_the_page_when_the_metadata_names_two_publication_days()
    {
        var a = Extract("2018-04-03T16:50:31Z", "2025-12-19T18:06:00Z", "<p>Updated: Dec 19, 2025</p>");

        Assert.Equal(new DateOnly(2025, 12, 19), a.Published?.Date);
    }

    [Fact]
    public void The_metadata_that_agrees_with_itself_still_wins_over_an_updated_line()
    {
        var a = Extract("2018-04-03T16:50:31Z", "2018-04-03T16:50:31Z", "<p>Updated: Dec 19, 2025</p>");

        Assert.Equal(new DateOnly(2018, 4, 3), a.Published?.Date);
    }

    [Fact]
    public void A_publication_labelled_below_the_article_wins_over_metadata_that_contradicts_itself()
    {
        // Far below the headline, past a long article: a labelled line there counts only when nothing better dates the page.
        var filler = string.Concat(Enumerable.Repeat("<p><span>A</span> <span>short</span> <span>line.</span></p>", 60));
        var a = Extract("2025-11-29T12:28:31-05:00", "2025-08-08T00:00:00-04:00", "", filler + "<div class=\"article-end\">Published <time datetime=\"2025-08-13\">August 13, 2025</time></div>");

        Assert.Equal(new DateOnly(2025, 8, 13), a.Published?.Date);
    }

    private static Article ExtractStamped(string ldPublished, string ldModified, string underHeadline, string? headPublished = null) => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>The best trail running shoes</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The best trail running shoes","datePublished":"{{ldPublished}}","dateModified":"{{ldModified}}"}</script>
        {{(headPublished is null ? "" : $"<meta property=\"article:published_time\" content=\"{headPublished}\">")}}
        </head><body><article>
        <h1>The best trail running shoes</h1>
        {{underHeadline}}
        {{Story}}
        </article></body></html>
        """, new Uri("https://running.example.com/gear/best-trail-shoes"));

    [Theory]
    [InlineData("2025-06-17", "2025-06-17")]
    [InlineData("13/11/2025 09:21:40", "13/11/2025 09:21:40")]
    public void An_updated_line_dates_the_page_when_the_metadata_stamps_publication_and_update_alike(string published, string modified)
    {
        var a = ExtractStamped(published, modified, "<p>Page updated: 12 November 2025</p>");

        Assert.Equal(new DateOnly(2025, 11, 12), a.Published?.Date);
    }

    [Fact]
    public void Metadata_that_tells_the_update_from_the_publication_still_wins_over_an_updated_line()
    {
        // The head's own publication tag states it (JSON-LD alone does not: SchemaOnlyPublicationTests).
        var a = ExtractStamped("2025-06-17T10:00:00Z", "2025-11-12T08:00:00Z", "<p>Page updated: 12 November 2025</p>", "2025-06-17T10:00:00Z");

        Assert.Equal(new DateOnly(2025, 6, 17), a.Published?.Date);
    }

    [Fact]
    public void Metadata_stamped_alike_on_the_day_of_the_updated_line_still_dates_the_page()
    {
        var a = ExtractStamped("2025-11-12T09:00:00Z", "2025-11-12T09:00:00Z", "<p>Updated: 12 November 2025</p>");

        Assert.Equal(new DateOnly(2025, 11, 12), a.Published?.Date);
        Assert.Equal(new TimeOnly(9, 0), a.Published?.Time);
    }
}
