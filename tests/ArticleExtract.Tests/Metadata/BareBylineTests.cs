namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Bylines written as plain text rather than marked up ("Contributors:" then the name, "This post was written by …"
/// at the article's end), and JSON-LD that server-side rendering left HTML-escaped in an attribute.
/// </summary>
public class BareBylineTests
{
    private const string Body = "<p>Snake plants and ZZ plants tolerate the dim corner of a north-facing room better than almost anything else you can buy.</p>"
        + "<p>Water them sparingly: in low light the soil stays damp for weeks, and wet roots rot long before the leaves show it.</p>";

    private static Article Extract(string head, string article) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>Houseplants for low light</title>{head}</head><body><article><h1>Houseplants for low light</h1>{article}</article></body></html>",
        new Uri("https://plants.example.com/learn/low-light"));

    [Theory]
    [InlineData("<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00Z&quot;,&quot;author&quot;:{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Jane Doe&quot;}}\">")]
    [InlineData("<script type=\"application/ld+json\" children=\"{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00Z&quot;,&quot;author&quot;:{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Jane Doe&quot;}}\"></script>")]
    public void JsonLd_escaped_into_an_attribute_is_read(string head)
    {
        var a = Extract(head, Body);

        Assert.Equal(new DateOnly(2025, 11, 17), a.Published?.Date);
        Assert.Equal(["Jane Doe"], a.Authors);
    }
}
