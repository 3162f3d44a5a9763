using System.Globalization;
using System.Text;

namespace ArticleExtract.Cli.Batch;

/// <summary>
/// <c>--shard i/N</c>: this run's part of the inputs, chosen by a stable hash of each input's identity (its path
/// relative to the folder named on the command line), so N runs with i = 0..N-1 on N machines take disjoint parts
/// that together are every input, with no coordinator. The hash is FNV-1a over the UTF-8 identity: fixed by this
/// code, not by the runtime (string.GetHashCode differs per process).
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(0, 1);

    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard '{text}' is not i/N (for example 0/4)";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"--shard '{text}': N must be at least 1 and i between 0 and N-1";
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    public bool Contains(string identity) => Count == 1 || (int)(Hash(identity) % (ulong)Count) == Index;

    public static ulong Hash(string identity)
    {
        const ulong offsetBasis = 14695981039346656037, prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(identity))
        {
            hash = (hash ^ b) * prime;
        }

        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
