namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// A heading whose class says "header" (a newsletter platform's anchor-link headings, an accordion's headers) is
/// the article's heading; the page's own masthead, heading and all, is still left out.
/// </summary>
public sealed class HeadingClassWordTests
{
    private static readonly Uri Url = new("https://quietharbour.example/p/three-habits-of-calm-teams");

    private const string Masthead = "Quiet Harbour Weekly, letters on work and craft";

    private static readonly string[] Headings = ["Habit one: write it down first", "Habit two: fewer meetings, shorter ones", "Habit three: finish before you start"];

    private static readonly string[] Paragraphs =
    [
        "Calm teams decide in writing. A short note before a meeting lets everyone think at their own pace and arrive with an opinion.",
        "Most meetings can be half as long if they end when the decision is made, and many can be a message that people answer in their own time.",
        "Work in progress is a cost. Teams that finish one thing before they pick up the next ship sooner and argue less about priorities.",
    ];

    private static string Page()
    {
        var sections = string.Concat(Headings.Select((h, i) =>
            $"<h2 class=\"header-anchor-post\">{h}<div class=\"header-anchor-parent\"><button aria-label=\"Link\"></button></div></h2><p>{Paragraphs[i]}</p>"));
        return $$"""
            <!DOCTYPE html><html lang="en"><head><title>Three habits of calm teams</title></head>
            <body><div class="site-header"><h2 class="publication-name">{{Masthead}}</h2><a href="/subscribe">Subscribe</a></div>
            <div class="post"><h1>Three habits of calm teams</h1><div class="body markup">{{sections}}</div></div>
            <div class="footer"><p>Quiet Harbour, unsubscribe any time.</p></div></body></html>
            """;
    }

    [Fact]
    public void Headings_named_header_stay_with_their_sections()
    {
        var article = ArticleExtractor.Default.Extract(Page(), Url);
        var headings = article.Sections.Select(s => s.Heading).ToList();
        foreach (var h in Headings)
        {
            Assert.Contains(h, headings);
        }

        Assert.DoesNotContain(Masthead, article.Body, StringComparison.Ordinal);
    }
}
