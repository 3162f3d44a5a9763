namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A grid that holds the page's main column often names the sidebar or the navigation beside it as a modifier
/// ("fixed-sidebar", "flex-nav-expanded", "layout--sidebar-right"): the container of the headline or of the article is
/// the page's layout, not a sidebar, and the byline and date inside are the article's.
/// </summary>
public class LayoutWrapperTests
{
    private static Article Extract(string wrapperClass, string main) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Cast iron that rusts after washing</title></head><body>
        <div class="{wrapperClass}">
        <main>
        {main}
        <p>My pan rusts every time I wash it, even though I dry it with a towel straight away and oil it after.</p>
        <p>Is the seasoning gone for good, or can I strip it and start again with the oven method?</p>
        </main>
        <div class="sidebar"><p>Community rules</p><a class="author-name" href="/user/moderator7/">moderator7</a></div>
        </div>
        </body></html>
        """, new Uri("https://forum.example.org/r/cooking/comments/abc123/cast_iron"));

    private const string PostCredit = """<div><a class="author-name" href="/user/kettle_wren/">kettle_wren</a> <span>posted 3 hr. ago</span></div>""";

    [Fact]
    public void The_grid_around_the_main_column_is_no_sidebar_for_the_byline()
    {
        Assert.Equal(["kettle_wren"], Extract("main-container grid fixed-sidebar", PostCredit).Authors);
    }

    [Fact]
    public void A_navigation_modifier_on_the_page_grid_is_no_navigation()
    {
        Assert.Equal(["kettle_wren"], Extract("grid-container grid flex-nav-expanded", PostCredit).Authors);
    }

    [Fact]
    public void A_date_in_the_main_column_under_a_sidebar_modifier_is_read()
    {
        // No <h1>: the main element alone places the article.
        var article = Extract("layout layout--sidebar-right", """<h2>Cast iron that rusts after washing</h2><p class="meta"><time datetime="2025-03-14">March 14, 2025</time></p>""");
        Assert.Equal(new DateOnly(2025, 3, 14), article.Published?.Date);
    }

    [Fact]
    public void A_real_sidebar_beside_the_main_column_stays_out()
    {
        Assert.DoesNotContain("moderator7", Extract("main-container grid fixed-sidebar", "<p>No byline here.</p>").Authors);
    }

    [Fact]
    public void A_byline_link_alone_in_its_line_names_the_writer()
    {
        var article = Extract("page", """
            <h1>Cast iron that rusts after washing</h1>
            <div class="post-meta"><span><a href="/search?q=Mara+Ellison">by Mara Ellison</a></span> <span>March 14, 2025</span></div>
            """);
        Assert.Equal(["Mara Ellison"], article.Authors);
    }

    [Fact]
    public void A_by_keyword_in_code_is_no_byline()
    {
        var article = Extract("page", """
            <h1>Cast iron that rusts after washing</h1>
            <pre><code><span class="k">SELECT</span> * <span class="k">FROM</span> pans <span class="k">ORDER</span> <span class="k">BY</span> <span class="n">DEFAULT</span></code></pre>
            """);
        Assert.Empty(article.Authors);
    }
}
