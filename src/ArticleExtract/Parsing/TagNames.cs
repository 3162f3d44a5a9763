using System.Diagnostics.CodeAnalysis;

namespace ArticleExtract.Parsing;

/// <summary>
/// The tag names the <see cref="NestingGuard"/> knows, each with a small number, so that its per-tag bookkeeping
/// (open and dropped counts, the name's kind) is an array index rather than a string hash. Names outside the table
/// (custom elements, typos) are numbered per page after the known ones.
/// </summary>
internal sealed class TagNames
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TagNames(IEnumerable<string> names)
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var name in names)
        {
            if (_ids.TryAdd(name, list.Count))
            {
                list.Add(name);
            }
        }

        Names = [.. list];
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The names by number.</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The number and the table's own string of a lower-case name; false when the table does not hold it.</summary>
    public bool TryGet(ReadOnlySpan<char> name, [NotNullWhen(true)] out string? interned, out int id) =>
        _lookup.TryGetValue(name, out interned, out id);

    public int this[string name] => _ids[name];
}
