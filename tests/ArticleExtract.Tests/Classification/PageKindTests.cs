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
    public void A_page_of_a_documentation_host_is_documentation_whatever_its_path_says()
    {
        // Issue 10: "topics" names a manual's topic guides on a docs host, not a forum's threads; an undated page at a
        // short address there is a manual's page, not a business's.
        var ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\"}</script>";
        Assert.Equal(PageKind.Documentation, KindOf("", $"<main><h1>Models</h1>{Prose}{Prose}</main>", "https://docs.harbourlib.example/en/2.1/topics/db/models/"));
        Assert.Equal(PageKind.Documentation, KindOf("", $"<main><h1>Write workflows</h1>{Prose}</main>", "https://docs.harbourlib.example/workflows"));
        Assert.Equal(PageKind.Documentation, KindOf(ld, $"<main><h1>Playbooks</h1>{Prose}{Prose}</main>", "https://docs.harbourlib.example/guide/playbooks.html"));
        Assert.Equal(PageKind.Forum, KindOf("", $"<main>{Prose}</main>", "https://docsforum.example/topics/channel-depth"));
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
    public void A_page_declaring_many_products_one_by_one_is_a_listing_and_one_with_a_few_stays_a_product()
    {
        static string Products(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
            $"<div class=\"tile\"><a href=\"/p/{i}\">Deck lamp {i}</a><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Deck lamp {i}\"}}</script></div>"));
        Assert.Equal(PageKind.Listing, KindOf("", $"<main><h1>Deck lamps</h1>{Products(12)}</main>", "https://lamps.example/deck-lamps"));
        Assert.Equal(PageKind.Product, KindOf("", $"<main><h1>Deck lamp</h1>{Prose}{Products(3)}</main>", "https://lamps.example/deck-lamp"));
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

    [Fact]
    public void A_shop_category_is_a_listing_even_when_it_declares_its_products()
    {
        var tiles = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li class=\"tile\"><a href=\"/p/lamp-{i}\">Brass deck lamp model {i}</a><span>$4{i}.00</span></li>"));
        var body = $"<main><h1>Deck lamps</h1><ul class=\"grid\">{tiles}</ul></main>";
        Assert.Equal(PageKind.Listing, KindOf("<meta property=\"og:type\" content=\"product.group\">", body, "https://lamps.example/deck-lamps"));
        var collection = "<script type=\"application/ld+json\">{\"@type\":\"CollectionPage\",\"mainEntity\":{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"Product\",\"name\":\"Lamp\"}]}}</script>";
        Assert.Equal(PageKind.Listing, KindOf(collection, body, "https://lamps.example/deck-lamps"));
        var productsInAList = "<script type=\"application/ld+json\">{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"Product\",\"name\":\"Lamp\"}]}</script>";
        Assert.Equal(PageKind.Listing, KindOf(productsInAList, body, "https://lamps.example/deck-lamps"));
        Assert.Equal(PageKind.Listing, KindOf("", body, "https://lamps.example/product-category/deck-lamps"));
    }

    [Fact]
    public void A_review_or_listicle_that_declares_products_stays_an_article()
    {
        var ld = "<script type=\"application/ld+json\">[{\"@type\":\"Article\",\"headline\":\"The best deck lamps\"},{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"Product\",\"name\":\"Lamp\"}]}]</script>";
        Assert.Equal(PageKind.Article, KindOf(ld, $"<main><article><h1>The best deck lamps</h1>{Prose}{Prose}{Prose}</article></main>", "https://reviews.example/best-deck-lamps"));
        var product = "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Lamp\",\"offers\":{\"@type\":\"Offer\",\"price\":\"40\"}}</script>";
        Assert.Equal(PageKind.Product, KindOf(product, $"<main><h1>Deck lamp</h1>{Prose}</main>", "https://lamps.example/deck-lamp"));
    }

    [Fact]
    public void The_index_of_a_blog_or_a_newsroom_is_a_listing_and_its_posts_are_articles()
    {
        Assert.Equal(PageKind.Listing, KindOf("", $"<main><h1>News</h1>{Prose}</main>", "https://harbour.example/news"));
        Assert.Equal(PageKind.Listing, KindOf("", $"<main><h1>Blog</h1>{Prose}</main>", "https://harbour.example/blog/"));
        Assert.Equal(PageKind.Article, KindOf("", $"<main><h1>Channel works</h1>{Prose}{Prose}{Prose}{Prose}{Prose}</main>", "https://harbour.example/news/channel-works-begin"));
        Assert.Equal(PageKind.Article, KindOf("", $"<main><h1>Channel works</h1>{Prose}{Prose}{Prose}{Prose}{Prose}</main>", "https://harbour.example/2024"));
    }

    [Fact]
    public void A_page_under_a_docs_path_is_documentation_without_code_but_a_guide_needs_code()
    {
        var page = $"<main><h1>Authentication</h1>{Prose}{Prose}{Prose}{Prose}{Prose}</main>";
        Assert.Equal(PageKind.Documentation, KindOf("", page, "https://tools.example/docs/guides/auth"));
        Assert.Equal(PageKind.Article, KindOf("", page, "https://harbour.example/guide/choosing-a-mooring"));
    }

    [Fact]
    public void A_page_of_many_linked_entries_holding_more_text_than_its_prose_is_a_listing_whatever_og_type_says()
    {
        var entries = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<div class=\"entry\"><h3><a href=\"/harbour/story-{i}\">Harbour board story number {i} about the channel</a></h3><p>Short teaser {i}.</p></div>"));
        var head = "<meta property=\"og:type\" content=\"article\">";
        Assert.Equal(PageKind.Listing, KindOf(head, $"<main><h1>Science</h1><div class=\"river\">{entries}</div></main>", "https://harbour.example/sections/science"));

        // The same grid beside an article is its related stories: the article's prose outweighs it.
        var article = string.Concat(Enumerable.Repeat(Prose, 12));
        Assert.Equal(PageKind.Article, KindOf(head, $"<main><article><h1>Channel</h1>{article}</article><aside class=\"more\">{entries}</aside></main>", "https://harbour.example/sections/channel-deepened"));
    }

    [Fact]
    public void A_front_page_of_a_few_linked_headlines_is_a_listing_but_an_article_with_related_links_stays_an_article()
    {
        // Five headlines, each a link with its age beside it: fewer records than a long listing's, but each little
        // more than its title's link, and more text in them than in the page's prose.
        var headlines = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<li class=\"tide-head\"><a href=\"/stories/harbour-board-item-{i}\">Harbour board approves the dredging plan for berth number {i}</a> <span>{i}h</span></li>"));
        var front = $"<main><p>Tide times and harbour news.</p><ul class=\"latest\">{headlines}</ul></main>";
        Assert.Equal(PageKind.Listing, KindOf("", front, "https://harbourtimes.example/"));
        Assert.Equal(PageKind.Listing, KindOf("", front, "https://harbourtimes.example/ferries"));

        // An address that names the page's kind goes first.
        Assert.Equal(PageKind.Forum, KindOf("", front, "https://harbourtimes.example/forum/ferries"));

        // The same links under a story: its paragraphs outweigh them, and it stays an article.
        var story = $"<main><article><h1>Channel works begin</h1>{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}</article><aside><h2>Related</h2><ul class=\"latest\">{headlines}</ul></aside></main>";
        Assert.Equal(PageKind.Article, KindOf("", story, "https://harbourtimes.example/2024/05/channel-works-begin"));
        Assert.Equal(PageKind.Article, KindOf("", story, "https://harbourtimes.example/channel-works-begin-as-board-approves-dredging"));

        // A business's cards with a "Learn more" link each are not links of titles: a service page.
        var cards = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<div class=\"plan\"><h3>Mooring plan {i}</h3><p>A sheltered berth with power and water for boats up to {i + 8} metres.</p><a href=\"/plans/{i}\">Learn more</a></div>"));
        Assert.Equal(PageKind.Service, KindOf("", $"<main><h1>Moorings</h1>{cards}</main>", "https://harbourmarina.example/"));
    }

    [Fact]
    public void A_listing_known_only_by_its_few_linked_headlines_is_titled_as_a_service_page_is_by_its_metadata_title()
    {
        var headlines = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<li class=\"tide-head\"><a href=\"/stories/ferry-timetable-change-{i}\">Ferry timetable changes for the winter crossing number {i}</a> <span>{i}h</span></li>"));
        var page = $"<!DOCTYPE html><html><head><title>Ferry news and timetables</title></head><body><main><h1>All the news that floats</h1><ul class=\"latest\">{headlines}</ul></main></body></html>";
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://harbourtimes.example/ferries"));
        Assert.Equal(PageKind.Listing, article.PageKind);

        // The big heading is a slogan, as on a business's landing page: the page's name is its metadata title.
        Assert.Equal("Ferry news and timetables", article.Title);
    }

    [Fact]
    public void An_undated_unsigned_page_at_a_one_word_address_is_a_service_page_and_a_dated_story_there_an_article()
    {
        var page = $"<main><h1>Dredging</h1>{Prose}{Prose}{Prose}{Prose}{Prose}</main>";
        Assert.Equal(PageKind.Service, KindOf("", page, "https://harbourplans.example/dredging"));
        Assert.Equal(PageKind.Article, KindOf("", page, "https://harbourplans.example/how-we-dredged-the-old-channel"));
        var dated = "<meta property=\"article:published_time\" content=\"2024-03-02T10:00:00Z\">";
        Assert.Equal(PageKind.Article, KindOf(dated, page, "https://harbourplans.example/dredging"));
    }

    [Fact]
    public void An_undated_unsigned_page_of_short_blurbs_at_a_short_address_is_a_service_page_and_running_prose_there_an_article()
    {
        var blurbs = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<h2>Hull care plan {i}</h2><p>Divers clean your hull every month.</p><ul><li>Antifouling check</li><li>Zinc anode swap</li><li>Photo report</li></ul>"));
        var landing = $"<main><h1>Keep your hull clean all season</h1>{blurbs}<p><a href=\"/quote\">Get a free quote</a></p></main>";
        Assert.Equal(PageKind.Service, KindOf("", landing, "https://harbourdivers.example/hulls/boat-hull-cleaning"));

        // The same address with a story's paragraphs, or the blurbs at an address that spells out a headline: articles.
        var story = $"<main><h1>Hull cleaning</h1>{Prose}{Prose}{Prose}{Prose}{Prose}</main>";
        Assert.Equal(PageKind.Article, KindOf("", story, "https://harbourdivers.example/hulls/boat-hull-cleaning"));
        Assert.Equal(PageKind.Article, KindOf("", landing, "https://harbourdivers.example/notes/how-we-keep-hulls-clean-through-a-wet-season"));

        // Dated, it is a story whatever its shape.
        var dated = "<meta property=\"article:published_time\" content=\"2024-03-02T10:00:00Z\">";
        Assert.Equal(PageKind.Article, KindOf(dated, landing, "https://harbourdivers.example/hulls/boat-hull-cleaning"));
    }

    [Fact]
    public void A_landing_page_known_by_its_short_blocks_is_flagged_so_that_it_is_read_as_an_article()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Hull cleaning</title></head><body><main>{Prose}</main></body></html>");
        var shortBlocks = new ArticleExtract.Classification.TextShape(900, 0, 0, 20);
        Assert.Equal(PageKind.Service, ArticleExtract.Classification.PageKindClassifier.Classify(document, new Uri("https://harbourdivers.example/boat-hull-cleaning"), shortBlocks, null, ArticleMetadata.Empty, out var byAddress));
        Assert.True(byAddress);

        // Paragraphs of 150 characters on average are a story's.
        var paragraphs = new ArticleExtract.Classification.TextShape(900, 0, 0, 6);
        Assert.Equal(PageKind.Article, ArticleExtract.Classification.PageKindClassifier.Classify(document, new Uri("https://harbourdivers.example/boat-hull-cleaning"), paragraphs, null, ArticleMetadata.Empty, out _));
    }

    [Fact]
    public void A_service_page_known_only_by_its_address_is_flagged_so_that_it_is_read_as_an_article()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Dredging</title></head><body><main>{Prose}{Prose}{Prose}{Prose}</main></body></html>");
        var undated = ArticleMetadata.Empty;
        var prose = new ArticleExtract.Classification.TextShape(900, 0, 0);

        Assert.Equal(PageKind.Service, ArticleExtract.Classification.PageKindClassifier.Classify(document, new Uri("https://harbourplans.example/dredging"), prose, null, undated, out var byAddress));
        Assert.True(byAddress);

        // A short page or the home page was a service page before the address rule: it is read as one.
        Assert.Equal(PageKind.Service, ArticleExtract.Classification.PageKindClassifier.Classify(document, new Uri("https://harbourplans.example/dredging"), new ArticleExtract.Classification.TextShape(300, 0, 0), null, undated, out byAddress));
        Assert.False(byAddress);
        Assert.Equal(PageKind.Service, ArticleExtract.Classification.PageKindClassifier.Classify(document, new Uri("https://harbourplans.example/"), prose, null, undated, out byAddress));
        Assert.False(byAddress);
    }
}
