namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A cell's colspan read as browsers read it (HTML's rules for parsing non-negative integers, clamped to 1..1000), so
/// the model holds the page's grid and no more: a span of a million in a 40-byte cell is 1000 columns at most.
/// </summary>
public sealed class ColumnSpanTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 2 ", 2)]
    [InlineData("+2", 2)]
    [InlineData("2px", 2)] // int.TryParse refused these three and numbers past int.MaxValue (span 1); a browser reads them so
    [InlineData("3.5", 3)]
    [InlineData("  3abc", 3)]
    [InlineData("1e9", 1)]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("-5", 1)]
    [InlineData("abc", 1)]
    [InlineData("", 1)]
    [InlineData("1000", 1000)]
    [InlineData("1000000", 1000)]
    [InlineData("2147483648", 1000)]
    [InlineData("99999999999999999999999", 1000)]
    public void A_colspan_spans_as_in_a_browser(string colspan, int expected)
    {
        var html = TestPages.Article(
            $"<table><tr><th>Line</th><th>Cost</th><th>Opening</th></tr><tr><td colspan=\"{colspan}\">Depot and vehicles</td><td>2026</td></tr><tr><td>North</td><td>120</td><td>2027</td></tr></table>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/a/b"));
        var table = Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>());
        Assert.Equal(new TableCell("Depot and vehicles", false, expected), table.Rows[1][0]);
        Assert.Contains("Depot and vehicles\t2026", article.Body, StringComparison.Ordinal);
    }
}
