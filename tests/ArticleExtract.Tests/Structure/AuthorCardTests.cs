namespace ArticleExtract.Tests.Structure;

/// <summary>
/// The writer's card that closes an article without markup of its own: the writer's picture, name and role
/// ("Contributing Writer", "Editor in Chief", "Jane Doe Senior Project Manager").
/// </summary>
public sealed class AuthorCardTests
{
    private const string Closing = TestPages.Closing;

    private static Article Extract(string tail, string author = "Mara Lindqvist", string lang = "en") =>
        TestPages.SignedArticleEndingWith(tail, author, lang);

    [Theory]
    [InlineData("en", "Contributing Writer")]
    [InlineData("en", "Editor in Chief")]
    [InlineData("en", "Editor, Transport Desk")]
    [InlineData("en", "Senior Project Manager | City Herald")]
    [InlineData("de", "Freie Redakteurin")]
    [InlineData("fr", "Journaliste")]
    [InlineData("es", "Periodista")]
    public void The_role_line_of_the_writers_card_is_dropped(string lang, string role)
    {
        var card = $"<div><img src=\"/img/mara.jpg\" alt=\"\"><p>Mara Lindqvist</p><p>{role}</p></div>";
        var article = Extract(card, lang: lang);
        Assert.DoesNotContain(role, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Mara Lindqvist", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_sentence_that_names_a_role_stays()
    {
        const string sentence = "The plan now goes to the city's transport director";
        var article = Extract($"<p>{sentence}.</p>");
        Assert.Contains(sentence, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_line_early_in_the_article_stays()
    {
        const string role = "Project Manager";
        var html = TestPages.Article($"<p>{role}</p><p>{Closing}</p><p>The test ride took forty minutes from the depot to the hospital stop and back again.</p><p>Engineers measured the noise at every stop along the route.</p>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(role, article.Body, StringComparison.Ordinal);
    }
}
