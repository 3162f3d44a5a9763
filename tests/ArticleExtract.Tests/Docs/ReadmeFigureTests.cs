using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleExtract.Tests.Docs;

/// <summary>A figure README gives in two places, or that two of its tables measure alike, is the same in both.</summary>
public sealed partial class ReadmeFigureTests
{
    [Fact]
    public void The_page_kind_agreement_in_the_output_model_is_the_accuracy_tables()
    {
        var readme = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "README.md"));
        var model = ModelKindAgreement().Match(readme);
        var table = TableKindAgreement().Match(readme);
        Assert.True(model.Success, "README's output model does not state PageKind's agreement as 'on X% of tuning and Y% of validation pages'");
        Assert.True(table.Success, "README's Accuracy section has no '`PageKind` agrees with `page_type`' row");
        Assert.Equal(
            (decimal.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture), decimal.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture)),
            (decimal.Parse(model.Groups[1].Value, CultureInfo.InvariantCulture) / 100, decimal.Parse(model.Groups[2].Value, CultureInfo.InvariantCulture) / 100));
    }

    [Fact]
    public void The_favor_tables_balanced_row_is_the_accuracy_tables_aeb_figures()
    {
        // Balanced is the default, so its row measures what the Accuracy table measures: a row from another run is stale.
        var readme = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "README.md"));
        var favor = FavorBalancedRow().Match(readme);
        var aeb = AebFigures().Match(readme);
        Assert.True(favor.Success, "README has no '| `balanced` (default) | P | R | F1 |' row");
        Assert.True(aeb.Success, "README's Accuracy table has no AEB F1, precision and recall rows");
        Assert.Equal(
            (aeb.Groups["p"].Value, aeb.Groups["r"].Value, aeb.Groups["f1"].Value),
            (favor.Groups["p"].Value, favor.Groups["r"].Value, favor.Groups["f1"].Value));
    }

    [GeneratedRegex(@"^\| `balanced` \(default\) \| (?<p>[\d.]+) \| (?<r>[\d.]+) \| (?<f1>[\d.]+) \|", RegexOptions.Multiline)]
    private static partial Regex FavorBalancedRow();

    [GeneratedRegex(@"^\| article-extraction-benchmark, [^|]* \| F1 \| \*\*(?<f1>[\d.]+)\*\* \|.*\n\| \| precision \| \*\*(?<p>[\d.]+)\*\* \|.*\n\| \| recall \| \*\*(?<r>[\d.]+)\*\* \|", RegexOptions.Multiline)]
    private static partial Regex AebFigures();

    [GeneratedRegex(@"agrees with WCXB-dev's `page_type` on ([\d.]+)% of tuning and ([\d.]+)% of validation pages")]
    private static partial Regex ModelKindAgreement();

    [GeneratedRegex(@"^\| `PageKind` agrees with `page_type` \| ([\d.]+) \| [^|]* \| \*\*([\d.]+)\*\* \|", RegexOptions.Multiline)]
    private static partial Regex TableKindAgreement();
}
