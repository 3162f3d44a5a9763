namespace ArticleExtract.Tests.Kinds;

/// <summary>On a thread, each post's time stamp (its permalink, in the attribution line) is read with the post; the dates of a poster's card are not.</summary>
public sealed class PostStampsTests
{
    private static readonly string[] Bodies =
    [
        "We moved the boat to the inner harbour for the winter, and the mooring fees there are twice what we paid on the river. Has anyone found a yard upriver?",
        "Try the yard above the lock: they lift boats up to twelve metres and the pontoons have power all winter, which matters for the heaters.",
        "The yard above the lock is good, but book before October because the spaces go fast every year and they do not keep a waiting list.",
        "Remember the byelaws ask for a second line ashore from November to March for any vessel over ten metres, whatever the forecast says.",
    ];

    private static readonly string[] Stamps = ["Mon Oct 07, 2024 9:12 am", "Mon Oct 07, 2024 11:40 am", "Tue Oct 08, 2024 8:03 pm", "Wed Oct 09, 2024 7:55 am"];

    private static readonly string[] Joined = ["Sat Mar 14, 2015 6:20 pm", "Thu Jun 02, 2011 4:45 pm", "Sun Jan 21, 2018 10:02 am", "Fri Sep 30, 2016 1:30 pm"];

    private static Article Thread()
    {
        var posts = new System.Text.StringBuilder();
        for (var i = 0; i < Bodies.Length; i++)
        {
            posts.Append($"<div id=\"p{i}\" class=\"post bg{i % 2}\"><div class=\"inner\"><dl class=\"postprofile\"><dt><a href=\"/memberlist.php?u={i}\" class=\"username\">member{i}</a></dt>")
                .Append($"<dd class=\"profile-joined\"><strong>Joined:</strong> {Joined[i]}</dd></dl>")
                .Append($"<div class=\"postbody\"><h3><a href=\"#p{i}\">Re: Winter moorings upriver</a></h3>")
                .Append($"<p class=\"author\"><a href=\"/viewtopic.php?p={i}#p{i}\">{Stamps[i]}</a></p>")
                .Append($"<div class=\"content\">{Bodies[i]}</div></div></div></div>");
        }

        return ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Winter moorings upriver</title></head><body><main><h2>Winter moorings upriver</h2><div class=\"topic\">{posts}</div></main></body></html>",
            new Uri("https://boatersforum.example/viewtopic.php?t=4471"));
    }

    [Fact]
    public void Each_posts_time_stamp_is_read_with_it()
    {
        var article = Thread();

        Assert.Equal(PageKind.Forum, article.PageKind);
        foreach (var body in Bodies)
        {
            Assert.Contains(body, article.Body, StringComparison.Ordinal);
        }

        foreach (var stamp in Stamps)
        {
            Assert.Contains(stamp, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_posters_join_dates_are_not_read()
    {
        var article = Thread();

        foreach (var joined in Joined)
        {
            Assert.DoesNotContain(joined, article.Body, StringComparison.Ordinal);
        }
    }
}
