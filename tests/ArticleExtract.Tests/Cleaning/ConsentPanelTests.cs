namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// A consent manager's preference centre (every purpose explained in a paragraph of its own) can hold more running
/// text than a short page's own; its vendor name still makes it noise, never the wrapper of the page's text.
/// </summary>
public sealed class ConsentPanelTests
{
    private const string Post = "I replaced the fan in my old desktop case last week and now the front panel lights stay dark after boot, although the fans spin and the board shows its usual colours.";
    private const string Reply = "Check that the small three-pin lighting cable is plugged into the header next to the memory slots; it often comes loose when a fan is swapped, and the lights then stay off.";

    private static string Purpose(string name) =>
        $"<h4>{name}</h4><p>These technologies help us and our partners understand how visitors use the site, which pages they open "
        + "and how long they stay. They may set identifiers on your device that are read again on later visits to measure and improve "
        + "the service.</p>";

    private static string Page(string consentId) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Front panel lights stay dark</title></head>
        <body>
        <header><a href="/">Builders' Corner</a></header>
        <main>
        <h1>Front panel lights stay dark</h1>
        <div class="thread"><p>{Post}</p><p>{Reply}</p></div>
        </main>
        <footer><p>© 2025 Builders' Corner</p></footer>
        <div id="{consentId}">
        <div class="pc-centre"><h3>Privacy preference centre</h3>
        {Purpose("Strictly necessary")}{Purpose("Performance")}{Purpose("Functional")}{Purpose("Targeting")}{Purpose("Social media")}
        <button>Confirm my choices</button></div>
        </div>
        </body></html>
        """;

    [Theory]
    [InlineData("onetrust-consent-sdk")]
    [InlineData("cookiebot-dialog")]
    public void A_preference_centre_larger_than_the_page_stays_noise(string consentId)
    {
        var article = ArticleExtractor.Default.Extract(Page(consentId), new Uri("https://builders.example/t/front-panel-lights"));

        Assert.Contains("front panel lights stay dark after boot", article.Body, StringComparison.Ordinal);
        Assert.Contains("three-pin lighting cable", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("partners", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Strictly necessary", article.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// The posts of a thread inside the engine's moderation form and comment-marked frames: the first reading finds
    /// no running text outside noise, and the guard reads the page again with class words ignored. There the vendor
    /// name no longer counts, and the preference centre's role (a dialog) is all that tells it apart: a dialog lies
    /// over the page and never wraps it, however much of the page's text it holds.
    /// </summary>
    [Fact]
    public void A_dialog_is_never_taken_for_the_wrapper_of_a_thread_in_a_form()
    {
        var page = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Front panel lights stay dark</title></head>
            <body>
            <main>
            <h1>Front panel lights stay dark</h1>
            <form action="/moderate" method="post">
            <article class="comment post"><div class="comment-content"><p>{Post}</p></div></article>
            <article class="comment post"><div class="comment-content"><p>{Reply}</p></div></article>
            </form>
            </main>
            <div id="onetrust-consent-sdk"><div role="dialog" aria-modal="true" class="pc-centre">
            <h3>Privacy preference centre</h3>
            {Purpose("Strictly necessary")}{Purpose("Performance")}{Purpose("Functional")}{Purpose("Targeting")}{Purpose("Social media")}
            <button>Confirm my choices</button></div></div>
            </body></html>
            """;

        var article = ArticleExtractor.Default.Extract(page, new Uri("https://builders.example/t/front-panel-lights"));

        Assert.DoesNotContain("partners", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Strictly necessary", article.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A dialog that holds an article container is the article opened over its listing (a feed that opens a story
    /// in a modal): it still wraps the page's text.
    /// </summary>
    [Fact]
    public void An_article_opened_in_a_dialog_is_read()
    {
        var page = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Front panel lights stay dark</title></head>
            <body>
            <ul class="feed"><li><a href="/t/1">Front panel lights stay dark</a></li><li><a href="/t/2">Fan curve resets</a></li></ul>
            <div role="dialog" aria-modal="true" class="story-modal">
            <article><h1>Front panel lights stay dark</h1><p>{Post}</p><p>{Reply}</p><p>{Post} Again.</p></article>
            </div>
            </body></html>
            """;

        var article = ArticleExtractor.Default.Extract(page, new Uri("https://builders.example/t/front-panel-lights"));

        Assert.Contains("front panel lights stay dark after boot", article.Body, StringComparison.Ordinal);
        Assert.Contains("three-pin lighting cable", article.Body, StringComparison.Ordinal);
    }
}
