namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Where bylines hide when the usual places are empty: the "Written by" pair SEO plugins put in the meta tags, a
/// WebPage's author in a Yoast graph, headings and small print that open with "Written by", a page builder's text
/// widget, and staff or brand bylines the page states plainly.
/// </summary>
public class AuthorSourceTests
{
    private const string Body = """
        <p>The allotment society opened its seed library on Saturday, with more than two hundred varieties donated by members.</p>
        <p>Members may borrow five packets a season and are asked to return seed from the best plants of their harvest.</p>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://plots.example.net/seed-library"));

    private static string Page(string head, string article, string after = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><title>A seed library for the plots</title>{head}</head><body><article><h1>A seed library for the plots</h1>{article}{Body}</article>{after}</body></html>";

    [Theory]
    [InlineData("Written by", "Rosa Lindqvist")]
    [InlineData("Verfasst von", "Rosa Lindqvist")]
    [InlineData("Written by", "Kev")]
    public void The_written_by_pair_of_the_meta_tags_names_the_author(string label, string name)
    {
        var head = $"<meta name=\"twitter:label1\" content=\"{label}\"><meta name=\"twitter:data1\" content=\"{name}\">"
            + "<meta name=\"twitter:label2\" content=\"Est. reading time\"><meta name=\"twitter:data2\" content=\"3 minutes\">";

        Assert.Equal([name], Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void A_reading_time_pair_names_nobody()
    {
        var head = "<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"3 minutes\">";

        Assert.Empty(Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void The_visible_byline_wins_over_the_pair_of_the_account_that_posted()
    {
        var head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Webdesk Account\">";

        Assert.Equal(["Rosa Lindqvist"], Extract(Page(head, "<p class=\"byline\">By Rosa Lindqvist</p>")).Authors);
    }

    [Fact]
    public void The_default_account_of_the_cms_is_no_author()
    {
        var head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"admin\">";

        Assert.Empty(Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void A_webpage_author_in_a_yoast_graph_names_the_author()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://plots.example.net/seed-library","name":"A seed library for the plots",
               "author":{"@id":"https://plots.example.net/#/schema/person/7f3a"}},
              {"@type":"WebSite","@id":"https://plots.example.net/#website","name":"Plot Notes"},
              {"@type":"Person","@id":"https://plots.example.net/#/schema/person/7f3a","name":"Rosa Lindqvist"}]}</script>
            """;

        Assert.Equal(["Rosa Lindqvist"], Extract(Page(head, "")).Authors);
    }

    [Theory]
    [InlineData("<h3>Written by Rosa Lindqvist</h3><p>Rosa keeps bees and four raised beds.</p>")]
    [InlineData("<div class=\"writer\"><small>WRITTEN BY</small><p><strong><a href=\"/people/rosa\">Rosa Lindqvist</a></strong></p></div>")]
    [InlineData("<h2>Article by</h2><div>Rosa Lindqvist</div>")]
    public void A_heading_or_small_print_that_opens_with_written_by_names_the_author(string box)
    {
        Assert.Equal(["Rosa Lindqvist"], Extract(Page("", "", $"<section class=\"post-end\">{box}</section>")).Authors);
    }

    [Fact]
    public void A_byline_inside_a_page_builder_text_widget_is_read()
    {
        var box = "<div class=\"elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\">"
            + "<h3>Written by Rosa Lindqvist</h3><p>Rosa keeps bees and four raised beds.</p></div></div>";

        Assert.Equal(["Rosa Lindqvist"], Extract(Page("", box)).Authors);
    }

    [Theory]
    [InlineData("By the Plot Notes Team", "the Plot Notes Team")]
    [InlineData("By Newsdesk", "Newsdesk")]
    public void A_staff_byline_the_page_states_plainly_is_kept(string byline, string expected)
    {
        Assert.Equal([expected], Extract(Page("", $"<span class=\"post-author\">{byline}</span>")).Authors);
    }

    [Fact]
    public void An_ampersand_beside_a_single_letter_joins_one_name()
    {
        var head = "<meta name=\"author\" content=\"Plots &amp; M\">";

        Assert.Equal(["Plots & M"], Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void An_ampersand_between_names_still_separates_them()
    {
        var head = "<meta name=\"author\" content=\"Rosa Lindqvist &amp; Tomas Berg\">";

        Assert.Equal(["Rosa Lindqvist", "Tomas Berg"], Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void An_og_article_author_meta_tag_names_the_author()
    {
        var head = "<meta property=\"og:article:author\" content=\"Rosa Lindqvist\">";

        Assert.Equal(["Rosa Lindqvist"], Extract(Page(head, "")).Authors);
    }

    [Fact]
    public void A_link_to_the_writers_page_is_the_byline()
    {
        var meta = "<div class=\"post-meta\"><a href=\"/author/rosa-lindqvist/\"><img src=\"/r.jpg\" alt=\"\"></a>"
            + "<a href=\"/author/rosa-lindqvist/\">Rosa Lindqvist</a><span>5 min read</span></div>";

        Assert.Equal(["Rosa Lindqvist"], Extract(Page("", meta)).Authors);
    }

    [Fact]
    public void A_link_to_the_list_of_all_writers_names_nobody()
    {
        Assert.Empty(Extract(Page("", "<p class=\"post-meta\"><a href=\"/authors/\">Our Writers</a></p>")).Authors);
    }

    [Fact]
    public void A_json_ld_person_with_only_an_affiliation_does_not_make_the_site_a_person()
    {
        var head = """
            <meta property="og:site_name" content="PLOT NOTES">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A seed library for the plots",
              "author":{"@type":"Person","name":", PLOT NOTES"}}</script>
            """;

        Assert.Equal(["Rosa Lindqvist"], Extract(Page(head, "<p>By Rosa Lindqvist</p>")).Authors);
    }

    [Theory]
    [InlineData("page-main--withSidebar")]
    [InlineData("content has-sidebar")]
    public void A_wrapper_that_says_its_layout_has_a_sidebar_is_no_sidebar(string wrapper)
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Which hoe for clay soil?</title></head><body>"
            + $"<div class=\"{wrapper}\"><h1>Which hoe for clay soil?</h1><div class=\"post\"><div itemprop=\"author\"><span itemprop=\"name\">clayplot77</span></div>"
            + Body + "</div></div><aside class=\"sidebar\"><span class=\"author\">Sidebar Person</span></aside></body></html>";

        Assert.Equal(["clayplot77"], Extract(html).Authors);
    }
}
