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

    [Fact]
    public void A_contributors_label_names_the_text_after_it()
    {
        var a = Extract(string.Empty, $"<div class=\"tags\"><div>\n<strong>Contributors:</strong>\nJane Doe\n</div></div>{Body}");

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void A_sentence_naming_the_writer_is_a_byline_and_her_role_is_cut()
    {
        var a = Extract(string.Empty, $"{Body}<div class=\"author-wrapper\"><div class=\"author-bio\"> This post was written by Jane Doe, Head of Marketing and Community Development </div></div>");

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void A_sentence_about_how_the_article_was_written_names_nobody()
    {
        var a = Extract(string.Empty, $"{Body}<p>This article was written by a human, with a technical review.</p>");

        Assert.Empty(a.Authors);
    }

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
