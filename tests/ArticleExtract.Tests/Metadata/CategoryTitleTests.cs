namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A shop's or blog's category page names its category in its heading ("Deck lamps") and adds the words searchers type
/// in its <c>&lt;title&gt;</c> ("Deck Lamps for Patios, Boats &amp; Gardens | Harbour Lights"): the heading is the title.
/// </summary>
public sealed class CategoryTitleTests
{
    private static string Tiles() => string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<li class=\"tile\"><a href=\"/p/lamp-{i}\">Brass deck lamp model {i}</a><span>$4{i}.00</span></li>"));

    private static Article Extract(string title, string heading, string url = "https://harbourlights.example/deck-lamps") =>
        ArticleExtractor.Default.Extract($"""
            <!DOCTYPE html><html lang="en"><head><title>{title}</title>
            <meta property="og:type" content="product.group"><meta property="og:site_name" content="Harbour Lights"></head>
            <body><header><a href="/">Harbour Lights</a><nav><a href="/deck-lamps">Deck lamps</a> <a href="/wall-lamps">Wall lamps</a></nav></header>
            <main>{heading}<ul class="grid">{Tiles()}</ul></main>
            <footer><p>Free delivery on orders over $50.</p></footer></body></html>
            """, new Uri(url));

    [Fact]
    public void A_listings_short_heading_in_the_titles_words_is_its_title()
    {
        var a = Extract("Deck Lamps for Patios, Boats &amp; Gardens | Harbour Lights", "<h1>Deck lamps</h1>");

        Assert.Equal(PageKind.Listing, a.PageKind);
        Assert.Equal("Deck lamps", a.Title);
        Assert.Equal("Deck Lamps for Patios, Boats & Gardens", a.MetaTitle);
    }

    [Fact]
    public void A_one_word_category_heading_counts_too()
    {
        var a = Extract("Lanterns: Storm, Oil &amp; Solar Lanterns | Harbour Lights", "<h1>Lanterns</h1>");

        Assert.Equal(PageKind.Listing, a.PageKind);
        Assert.Equal("Lanterns", a.Title);
    }

    [Fact]
    public void A_slogan_heading_that_shares_no_words_leaves_the_metadata_title()
    {
        var a = Extract("Deck Lamps for Patios, Boats &amp; Gardens | Harbour Lights", "<h1>Light up every evening</h1>");

        Assert.Equal(PageKind.Listing, a.PageKind);
        Assert.Equal("Deck Lamps for Patios, Boats & Gardens", a.Title);
    }

    [Fact]
    public void The_sites_name_as_the_heading_is_no_category()
    {
        var a = Extract("Deck Lamps for Patios, Boats &amp; Gardens | Harbour Lights", "<h1>Harbour Lights</h1>");

        Assert.Equal("Deck Lamps for Patios, Boats & Gardens", a.Title);
    }
}
