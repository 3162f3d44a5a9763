namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A site's name written with accents in its titles ("Le Télégramme", "Diario Córdoba") and without them in its
/// address (letelegramme.fr, diariocordoba.com) is the same name: the decoration goes.
/// </summary>
public class AccentedSiteNameTests
{
    [Theory]
    [InlineData("fr", "Le tramway arrive à Brest – Le Télégramme", "https://www.letelegramme.fr/finistere/brest/tram.php", "Le tramway arrive à Brest")]
    [InlineData("es", "El tranvía llega al norte - Diario Córdoba", "https://www.diariocordoba.com/cordoba/tranvia.html", "El tranvía llega al norte")]
    [InlineData("pl", "Tramwaj dotrze na północ - Gazeta Łódzka", "https://gazetalodzka.example/tramwaj", "Tramwaj dotrze na północ")]
    public void An_accented_site_name_in_the_title_matches_its_address(string lang, string title, string url, string expected)
    {
        var html = $"""
            <!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body><article>
            <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
            <p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p>
            </article></body></html>
            """;

        Assert.Equal(expected, ArticleExtractor.Default.Extract(html, new Uri(url)).Title);
    }
}
