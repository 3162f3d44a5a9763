namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A category page whose introduction is long enough to be read as the article keeps its grid of entries too, when
/// the grid's classes read as chrome ("widget") and the reading left it out.
/// </summary>
public sealed class EntriesBesideTests
{
    private static readonly string[] Names =
    [
        "Stoneware mug, speckled oat", "Porcelain cup, celadon", "Espresso cup pair, ash glaze", "Tall latte mug, ink blue", "Travel tumbler, raw clay",
        "Tea bowl, tenmoku", "Camp mug, enamel rim", "Pint mug, salt glaze", "Cappuccino cup and saucer",
    ];

    private static string Page(string gridClass)
    {
        var intro = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Guide part {i}: a mug thrown on the wheel keeps heat longer than a pressed one, because its walls are thicker at the base and thinner at the lip, and a glaze fired to stoneware temperature will not craze in the dishwasher the way a low-fired glaze can after a year of daily use.</p>"));
        var cards = string.Concat(Names.Select((n, i) =>
            $"<div class=\"tile\"><a href=\"/p/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"><span>{n}</span></a><span class=\"price\">£{18 + i}.00</span><span class=\"stock\">In stock, ships in two days</span></div>"));
        return "<!DOCTYPE html><html><head><title>Mugs and cups</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Mugs and cups\"}</script></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a> <a href=\"/about\">About</a></nav></header>"
            + $"<main><h1>Mugs and cups</h1><div class=\"{gridClass}\">{cards}</div><div class=\"category-description\"><h2>Choosing a mug</h2>{intro}</div></main>"
            + "<footer><p>© 2025 Clay House Studio</p></footer></body></html>";
    }

    [Fact]
    public void A_collection_with_a_long_buying_guide_keeps_its_grid_classed_as_a_widget()
    {
        var article = ArticleExtractor.Default.Extract(Page("widget product-widget"), new Uri("https://clayhouse.example/collections/mugs"));

        Assert.Equal(PageKind.Listing, article.PageKind);
        Assert.Contains("Guide part 5", article.Body, StringComparison.Ordinal);
        foreach (var name in Names)
        {
            Assert.Contains(name, article.Body, StringComparison.Ordinal);
        }

        Assert.Contains("£22.00", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Clay House Studio", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grid_is_read_once_when_the_reading_kept_it()
    {
        var article = ArticleExtractor.Default.Extract(Page("grid"), new Uri("https://clayhouse.example/collections/mugs"));

        Assert.Equal(PageKind.Listing, article.PageKind);
        Assert.Equal(article.Body.IndexOf(Names[0], StringComparison.Ordinal), article.Body.LastIndexOf(Names[0], StringComparison.Ordinal));
        Assert.Contains(Names[8], article.Body, StringComparison.Ordinal);
    }
}
