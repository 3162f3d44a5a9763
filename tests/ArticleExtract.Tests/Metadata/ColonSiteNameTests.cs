namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// "Site Name: Headline", the title Blogger and some news templates write: the site's exact name before the colon is a
/// decoration, and a blog's name set as its one <c>&lt;h1&gt;</c> is not the post's title. A colon after anything else
/// ("Brexit: what happens next") is the headline's own, and on a home page the brand is the subject.
/// </summary>
public class ColonSiteNameTests
{
    private const string Body = """
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the cost.</p>
        """;

    private static Article Extract(string title, string head = "", string url = "https://www.dailyplanet.com/news/tram-works") => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title>{head}</head><body><article>{Body}</article></body></html>", new Uri(url));

    [Theory]
    [InlineData("The Daily Planet: Tram works begin", "<meta property=\"og:site_name\" content=\"The Daily Planet\">")]
    // The address is the evidence: dailyplanet.com is "Daily Planet".
    [InlineData("Daily Planet: Tram works begin", "")]
    public void The_site_s_name_before_a_colon_is_taken_off(string title, string head)
    {
        Assert.Equal("Tram works begin", Extract(title, head).Title);
    }

    [Theory]
    [InlineData("Brexit: what happens next")]
    // Only the site's exact name: a part of it may be the headline's own word.
    [InlineData("Daily: tram works begin at last")]
    public void A_colon_after_anything_else_is_the_headline_s(string title)
    {
        Assert.Equal(title, Extract(title, "<meta property=\"og:site_name\" content=\"The Daily Planet\">").Title);
    }

    [Fact]
    public void On_a_home_page_the_brand_before_the_colon_stays()
    {
        const string Title = "Acme: Open source project planning for teams";

        Assert.Equal(Title, Extract(Title, "<meta property=\"og:site_name\" content=\"Acme\">", "https://acme.example/").Title);
    }

    [Fact]
    public void A_blog_s_name_as_its_heading_is_not_the_post_s_title()
    {
        var a = ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>Jane's Tram Blog: Tram works begin</title><meta content='Jane&#39;s Tram Blog' property='og:site_name'/></head><body>
            <div id="header"><h1 class="title"><a href="/">Jane's Tram Blog</a></h1><p class="description">Notes on city transport</p></div>
            <div class="main"><div class="blog-posts"><h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2>
            <div class="post hentry"><h3 class="post-title entry-title"><a href="/2011/03/tram-works-begin.html">Tram works begin</a></h3>
            <div class="post-body entry-content">{Body}</div></div></div></div></body></html>
            """, new Uri("https://janestrams.blogspot.com/2011/03/tram-works-begin.html"));

        Assert.Equal("Tram works begin", a.Title);
    }
}
