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

    // The built-in encoder, which escapes every character outside ASCII.
    private static readonly System.Text.Json.JsonSerializerOptions EscapeAll = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    [SkippableFact]
    public void The_json_sizes_of_the_russian_page_are_the_readmes()
    {
        // README's case for writing non-ASCII text as UTF-8: the size of one page's JSON both ways. Within 3%: the figures
        // are rounded to KB, and the text of the page's article may move a little with any change to extraction.
        var shared = Fixture.SharedDirectory();
        Skip.If(shared is null, Fixture.SharedMissing);
        var readme = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "README.md")).Replace('\n', ' ');
        var stated = RussianPageJson().Match(readme);
        Assert.True(stated.Success, "README does not state the Russian page's JSON as 'gives N KB of compact JSON, M KB when every non-ASCII character is escaped'");
        var page = Path.Combine(shared!, "corpus", "aeb-dev", "html", "3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1.html.gz");
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(page), System.IO.Compression.CompressionMode.Decompress);
        var json = ArticleExtractor.Default.Extract(gzip).ToJsonUtf8();
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var escaped = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document.RootElement, EscapeAll);
        Assert.InRange(json.Length / 1000.0, double.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture) * 0.97, double.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture) * 1.03);
        Assert.InRange(escaped.Length / 1000.0, double.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture) * 0.97, double.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture) * 1.03);
    }

    [GeneratedRegex(@"gives (\d+) KB of compact JSON, (\d+) KB when every non-ASCII character (?:is|was) escaped")]
    private static partial Regex RussianPageJson();

    [GeneratedRegex(@"^\| `balanced` \(default\) \| (?<p>[\d.]+) \| (?<r>[\d.]+) \| (?<f1>[\d.]+) \|", RegexOptions.Multiline)]
    private static partial Regex FavorBalancedRow();

    [GeneratedRegex(@"^\| article-extraction-benchmark, [^|]* \| F1 \| \*\*(?<f1>[\d.]+)\*\* \|.*\n\| \| precision \| \*\*(?<p>[\d.]+)\*\* \|.*\n\| \| recall \| \*\*(?<r>[\d.]+)\*\* \|", RegexOptions.Multiline)]
    private static partial Regex AebFigures();

    [GeneratedRegex(@"agrees with WCXB-dev's `page_type` on ([\d.]+)% of tuning and ([\d.]+)% of validation pages")]
    private static partial Regex ModelKindAgreement();

    [GeneratedRegex(@"^\| `PageKind` agrees with `page_type` \| ([\d.]+) \| [^|]* \| \*\*([\d.]+)\*\* \|", RegexOptions.Multiline)]
    private static partial Regex TableKindAgreement();
}
