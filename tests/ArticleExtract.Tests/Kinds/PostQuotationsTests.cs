namespace ArticleExtract.Tests.Kinds;

/// <summary>On a thread, a quotation framed in an <c>&lt;aside&gt;</c> inside a post is the passage the reply answers, not a sidebar: read when it comes from elsewhere, dropped when it repeats an earlier post.</summary>
public sealed class PostQuotationsTests
{
    private const string Opening = "Our club is moving the Saturday ride to seven in the morning for the summer. Does anyone know whether the cafe at the reservoir opens that early?";
    private const string Elsewhere = "Riders on club runs must carry a spare tube, a pump and a phone, and the ride leader may turn back anyone who does not.";
    private const string Reply = "It opens at half seven on weekends from May. And remember the rule from the handbook thread, which applies to early rides too.";
    private const string Answer = "Thanks, half seven works: we can have the first coffee stop there and still be home before the roads get busy in the afternoon.";
    private const string Last = "Agreed. I will post the route on Friday evening, with the reservoir as the first stop and the climb over the moor after it.";

    private static string Post(int n, string poster, string body) =>
        $"<div id=\"post_{n}\" class=\"crawler-post\"><div class=\"crawler-post-meta\"><span class=\"creator\"><a href=\"/u/{poster}\">{poster}</a></span></div><div class=\"post\">{body}</div></div>";

    private static string Quote(string source, string text) =>
        $"<aside class=\"quote\"><div class=\"title\">{source}</div><blockquote><p>{text}</p></blockquote></aside>";

    private static Article Thread() => ArticleExtractor.Default.Extract(
        "<!DOCTYPE html><html><head><title>Early Saturday rides</title></head><body><main><h1>Early Saturday rides</h1><div class=\"posts\">"
        + Post(1, "spokes", $"<p>{Opening}</p>")
        + Post(2, "climber", $"<p>{Reply}</p>{Quote("Club handbook", Elsewhere)}<p>{Reply.Replace("It opens", "The cafe opens", StringComparison.Ordinal)}</p>")
        + Post(3, "spokes", $"{Quote("climber:", Reply)}<p>{Answer}</p>")
        + Post(4, "leader", $"<p>{Last}</p>")
        + "</div></main></body></html>",
        new Uri("https://cyclingclub.example/t/early-saturday-rides/318"));

    [Fact]
    public void A_passage_quoted_from_elsewhere_is_read_with_the_reply()
    {
        var article = Thread();

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Contains(Elsewhere, article.Body, StringComparison.Ordinal);
        Assert.Contains(Answer, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_repeating_an_earlier_post_is_read_once()
    {
        var article = Thread();

        Assert.Equal(1, CountOf(article.Body, Reply));
    }

    private static int CountOf(string text, string part)
    {
        var (count, at) = (0, text.IndexOf(part, StringComparison.Ordinal));
        for (; at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
