namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A forum thread's page states other dates with a time of day before its opening post's: a member's join date in the
/// post's profile ("Joined: 4. Jul 2012, 16:09") and the site's clock in the header. Neither dates the thread.
/// </summary>
public class ForumStampTests
{
    private static string Thread(string header, string profile) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Tram timetable changes - Transit Forum</title></head><body>
        <div id="wrap"><div class="headerbar">{header}</div>
        <div id="page"><div class="topic"><h2 class="topic-title">Tram timetable changes</h2>
        <div class="post"><dl class="postprofile"><dt>railfan</dt><dd>Posts: 138</dd><dd>{profile}</dd></dl>
        <p class="author">by <strong>railfan</strong> &raquo; 11. Sep 2024, 18:36</p>
        <div class="content">The new timetable cuts the evening service on line four from every ten minutes to every fifteen, which nobody asked for.</div></div>
        <div class="post"><dl class="postprofile"><dt>commuter</dt><dd>Posts: 12</dd></dl>
        <p class="author">by <strong>commuter</strong> &raquo; 11. Sep 2024, 21:06</p>
        <div class="content">The operator says the change is temporary while the depot is rebuilt, and that the old service returns in spring.</div></div>
        </div></div></div></body></html>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://forum.example.net/viewtopic.php?t=123"));

    [Theory]
    [InlineData("<strong>Joined:</strong> 4. Jul 2012, 16:09")]
    [InlineData("Joined: Wed Jul 04, 2012 4:09 pm")]
    [InlineData("Member since <time datetime=\"2012-07-04T16:09:00Z\">4. Jul 2012, 16:09</time>")]
    [InlineData("Mitglied seit: 04.07.2012, 16:09")]
    public void A_members_join_date_is_not_the_threads(string profile)
    {
        var article = Extract(Thread(string.Empty, profile));

        Assert.Equal(new DateOnly(2024, 9, 11), article.Published?.Date);
    }

    [Fact]
    public void The_sites_clock_in_the_header_is_not_the_threads()
    {
        // The clock shows when the page was served: later than every post below it, which a thread's opening never is.
        var article = Extract(Thread("<div class=\"user\"><time datetime=\"2026-03-05T12:16:19Z\">March 05, 2026, 07:16:19 AM</time></div>", "Joined: 2012"));

        Assert.Equal(new DateOnly(2024, 9, 11), article.Published?.Date);
    }

    [Fact]
    public void A_first_stamp_before_the_replies_is_still_the_opening_posts()
    {
        var article = Extract(Thread("<p>by <strong>railfan</strong> &raquo; 10. Sep 2024, 08:00</p>", "Joined: 2012"));

        Assert.Equal(new DateOnly(2024, 9, 10), article.Published?.Date);
    }
}
