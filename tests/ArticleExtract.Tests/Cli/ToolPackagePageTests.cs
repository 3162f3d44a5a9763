using System.Text.RegularExpressions;
using ArticleExtract.Cli;
using ArticleExtract.Tests.Docs;

namespace ArticleExtract.Tests.Cli;

/// <summary>The tool's package page (samples/ArticleExtract.Cli/PACKAGE.md) says what the tool itself says.</summary>
public sealed partial class ToolPackagePageTests
{
    [Fact]
    public async Task The_package_page_lists_the_exit_statuses_the_help_prints()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["--help"], TextReader.Null, stdout, stderr));
        var help = stdout.ToString();
        var block = help[help.IndexOf("Exit status:", StringComparison.Ordinal)..];
        var page = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "samples", "ArticleExtract.Cli", "PACKAGE.md"));
        Assert.Contains(Spaced(block), Spaced(page), StringComparison.Ordinal);
    }

    private static string Spaced(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
