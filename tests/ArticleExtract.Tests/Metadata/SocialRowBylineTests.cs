namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// An article's byline row often sits in a container its template calls "social", beside the share buttons: the
/// author marked there is the article's. A share bar's own words ("share") still set it apart.
/// </summary>
public class SocialRowBylineTests
{
    private static IReadOnlyList<string> Authors(string rowClass) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Cooler streets with shade trees</title></head>
        <body><main><div class="article-grid">
        <h1>Cooler streets with shade trees</h1>
        <div class="{rowClass}">
          <div class="Author_wrapper__x1Yz"><img alt="" src="/portraits/t.jpg"><div class="Author_content__q2Rt"><p class="Author_author__p3Mn">Talia Brennecke</p><p><span class="Author_time__k4Lm">2024-05-02</span></p></div></div>
          <ul class="share-links"><li><a href="https://social.example/share">Share</a></li></ul>
        </div>
        <p>Three cities planted rows of shade trees along their busiest bus routes and measured the pavement through two summers.</p>
        <p>Where the canopy closed, the surface stayed up to twelve degrees cooler at noon, and riders waited in the shade.</p>
        </div></main></body></html>
        """,
        new Uri("https://cityclimate.example/stories/shade-trees")).Authors;

    [Fact]
    public void An_author_in_the_articles_social_row_is_its_byline()
    {
        Assert.Equal(["Talia Brennecke"], Authors("ArticleLayout_socialContainer__r7Qw"));
    }

    [Fact]
    public void An_author_in_a_share_bar_is_not()
    {
        Assert.Empty(Authors("share-bar"));
    }
}
