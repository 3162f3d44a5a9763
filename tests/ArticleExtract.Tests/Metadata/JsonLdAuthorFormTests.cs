namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// JSON-LD names an article's writers in more shapes than one Person: a Person whose <c>name</c> lists several people,
/// and <c>creator</c> (schema.org's wider property, which <c>author</c> refines) when there is no <c>author</c>.
/// </summary>
public class JsonLdAuthorFormTests
{
    private static Article Extract(string json) => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>New cycle lanes on the ring road</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"New cycle lanes on the ring road",{{json}}}</script>
        </head><body><article><h1>New cycle lanes on the ring road</h1>
        <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
        <p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p>
        </article></body></html>
        """, new Uri("https://city.example.org/cycle-lanes"));

    [Theory]
    [InlineData("\"author\":{\"@type\":\"Person\",\"name\":[\"Anna Berg\",\"Carl Dunn\"]}", "Anna Berg|Carl Dunn")]
    [InlineData("\"author\":[{\"@type\":\"Person\",\"name\":[\"Anna Berg\",\"Carl Dunn\"]},{\"@type\":\"Person\",\"name\":\"Eva Lund\"}]", "Anna Berg|Carl Dunn|Eva Lund")]
    [InlineData("\"creator\":{\"@type\":\"Person\",\"name\":\"Anna Berg\"}", "Anna Berg")]
    [InlineData("\"creator\":[\"Anna Berg\",\"Carl Dunn\"]", "Anna Berg|Carl Dunn")]
    [InlineData("\"author\":{\"@type\":\"Person\",\"name\":\"Eva Lund\"},\"creator\":{\"@type\":\"Person\",\"name\":\"Anna Berg\"}", "Eva Lund")]
    public void Every_writer_the_JsonLd_names_is_an_author(string json, string expected)
    {
        Assert.Equal(expected.Split('|'), Extract(json).Authors);
    }
}
