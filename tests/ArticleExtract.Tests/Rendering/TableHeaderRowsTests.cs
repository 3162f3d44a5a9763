namespace ArticleExtract.Tests.Rendering;

/// <summary>A table built by hand with more header rows than rows, or fewer than none, still renders paired tags.</summary>
public sealed class TableHeaderRowsTests
{
    [Theory]
    [InlineData(-3, "<table><tbody><tr><td>Ferry</td><td>06:10</td></tr><tr><td>Bus</td><td>06:25</td></tr></tbody></table>")]
    [InlineData(0, "<table><tbody><tr><td>Ferry</td><td>06:10</td></tr><tr><td>Bus</td><td>06:25</td></tr></tbody></table>")]
    [InlineData(1, "<table><thead><tr><td>Ferry</td><td>06:10</td></tr></thead><tbody><tr><td>Bus</td><td>06:25</td></tr></tbody></table>")]
    [InlineData(2, "<table><thead><tr><td>Ferry</td><td>06:10</td></tr><tr><td>Bus</td><td>06:25</td></tr></thead></table>")]
    [InlineData(5, "<table><thead><tr><td>Ferry</td><td>06:10</td></tr><tr><td>Bus</td><td>06:25</td></tr></thead></table>")]
    public void Header_rows_are_clamped_to_the_rows_there_are(int headerRows, string expected)
    {
        var table = new TableBlock([[new TableCell("Ferry"), new TableCell("06:10")], [new TableCell("Bus"), new TableCell("06:25")]], headerRows);
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [table])], ExtractionOutcome.Extracted);
        Assert.Contains(expected, article.ToHtml(), StringComparison.Ordinal);
    }
}
