namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A <c>&lt;title&gt;</c> that puts the site's name before the page's one heading ("Brand Coffee - How to Brew …"): the
/// heading is the title, and the brand is a decoration, not the page's metadata title.
/// </summary>
public class BrandLedTitleTests
{
    [Theory]
    [InlineData("Harbour Roasters - How to Brew the Perfect Cup at Home", "<meta property=\"og:site_name\" content=\"Harbour Roasters\">")]
    [InlineData("Harbour Roasters | How to Brew the Perfect Cup at Home", "<meta property=\"og:site_name\" content=\"Harbour Roasters\">")]
    [InlineData("Harbour Roasters - How to Brew the Perfect Cup at Home", "")]
    public void The_brand_before_the_heading_is_not_the_meta_title(string title, string head)
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>{title}</title>{head}</head><body><article>
            <h1>How to Brew the Perfect Cup at Home</h1>
            <p>Good coffee starts with fresh beans, ground just before brewing, and water that is hot but not boiling.</p>
            <p>Use about sixty grams of coffee per litre of water and adjust from there, adding more if the cup tastes thin.</p>
            <p>Clean your equipment often, because old oils build up quickly and give every cup a stale, bitter edge.</p>
            </article></body></html>
            """;

        var a = ArticleExtractor.Default.Extract(html, new Uri("https://www.harbourroasters.example/blog/brew-at-home"));

        Assert.Equal("How to Brew the Perfect Cup at Home", a.Title);
        Assert.Null(a.MetaTitle);
    }
}
