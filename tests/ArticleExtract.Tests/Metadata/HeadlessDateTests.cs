namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A page without a headline or an article element (a forum thread, an old blog template): nothing stands near a
/// headline, and the first date stamped with a time of day is its opening post's.
/// </summary>
public class HeadlessDateTests
{
    private static string Thread(string firstLine) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Tram timetable changes - Transit Forum</title></head><body>
        <div id="page"><div class="topic"><h2 class="topic-title">Tram timetable changes</h2>
        <div class="post"><p class="author">by <strong>railfan</strong> {firstLine}</p>
        <div class="content">The new timetable cuts the evening service on line four from every ten minutes to every fifteen, which nobody asked for.</div></div>
        <div class="post"><p class="author">by <strong>commuter</strong> &raquo; Thu Aug 29, 2019 8:05 am</p>
        <div class="content">The operator says the change is temporary while the depot is rebuilt, and that the old service returns in spring.</div></div>
        </div></div></body></html>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://forum.example.net/viewtopic.php?t=123"));

    [Fact]
    public void The_opening_posts_date_is_the_threads()
    {
        var article = Extract(Thread("&raquo; Tue Aug 27, 2019 1:47 am"));

        Assert.Equal(new DateOnly(2019, 8, 27), article.Published?.Date);
    }

    [Fact]
    public void An_update_line_first_gives_no_publication_date()
    {
        var article = Extract(Thread("&raquo; Last updated: Tue Aug 27, 2019 1:47 am"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void A_date_without_a_time_is_a_members_detail_not_the_posts()
    {
        var article = Extract(Thread("<span class=\"joined\">Joined: Dec 11, 2018</span> &raquo; Tue Aug 27, 2019 1:47 am"));

        Assert.Equal(new DateOnly(2019, 8, 27), article.Published?.Date);
    }
}
