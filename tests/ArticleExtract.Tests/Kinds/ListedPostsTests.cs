namespace ArticleExtract.Tests.Kinds;

/// <summary>A thread printed as a list, one post to an item, is read post by post, each paragraph on its own; a topic page's list of teasers stays a list.</summary>
public sealed class ListedPostsTests
{
    private static readonly string[][] Posts =
    [
        ["Our village hall needs a new boiler before the winter, and the committee has two quotes that differ by almost half.", "Has anyone here had a condensing boiler fitted in a hall of a similar size, and was the cheaper installer any good?"],
        ["We had one fitted in our church hall three years ago. Ask both installers for the heat loss calculation they used.", "The cheaper quote often leaves out the flue and the magnetic filter, which then come back as extras on the invoice."],
        ["Check whether the hall can claim the community energy grant first. It paid a third of our costs last year.", "The application takes about six weeks, so start it before you sign anything with either installer."],
        ["Thank you all. We will ask for the heat loss figures and apply for the grant at the next committee meeting.", "I will report back here once the boiler is in and we have seen the first quarter's gas bill."],
    ];

    private static readonly string[] Posters = ["hallkeeper", "vicarage_vic", "greengrant", "hallkeeper"];

    private static Article Thread()
    {
        var items = new System.Text.StringBuilder();
        for (var i = 0; i < Posts.Length; i++)
        {
            items.Append($"<li class=\"postbit\" id=\"post{i}\"><div class=\"posthead\"><a class=\"username\" href=\"/member.php?u={i}\"><strong>{Posters[i]}</strong></a></div>")
                .Append($"<div class=\"postbody\"><div class=\"postcontent\"><p>{Posts[i][0]}</p><p>{Posts[i][1]}</p></div></div></li>");
        }

        return ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>New boiler for the village hall</title></head><body><div id=\"content\"><h1>New boiler for the village hall</h1><ol id=\"posts\" class=\"posts\">{items}</ol></div></body></html>",
            new Uri("https://communityforum.example/showthread.php?t=5521"));
    }

    [Fact]
    public void Each_post_of_a_listed_thread_is_read_as_its_paragraphs()
    {
        var article = Thread();

        Assert.Equal(PageKind.Forum, article.PageKind);
        foreach (var post in Posts)
        {
            Assert.Contains($"{post[0]}\n\n{post[1]}", article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_listed_post_is_headed_by_its_poster()
    {
        var lines = Thread().Body.Split("\n\n");

        for (var i = 0; i < Posts.Length; i++)
        {
            var at = Array.IndexOf(lines, Posts[i][0]);
            Assert.True(at > 0, $"post {i + 1} opens a paragraph");
            Assert.Equal(Posters[i], lines[at - 1]);
        }
    }

    [Fact]
    public void A_topic_pages_list_of_teasers_led_by_headlines_stays_a_list()
    {
        string[] headlines = ["Regulators open three cloud probes", "Two hyperscalers link their networks", "Chip maker posts record sales", "Bank hires a chief of AI agents"];
        var items = string.Concat(headlines.Select((headline, i) =>
            $"<li class=\"feed-item\"><h3><a href=\"/news/story-{i}/\">{headline}</a></h3><p>{Posts[i][0]} {Posts[i][1]}</p></li>"));
        var article = ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Latest cloud news</title></head><body><main><h1>Latest cloud news</h1><ul class=\"feed\">{items}</ul></main></body></html>",
            new Uri("https://technews.example/topic/cloud/"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        for (var i = 0; i < headlines.Length; i++)
        {
            // One entry each: the headline and its summary read together, as the list shows them.
            Assert.Contains($"{headlines[i]} {Posts[i][0]}", article.Body, StringComparison.Ordinal);
        }
    }
}
