namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Issue 11's visible forms beyond its examples: the publication wording and the numeric forms of the nine languages
/// the vocabularies list, each alone under the headline of a page with no metadata.
/// </summary>
public class ShownDateLanguageTests
{
    [Theory]
    [InlineData("en", "<p>Published: 03/12/2020</p>", "2020-03-12")]
    [InlineData("en", "<p>By Jane Doe | Mar. 12, 2020</p>", "2020-03-12")]
    [InlineData("en", "<p>12 March 2020</p>", "2020-03-12")]
    [InlineData("de", "<p>Veröffentlicht am 12.03.2020 um 14:30 Uhr</p>", "2020-03-12T14:30:00")]
    [InlineData("de", "<p>Stand: 12. März 2020</p>", "2020-03-12")]
    [InlineData("fr", "<p>Mis en ligne le 12/03/2020 à 14h30</p>", "2020-03-12T14:30:00")]
    [InlineData("fr", "<p>Publié le 12 mars 2020</p>", "2020-03-12")]
    [InlineData("es", "<p>Publicado: 12/03/2020</p>", "2020-03-12")]
    [InlineData("es", "<p>12 de marzo de 2020</p>", "2020-03-12")]
    [InlineData("it", "<p>Pubblicato il 12/03/2020</p>", "2020-03-12")]
    [InlineData("pt", "<p>Publicado em 12 de março de 2020</p>", "2020-03-12")]
    [InlineData("pt", "<p>12.03.2020 14h30</p>", "2020-03-12T14:30:00")]
    [InlineData("nl", "<p>Gepubliceerd op 12-03-2020</p>", "2020-03-12")]
    [InlineData("nl", "<p>12 maart 2020</p>", "2020-03-12")]
    [InlineData("pl", "<p>12.03.2020</p>", "2020-03-12")]
    [InlineData("ru", "<p>12 марта 2020</p>", "2020-03-12")]
    [InlineData("en", "<p>2020-03-12</p>", "2020-03-12")]
    public void A_date_in_the_pages_own_language_under_the_headline_is_read(string lang, string line, string expected)
    {
        Assert.Equal(expected, DatedPage.Extract(lang, line).Published?.ToString());
    }

    [Theory]
    [InlineData("en", "<p>Updated March 12, 2020</p>")]
    [InlineData("de", "<p>Aktualisiert am 12.03.2020</p>")]
    [InlineData("fr", "<p>Mis à jour le 12 mars 2020</p>")]
    [InlineData("es", "<p>Actualizado el 12 de marzo de 2020</p>")]
    [InlineData("it", "<p>Aggiornato il 12 marzo 2020</p>")]
    [InlineData("pt", "<p>Atualizado em 12/03/2020</p>")]
    [InlineData("nl", "<p>Bijgewerkt op 12 maart 2020</p>")]
    public void An_updated_line_alone_is_read_as_the_update(string lang, string line)
    {
        Assert.Equal(new DateOnly(2020, 3, 12), DatedPage.Extract(lang, line).Modified?.Date);
    }
}
