using System.Text.Json;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// A table's cells keep their links and formatting: a price list's struck old price read as a current one beside the
/// new, and a timetable's links to each stop were lost, where the same words in a paragraph kept both.
/// </summary>
public sealed class RichCellTests
{
    private const string Fares =
        "<p>The transport authority published the new fares for the tram network on Monday, after the council approved them in a vote.</p>"
        + "<table><thead><tr><th>Ticket</th><th>Price</th></tr></thead><tbody>"
        + "<tr><td><a href=\"/fares/single\" title=\"Single ticket\">Single</a></td><td><del>2.50</del> 2.80 euros</td></tr>"
        + "<tr><td>Day pass</td><td><s>7.00</s> <strong>7.50</strong> euros</td></tr>"
        + "<tr><td>Code <code>a|b</code></td><td>Plain</td></tr>"
        + "</tbody></table>"
        + "<p>Paper tickets bought before May stay valid until June, the authority said in its notice to passengers on the lines.</p>";

    private static Article Extract() =>
        ArticleExtractor.Default.Extract(TestPages.Article(Fares), new Uri("https://news.example.com/2024/tram"));

    private static TableBlock Table(Article article) => article.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>().Single();

    [Fact]
    public void Cells_keep_links_and_struck_words_and_the_text_stays_as_it_was()
    {
        var table = Table(Extract());
        var single = table.Rows[1][0];
        Assert.Equal("Single", single.Text);
        Assert.Equal(new Inline("Single", "https://news.example.com/fares/single") { Title = "Single ticket" }, Assert.Single(single.Inlines));
        var price = table.Rows[1][1];
        Assert.Equal("2.50 2.80 euros", price.Text);
        Assert.Equal([new Inline("2.50") { Style = InlineStyle.Deleted }, new Inline(" 2.80 euros")], price.Inlines);
        Assert.Equal([new Inline("7.00") { Style = InlineStyle.Deleted }, new Inline(" "), new Inline("7.50") { Style = InlineStyle.Strong }, new Inline(" euros")], table.Rows[2][1].Inlines);
        // A plain cell is one plain run.
        Assert.Equal(new Inline("Day pass"), Assert.Single(table.Rows[2][0].Inlines));
    }

    [Fact]
    public void Every_rendering_shows_the_cells_links_and_struck_words()
    {
        var article = Extract();
        var html = article.ToHtml();
        Assert.Contains("<td><a href=\"https://news.example.com/fares/single\" title=\"Single ticket\" rel=\"nofollow noopener noreferrer\">Single</a></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td><del>2.50</del> 2.80 euros</td>", html, StringComparison.Ordinal);

        var markdown = article.ToMarkdown();
        Assert.Contains("| [Single](<https://news.example.com/fares/single> \"Single ticket\") | ~~2\\.50~~ 2.80 euros |", markdown, StringComparison.Ordinal);
        // A '|' inside code in a cell does not split the row.
        Assert.Contains("| Code <code>a\\|b</code> | Plain |", markdown, StringComparison.Ordinal);
        MarkdownRoundTrip.AssertSame(article, MarkdownRoundTrip.GfmAutolinks);

        Assert.Contains("2.50 2.80 euros", article.ToText(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(article.ToJson());
        var rows = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Single(b => b.GetProperty("type").GetString() == "table").GetProperty("rows");
        var link = Assert.Single(rows[1][0].GetProperty("links").EnumerateArray());
        Assert.Equal("https://news.example.com/fares/single", link.GetProperty("href").GetString());
        var struck = rows[1][1].GetProperty("inlines")[0];
        Assert.Equal("2.50", struck.GetProperty("text").GetString());
        Assert.Equal("deleted", Assert.Single(struck.GetProperty("marks").EnumerateArray()).GetString());
        // A plain cell says its words once.
        Assert.False(rows[2][0].TryGetProperty("inlines", out _));
    }

    [Fact]
    public void A_hand_built_cell_reads_its_runs_and_a_copy_with_other_text_reads_that_text()
    {
        var cell = new TableCell("old new") { Inlines = [new Inline("old") { Style = InlineStyle.Deleted }, new Inline(" new")] };
        Assert.Equal(2, cell.Inlines.Count);
        Assert.Equal(cell, new TableCell("old new") { Inlines = [new Inline("old") { Style = InlineStyle.Deleted }, new Inline(" new")] });
        Assert.NotEqual(cell, new TableCell("old new"));
        Assert.Equal(new Inline("other"), Assert.Single((cell with { Text = "other" }).Inlines));
        Assert.Empty(new TableCell(string.Empty).Inlines);
        Assert.Throws<ArgumentNullException>(() => new TableCell("x") { Inlines = null! });

        // A line break in a hand-built cell keeps the Markdown row on one line.
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [new TableBlock([[new TableCell("a\nb") { Inlines = [new Inline("a"), Inline.LineBreak, new Inline("b")] }]], 0)])], ExtractionOutcome.Extracted);
        Assert.Contains("| a b |", article.ToMarkdown(), StringComparison.Ordinal);
        var td = new HtmlParser().ParseDocument(article.ToHtml()).QuerySelector("td")!;
        Assert.Equal("a<br>b", td.InnerHtml);
    }
}
