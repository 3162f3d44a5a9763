namespace ArticleExtract.Tests.Structure;

/// <summary>Each block kind comes out of realistic markup with exact text.</summary>
public sealed class BlockTests
{
    private static List<Block> Blocks(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://cityherald.example/news/trams"))
            .Sections.SelectMany(s => s.Blocks).ToList();

    [Fact]
    public void An_embedded_tweet_keeps_its_attribution_in_the_text()
    {
        var quote = Assert.Single(Blocks("<blockquote class=\"twitter-tweet\"><p>Yes this is real and the state spent half a million dollars on it</p>— Dianna (@dianna) November 18, 2019</blockquote>").OfType<QuoteBlock>());
        Assert.Equal(["Yes this is real and the state spent half a million dollars on it"], quote.Paragraphs);
        Assert.Equal("Dianna (@dianna) November 18, 2019", quote.Citation);
        Assert.Equal("Yes this is real and the state spent half a million dollars on it\n\n— Dianna (@dianna) November 18, 2019", quote.Text);
    }

    [Fact]
    public void A_noise_block_inside_a_list_item_still_separates_its_words()
    {
        var list = Assert.Single(Blocks("<ul><li>First stop at the harbour<div class=\"share-bar\">Share</div>then the old town</li><li>Second stop at the university campus</li></ul>").OfType<ListBlock>());
        Assert.Equal("First stop at the harbour then the old town", list.Items[0].Text);
    }
}
