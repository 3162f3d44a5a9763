namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The publication date in the page's machine-readable places under the names newsroom systems and older vocabularies
/// give it (the original publication of an updated story, Dublin Core's publication refinement, IPTC's rNews, an
/// analytics tag), in JSON-LD written for people, and in the URL path's common forms.
/// </summary>
public class MachineDateSourceTests
{
    private static string? P(string head, string body = "", string url = "https://city.example.org/cycle-lanes") => ArticleExtractor.Default.Extract($"""
        <!DOCTYPE html><html lang="en"><head><title>New cycle lanes on the ring road</title>{head}</head><body><article>
        <h1>New cycle lanes on the ring road</h1>{body}
        <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
        </article></body></html>
        """, new Uri(url)).Published?.ToString();

    [Theory]
    [InlineData("<meta name=\"article_date_original\" content=\"2021-03-05\">")]
    [InlineData("<meta name=\"OriginalPublicationDate\" content=\"2021/03/05 10:00:00\">")]
    [InlineData("<meta name=\"date_published\" content=\"2021-03-05\">")]
    [InlineData("<meta name=\"DC.date.publication\" content=\"2021-03-05\">")]
    [InlineData("<meta property=\"rnews:datePublished\" content=\"2021-03-05\">")]
    [InlineData("<meta name=\"dcsext.articlefirstpublished\" content=\"2021-03-05\">")]
    [InlineData("<meta name=\"DC.Date\" content=\"2021-03-05\">")]
    [InlineData("<meta name=\"Date\" content=\"05.03.2021\">")]
    [InlineData("<meta name=\"publish-date\" content=\"March 5, 2021\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"New cycle lanes on the ring road\",\"dateCreated\":\"2021-03-05\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New cycle lanes on the ring road\",\"datePublished\":\"March 5, 2021\"}</script>")]
    public void Reads_the_meta_tag_or_json_ld(string head)
    {
        Assert.Equal("2021-03-05", P(head)?[..10]);
    }

    [Theory]
    [InlineData("https://city.example.org/2021/03/05/cycle-lanes")]
    [InlineData("https://city.example.org/news/2021-03-05/cycle-lanes")]
    [InlineData("https://city.example.org/news/cycle-lanes-20210305.html")]
    [InlineData("https://city.example.org/2021/mar/05/cycle-lanes")]
    [InlineData("https://city.example.org/news/2021/03/05")]
    public void Reads_the_url_path(string url)
    {
        Assert.Equal("2021-03-05", P("", "", url)?[..10]);
    }
}
