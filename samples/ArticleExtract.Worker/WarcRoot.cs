namespace ArticleExtract.Worker;

/// <summary>
/// The one folder whose files WARC pointers may name (<see cref="WorkerOptions.WarcRoot"/>). A message is input from
/// whoever can publish to the queue: without a root, a pointer could make the worker open any file the process can
/// read (<c>/etc/shadow</c>, a key, a FIFO that blocks it for ever) and publish what it found there, or the failure
/// message, to the results or dead-letter queue.
/// </summary>
/// <remarks>
/// Symbolic links are resolved component by component, as realpath(3) does, before the path is compared with the
/// root's own resolved path: a link under the root that points out of it is refused, and <c>link/../name</c> means
/// what the kernel makes of it, not what a lexical normalisation does. A file or link changed between the check and
/// the open is not guarded against: whoever can write under the root already chooses what the worker reads.
/// </remarks>
internal sealed class WarcRoot
{
    // As Linux's SYMLOOP_MAX: a chain of links longer than this is a loop, or as good as one.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _prefix;

    private WarcRoot(string folder)
    {
        Folder = folder;
        _prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
    }

    /// <summary>The root's resolved path.</summary>
    public string Folder { get; }

    /// <summary>The root for <paramref name="folder"/>, or null (pointers refused) when it is null or empty.</summary>
    /// <exception cref="InvalidOperationException">The folder does not exist: caught at start-up, not at the first pointer.</exception>
    public static WarcRoot? Create(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        var real = RealPath(Path.Combine(Environment.CurrentDirectory, folder));
        if (real is null || !Directory.Exists(real))
        {
            throw new InvalidOperationException($"Worker:WarcRoot '{folder}' is not a folder.");
        }

        return new WarcRoot(real);
    }

    /// <summary>
    /// The file a pointer names, resolved: relative to the root, or absolute; null, with the reason, when it is not a
    /// file under the root.
    /// </summary>
    public string? Resolve(string pointer, out string? error)
    {
        var real = pointer.Contains('\0', StringComparison.Ordinal) ? null : RealPath(Path.Combine(Folder, pointer));
        if (real is null || !real.StartsWith(_prefix, PathComparison))
        {
            error = "WARC pointer outside Worker:WarcRoot";
            return null;
        }

        if (Directory.Exists(real))
        {
            error = "WARC pointer names a folder, not a file";
            return null;
        }

        error = null;
        return real;
    }

    // Walks the path one name at a time; a link's target replaces the link and is walked in its turn. Names that do
    // not exist are kept as they are (the open then fails with FileNotFoundException, as for any missing file).
    private static string? RealPath(string path)
    {
        var pending = new Stack<string>();
        PushNames(pending, path);
        var current = Path.GetPathRoot(path);
        if (string.IsNullOrEmpty(current))
        {
            return null;
        }

        var links = 0;
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, name);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                var resolved = Path.Combine(current, target);
                PushNames(pending, resolved);
                current = Path.GetPathRoot(resolved) ?? current;
                continue;
            }

            current = next;
        }

        return current;
    }

    // Pushes the path's names so that the first is popped first; "." and empty names (doubled separators) are dropped.
    private static void PushNames(Stack<string> pending, string path)
    {
        var root = Path.GetPathRoot(path)?.Length ?? 0;
        var names = path[root..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = names.Length - 1; i >= 0; i--)
        {
            if (names[i] != ".")
            {
                pending.Push(names[i]);
            }
        }
    }
}
