using Markdig;
using ArticleExtract.Tests.Robustness;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// Column spans in the Markdown grid: GFM has none, so a span becomes empty cells, and the grid's size stays within the
/// table's cells however large the spans (TableReader keeps up to 1000, as browsers do).
/// </summary>
public sealed class MarkdownTableSpanTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static string Page(string table) => TestPages.Article($"<p>{TestPages.P1} {TestPages.P2}</p>{table}<p>{TestPages.P3} {TestPages.P1}</p>");

    [Fact]
    public void A_wide_span_in_one_row_does_not_pad_every_row()
    {
        // One cell of colspan=1000 over 2,000 rows of two cells: the grid had 1000 columns, 2 million cells (6 MB of
        // Markdown from a 70 kB page). Its columns are those in which some row starts a cell: two.
        var rows = Hostile.Repeat("<tr><td>north</td><td>12</td></tr>", 2_000);
        var html = Page($"<table><tr><th colspan=\"1000\">Line</th></tr>{rows}</table>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/a/b"));
        Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>());

        var markdown = article.ToMarkdown();
        Assert.True(markdown.Length < 2 * html.Length, $"{markdown.Length} chars of Markdown from a page of {html.Length}");
        var table = Assert.Single(Markdig.Markdown.Parse(markdown, Pipeline).Descendants<Table>());
        Assert.All(table, row => Assert.Equal(2, ((TableRow)row).Count));
        Assert.Equal(2_001, table.Count);
    }

    [Fact]
    public void A_spanning_cell_holds_its_text_once()
    {
        // Repeated in each of the 1000 columns it spans, a cell of 100 words made half a megabyte of Markdown from a
        // 2 kB page; the body has the words once, and so does the Markdown now.
        var words = Hostile.Repeat("tram ", 100);
        var html = Page($"<table><tr><th>Line</th><th>Cost</th></tr><tr><td colspan=\"1000\">{words}</td></tr><tr><td>north</td><td>12</td></tr></table>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/a/b"));
        Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>());

        var markdown = article.ToMarkdown();
        Assert.Equal(1, TestPages.Count(markdown, words.Trim()));
        Assert.Contains("| Line | Cost |\n| --- | --- |\n| " + words.Trim() + " |  |\n| north | 12 |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_cover_the_columns_other_rows_start()
    {
        var table = new TableBlock(
            [
                [new TableCell("a", true), new TableCell("b", true), new TableCell("c", true)],
                [new TableCell("wide", false, 2), new TableCell("z")],
                [new TableCell("x"), new TableCell("all", false, 1000)],
                [new TableCell("zero", false, 0), new TableCell("neg", false, -3), new TableCell("max", false, int.MaxValue)],
            ],
            1);
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [table])], ExtractionOutcome.Extracted);
        Assert.Contains(
            "| a | b | c |\n| --- | --- | --- |\n| wide |  | z |\n| x | all |  |\n| zero | neg | max |\n",
            article.ToMarkdown(),
            StringComparison.Ordinal);
    }
}
