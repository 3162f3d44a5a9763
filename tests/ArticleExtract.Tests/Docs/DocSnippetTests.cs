using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleExtract.Tests.Docs;

/// <summary>
/// Every ```csharp block of the README and the package README compiles against the library as it is, so the
/// Quick start cannot rot. Each block is a program of its own (top-level statements), with the SDK's implicit
/// usings, nullable on and warnings as errors, as a new console project would build it.
/// </summary>
public sealed partial class DocSnippetTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(ArticleExtractor).Assembly.Location);
        return [.. paths.Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    });

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var doc in new[] { "README.md", "src/ArticleExtract/PACKAGE.md" })
        {
            var count = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), doc))).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(doc, i);
            }
        }

        return data;
    }

    [Fact]
    public void Both_readmes_have_a_quick_start_in_csharp()
    {
        foreach (var doc in new[] { "README.md", "src/ArticleExtract/PACKAGE.md" })
        {
            var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), doc)));
            Assert.Contains(blocks, b => b.Contains("ArticleExtractor.Default.Extract(", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_csharp_block_compiles(string doc, int index)
    {
        var code = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), doc)))[index];
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8019").Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{doc}, C# block {index + 1}:\n{code}\n\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_format_in_an_interpolation_is_one_the_value_reads(string doc, int index)
    {
        // "{value:yyyy-MM-dd}" compiles for any value, but a type that is not IFormattable ignores the format and prints
        // its ToString(): a sample that shows a date's format then prints something else.
        var code = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), doc)))[index];
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, options);
        var compilation = CSharpCompilation.Create(
            "Snippet", [CSharpSyntaxTree.ParseText(ImplicitUsings, options), tree], References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var model = compilation.GetSemanticModel(tree);
        var formattable = compilation.GetTypeByMetadataName("System.IFormattable")!;
        var ignored = new List<string>();
        foreach (var hole in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InterpolationSyntax>())
        {
            if (hole.FormatClause is null || model.GetTypeInfo(hole.Expression).Type is not { } type)
            {
                continue;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (!type.AllInterfaces.Contains(formattable, SymbolEqualityComparer.Default))
            {
                ignored.Add($"{hole} ({type.ToDisplayString()} is not IFormattable)");
            }
        }

        Assert.True(ignored.Count == 0, $"{doc}, C# block {index + 1}: a format its value ignores:\n{string.Join("\n", ignored)}");
    }

    private static List<string> CSharpBlocks(string markdown) =>
        [.. CSharpFence().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpFence();

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArticleExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
