namespace ArticleExtract.Tests.Content;

/// <summary>A feed widget under the post ("recent posts" read from the site's own RSS) lists other pages: its excerpts are not the article's.</summary>
public sealed class FeedWidgetTests
{
    private static readonly Uri Url = new("https://ledgerline.example/blog/what-changed-in-payroll-rules");

    private static readonly string[] Paragraphs =
    [
        "Payroll rules changed in three ways this year, and most small employers will notice only one of them on their first pay run.",
        "The threshold for reporting contractor payments rose, so fewer one-off jobs need a separate form at the end of the year.",
        "Overtime records must now be kept for four years instead of three, in a form an inspector can read without special software.",
        "Finally, the deadline for correcting a filed return moved to the end of the following quarter, which leaves more time to fix mistakes.",
        "None of this needs new software, but it is worth checking that your current tool keeps records long enough and exports them cleanly.",
    ];

    private static readonly string[] Excerpts =
    [
        "Our yearly look at the filing calendar, with the dates that matter for companies that pay staff every two weeks.",
        "What a growing team should know before hiring its first employee in another state, from registration to local taxes.",
        "Five habits of finance teams that close their books on time every month, and the checklists they use to get there.",
    ];

    [Fact]
    public void Recent_posts_from_the_feed_widget_are_left_out()
    {
        var items = string.Concat(Excerpts.Select((x, i) =>
            $"<div class=\"rss-item\"><div class=\"rss-title\"><h6><a href=\"/blog/post-{i}\">Another post number {i + 1}</a></h6></div><div class=\"rss-txt\"><p><em>{x}</em></p></div></div>"));
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>What changed in payroll rules</title></head>
            <body><div class="body-container">
            <div class="row"><div class="blog-post"><h1>What changed in payroll rules</h1><div class="post-body">{{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}}</div></div></div>
            <div class="row"><div class="rss-wrap"><h3>Latest from the blog</h3><div class="rss-recent">{{items}}</div></div></div>
            </div><footer><p>Ledgerline Payroll Ltd.</p></footer></body></html>
            """;
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var p in Paragraphs)
        {
            Assert.Contains(p, body, StringComparison.Ordinal);
        }

        foreach (var x in Excerpts)
        {
            Assert.DoesNotContain(x, body, StringComparison.Ordinal);
        }
    }
}
