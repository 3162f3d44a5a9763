namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date after the end of an offer or a validity ("Offer ends Aug 2, 2026", "valid through 01/23/2026", "Gültig bis
/// 31.12.2025") is a date still to come: it never dates the page, even right under the headline.
/// </summary>
public class ExpiryDateTests
{
    private static Article Extract(string line, string lang = "en") => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="{lang}"><head><title>Garden shed kits</title></head><body><article><h1>Garden shed kits</h1>
        <div class="promo">{line}</div>
        <p>Our timber sheds come as a kit with pre-cut panels, a felt roof and every screw you need to build one in a day.</p>
        <p>Each kit is treated against rot and comes with a ten-year guarantee, and delivery is free within the mainland.</p>
        </article></body></html>
        """, new Uri("https://sheds.example.com/kits"));

    [Theory]
    [InlineData("Special financing available. Offer ends Aug 2, 2026", "en")]
    [InlineData("This estimate is valid through 01/23/2026", "en")]
    [InlineData("Sale ends <time datetime=\"2026-08-02\">August 2, 2026</time>", "en")]
    [InlineData("Angebot gültig bis 31.12.2025", "de")]
    public void A_date_still_to_come_does_not_date_the_page(string line, string lang)
    {
        Assert.Null(Extract(line, lang).Published);
    }

    [Fact]
    public void A_dateline_beside_an_offer_still_dates_the_page()
    {
        var a = Extract("<span>March 3, 2026</span> · Offer ends Aug 2, 2026");

        Assert.Equal("2026-03-03", a.Published?.ToString());
    }
}
