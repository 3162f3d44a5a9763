namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Forum templates that put a thread's opening post inside the container of its replies: that post's date is the
/// thread's, while the replies' dates stay unread.
/// </summary>
public class OpeningPostDateTests
{
    private static string Thread(string openingClass) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Smoking a brisket overnight - Pit Forum</title></head><body>
        <main><h1>Smoking a brisket overnight</h1>
        <div id="topicAndRepliesContainer">
        <article class="post-box {openingClass}"><div class="post-body">I want to start a fourteen-pound brisket at midnight so it is ready for a lunch party. Is holding it in a cooler for three hours safe?</div>
        <div class="post-meta"><time datetime="2011-03-14T23:40:00">3/14/11 11:40 PM</time></div></article>
        <article class="post-box reply"><div class="post-body">Three hours wrapped in towels in a cooler is fine; it will still be too hot to handle when you slice it.</div>
        <div class="post-meta"><time datetime="2011-03-16T08:05:00">3/16/11 8:05 AM</time></div></article>
        </div></main></body></html>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://pits.example.net/topic/brisket-overnight"));

    [Fact]
    public void The_opening_post_inside_the_replies_container_dates_the_thread()
    {
        Assert.Equal(new DateOnly(2011, 3, 14), Extract(Thread("original-topic-post")).Published?.Date);
    }

    [Fact]
    public void Without_a_marked_opening_post_the_replies_container_stays_unread()
    {
        Assert.Null(Extract(Thread("topic-post")).Published);
    }
}
