namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A byline written as a label and a colon ("Authors: Jane Doe and John Roe", "Auteur : Claire Petit"), in the plural
/// as well as the singular: the names are the authors, and the label is no part of the first name.
/// </summary>
public class AuthorLabelTests
{
    private static Article Extract(string lang, string lineHtml) => DatedPage.Extract(lang, lineHtml);

    [Theory]
    [InlineData("en", "<p>Authors: Jane Doe and John Roe</p>", "Jane Doe|John Roe")]
    [InlineData("de", "<p>Autoren: Klaus Weber und Eva Braun</p>", "Klaus Weber|Eva Braun")]
    [InlineData("de", "<p class=\"author\">Autoren: Klaus Weber und Eva Braun</p>", "Klaus Weber|Eva Braun")]
    [InlineData("fr", "<p>Auteurs : Claire Petit et Luc Moreau</p>", "Claire Petit|Luc Moreau")]
    [InlineData("fr", "<p>Auteur : Claire Petit</p>", "Claire Petit")]
    [InlineData("fr", "<p>Texte : Claire Petit</p>", "Claire Petit")]
    [InlineData("es", "<p>Autores: María Pérez y José Ruiz</p>", "María Pérez|José Ruiz")]
    [InlineData("it", "<p>Autori: Giulia Rossi e Marco Bianchi</p>", "Giulia Rossi|Marco Bianchi")]
    [InlineData("it", "<p>Autore: Giulia Rossi</p>", "Giulia Rossi")]
    [InlineData("it", "<p>Testo: Giulia Rossi</p>", "Giulia Rossi")]
    [InlineData("pt", "<p>Autores: Ana Souza e Carlos Lima</p>", "Ana Souza|Carlos Lima")]
    [InlineData("nl", "<p>Auteurs: Sanne de Vries en Pieter Jansen</p>", "Sanne de Vries|Pieter Jansen")]
    [InlineData("nl", "<p>Auteur: Sanne de Vries</p>", "Sanne de Vries")]
    [InlineData("pl", "<p>Autorzy: Anna Kowalska i Piotr Nowak</p>", "Anna Kowalska|Piotr Nowak")]
    [InlineData("ru", "<p>Авторы: Иван Петров и Мария Смирнова</p>", "Иван Петров|Мария Смирнова")]
    [InlineData("ru", "<div class=\"article__author\">Авторы: Иван Петров и Мария Смирнова</div>", "Иван Петров|Мария Смирнова")]
    public void A_labelled_byline_names_its_authors_without_the_label(string lang, string line, string expected)
    {
        Assert.Equal(expected.Split('|'), Extract(lang, line).Authors);
    }

    [Fact]
    public void Authors_opening_a_sentence_is_no_byline()
    {
        Assert.Empty(Extract("en", "<p>Authors of the study said the results were clear and would be published soon.</p>").Authors);
    }

    [Theory]
    [InlineData("en", "<p class=\"byline\">Opinion by Ruth Becker</p>", "Ruth Becker")]
    [InlineData("en", "<p>Analysis by Ruth Becker</p>", "Ruth Becker")]
    [InlineData("en", "<p>Words: Tom Harris with Joe Root</p>", "Tom Harris|Joe Root")]
    [InlineData("en", "<p>Recipe by Helen Ward</p>", "Helen Ward")]
    [InlineData("de", "<p>Ein Beitrag von Klaus Weber</p>", "Klaus Weber")]
    [InlineData("it", "<p>A cura di Giulia Rossi</p>", "Giulia Rossi")]
    public void A_byline_that_names_the_kind_of_piece_first_names_its_writer(string lang, string line, string expected)
    {
        Assert.Equal(expected.Split('|'), Extract(lang, line).Authors);
    }
}
