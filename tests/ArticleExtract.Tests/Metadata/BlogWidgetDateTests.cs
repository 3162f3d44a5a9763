namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Hosted blog templates set the blog's name in the <c>&lt;h1&gt;</c>, the post's title in an <c>&lt;h3&gt;</c>, the day
/// in a heading above it, and the whole post inside a "widget" wrapper. That wrapper is a page builder's block, not a
/// sidebar: the post title inside it is where the article begins, and the day above it is the post's.
/// </summary>
public class BlogWidgetDateTests
{
    private static string Page(string wrapperClass) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Field Notes: Pruning old apple trees in winter</title></head><body>
        <div class="header"><h1 class="title"><a href="/">Field Notes</a></h1><p class="description">A gardener's diary</p></div>
        <div class="main"><div class="{wrapperClass}" id="Blog1"><div class="blog-posts hfeed">
        <h2 class="date-header"><span>Friday, December 19, 2025</span></h2>
        <div class="post-outer"><div class="post hentry">
        <h3 class="post-title entry-title">Pruning old apple trees in winter</h3>
        <div class="post-body entry-content">
        <h1>Why winter</h1>
        <p>An old apple tree left unpruned for years grows a crown so dense that little light reaches its fruit, and the apples stay small.</p>
        <h1>Where to cut</h1>
        <p>Take out dead and crossing branches first, then thin the crown by a third at most in one winter, or the tree answers with water shoots.</p>
        </div></div></div></div></div></div>
        <div class="sidebar"><div class="widget BlogArchive"><h2>Archive</h2><ul><li>November 28, 2025</li></ul></div></div>
        </body></html>
        """;

    [Fact]
    public void The_day_over_a_post_in_a_widget_wrapper_dates_it()
    {
        var a = ArticleExtractor.Default.Extract(Page("widget Blog"), new Uri("https://fieldnotes.example.net/2025/12/pruning.html"));

        Assert.Equal("2025-12-19", a.Published?.ToString());
    }

    [Fact]
    public void A_post_in_a_sidebar_wrapper_is_still_not_the_article()
    {
        // Only a bare widget wrapper is passed over: a container named a sidebar keeps its headings out.
        var a = ArticleExtractor.Default.Extract(Page("sidebar-posts widget"), new Uri("https://fieldnotes.example.net/pruning.html"));

        Assert.NotEqual("2025-12-19", a.Published?.ToString());
    }
}
