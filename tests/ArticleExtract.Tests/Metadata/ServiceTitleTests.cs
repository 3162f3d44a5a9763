namespace ArticleExtract.Tests.Metadata;

/// <summary>A service or landing page is named by its metadata title; its big heading is a slogan.</summary>
public sealed class ServiceTitleTests
{
    private const string Pitch =
        "<p>Design campaigns in minutes with templates your brand team approves, send them when each subscriber is most likely to read, and see which lines brought people back to your shop.</p>"
        + "<p>Connect the store you already run and every order flows into the audience it came from, so a welcome series, a birthday offer and a win-back message all write themselves.</p>";

    private static string Page(string title, string heading) => $"""
        <html><head><title>{title}</title><meta property="og:title" content="{title}"></head><body>
        <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav></header>
        <main><section class="hero"><h1>{heading}</h1><p><a href="/signup">Start free</a></p></section>
        <section>{Pitch}</section></main>
        <footer><p>© Postbird Ltd</p></footer></body></html>
        """;

    [Fact]
    public void A_landing_pages_slogan_gives_way_to_its_metadata_title()
    {
        var article = ArticleExtractor.Default.Extract(
            Page("Email Marketing Software | Postbird", "Email marketing software you can count on"),
            new Uri("https://postbird.example/email-marketing"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Equal("Email Marketing Software", article.Title);
        Assert.Null(article.MetaTitle);
        Assert.DoesNotContain("count on", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_landing_pages_short_heading_gives_way_to_the_metadata_title_that_says_it_whole()
    {
        var article = ArticleExtractor.Default.Extract(
            Page("Newsletter Software for Independent Shops | Postbird", "Newsletter Software"),
            new Uri("https://postbird.example/newsletter"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Equal("Newsletter Software for Independent Shops", article.Title);
        Assert.Null(article.MetaTitle);
    }

    [Fact]
    public void An_articles_shown_headline_still_wins_over_its_metadata_title()
    {
        const string Html = """
            <html><head><title>Tides twice a day: the tide tables explained - Coast Weekly</title>
            <meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
            <body><article><h1>Why the tide comes in twice a day</h1><p class="byline">By Mara Quill</p>
            <p>The moon pulls the ocean towards it, and the earth, pulled too, leaves a second bulge of water on its far side, so every stretch of coast passes under two high waters a day.</p>
            <p>The sun adds a smaller pull of its own: when it lines up with the moon the tides run high, and when the two pull at right angles the difference between high and low water shrinks.</p>
            </article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(Html, new Uri("https://coastweekly.example/2024/05/02/tides"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Equal("Why the tide comes in twice a day", article.Title);
        Assert.Equal("Tides twice a day: the tide tables explained", article.MetaTitle);
    }
}
