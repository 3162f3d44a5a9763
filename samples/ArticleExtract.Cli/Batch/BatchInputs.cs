namespace ArticleExtract.Cli.Batch;

/// <summary>What an input file holds.</summary>
internal enum InputKind
{
    Html,
    Warc,
}

/// <summary>One input file: its path and its identity (the path relative to the folder it was found in, or as
/// given for a file, '/'-separated), which names it in output records, in sharding and in per-input outputs.</summary>
internal sealed record BatchInput(InputKind Kind, string Path, string Id);

/// <summary>Finds the inputs of a batch run in the files and folders named on the command line.</summary>
internal static class BatchInputs
{
    private static readonly string[] HtmlSuffixes = [".html", ".htm", ".html.gz"];
    private static readonly string[] WarcSuffixes = [".warc", ".warc.gz"];

    public static InputKind? KindOf(string path)
    {
        if (WarcSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return InputKind.Warc;
        }

        return HtmlSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)) ? InputKind.Html : null;
    }

    /// <summary>Every HTML and WARC input under the given paths, ordered by identity (ordinal), each once.
    /// A path that is neither a folder nor a file is returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<BatchInput> Discover(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var found = new Dictionary<string, BatchInput>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (KindOf(file) is { } kind)
                    {
                        var id = System.IO.Path.GetRelativePath(path, file).Replace('\\', '/');
                        found.TryAdd(id, new BatchInput(kind, file, id));
                    }
                }
            }
            else if (File.Exists(path))
            {
                // A file named on its own counts whatever its name: the command line says it is an input.
                var id = path.Replace('\\', '/');
                found.TryAdd(id, new BatchInput(KindOf(path) ?? InputKind.Html, path, id));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return [.. found.Values.OrderBy(i => i.Id, StringComparer.Ordinal)];
    }
}
