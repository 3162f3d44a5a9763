namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Chrome left in an article's flow whose markup says nothing: a script's loading placeholder, a newsletter platform's
/// empty comment section, a prompt to pin the post's picture, a Webflow form's hidden thank-you and error messages, and
/// a script's error notice ending in a plea to try again.
/// </summary>
public sealed class PlaceholderChromeTests
{
    private static readonly Uri Url = new("https://news.example.com/2024/tram");

    [Theory]
    [InlineData("en", "Loading prices for your region…")]
    [InlineData("en", "Loading paragraph...")]
    [InlineData("de", "Wird geladen …")]
    [InlineData("fr", "Chargement des commentaires...")]
    [InlineData("es", "Cargando mapa…")]
    public void A_loading_placeholder_is_dropped(string lang, string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>", lang: lang), Url);
        TestPages.AssertOnlyArticle(article, line);
    }

    [Theory]
    [InlineData("Loading the trams onto the barge took the crew most of the night...")]
    [InlineData("Loading times at the depot")]
    public void A_sentence_or_a_heading_about_loading_stays(string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>"), Url);
        Assert.Contains(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "<p>Oops! Something went wrong. Please try again.</p>", "Something went wrong")]
    [InlineData("en", "<p>There was a problem loading the map. Please try again later.</p>", "problem loading the map")]
    [InlineData("en", "<h3>Oops! Something went wrong. Please try again.</h3>", "Something went wrong")]
    [InlineData("de", "<p>Da ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.</p>", "etwas schiefgelaufen")]
    [InlineData("fr", "<p>Une erreur est survenue. Veuillez réessayer.</p>", "Une erreur est survenue")]
    public void A_scripts_error_notice_is_dropped(string lang, string block, string words)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article(block, lang: lang), Url);
        TestPages.AssertOnlyArticle(article, words);
    }

    [Theory]
    [InlineData("If the ticket machine at the stop rejects your card, wait a minute for its reader to reset, then please try again.")]
    [InlineData("Sorry, try again.")]
    [InlineData("Please try again next year, the organisers said.")]
    public void Advice_to_try_again_in_the_article_stays(string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>"), Url);
        Assert.Contains(line, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_comment_section_under_the_post_is_dropped()
    {
        const string section = "<div id=\"discussion\"><h4>Discussion about this post</h4><div><p>No posts</p></div></div>";
        var article = ArticleExtractor.Default.Extract(TestPages.Article(section), Url);
        TestPages.AssertOnlyArticle(article, "Discussion about this post", "No posts");
    }

    [Theory]
    [InlineData("en", "Pin it for later!")]
    [InlineData("en", "PIN FOR LATER")]
    [InlineData("de", "Jetzt pinnen")]
    public void A_prompt_to_pin_the_picture_is_dropped(string lang, string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>", lang: lang), Url);
        TestPages.AssertOnlyArticle(article, line);
    }

    [Fact]
    public void A_webflow_forms_hidden_messages_are_dropped()
    {
        const string form = """
            <div class="form-block w-form"><form id="demo-form"><input type="email" name="email"><input type="submit" value="Send"></form>
            <div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
            <div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>
            """;
        var article = ArticleExtractor.Default.Extract(TestPages.Article(form), Url);
        TestPages.AssertOnlyArticle(article, "submission has been received", "Something went wrong");
    }

    [Theory]
    [InlineData("[Applause]")]
    [InlineData("[Editor's note: the vote was postponed to March.]")]
    public void A_bracketed_note_stays(string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>"), Url);
        Assert.Contains(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Up Next")]
    [InlineData("en", "More Like This")]
    [InlineData("en", "Related reads:")]
    [InlineData("de", "Das könnte dich auch interessieren")]
    [InlineData("pl", "Może cię zainteresować")]
    public void A_recirculation_label_left_alone_is_dropped(string lang, string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>", lang: lang), Url);
        TestPages.AssertOnlyArticle(article, line);
    }
}
