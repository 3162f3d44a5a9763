using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace ArticleExtract.Tests.Architecture;

/// <summary>
/// The structure issue #10 asks for, checked on the library's own source with Roslyn: short methods, and stage
/// folders that depend on each other in one direction only. A reviewer cannot keep these by eye across merges.
/// </summary>
public sealed class ArchitectureTests
{
    private const int MaxMethodLines = 80;

    private static readonly Lazy<LibrarySource> Source = new(LibrarySource.Load);

    private readonly ITestOutputHelper _output;

    public ArchitectureTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void No_method_in_the_library_is_over_80_lines()
    {
        var tooLong = new List<string>();
        foreach (var tree in Source.Value.Compilation.SyntaxTrees)
        {
            foreach (var body in tree.GetRoot().DescendantNodes().Where(IsCodeBody))
            {
                var span = body.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMethodLines)
                {
                    tooLong.Add($"{Source.Value.Relative(tree)}:{span.StartLinePosition.Line + 1} {NameOf(body)} ({lines} lines)");
                }
            }
        }

        Assert.True(tooLong.Count == 0, "Methods over " + MaxMethodLines + " lines:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void Stage_folders_depend_on_each_other_in_one_direction_only()
    {
        var edges = Source.Value.FolderDependencies();
        foreach (var (from, targets) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            _output.WriteLine(from + " -> " + string.Join(", ", targets.Order(StringComparer.Ordinal)));
        }

        var cycles = new List<string>();
        foreach (var (from, targets) in edges)
        {
            foreach (var to in targets)
            {
                if (IsAllowedPair(from, to))
                {
                    continue;
                }

                if (string.CompareOrdinal(from, to) < 0 && edges.TryGetValue(to, out var back) && back.Contains(from))
                {
                    cycles.Add($"{from} <-> {to}: {Source.Value.Example(from, to)}; {Source.Value.Example(to, from)}");
                }
            }
        }

        Assert.True(cycles.Count == 0, "Folders that use each other:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void Metadata_does_not_depend_on_structure()
    {
        // Named in issue #10: the metadata reader runs before the flow is built and must not borrow its helpers.
        var edges = Source.Value.FolderDependencies();
        Assert.DoesNotContain("Structure", edges.GetValueOrDefault("Metadata") ?? []);
    }

    [Fact]
    public void The_dependency_check_sees_a_real_dependency()
    {
        // Guards the check itself: the pipeline's entry point uses the metadata reader and the section builder,
        // so a binding failure that found no edges would show here instead of passing the tests above silently.
        var edges = Source.Value.FolderDependencies();
        Assert.Contains("Metadata", edges[LibrarySource.RootFolder]);
        Assert.Contains("Structure", edges[LibrarySource.RootFolder]);
        Assert.Contains("Analysis", edges["Structure"]);
    }

    // The root folder holds the entry point, which wires every stage, and the public options and exception types
    // the stages read. Model and Rendering are the public result and its renderings (Article.ToMarkdown()).
    private static bool IsAllowedPair(string a, string b) =>
        a == LibrarySource.RootFolder || b == LibrarySource.RootFolder || (a, b) is ("Model", "Rendering") or ("Rendering", "Model");

    private static bool IsCodeBody(SyntaxNode node) => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax;

    private static string NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax f => f.Identifier.Text + " (local function)",
        _ => node.Kind().ToString(),
    };

    private sealed class LibrarySource
    {
        public const string RootFolder = "(root)";

        private readonly string _root;
        private readonly Dictionary<(string From, string To), string> _examples = [];
        private Dictionary<string, HashSet<string>>? _dependencies;

        private LibrarySource(string root, CSharpCompilation compilation)
        {
            _root = root;
            Compilation = compilation;
        }

        public CSharpCompilation Compilation { get; }

        public static LibrarySource Load()
        {
            var root = Path.Combine(RepositoryRoot(), "src", "ArticleExtract");
            var options = new CSharpParseOptions(LanguageVersion.Preview);
            var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(root, p))
                .Order(StringComparer.Ordinal)
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, p))
                .ToList();
            var usings = CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
                options);
            trees.Add(usings);
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(p => !Path.GetFileName(p).StartsWith("ArticleExtract", StringComparison.Ordinal)))
                .DistinctBy(Path.GetFileName)
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "ArticleExtract.Architecture",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
            return new LibrarySource(root, compilation);
        }

        /// <summary>One place where <paramref name="from"/> uses <paramref name="to"/>, for the failure message.</summary>
        public string Example(string from, string to) => _examples.GetValueOrDefault((from, to)) ?? "?";

        public string Relative(SyntaxTree tree) => Path.GetRelativePath(_root, tree.FilePath);

        /// <summary>Folder → the other folders whose types or members its code names.</summary>
        public Dictionary<string, HashSet<string>> FolderDependencies()
        {
            if (_dependencies is not null)
            {
                return _dependencies;
            }

            var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var tree in Compilation.SyntaxTrees)
            {
                if (tree.FilePath.Length == 0)
                {
                    continue;
                }

                var from = FolderOf(tree.FilePath);
                var model = Compilation.GetSemanticModel(tree);
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    if (model.GetSymbolInfo(name).Symbol is not { } symbol || symbol is INamespaceSymbol)
                    {
                        continue;
                    }

                    var declared = symbol.OriginalDefinition.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.FilePath;
                    if (string.IsNullOrEmpty(declared))
                    {
                        continue;
                    }

                    var to = FolderOf(declared);
                    if (to != from)
                    {
                        if (!edges.TryGetValue(from, out var set))
                        {
                            edges[from] = set = new HashSet<string>(StringComparer.Ordinal);
                        }

                        if (set.Add(to))
                        {
                            var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                            _examples[(from, to)] = $"{Relative(tree)}:{line} uses {symbol.ToDisplayString()}";
                        }
                    }
                }
            }

            return _dependencies = edges;
        }

        private string FolderOf(string path)
        {
            var relative = Path.GetRelativePath(_root, path);
            var slash = relative.IndexOf(Path.DirectorySeparatorChar);
            return slash < 0 ? RootFolder : relative[..slash];
        }

        private static bool IsBuildOutput(string root, string path)
        {
            var relative = Path.GetRelativePath(root, path);
            return relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        private static string RepositoryRoot()
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
}
