namespace ArticleExtract.Tests.Kinds;

/// <summary>On a thread, each post's poster (the link heading the post) is read with the post, even when the post's attribution line reads as a byline; what else that line holds stays out.</summary>
public sealed class PostNamesTests
{
    private static readonly string[] Bodies =
    [
        "Our allotment society wants to put a rainwater tank on the shed roof. Has anyone here fitted one, and did the gutter take the weight once it was full?",
        "We fitted a thousand-litre tank two years ago. Brace the gutter every half metre and fit a diverter, or the first autumn storm pulls the whole run off the fascia.",
        "A diverter is the right call. Ours also has a mesh filter at the downpipe, because leaves from the oak next door blocked the inlet within a week of fitting it.",
        "Thanks both, we will order the diverter and the filter together and brace the gutter before the tank arrives next month. I will post photographs when it is done.",
    ];

    private static readonly string[] Posters = ["greenfingers", "plot_twelve", "oakshade", "greenfingers"];

    /// <summary>A thread whose posts are headed by a meta line (classed as article metadata) holding the poster's link, the date and a counter link.</summary>
    private static Article Thread()
    {
        var posts = new System.Text.StringBuilder();
        for (var i = 0; i < Bodies.Length; i++)
        {
            posts.Append($"<div id=\"post_{i + 1}\" class=\"topic-post\"><div class=\"post-meta\">")
                .Append($"<a class=\"avatar\" href=\"/u/{Posters[i]}\"><img src=\"/avatars/{Posters[i]}.png\" alt=\"\"></a>")
                .Append($"<span class=\"creator\"><a href=\"/u/{Posters[i]}\">{Posters[i]}</a></span> ")
                .Append($"<span class=\"post-date\">March {4 + i}, 2024</span> ")
                .Append($"<a class=\"post-number\" href=\"/t/rainwater-tank/8812/{i + 1}\">Post {i + 1} of {Bodies.Length}</a></div>")
                .Append($"<div class=\"cooked\"><p>{Bodies[i]}</p></div></div>");
        }

        return ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Rainwater tank on the shed roof</title></head><body><main><h1>Rainwater tank on the shed roof</h1><div class=\"topic-posts\">{posts}</div></main></body></html>",
            new Uri("https://allotments.example/t/rainwater-tank/8812"));
    }

    [Fact]
    public void Each_posts_poster_is_read_before_it_and_named_again_when_they_write_again()
    {
        var article = Thread();

        Assert.Equal(PageKind.Forum, article.PageKind);
        var lines = article.Body.Split("\n\n");
        for (var i = 0; i < Bodies.Length; i++)
        {
            var at = Array.IndexOf(lines, Bodies[i]);
            Assert.True(at > 0, $"post {i + 1} is read as its own paragraph");
            Assert.Equal(Posters[i], lines[at - 1]);
        }
    }

    [Fact]
    public void The_counter_and_the_rest_of_the_attribution_line_stay_out()
    {
        var article = Thread();

        Assert.DoesNotContain("Post 2 of 4", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("March 5, 2024", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_a_posts_text_is_no_header()
    {
        // The second post names a member in its opening sentence, before any header link: no line is lifted for it.
        var html = $"<!DOCTYPE html><html><head><title>Seed swap</title></head><body><main><h1>Seed swap</h1><div class=\"posts\">"
            + string.Concat(Bodies.Select((body, i) => $"<div class=\"post\"><p>Thanks <a href=\"/u/member{i}\">member{i}</a>, {body}</p></div>"))
            + "</div></main></body></html>";
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://allotments.example/t/seed-swap/77"));

        foreach (var line in article.Body.Split("\n\n"))
        {
            Assert.DoesNotMatch("^member[0-9]$", line);
        }
    }
}
