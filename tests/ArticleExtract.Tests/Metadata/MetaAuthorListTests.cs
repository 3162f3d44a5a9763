namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Several author meta tags: a single-valued field (<c>dc:creator</c>, <c>author</c>) often holds the first author only,
/// while repeated <c>citation_author</c> tags list them all; the fuller list of the same people wins.
/// </summary>
public class MetaAuthorListTests
{
    private static Article Extract(string head) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Tidal patterns in small harbours</title>{head}</head><body><article>
        <h1>Tidal patterns in small harbours</h1>
        <p>We measured the water level in four small harbours every ten minutes for a full year and compared the records.</p>
        <p>The narrow entrances delay the tide by up to forty minutes, and the delay grows with the harbour's length.</p>
        </article></body></html>
        """, new Uri("https://journal.example.org/articles/tidal-patterns"));

    [Fact]
    public void Repeated_citation_authors_complete_the_first_author_field()
    {
        var head = """
            <meta name="DC.Creator" content="Ines Calloway">
            <meta name="citation_author" content="Ines Calloway"><meta name="citation_author" content="Tomas Ferreira"><meta name="citation_author" content="Mei Okafor">
            """;

        Assert.Equal(["Ines Calloway", "Tomas Ferreira", "Mei Okafor"], Extract(head).Authors);
    }

    [Fact]
    public void A_later_tag_naming_other_people_does_not_replace_the_first()
    {
        var head = """
            <meta name="author" content="Ines Calloway">
            <meta name="citation_author" content="Tomas Ferreira"><meta name="citation_author" content="Mei Okafor">
            """;

        Assert.Equal(["Ines Calloway"], Extract(head).Authors);
    }
    [Theory]
    [InlineData("<meta name=\"author\" content=\"Priya RamaSwamy and Tomas Ferreira\">")]
    [InlineData("<meta property=\"article:author\" content=\"Priya RamaSwamy\"><meta property=\"article:author\" content=\"Tomas Ferreira\">")]
    public void A_camel_cased_surname_among_people_is_a_person(string head)
    {
        Assert.Equal(["Priya RamaSwamy", "Tomas Ferreira"], Extract(head).Authors);
    }
}
