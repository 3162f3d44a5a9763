using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleExtract.Tests.Docs;

/// <summary>A figure README gives in two places is the same in both.</summary>
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

    [GeneratedRegex(@"agrees with WCXB-dev's `page_type` on ([\d.]+)% of tuning and ([\d.]+)% of validation pages")]
    private static partial Regex ModelKindAgreement();

    [GeneratedRegex(@"^\| `PageKind` agrees with `page_type` \| ([\d.]+) \| [^|]* \| \*\*([\d.]+)\*\* \|", RegexOptions.Multiline)]
    private static partial Regex TableKindAgreement();
}
