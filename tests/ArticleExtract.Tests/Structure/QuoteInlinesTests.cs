using System.Text.Json;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A quotation keeps its links and formatting: a quote that names its source links to it, and its emphasis is the
/// speaker's. Read as plain strings, the link to the quoted report was lost in every rendering.
/// </summary>
public sealed class QuoteInlinesTests
{
    private const string Quoted =
        "<blockquote><p>We read <a href=\"https://example.org/report\">the full report</a> and found the <em>costs</em> manageable "
        + "for the city over the next decade of work.</p><p>The first line opens next year,<br>the second the year after.</p>"
        + "<footer>— Mayor Ann Lee</footer></blockquote>";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static QuoteBlock Quote(Article article) => article.Sections.SelectMany(s => s.Blocks).OfType<QuoteBlock>().Single();

    [Fact]
    public void The_model_keeps_the_runs_beside_the_plain_paragraphs()
    {
        var quote = Quote(Extract(Quoted));
        Assert.Equal(2, quote.ParagraphInlines.Count);
        Assert.Contains(new Inline("the full report", "https://example.org/report"), quote.ParagraphInlines[0]);
        Assert.Contains(new Inline("costs") { Style = InlineStyle.Emphasis }, quote.ParagraphInlines[0]);
        Assert.Contains(Inline.LineBreak, quote.ParagraphInlines[1]);
        Assert.StartsWith("We read the full report and found the costs manageable", quote.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Mayor Ann Lee", quote.Citation);
    }

    [Fact]
    public void Every_rendering_keeps_the_link_and_the_emphasis()
    {
        var article = Extract(Quoted);
        var parser = new HtmlParser();
        var html = parser.ParseDocument(article.ToHtml());
        Assert.Equal("https://example.org/report", html.QuerySelector("blockquote p a")?.GetAttribute("href"));
        Assert.Equal("costs", html.QuerySelector("blockquote p em")?.TextContent);
        Assert.NotNull(html.QuerySelector("blockquote p br"));

        var markdown = article.ToMarkdown();
        Assert.Contains("> We read [the full report](<https://example.org/report>) and found the *costs* manageable", markdown, StringComparison.Ordinal);
        var fromMarkdown = parser.ParseDocument(Markdown.ToHtml(markdown));
        Assert.Equal("https://example.org/report", fromMarkdown.QuerySelector("blockquote p a")?.GetAttribute("href"));
        Assert.NotNull(fromMarkdown.QuerySelector("blockquote p br"));

        using var json = JsonDocument.Parse(article.ToJson());
        var quote = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Single(b => b.GetProperty("type").GetString() == "quote");
        var first = quote.GetProperty("paragraphs")[0];
        Assert.Equal("https://example.org/report", first.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.StartsWith("We read the full report", first.GetProperty("text").GetString(), StringComparison.Ordinal);

        Assert.Contains("We read the full report and found the costs manageable", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_made_from_strings_reads_each_paragraph_as_one_plain_run()
    {
        var quote = new QuoteBlock(["First.", "Second."]);
        Assert.Equal(new Inline("Second."), Assert.Single(quote.ParagraphInlines[1]));
        var rich = quote with { ParagraphInlines = [[new Inline("First", "https://x.example/"), new Inline(".")], [new Inline("Second.")]] };
        Assert.Equal("https://x.example/", rich.ParagraphInlines[0][0].Href);
        Assert.NotEqual(quote, rich);
        // A copy given other paragraphs does not keep runs that no longer match them.
        Assert.Equal(new Inline("Other."), Assert.Single((rich with { Paragraphs = ["Other."] }).ParagraphInlines[0]));
        Assert.Throws<ArgumentException>(() => quote with { ParagraphInlines = [[new Inline("Only one.")]] });

        using var json = JsonDocument.Parse(new Article(ArticleMetadata.Empty, [new Section(null, 0, [quote])], ExtractionOutcome.Extracted).ToJson());
        Assert.False(json.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0].TryGetProperty("paragraphs", out _));
    }
}
