using System.IO.Enumeration;

namespace ArticleExtract.Cli.Batch;

/// <summary>What an input file holds.</summary>
internal enum InputKind
{
    Html,
    Warc,
    /// <summary>Named on the command line under a name that says neither (<c>batch &lt;(curl …/x.warc.gz)</c> names
    /// <c>/dev/fd/63</c>): an archive when its first bytes are one, else a page.</summary>
    Unnamed,
}

/// <summary>One input file: its path and its identity (the path relative to the folder it was found in, or as
/// given for a file, '/'-separated), which names it in output records, in sharding and in per-input outputs.</summary>
/// <param name="Empty">Listed in a folder with no bytes, and not a link: read as empty without being opened. A named pipe
/// lists so too, and opening one waits for a writer: a pipe named <c>*.html</c> in an input folder held the whole batch.
/// (A file named on the command line is always read: <c>batch &lt;(curl …)</c> names a pipe on purpose.)</param>
/// <param name="BadName">Listed under a name that is not valid UTF-8: .NET lists the bytes it cannot decode as U+FFFD, and
/// the name it lists opens no file, so the input is reported as such instead of "not found" (see <see cref="BatchInputs.BadNameError"/>).</param>
internal sealed record BatchInput(InputKind Kind, string Path, string Id, bool Empty = false, bool BadName = false);

/// <summary>Finds the inputs of a batch run in the files and folders named on the command line.</summary>
internal static class BatchInputs
{
    private static readonly string[] HtmlSuffixes = [".html", ".htm", ".html.gz"];
    private static readonly string[] WarcSuffixes = [".warc", ".warc.gz"];

    /// <summary>The error of an input listed under a name that is not valid UTF-8.</summary>
    public const string BadNameError = "file name is not valid UTF-8; skipped";

    /// <summary>Whether a path listed or given is one .NET cannot open by name: Linux allows any bytes but '/' and NUL
    /// in a name, and .NET decodes a name that is not UTF-8 with U+FFFD for the bytes it cannot read. A name that
    /// really holds U+FFFD (valid UTF-8) still opens.</summary>
    public static bool IsBadName(string path) => path.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path);

    public static InputKind? KindOf(string path)
    {
        if (WarcSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return InputKind.Warc;
        }

        return HtmlSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)) ? InputKind.Html : null;
    }

    /// <summary>Every HTML and WARC input under the given paths, ordered by identity (ordinal), each once.
    /// A path that is neither a folder nor a file is returned in <paramref name="missing"/>; the number of subfolders
    /// that could not be listed (and were passed over), their names' bytes not UTF-8 included, in <paramref name="unreadableFolders"/>.</summary>
    public static IReadOnlyList<BatchInput> Discover(IEnumerable<string> paths, out IReadOnlyList<string> missing, out int unreadableFolders)
    {
        var found = new Dictionary<string, BatchInput>(StringComparer.Ordinal);
        var notFound = new List<string>();
        unreadableFolders = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                using var files = new FolderFiles(path);
                while (files.MoveNext())
                {
                    var (file, empty) = files.Current;
                    if (KindOf(file) is { } kind)
                    {
                        var id = Identity(found, System.IO.Path.GetRelativePath(path, file).Replace('\\', '/'), file, file.Replace('\\', '/'));
                        found.TryAdd(id, IsBadName(file) ? new BatchInput(kind, file, id, BadName: true) : new BatchInput(kind, file, id, empty));
                    }
                }

                unreadableFolders += files.Unreadable;
            }
            else if (File.Exists(path))
            {
                // A file named on its own counts whatever its name: the command line says it is an input.
                var id = Identity(found, path.Replace('\\', '/'), path, System.IO.Path.GetFullPath(path).Replace('\\', '/'));
                found.TryAdd(id, new BatchInput(KindOf(path) ?? InputKind.Unnamed, path, id));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return [.. found.Values.OrderBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>A file's identity: <paramref name="id"/>, unless a different file already has it, then
    /// <paramref name="otherwise"/>. Two folders given with a file of the same relative path (siteA/index.html and
    /// siteB/index.html are both "index.html") kept the first only, and the other's pages went missing unreported;
    /// the same file reached twice (a folder named twice) is still one input.</summary>
    private static string Identity(Dictionary<string, BatchInput> found, string id, string file, string otherwise) =>
        found.TryGetValue(id, out var taken) && !string.Equals(System.IO.Path.GetFullPath(taken.Path), System.IO.Path.GetFullPath(file), StringComparison.Ordinal)
            ? otherwise
            : id;
}

/// <summary>
/// The files under a folder, subfolders included. A link to a folder is listed as nothing and not followed, as
/// <c>find</c> and <c>os.walk</c> do by default: one pointing back up the tree made every file appear again at each
/// depth until the path grew too long (a folder named on the command line may itself be a link). A subfolder that
/// cannot be listed is counted and passed over instead of ending the run.
/// </summary>
internal sealed class FolderFiles(string folder)
    : FileSystemEnumerator<(string Path, bool Empty)>(folder, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
{
    public int Unreadable { get; private set; }

    protected override bool ShouldIncludeEntry(ref FileSystemEntry entry) => !entry.IsDirectory;

    protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry)
    {
        // A subfolder named in bytes that are not UTF-8 lists under a name that opens nothing, and the enumerator
        // passes over a folder it does not find without a word: its pages went missing from the run unreported.
        if (entry.FileName.Contains('\uFFFD') && BatchInputs.IsBadName(entry.ToFullPath()))
        {
            Unreadable++;
            return false;
        }

        return (entry.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    // A link's length is not read as empty: a dangling one must still be opened, and fail, to be reported.
    protected override (string Path, bool Empty) TransformEntry(ref FileSystemEntry entry) =>
        (entry.ToSpecifiedFullPath(), entry.Length == 0 && (entry.Attributes & FileAttributes.ReparsePoint) == 0);

    protected override bool ContinueOnError(int error)
    {
        Unreadable++;
        return true;
    }
}
