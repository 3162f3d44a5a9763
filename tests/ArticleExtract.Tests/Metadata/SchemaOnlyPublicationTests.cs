namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A page that shows only an "Updated" line under its headline, and states its publication for search engines only
/// (JSON-LD's or microdata's <c>datePublished</c>, no <c>article:published_time</c> or kin in its head), is dated by the
/// line it shows; a publication its head tags state still wins, and so does one within the update's news cycle (the same
/// day or the day before: a report revised, not a page rewritten).
/// </summary>
public class SchemaOnlyPublicationTests
{
    private const string Story = """
        <p>A kitchen scale that reads to the gram makes bread come out the same every time, whatever the flour.</p>
        <p>We weighed the same loaf on eight scales over two weeks and kept the three that never drifted by more than a gram.</p>
        """;

    private static Article Extract(string head, string underHeadline) => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>The best kitchen scales for baking</title>
        {{head}}
        </head><body><article>
        <h1>The best kitchen scales for baking</h1>
        <p class="byline">By Ana Ortiz</p>
        {{underHeadline}}
        {{Story}}
        </article></body></html>
        """, new Uri("https://kitchen.example.net/reviews/kitchen-scales"));

    private static string JsonLd(string published, string modified) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The best kitchen scales for baking","datePublished":"{{published}}","dateModified":"{{modified}}"}</script>""";

    [Fact]
    public void The_updated_line_dates_a_page_whose_publication_only_json_ld_states()
    {
        var a = Extract(JsonLd("2022-03-01T09:15:00Z", "2025-08-14T16:40:00Z"), "<p>Updated August 14, 2025</p>");

        Assert.Equal(new DateOnly(2025, 8, 14), a.Published?.Date);
        Assert.Equal(new TimeOnly(16, 40), a.Published?.Time);
    }

    [Fact]
    public void The_updated_line_dates_a_page_whose_publication_only_a_microdata_meta_states()
    {
        var a = Extract(
            """<meta itemprop="datePublished" content="2022-03-01T09:15:00Z"><meta property="article:modified_time" content="2025-08-14T16:40:00Z">""",
            "<p>Last updated: <time datetime=\"2025-08-14\">Aug 14, 2025</time></p>");

        Assert.Equal(new DateOnly(2025, 8, 14), a.Published?.Date);
    }

    [Fact]
    public void A_publication_the_head_tags_state_wins_over_the_updated_line()
    {
        var a = Extract(
            JsonLd("2022-03-01T09:15:00Z", "2025-08-14T16:40:00Z") + """<meta property="article:published_time" content="2022-03-01T09:15:00Z">""",
            "<p>Updated August 14, 2025</p>");

        Assert.Equal(new DateOnly(2022, 3, 1), a.Published?.Date);
    }

    [Fact]
    public void A_json_ld_publication_on_the_updated_line_s_own_day_keeps_its_time()
    {
        var a = Extract(JsonLd("2025-08-14T06:00:00Z", "2025-08-20T10:00:00Z"), "<p class=\"updated-date\">August 14, 2025 6:00 PM</p>");

        Assert.Equal(new DateOnly(2025, 8, 14), a.Published?.Date);
        Assert.Equal(new TimeOnly(6, 0), a.Published?.Time);
    }

    [Fact]
    public void An_update_the_next_day_leaves_a_report_dated_by_its_json_ld_publication()
    {
        var a = Extract(JsonLd("2025-08-13T15:00:00Z", "2025-08-14T09:30:00Z"), "<p>Updated August 14, 2025</p>");

        Assert.Equal(new DateOnly(2025, 8, 13), a.Published?.Date);
    }
}
