namespace ArticleExtract.Tests.Classification;

/// <summary>Article.PageKind: articles, threads, products, listings, documentation and service pages told apart.</summary>
public sealed class PageKindTests
{
    private const string Prose = "<p>The harbour board approved a plan to deepen the main channel so that larger ferries can dock in winter storms, and fishermen asked that the work avoid the spawning weeks.</p>";

    private static PageKind KindOf(string head, string body, string url) =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html><head><title>Page</title>{head}</head><body>{body}</body></html>", new Uri(url)).PageKind;

    [Fact]
    public void A_news_story_is_an_article()
    {
        Assert.Equal(PageKind.Article, ArticleExtractor.Default.Extract(TestPages.Article(), new Uri("https://cityherald.example/2024/05/trams")).PageKind);
    }

    [Fact]
    public void A_thread_from_a_forum_engine_is_a_forum()
    {
        Assert.Equal(PageKind.Forum, KindOf("<meta name=\"generator\" content=\"Discourse 3.2\">", $"<main><h1>Channel depth?</h1>{Prose}{Prose}</main>", "https://talk.example/t/channel-depth/123"));
        Assert.Equal(PageKind.Forum, KindOf("", $"<main>{Prose}</main>", "https://boards.example/forums/harbour/thread-77"));
    }

    [Fact]
    public void A_declared_product_is_a_product_even_with_a_long_description()
    {
        var ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Deck lamp\"}</script>";
        Assert.Equal(PageKind.Product, KindOf(ld, $"<main><h1>Deck lamp</h1>{Prose}{Prose}{Prose}</main>", "https://lamps.example/deck-lamp"));
    }

    [Fact]
    public void A_category_path_or_a_declared_collection_is_a_listing()
    {
        var links = string.Concat(Enumerable.Range(1, 10).Select(i => $"<li><a href=\"/item/{i}\">Harbour lamp model number {i} in brass</a></li>"));
        Assert.Equal(PageKind.Listing, KindOf("", $"<main><ul>{links}</ul></main>", "https://lamps.example/category/outdoor"));
        Assert.Equal(PageKind.Listing, KindOf("<script type=\"application/ld+json\">{\"@type\":\"CollectionPage\"}</script>", $"<main><h1>Lamps</h1><ul>{links}</ul></main>", "https://lamps.example/outdoor-lamps"));
    }

    [Fact]
    public void Pages_with_code_under_a_docs_path_are_documentation()
    {
        static string Code(int i) => $"<pre><code>harbour survey --channel {i} --depth 12 --report depth-{i}.csv</code></pre>";
        Assert.Equal(PageKind.Documentation, KindOf("", $"<main><h1>CLI</h1>{Prose}{Code(1)}{Prose}{Code(2)}</main>", "https://tools.example/docs/cli"));
        Assert.Equal(PageKind.Documentation, KindOf("", $"<main><h1>CLI</h1>{Prose}{Code(1)}{Prose}{Code(2)}{Prose}{Code(3)}</main>", "https://tools.example/cli"));
    }

    [Fact]
    public void A_business_home_page_with_little_prose_is_a_service_page()
    {
        Assert.Equal(PageKind.Service, KindOf("", "<main><h1>Harbour consulting</h1><p>We plan ports.</p><p>Call us today.</p></main>", "https://harbourplans.example/"));
        Assert.Equal(PageKind.Service, KindOf("", $"<main><h1>Dredging</h1>{Prose}</main>", "https://harbourplans.example/services/dredging"));
    }

    [Fact]
    public void The_kind_is_in_the_json_and_IsProbablyArticle_agrees_with_it()
    {
        var ld = "<script type=\"application/ld+json\">{\"@type\":\"Product\"}</script>";
        var page = $"<!DOCTYPE html><html><head><title>Lamp</title>{ld}</head><body><main>{string.Concat(Enumerable.Repeat(Prose, 8))}</main></body></html>";
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://lamps.example/deck-lamp"));
        Assert.Contains("\"pageKind\":\"product\"", article.ToJson(), StringComparison.Ordinal);
        Assert.False(ArticleExtractor.IsProbablyArticle(page));
        Assert.True(ArticleExtractor.IsProbablyArticle(page.Replace(ld, "", StringComparison.Ordinal)));
    }
}
