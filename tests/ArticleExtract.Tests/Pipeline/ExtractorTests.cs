namespace ArticleExtract.Tests.Pipeline;

public sealed class ExtractorTests
{
    [Fact]
    public void A_page_with_no_article_gives_an_empty_result_not_an_exception()
    {
        const string Index = """
            <html><head><title>City Herald - Home</title></head><body>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
            <ul class="teasers"><li><a href="/a">Council approves tram extension</a></li><li><a href="/b">Mayor resigns after budget row</a></li><li><a href="/c">Bus fares to rise next year</a></li></ul>
            <footer>© City Herald</footer></body></html>
            """;
        var article = ArticleExtractor.Default.Extract(Index);
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
        Assert.False(article.HasContent);
        Assert.Equal("", article.Body);
        Assert.Equal("City Herald - Home", article.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")]
    public void Degenerate_input_gives_no_article(string html)
    {
        var article = ArticleExtractor.Default.Extract(html);
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void Plain_text_is_its_own_article()
    {
        var article = ArticleExtractor.Default.Extract("just some plain text without any markup");
        Assert.Equal("just some plain text without any markup", article.Body);
    }

    [Fact]
    public void Null_input_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleExtractor.Default.Extract((string)null!));
        Assert.Throws<ArgumentNullException>(() => ArticleExtractor.Default.Extract((Stream)null!));
    }

    [Fact]
    public void Input_over_the_size_limit_throws_the_documented_exception()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = 100 });
        var ex = Assert.Throws<ExtractionLimitException>(() => extractor.Extract(new string('a', 101)));
        Assert.Equal(ExtractionLimit.InputLength, ex.Limit);
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_extractor_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxElements = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.Zero }));
    }

    [Fact]
    public void A_cancelled_token_cancels()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(TestPages.Article(), cancellationToken: cts.Token));
    }

    [Fact]
    public void Relative_links_and_images_are_resolved_against_the_page_url()
    {
        var html = TestPages.Article("<p>See the <a href=\"/plans/tram.pdf\">full plan</a> published by the authority for all the details of the route.</p><figure><img src=\"/img/tram.jpg\" alt=\"A tram\"><figcaption>The new trams</figcaption></figure>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://cityherald.example/news/trams"));
        var blocks = article.Sections.SelectMany(s => s.Blocks).ToList();
        var link = blocks.OfType<ParagraphBlock>().SelectMany(p => p.Inlines).Single(i => i.IsLink);
        Assert.Equal("https://cityherald.example/plans/tram.pdf", link.Href);
        var image = Assert.Single(blocks.OfType<ImageBlock>());
        Assert.Equal("https://cityherald.example/img/tram.jpg", image.Source);
        Assert.Equal("The new trams", image.Caption);
        Assert.DoesNotContain("The new trams", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_in_neighbouring_elements_are_never_glued()
    {
        var html = TestPages.Article("<div><span>Omar</span><div>Ilhan</div></div><p>first line of the quote<br>second line of the quote</p>");
        var body = ArticleExtractor.Default.Extract(html).Body;
        Assert.DoesNotContain("OmarIlhan", body, StringComparison.Ordinal);
        Assert.Contains("first line of the quote\nsecond line of the quote", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_extractor_can_be_reused_and_gives_the_same_result()
    {
        var first = ArticleExtractor.Default.Extract(TestPages.Article()).ToJson();
        var second = ArticleExtractor.Default.Extract(TestPages.Article()).ToJson();
        Assert.Equal(first, second);
    }
}

public sealed class LanguageAndShapeTests
{
    [Fact]
    public void Short_chinese_lines_are_running_text()
    {
        const string Line1 = "一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。";
        const string Line2 = "玉峰道路一路上雲氣山嵐滯留山頭，順路下切蜿蜒道路後不久即抵達玉峰國小。";
        var html = $"<html><body><div class=\"menu\"><a href=\"/\">首頁</a></div><div class=\"post\"><p>{Line1}</p><p>{Line2}</p></div></body></html>";
        Assert.Equal($"{Line1}\n\n{Line2}", ArticleExtractor.Default.Extract(html).Body);
    }

    [Fact]
    public void A_section_id_made_from_heading_words_is_not_a_noise_marker()
    {
        var html = TestPages.Article("<div id=\"sharing-with-multiple-developers-for-review\" class=\"section\"><p>" + TestPages.P3 + " Reviewers share the work.</p></div>");
        Assert.Contains("Reviewers share the work.", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_only_a_short_note_returns_the_note()
    {
        var article = ArticleExtractor.Default.Extract("<!DOCTYPE html><html><body>\n  Test\n</body></html>");
        Assert.Equal("Test", article.Body);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_stale_legacy_meta_declaration()
    {
        const string Text = "今天是星期一，天氣很好，我們一起去公園散步，看見了很多美麗的花朵和高大的樹木。";
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<html><head><meta charset=\"gb2312\"></head><body><article><p>{Text}</p><p>{Text}</p></article></body></html>");
        Assert.Contains(Text, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MathML_inside_a_paragraph_is_kept_as_text()
    {
        var html = TestPages.Article("<p>The area of a circle with radius r is <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math> as every student learns at school.</p>");
        Assert.Contains("as every student learns", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
        Assert.Contains("π", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
    }
}
