using System.Text.Json;
using ArticleExtract.Tests.Rendering;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Figure captions, table captions and a quote's credit keep their links and formatting: a photo credit's link to the
/// agency, a title in italics, a credit linking to the speaker's page were plain words in every rendering.
/// </summary>
public sealed class RichCaptionTests
{
    private const string Page =
        "<p>The city council voted on Tuesday to expand the tram network to the northern districts after a decade of debate.</p>"
        + "<figure><img src=\"/img/tram.jpg\" alt=\"A tram\"><figcaption>The new tram at the depot. Photo: <a href=\"https://agency.example.org/\">Agency</a>, <em>file</em></figcaption></figure>"
        + "<p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents in the north.</p>"
        + "<table><caption>Fares from May, <a href=\"/fares\">full list</a></caption><tr><th>Ticket</th><th>Price</th></tr><tr><td>Single</td><td>2.80</td></tr></table>"
        + "<blockquote><p>This is the biggest investment in public transport the city has made in fifty years.</p>"
        + "<footer>— <a href=\"/people/mayor\">The mayor</a>, <cite>in the council</cite></footer></blockquote>"
        + "<p>Critics point to the rising cost of construction, which has doubled since the first plans were drawn up.</p>";

    private static Article Extract() =>
        ArticleExtractor.Default.Extract(TestPages.Article(Page), new Uri("https://news.example.com/2024/tram"));

    private static IEnumerable<Block> Blocks(Article article) => article.Sections.SelectMany(s => s.Blocks);

    [Fact]
    public void Captions_and_credits_keep_their_links_and_the_text_stays_as_it_was()
    {
        var article = Extract();
        var image = Blocks(article).OfType<ImageBlock>().Single();
        Assert.Equal("The new tram at the depot. Photo: Agency, file", image.Caption);
        Assert.Contains(new Inline("Agency", "https://agency.example.org/"), image.CaptionInlines);
        Assert.Contains(new Inline("file") { Style = InlineStyle.Emphasis }, image.CaptionInlines);

        var table = Blocks(article).OfType<TableBlock>().Single();
        Assert.Equal("Fares from May, full list", table.Caption);
        Assert.Contains(new Inline("full list", "https://news.example.com/fares"), table.CaptionInlines);

        var quote = Blocks(article).OfType<QuoteBlock>().Single();
        Assert.Equal("The mayor, in the council", quote.Citation);
        Assert.Equal(new Inline("The mayor", "https://news.example.com/people/mayor"), quote.CitationInlines[0]);
    }

    [Fact]
    public void Every_rendering_shows_them()
    {
        var article = Extract();
        var html = article.ToHtml();
        Assert.Contains("<figcaption>The new tram at the depot. Photo: <a href=\"https://agency.example.org/\" rel=\"nofollow noopener noreferrer\">Agency</a>, <em>file</em></figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Fares from May, <a href=\"https://news.example.com/fares\" rel=\"nofollow noopener noreferrer\">full list</a></caption>", html, StringComparison.Ordinal);
        Assert.Contains("<footer><a href=\"https://news.example.com/people/mayor\" rel=\"nofollow noopener noreferrer\">The mayor</a>, in the council</footer>", html, StringComparison.Ordinal);

        var markdown = article.ToMarkdown();
        Assert.Contains("<em>The new tram at the depot. Photo: [Agency](<https://agency.example.org/>), *file*</em>", markdown, StringComparison.Ordinal);
        Assert.Contains("> — [The mayor](<https://news.example.com/people/mayor>), in the council", markdown, StringComparison.Ordinal);
        MarkdownRoundTrip.AssertSame(article);

        using var json = JsonDocument.Parse(article.ToJson());
        var blocks = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray()).ToList();
        var caption = blocks.Single(b => b.GetProperty("type").GetString() == "image").GetProperty("captionInlines");
        Assert.Contains(caption.EnumerateArray(), r => r.TryGetProperty("href", out var href) && href.GetString() == "https://agency.example.org/");
        var credit = blocks.Single(b => b.GetProperty("type").GetString() == "quote").GetProperty("citationInlines");
        Assert.Equal("https://news.example.com/people/mayor", credit[0].GetProperty("href").GetString());
        Assert.True(blocks.Single(b => b.GetProperty("type").GetString() == "table").TryGetProperty("captionInlines", out _));
    }

    [Fact]
    public void A_plain_caption_is_written_as_before_and_a_copy_with_another_caption_reads_that_one()
    {
        var plain = new ImageBlock("https://x.example/a.png", "A", "Plain words");
        Assert.Equal(new Inline("Plain words"), Assert.Single(plain.CaptionInlines));
        Assert.Empty(new ImageBlock("https://x.example/a.png").CaptionInlines);
        var rich = plain with { CaptionInlines = [new Inline("Plain", "https://x.example/"), new Inline(" words")] };
        Assert.NotEqual(plain, rich);
        Assert.Equal(rich, plain with { CaptionInlines = [new Inline("Plain", "https://x.example/"), new Inline(" words")] });
        Assert.Equal(new Inline("Other"), Assert.Single((rich with { Caption = "Other" }).CaptionInlines));
        Assert.Empty(new QuoteBlock(["q"]).CitationInlines);
        Assert.Empty(new TableBlock([], 0).CaptionInlines);

        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [plain])], ExtractionOutcome.Extracted);
        Assert.Contains("![A](<https://x.example/a.png>)\n*Plain words*", article.ToMarkdown(), StringComparison.Ordinal);
    }
}
