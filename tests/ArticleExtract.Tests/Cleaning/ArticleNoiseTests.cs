using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// Noise kept inside articles (issue 10): fine print in a "disclaimer" block, the author's box under the article
/// ("author-section", "author-details": "author-" otherwise starts a taxonomy class), a table of contents, a call-to-action
/// box; and what must stay: a heading or a section of the article that a table of contents points at.
/// </summary>
public sealed class ArticleNoiseTests
{
    private static readonly Uri Url = new("https://cityherald.example/news/trams");

    private static NoiseKind Classify(string markup)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{markup}</body></html>");
        var element = document.Body!.FirstElementChild!;
        return NoiseClassifier.Classify(element, Tags.Of(element), out _);
    }

    [Theory]
    [InlineData("<div class=\"disclaimer\"><p>Prices and offers may change. We may earn a commission when you buy through our links.</p></div>", "commission")]
    [InlineData("<p class=\"affiliate-disclaimer small\">We earn commissions from links on this page, which helps us keep reviewing.</p>", "commissions")]
    [InlineData("<div class=\"post-cta\"><h4>Want quotes in minutes?</h4><p>Try our estimating tool free for fourteen days.</p></div>", "estimating tool")]
    [InlineData("<section class=\"cta-banner cta-banner--light\"><h2>Planning a move?</h2><p>Get an instant quote now.</p></section>", "instant quote")]
    public void Fine_print_and_calls_to_action_in_the_article_go(string noise, string marker) =>
        TestPages.AssertOnlyArticle(ArticleExtractor.Default.Extract(TestPages.Article(noise), Url), marker);

    [Fact]
    public void A_landing_pages_call_to_action_sections_are_its_copy()
    {
        // No article container around them: the "cta" sections are what the page has to say. The <main> names the
        // page's content (its class words too), not an article.
        const string Page = """
            <!DOCTYPE html><html lang="en"><head><title>Plan shifts in minutes | Rota</title></head><body>
            <header class="site-header"><a href="/">Rota</a></header>
            <main class="page-main content">
            <section class="cta-intro"><h1>Plan shifts in minutes</h1><p>Rota builds the week's schedule from everyone's availability, and tells people when their shifts change.</p></section>
            <section class="features"><h2>Built for small teams</h2><p>Swap shifts from a phone, see who is on call, and export hours to payroll at the end of the month without a spreadsheet.</p></section>
            <section class="cta-band"><h2>Fair schedules, fewer messages</h2><p>Managers approve swaps with one tap, and the schedule balances weekends across the team so nobody works every Saturday.</p></section>
            </main></body></html>
            """;
        var body = ArticleExtractor.Default.Extract(Page, new Uri("https://rota.example/")).Body;
        Assert.Contains("builds the week's schedule", body, StringComparison.Ordinal);
        Assert.Contains("balances weekends across the team", body, StringComparison.Ordinal);
        Assert.Equal(NoiseKind.None, Classify("<section class=\"cta-band\"><p>Text.</p></section>"));
        Assert.Equal(NoiseKind.None, Classify("<div class=\"disclaimer\"><p>Text.</p></div>"));
        Assert.Equal(NoiseKind.Footer, ClassifyChild("<article><p class=\"disclaimer\">Text.</p></article>"));
        Assert.Equal(NoiseKind.Advertisement, ClassifyChild("<article><div class=\"post-cta\"><p>Text.</p></div></article>"));
        Assert.Equal(NoiseKind.Advertisement, ClassifyChild("<div class=\"entry-content\"><div class=\"cta-box\"><p>Text.</p></div></div>"));
    }

    private static NoiseKind ClassifyChild(string markup)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{markup}</body></html>");
        var element = document.Body!.FirstElementChild!.FirstElementChild!;
        return NoiseClassifier.Classify(element, Tags.Of(element), out _);
    }

    [Theory]
    [InlineData("author-section")]
    [InlineData("author-details")]
    [InlineData("author-info type-individual")]
    [InlineData("author-card")]
    [InlineData("author-container")]
    [InlineData("author-profile")]
    public void The_author_box_under_the_article_goes(string classes)
    {
        var box = $"<div class=\"{classes}\"><img src=\"/img/jane.jpg\" alt=\"\"><p>Jane Doe writes about transport and city hall, and has lived beside the tram depot for twenty years.</p></div>";
        TestPages.AssertOnlyArticle(ArticleExtractor.Default.Extract(TestPages.Article(outsideArticle: box), Url), "Jane Doe");
        Assert.Equal(NoiseKind.ArticleMeta, Classify(box));
    }

    [Fact]
    public void An_author_taxonomy_class_on_the_article_is_still_no_author_box()
    {
        // WordPress writes "author-<slug>" on the article: its words are the post's author, not the element's role.
        Assert.Equal(NoiseKind.None, Classify("<article class=\"post author-jane-doe\"><p>Text.</p></article>"));
        Assert.Equal(NoiseKind.None, Classify("<article class=\"post author-admin type-post\"><p>Text.</p></article>"));
    }

    [Fact]
    public void A_table_of_contents_goes_and_the_headings_it_lists_stay()
    {
        const string Toc = "<div id=\"ez-toc-container\" class=\"ez-toc-v2 counter-hierarchy\"><p class=\"ez-toc-title\">Contents</p>"
            + "<ul><li><a href=\"#route\">The new route</a></li><li><a href=\"#cost\">What it will cost</a></li></ul></div>";
        var page = TestPages.Article(Toc + "<h2 id=\"toc_the-new-route\" class=\"wp-block-heading toc\">The new route</h2>"
            + "<p>The extension adds six stops between the station and the hospital.</p>"
            + "<h3 class=\"hide-from-toc\">What it will cost</h3><p>The council puts the bill at forty million.</p>");
        var article = ArticleExtractor.Default.Extract(page, Url);

        Assert.Contains("The new route", article.Sections.Select(s => s.Heading));
        Assert.Contains("What it will cost", article.Sections.Select(s => s.Heading));
        Assert.Contains("The extension adds six stops", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", article.Body, StringComparison.Ordinal);
        Assert.Equal(NoiseKind.None, Classify("<h2 id=\"toc_the-new-route\" class=\"toc\">The new route</h2>"));
    }

    [Fact]
    public void A_section_a_table_of_contents_points_at_is_the_article()
    {
        // The section's wrapper carries the anchor ("toc_how-it-is-paid"): a navigation word, on a section of prose with
        // few links, which is no menu.
        const string Section = "<div id=\"toc_how-it-is-paid\"><h2>How it is paid for</h2>"
            + "<p>The city will borrow most of the money over thirty years and repay it from fares and a share of the regional transport tax, which rises slightly next year.</p>"
            + "<p>A smaller part comes from the national rail fund, which pays for tracks that carry both trams and the suburban trains running to the airport and the harbour.</p>"
            + "<p>Council members said the repayments would not touch the budget for schools or parks, and that the final figures will be published before the vote in June.</p>"
            + "</div>";
        var body = ArticleExtractor.Default.Extract(TestPages.Article(Section), Url).Body;
        Assert.Contains("The city will borrow most of the money", body, StringComparison.Ordinal);
        Assert.Contains("final figures will be published", body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_menu_named_by_its_class_is_still_navigation()
    {
        const string Menu = "<div class=\"toc\"><ul><li><a href=\"/a\">Route map and stops of the northern line</a></li>"
            + "<li><a href=\"/b\">Timetable and fares for the new trams in the city</a></li><li><a href=\"/c\">Questions and answers about the works</a></li>"
            + "<li><a href=\"/d\">The council's decision and the full report of the committee</a></li><li><a href=\"/e\">How to object to the plan in writing</a></li>"
            + "<li><a href=\"/f\">Earlier coverage of the tram extension debate, from 2014 to this year</a></li></ul></div>";
        TestPages.AssertOnlyArticle(ArticleExtractor.Default.Extract(TestPages.Article(Menu), Url), "Route map");
    }
}
