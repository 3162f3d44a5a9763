namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A page that tells no story (a product, a service, documentation) is not dated by a stamp: a theme's JSON-LD WebPage
/// node or a meta tag gives the time the page was saved. A date the page shows near its headline, or an article object's
/// own publication, still dates it; and a stamp alone no longer keeps an unsigned page at a short address from being a
/// service page.
/// </summary>
public class PageStampDateTests
{
    private const string Blurbs = """
        <p>Same-day repairs for leaking taps, blocked drains and broken boilers.</p>
        <p>Fixed prices, agreed before we start.</p>
        <p>Call us today for a free quote.</p>
        """;

    private static string WebPageStamp(string published, string modified) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://plumbers.example.com/boiler-repair/#webpage","name":"Boiler repair","datePublished":"{{published}}","dateModified":"{{modified}}"}]}</script>""";

    private static Article Extract(string head, string body, string url, string title = "Boiler repair | Northside Plumbers") => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>{title}</title>{head}</head>
        <body><main>{body}</main></body></html>
        """, new Uri(url));

    [Fact]
    public void An_unsigned_page_at_a_short_address_dated_only_by_the_web_page_stamp_is_an_undated_service_page()
    {
        var a = Extract(WebPageStamp("2019-04-15T10:00:00+00:00", "2025-10-30T19:57:00+00:00"), $"<h1>Boiler repair</h1>{Blurbs}", "https://plumbers.example.com/boiler-repair/");

        Assert.Equal(PageKind.Service, a.PageKind);
        Assert.Null(a.Published);
    }

    [Fact]
    public void A_product_page_s_metadata_stamp_is_no_publication()
    {
        var product = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Brass deck lamp"}</script><meta property="article:published_time" content="2018-12-22T08:10:33+11:00">""";
        var a = Extract(product, "<h1>Brass deck lamp</h1><p>A solid brass lamp for boats and porches, sealed against salt spray and rain.</p><p>Price: $89</p>", "https://lamps.example/product/brass-deck-lamp/");

        Assert.Equal(PageKind.Product, a.PageKind);
        Assert.Null(a.Published);
    }

    [Fact]
    public void A_product_page_still_takes_the_date_it_shows_under_its_heading()
    {
        var product = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Brass deck lamp"}</script><meta property="article:published_time" content="2018-12-22T08:10:33+11:00">""";
        var a = Extract(product, "<h1>Brass deck lamp</h1><p>Released: December 22, 2018</p><p>A solid brass lamp for boats and porches, sealed against salt spray and rain.</p><p>Price: $89</p>", "https://lamps.example/product/brass-deck-lamp/");

        Assert.Equal(PageKind.Product, a.PageKind);
        Assert.Equal(new DateOnly(2018, 12, 22), a.Published?.Date);
    }

    [Fact]
    public void A_product_page_updated_on_a_day_nothing_calls_a_publication_is_undated()
    {
        // "Last updated" over a product's text, and the same day as its dateModified: the page is kept current, not published.
        var product = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Brass deck lamp"}</script><meta property="article:modified_time" content="2025-12-18T09:30:00+00:00">""";
        var a = Extract(product, "<h1>Brass deck lamp</h1><p>Last updated: December 18, 2025</p><p>A solid brass lamp for boats and porches, sealed against salt spray and rain.</p><p>Price: $89</p>", "https://lamps.example/product/brass-deck-lamp/");

        Assert.Equal(PageKind.Product, a.PageKind);
        Assert.Null(a.Published);
    }

    [Fact]
    public void An_article_whose_only_date_is_its_updated_line_keeps_that_date()
    {
        var prose = string.Concat(Enumerable.Repeat("<p>Boilers fail most often in the first cold week of the year, when a valve that sat still all summer has seized and the pressure drops overnight.</p>", 4));
        var a = Extract(string.Empty, $"<article><h1>Why boilers fail in the first cold week</h1><p class=\"byline\">By Sam Clarke</p><p>Last updated: December 18, 2025</p>{prose}</article>", "https://plumbers.example.com/blog/why-boilers-fail-in-the-first-cold-week/");

        Assert.Equal(PageKind.Article, a.PageKind);
        Assert.Equal(new DateOnly(2025, 12, 18), a.Published?.Date);
    }

    [Fact]
    public void A_signed_article_keeps_its_web_page_date()
    {
        var prose = string.Concat(Enumerable.Repeat("<p>Boilers fail most often in the first cold week of the year, when a valve that sat still all summer has seized and the pressure drops overnight.</p>", 4));
        var a = Extract(WebPageStamp("2024-11-02T09:00:00+00:00", "2025-01-10T12:00:00+00:00"), $"<article><h1>Why boilers fail in the first cold week</h1><p class=\"byline\">By Sam Clarke</p>{prose}</article>", "https://plumbers.example.com/blog/why-boilers-fail-in-the-first-cold-week/");

        Assert.Equal(PageKind.Article, a.PageKind);
        Assert.Equal(new DateOnly(2024, 11, 2), a.Published?.Date);
    }

    [Fact]
    public void A_web_page_stamp_saved_again_years_later_dates_no_page()
    {
        // Nothing shown, no article object, no head tag: the WebPage node's first save of a page kept current since.
        var prose = string.Concat(Enumerable.Repeat("<p>Boilers fail most often in the first cold week of the year, when a valve that sat still all summer has seized and the pressure drops overnight.</p>", 4));
        var a = Extract(WebPageStamp("2019-04-15T10:00:00+00:00", "2025-10-30T19:57:00+00:00"), $"<article><h1>Why boilers fail in the first cold week</h1><p class=\"byline\">By Sam Clarke</p>{prose}</article>", "https://plumbers.example.com/blog/why-boilers-fail-in-the-first-cold-week/");

        Assert.Equal(PageKind.Article, a.PageKind);
        Assert.Null(a.Published);
    }

    private static string Teasers()
    {
        const string Summary = "The harbour board met again this week to review the works on the ferry quay, and the contractors reported that the new pilings are in place ahead of the spring timetable. ";
        var cards = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"card\"><h2><a href=\"/news/harbour-update-{i}\">Harbour works update number {i}</a></h2><p>March {i}, 2026</p><p>{Summary}{Summary}</p></div>"));
        return $"<h1>News</h1>{cards}";
    }

    [Fact]
    public void A_listing_is_not_dated_by_its_first_entry()
    {
        var a = Extract("", Teasers(), "https://harbour.example.org/category/news/", "News | Harbour Board");

        Assert.Equal(PageKind.Listing, a.PageKind);
        Assert.Null(a.Published);
    }

    [Fact]
    public void A_listing_keeps_the_date_its_metadata_states()
    {
        var a = Extract("""<meta property="article:published_time" content="2026-03-12T08:00:00+00:00">""", Teasers(), "https://harbour.example.org/category/news/", "News | Harbour Board");

        Assert.Equal(PageKind.Listing, a.PageKind);
        Assert.Equal(new DateOnly(2026, 3, 12), a.Published?.Date);
    }
}
