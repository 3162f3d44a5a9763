namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A heading "Article written by:" over the writer's name in the next block: the person it names is the author, not the
/// organisation the metadata gives.
/// </summary>
public class WrittenByHeadingTests
{
    [Theory]
    [InlineData("Article written by:")]
    [InlineData("Post written by")]
    public void The_person_under_a_written_by_heading_is_the_author(string heading)
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Medicines for weight loss</title>
            <meta property="og:site_name" content="Harbour Health Association"><meta name="author" content="Harbour Health Association"></head>
            <body><main><article>
            <h1>Medicines for weight loss</h1>
            <p>Several medicines now help people lose weight, and each works best alongside changes to diet and activity.</p>
            <p>Talk to your doctor about which one suits you, and about the side effects to watch for in the first weeks.</p>
            <h2>{heading}</h2>
            <div><img src="/portraits/ines.jpg" alt=""><div><h3>Ines Calloway, MD</h3></div></div>
            </article></main></body></html>
            """;

        Assert.Equal(["Ines Calloway"], ArticleExtractor.Default.Extract(html, new Uri("https://health.example.org/blog/weight-loss")).Authors);
    }
}
