namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A figure is an image with an optional caption, unless it holds blocks of its own: a grid of product cards each
/// wrapped in a figure, a pull-quote with the speaker's portrait, a code listing with an icon in it. Those blocks are
/// read (the image kept, the caption still the image's); an ordinary figure stays one image block.
/// </summary>
public sealed class FigureBodyTests
{
    private static readonly string[] Names = ["Harbour Trail Runner", "City Glide Trainer", "Ridge Pacer Mid", "Dune Sprint Low", "Canal Tempo Flyer", "Quay Distance Max"];

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://cityherald.example/news/trams"));

    private static List<Block> Blocks(Article article) => article.Sections.SelectMany(s => s.Blocks).ToList();

    private static string Card(int i) =>
        $"<figure class=\"shoe-tile\"><a href=\"/shoes/{i}\"><img src=\"/img/shoe-{i}.jpg\" alt=\"\"></a>"
        + $"<div class=\"shoe-tile__line\">New in</div><div class=\"shoe-tile__name\">{Names[i]}</div>"
        + $"<div class=\"shoe-tile__line\">Road running shoes</div><div class=\"shoe-tile__price\">${90 + (10 * i)}</div></figure>";

    [Fact]
    public void A_shop_grid_of_cards_each_wrapped_in_a_figure_comes_back_with_the_card_titles_and_images()
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Running shoes | Harbour Sports</title></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/shoes\">Shoes</a> <a href=\"/bags\">Bags</a></nav></header>"
            + "<main><h1>Running shoes</h1><p>Light, cushioned shoes for road and trail, tested by our own running club.</p>"
            + "<div class=\"shoe-grid\">" + string.Concat(Enumerable.Range(0, 6).Select(Card)) + "</div></main>"
            + "<footer><p>© 2025 Harbour Sports</p></footer></body></html>";
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://harboursports.example/shoes/running"));
        foreach (var name in Names)
        {
            Assert.Contains(name, article.Body, StringComparison.Ordinal);
        }

        Assert.Contains("$140", article.Body, StringComparison.Ordinal);
        Assert.Equal(6, Blocks(article).OfType<ImageBlock>().Count());
    }

    [Fact]
    public void A_list_of_cards_each_wrapped_in_a_figure_keeps_the_card_titles()
    {
        var article = Extract("<ul class=\"shoe-list\">" + string.Concat(Enumerable.Range(0, 4).Select(i => "<li>" + Card(i) + "</li>")) + "</ul>");
        foreach (var name in Names.Take(4))
        {
            Assert.Contains(name, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_figure_with_a_few_short_lines_in_a_story_stays_an_image()
    {
        var blocks = Blocks(Extract(Card(0)));
        Assert.Single(blocks.OfType<ImageBlock>());
        Assert.DoesNotContain(blocks, b => b.Text.Contains(Names[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_figures_keep_their_caption_in_the_image_block_and_out_of_the_text()
    {
        var article = Extract(
            "<figure><img src=\"/img/depot.jpg\" alt=\"The depot\"><figcaption>The tram depot at dawn</figcaption></figure>"
            + "<figure><img src=\"/img/stop.jpg\" alt=\"\"><span class=\"credit\">Photo: City archive</span><figcaption>The first stop on the new line</figcaption></figure>");
        var images = Blocks(article).OfType<ImageBlock>().ToList();
        Assert.Equal(["The tram depot at dawn", "The first stop on the new line"], images.Select(i => i.Caption));
        Assert.DoesNotContain("tram depot at dawn", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("first stop on the new line", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("City archive", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_quote_with_a_portrait_is_read_and_its_caption_stays_with_the_portrait()
    {
        var article = Extract(
            "<figure class=\"pull-portrait\"><img src=\"/img/mayor.jpg\" alt=\"The mayor\">"
            + "<blockquote><p>This line will carry twelve thousand people a day between the harbour and the university.</p></blockquote>"
            + "<figcaption>Mayor of the city</figcaption></figure>");
        var blocks = Blocks(article);
        var quote = Assert.Single(blocks.OfType<QuoteBlock>());
        Assert.StartsWith("This line will carry twelve thousand people", quote.Paragraphs[0], StringComparison.Ordinal);
        var image = Assert.Single(blocks.OfType<ImageBlock>());
        Assert.Equal("Mayor of the city", image.Caption);
        Assert.DoesNotContain("Mayor of the city", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_listing_with_an_icon_in_it_is_read_as_code()
    {
        var article = Extract(
            "<figure class=\"listing-figure\"><pre><img class=\"warn-icon\" src=\"/img/warn.svg\" alt=\"Does not compile\">"
            + "<code>let fare = zone.price()?;\nprintln!(\"{fare}\");</code></pre><figcaption>Listing 3: reading a fare</figcaption></figure>");
        var code = Assert.Single(Blocks(article).OfType<CodeBlock>());
        Assert.Contains("let fare = zone.price()?;", code.Text, StringComparison.Ordinal);
    }
}
