using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>On a product page, the paragraphs that are only a price after the product's own (a bundle's, an edition's) are left out.</summary>
public sealed class ProductPricesTests
{
    private const string Description =
        "The Fernbrake rain shell is cut from a three-layer recycled nylon that breathes on a steep climb and keeps out a whole afternoon of "
        + "driving rain. Its hood folds into the collar, and the pit zips open from the chest to the elbow.";

    [Theory]
    [InlineData("$19.99")]
    [InlineData("Sale price $19.95")]
    [InlineData("$98.00 was $130.00")]
    [InlineData("EUR 355.58")]
    [InlineData("99,90\u00A0€")]
    [InlineData("Price: USD 99.60")]
    [InlineData("ab 24,90 €")]
    public void A_price_is_amounts_a_currency_and_price_labels(string text) => Assert.True(ProductPrices.IsPrice(text));

    [Theory]
    [InlineData("Save 40%")]
    [InlineData("From 20")]
    [InlineData("$48.99 ($9.80/year)")]
    [InlineData("Free delivery on orders over $50")]
    [InlineData("$12/mo")]
    [InlineData("12 months")]
    public void Other_words_or_no_currency_make_no_price(string text) => Assert.False(ProductPrices.IsPrice(text));

    [Fact]
    public void The_first_price_stays_and_the_later_ones_go()
    {
        var sections = Sections("$129.00", Description, "Care kit: wash-in proofer and a patch set", "$24.00", "Sale price $18.00");

        var kept = Texts(ProductPrices.Without(sections));

        Assert.Equal(["$129.00", Description, "Care kit: wash-in proofer and a patch set"], kept);
    }

    [Fact]
    public void One_price_alone_stays()
    {
        var sections = Sections(Description, "$129.00");

        Assert.Same(sections, ProductPrices.Without(sections));
    }

    [Fact]
    public void A_grid_of_priced_cards_keeps_every_price()
    {
        var paragraphs = new List<string>();
        for (var i = 1; i <= 10; i++)
        {
            paragraphs.Add($"Rain shell, colour {i}");
            paragraphs.Add($"${100 + i}.00");
        }

        var sections = Sections([.. paragraphs]);

        Assert.Same(sections, ProductPrices.Without(sections));
    }

    [Fact]
    public void A_product_page_keeps_its_own_price_and_not_the_bundle_price()
    {
        var html =
            "<!DOCTYPE html><html><head><title>Fernbrake rain shell</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/men\">Men</a> <a href=\"/women\">Women</a></nav></header>"
            + "<main><div class=\"product\"><h1>Fernbrake rain shell</h1><p>$129.00</p>"
            + $"<div class=\"description\"><p>{Description}</p>"
            + "<p>Taped seams, a two-way front zip under a storm flap, and a hem you tighten with one hand while wearing gloves.</p></div>"
            + "<div class=\"kit\"><h2>Complete the look</h2><p>Wash-in proofer and a patch set for the trail.</p><p>$24.00</p></div>"
            + "</div></main><footer><p>© 2026 Fernbrake Outdoor</p></footer></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://fernbrake.example/products/rain-shell"));

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("$129.00", article.Body, StringComparison.Ordinal);
        Assert.Contains("three-layer recycled nylon", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("$24.00", article.Body, StringComparison.Ordinal);
    }

    private static List<Section> Sections(params string[] paragraphs) =>
        [new Section(null, 0, [.. paragraphs.Select(p => (Block)new ParagraphBlock([new Inline(p)]))])];

    private static List<string> Texts(IReadOnlyList<Section> sections) => [.. sections.SelectMany(s => s.Blocks).Select(b => b.Text)];
}
