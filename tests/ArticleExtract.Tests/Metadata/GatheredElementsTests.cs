using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The elements the metadata reader looks up, gathered as the parser creates them (<see cref="PageElements.Gatherer"/>):
/// always the same lists, in the same order, as a walk of the finished tree, or none (and the walk is taken) when the
/// tree builder moved or dropped something after creating it.
/// </summary>
public class GatheredElementsTests
{
    private static PageElements? Gathered(string html, out PageElements walked)
    {
        var document = DocumentParser.Parse(html, out var gathered);
        walked = PageElements.Collect(document);
        return gathered;
    }

    [Fact]
    public void A_plain_page_is_gathered_as_the_walk_finds_it()
    {
        var gathered = Gathered("""
            <!DOCTYPE html><html itemscope itemtype="https://schema.org/WebPage"><head><base href="/news/"><meta name="author" content="Ines Varga">
            <link rel="canonical" href="/news/flood-wall"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
            <body><main><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Flood wall to rise</h1><h2>Work plan</h2>
            <meta itemprop="datePublished" content="2024-03-05"><p>The river board agreed to raise the wall.</p><h3>Costs</h3></article></main>
            <script>var x = 1;</script></body></html>
            """, out var walked);

        Assert.NotNull(gathered);
        Assert.True(gathered.SameAs(walked));
        Assert.Equal(2, gathered.Metas.Count);
        Assert.Equal(2, gathered.ItemTyped.Count);
        Assert.NotNull(gathered.Base);
    }

    [Fact]
    public void A_headline_fostered_out_of_a_table_is_left_to_the_walk()
    {
        // The second h1 is created after the first but put before the table, so ahead of it in the tree.
        var gathered = Gathered("""
            <html><body><table><tr><td><h1>Inside the cell</h1></td></tr><h1>Fostered before the table</h1></table></body></html>
            """, out var walked);

        Assert.Null(gathered);
        Assert.Equal("Fostered before the table", walked.H1s[0].TextContent);
    }

    [Fact]
    public void A_table_with_nothing_put_before_it_keeps_the_gathered_lists()
    {
        var gathered = Gathered("""
            <html><body><h1>Scores</h1><table><tr><td><h2>First half</h2></td></tr></table><h2>Second half</h2></body></html>
            """, out var walked);

        Assert.NotNull(gathered);
        Assert.True(gathered.SameAs(walked));
    }

    [Fact]
    public void Misnested_formatting_moved_by_the_adoption_agency_keeps_the_order()
    {
        // </b> closes the bold run around a div: the div (with its h1) moves out of the b, after it.
        var gathered = Gathered("""
            <html><body><b><h2>Lead</h2><div><h1>Flood wall</h1><meta itemprop="author" content="Ines Varga"></b><h2>Next</h2></div></body></html>
            """, out var walked);

        Assert.NotNull(gathered);
        Assert.True(gathered.SameAs(walked));
        Assert.Equal(["Lead", "Next"], walked.Subheadings.ConvertAll(h => h.TextContent));
    }

    [Fact]
    public void A_formatting_element_with_an_itemtype_is_left_to_the_walk()
    {
        // The reopened link is a clone the parser makes itself, with the same itemtype: only the walk sees it.
        var gathered = Gathered("""
            <html><body><p><a itemscope itemtype="https://schema.org/Person" href="/ines">Ines <p>Varga</a></p></body></html>
            """, out var walked);

        Assert.Null(gathered);
        Assert.Equal(2, walked.ItemTyped.Count);
    }

    [Fact]
    public void Elements_inside_a_template_are_not_gathered()
    {
        var gathered = Gathered("""
            <html><head><meta name="description" content="Flood wall"></head><body><template><h1>Card title</h1><meta itemprop="name" content="x"></template>
            <h1>Flood wall to rise</h1></body></html>
            """, out var walked);

        Assert.NotNull(gathered);
        Assert.True(gathered.SameAs(walked));
        Assert.Single(gathered.H1s);
        Assert.Single(gathered.Metas);
    }

    [Fact]
    public void An_itemtype_a_second_body_tag_adds_is_left_to_the_walk()
    {
        var gathered = Gathered("""
            <html><head><title>Flood wall</title></head><body><h1>Flood wall</h1><body itemscope itemtype="https://schema.org/WebPage"><p>Text</p></body></html>
            """, out var walked);

        Assert.Null(gathered);
        Assert.Single(walked.ItemTyped);
    }

    [Fact]
    public void The_streamed_chunks_mover_tells_when_it_changed_the_tree()
    {
        // Then the extractor walks the tree again: the gathered lists are the parse's, not the moved tree's.
        const string streamed = """
            <html><body><h1>Flood wall</h1><template id="P:0"></template><p>Text</p><div hidden id="S:0"><h2>Late part</h2></div></body></html>
            """;
        const string plain = "<html><body><h1>Flood wall</h1><p>Text</p></body></html>";

        Assert.True(StreamedBoundaries.Apply(DocumentParser.Parse(streamed), streamed));
        Assert.False(StreamedBoundaries.Apply(DocumentParser.Parse(plain), plain));
    }
}
