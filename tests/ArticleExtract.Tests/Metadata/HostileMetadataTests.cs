using ArticleExtract.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Malformed or odd metadata must never throw and never leak junk into the fields.</summary>
public class HostileMetadataTests
{
    [Theory]
    [InlineData("""{"@type":"Article","author":42,"headline":["Tram","Bus"],"image":[[["x"]]],"datePublished":{"a":1}}""")]
    [InlineData("""{"@type":["Thing",7,null],"@graph":[[],{},null,"x"]}""")]
    [InlineData("""[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]""")]
    [InlineData("""{"@type":"NewsArticle","author":{"@type":"Person","name":""},"publisher":[{"name":"A"}],"isAccessibleForFree":"maybe"}""")]
    [InlineData("<![CDATA[")]
    public void Odd_JsonLd_never_throws(string json)
    {
        var a = ArticleExtractor.Default.Extract($"<html><head><script type=\"application/ld+json\">{json}</script></head><body><p>Text.</p></body></html>");

        Assert.Empty(a.Authors);
        Assert.Null(a.IsAccessibleForFree);
    }

    [Fact]
    public void Byline_search_stays_linear_on_deep_wrappers()
    {
        // Thousands of nested wrappers whose first text is a byline word: each must be judged by its first text only.
        var depth = 200;
        var html = string.Concat(Enumerable.Repeat("<div>By ", depth)) + "Jane Doe" + string.Concat(Enumerable.Repeat("</div>", depth));
        var document = ArticleExtract.Parsing.DocumentParser.Parse($"<html><body>{string.Concat(Enumerable.Repeat(html, 20))}</body></html>");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var metadata = MetadataReader.Read(document, new UrlResolver(null));

        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"metadata took {clock.Elapsed}");
    }
}
