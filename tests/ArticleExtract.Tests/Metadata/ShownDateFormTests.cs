namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Dates as pages show them under a headline, in the nine languages the vocabularies cover and the numeric forms
/// each writes: a label and a date on one line, a byline and a date set apart by a bar, ordinals, a time after the day.
/// The only date of the page is that line, so whatever is read comes from it.
/// </summary>
public class ShownDateFormTests
{
    private static string? Published(string lang, string line) => DatedPage.Extract(lang, $"<p class=\"line\">{line}</p>").Published?.ToString();

    [Theory]
    [InlineData("en", "Posted on March 30, 2011", "2011-03-30")]
    [InlineData("en", "March 5th, 2021", "2021-03-05")]
    [InlineData("en", "5th March 2021", "2021-03-05")]
    [InlineData("en", "Mar. 5, 2021", "2021-03-05")]
    [InlineData("en", "Sept. 5, 2021", "2021-09-05")]
    [InlineData("en", "By Jane Doe | March 5, 2021", "2021-03-05")]
    [InlineData("en", "By Jane Doe · 5 March 2021", "2021-03-05")]
    [InlineData("en", "Friday, March 5, 2021", "2021-03-05")]
    [InlineData("en", "Published: 2021-03-05", "2021-03-05")]
    [InlineData("en", "03/05/2021", "2021-03-05")]
    [InlineData("en-GB", "05/03/2021", "2021-03-05")]
    [InlineData("de", "Veröffentlicht am 3. März 2021", "2021-03-03")]
    [InlineData("de", "Letzte Aktualisierung: 18.01.2018", "2018-01-18")]
    [InlineData("de", "Stand: 05.03.2021", "2021-03-05")]
    [InlineData("de", "05.03.2021", "2021-03-05")]
    [InlineData("fr", "Publié le 29 juin 2019", "2019-06-29")]
    [InlineData("fr", "le 1er mars 2021", "2021-03-01")]
    [InlineData("fr", "Publié le 29/06/2019", "2019-06-29")]
    [InlineData("es", "Publicado el 5 de marzo de 2021", "2021-03-05")]
    [InlineData("es", "05/03/2021", "2021-03-05")]
    [InlineData("it", "Pubblicato il 5 marzo 2021", "2021-03-05")]
    [InlineData("it", "05/03/2021", "2021-03-05")]
    [InlineData("pt", "5 de março de 2021", "2021-03-05")]
    [InlineData("pt-BR", "12/03/2020 às 14h", "2020-03-12")]
    [InlineData("pt", "Publicado em 05/03/2021", "2021-03-05")]
    [InlineData("nl", "Gepubliceerd op 5 maart 2021", "2021-03-05")]
    [InlineData("nl", "5 mrt 2021", "2021-03-05")]
    [InlineData("pl", "5 marca 2021", "2021-03-05")]
    [InlineData("pl", "Opublikowano: 05.03.2021", "2021-03-05")]
    [InlineData("ru", "5 марта 2021", "2021-03-05")]
    [InlineData("ru", "5 марта 2021 года", "2021-03-05")]
    public void Reads_the_day(string lang, string line, string expected)
    {
        Assert.Equal(expected, Published(lang, line)?[..10]);
    }

    [Theory]
    [InlineData("it", "1° marzo 2021", "2021-03-01")]
    [InlineData("es", "1º de marzo de 2021", "2021-03-01")]
    [InlineData("en", "the 5th of March, 2021", "2021-03-05")]
    [InlineData("en", "Thu 05 Mar 2021 10.15 GMT", "2021-03-05")]
    [InlineData("en", "5 March 2021 • 3 min read", "2021-03-05")]
    [InlineData("de", "Mittwoch, 3. März 2021, 10:15 Uhr", "2021-03-03")]
    [InlineData("nl", "vr 5 mrt 2021 10:15", "2021-03-05")]
    [InlineData("de", "Fr., 5. Mär. 2021", "2021-03-05")]
    [InlineData("ru", "5 мар 2021, 10:15", "2021-03-05")]
    [InlineData("en", "Updated 2 hours ago · Published March 5, 2021", "2021-03-05")]
    public void Reads_ordinals_weekdays_and_times_around_the_day(string lang, string line, string expected)
    {
        Assert.Equal(expected, Published(lang, line)?[..10]);
    }

    /// <summary>Each language's wording for "updated" and for "published", one line each: the publication is the page's date.</summary>
    [Theory]
    [InlineData("en", "Last update: March 5, 2021", "First posted March 3, 2021")]
    [InlineData("de", "Zuletzt geändert am 5. März 2021", "Erstellt am 3. März 2021")]
    [InlineData("de", "Letzte Änderung: 05.03.2021", "Publiziert: 03.03.2021")]
    [InlineData("fr", "Dernière mise à jour : 5 mars 2021", "Mis en ligne le 3 mars 2021")]
    [InlineData("es", "Última modificación: 5 de marzo de 2021", "Creado el 3 de marzo de 2021")]
    [InlineData("it", "Ultima modifica: 5 marzo 2021", "Inserito il 3 marzo 2021")]
    [InlineData("pt", "Atualizado em 05/03/2021", "Publicado em 03/03/2021")]
    [InlineData("nl", "Laatste update: 5 maart 2021", "Geplaatst op 3 maart 2021")]
    [InlineData("pl", "Zmodyfikowano: 05.03.2021", "Data publikacji: 03.03.2021")]
    [InlineData("ru", "Обновлен 5 марта 2021", "Опубликовано 3 марта 2021")]
    public void The_published_line_wins_over_the_updated_one(string lang, string updated, string published)
    {
        var a = DatedPage.Extract(lang, $"<p class=\"line\">{updated}</p><p class=\"line\">{published}</p>");

        Assert.Equal("2021-03-03", a.Published?.ToString()[..10]);
        Assert.Equal("2021-03-05", a.Modified?.ToString()[..10]);
    }
}
