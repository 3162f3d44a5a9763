namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A quotation carries the date of what it quotes: an embedded social post ends with its own date, a quoted message
/// opens with one. Neither dates the article that quotes it.
/// </summary>
public class QuotedDateTests
{
    private static Article Extract(string head, string quote) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Rovers win the derby</title>{head}</head><body><article>
        <h1>Rovers win the derby</h1>
        <p>The home side scored twice in the last ten minutes to win a derby that had looked lost for most of the afternoon.</p>
        {quote}
        <p>The manager praised the substitutes, who changed the game, and said the squad would now rest before the cup tie.</p>
        </article></body></html>
        """, new Uri("https://sport.example.com/rovers-win-the-derby"));

    private const string Tweet = """
        <blockquote class="social-post"><p>What a finish! Three points and the bragging rights.</p>— Rovers FC (@roversfc) <a href="https://social.example.com/roversfc/1">October 31, 2021</a></blockquote>
        """;

    [Fact]
    public void An_embedded_posts_date_gives_way_to_the_metadata()
    {
        var a = Extract("""<meta property="article:published_time" content="2021-11-01T10:52:50+01:00">""", Tweet);

        Assert.Equal("2021-11-01T10:52:50+01:00", a.Published?.ToString());
    }

    [Fact]
    public void An_embedded_posts_date_alone_dates_nothing()
    {
        Assert.Null(Extract(string.Empty, Tweet).Published);
    }

    [Fact]
    public void A_date_line_outside_the_quotation_is_still_read()
    {
        var a = Extract(string.Empty, "<p class=\"dateline\">November 1, 2021</p>" + Tweet);

        Assert.Equal(new DateOnly(2021, 11, 1), a.Published?.Date);
    }
}
