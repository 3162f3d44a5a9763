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
        for (var id = 0; id < Names.Length; id++)
        {
            // On a collision the earlier name keeps the slot; the later one is found through the dictionary.
            var slot = Slot(Names[id]);
            if (Names[id].Length > 0 && _slotNames[slot] is null)
            {
                _slotNames[slot] = Names[id];
                _slotIds[slot] = id;
            }
        }
    }

    // A direct-mapped table in front of the dictionary: one slot per name from its length and three characters, checked
    // by comparing the name. The guard looks up every tag of the page, and hashing the whole name for the dictionary
    // cost more than this.
    private const int SlotCount = 1024;
    private readonly string?[] _slotNames = new string?[SlotCount];
    private readonly int[] _slotIds = new int[SlotCount];

    private static int Slot(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return 0;
        }

        var h = (uint)name.Length;
        h = (h * 31) + name[0];
        h = (h * 31) + name[name.Length / 2];
        h = (h * 31) + name[^1];
        return (int)((h ^ (h >> 10)) & (SlotCount - 1));
    }

    /// <summary>The names by number.</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The number and the table's own string of a lower-case name; false when the table does not hold it.</summary>
    public bool TryGet(ReadOnlySpan<char> name, [NotNullWhen(true)] out string? interned, out int id)
    {
        var slot = Slot(name);
        if (_slotNames[slot] is { } candidate && name.SequenceEqual(candidate))
        {
            interned = candidate;
            id = _slotIds[slot];
            return true;
        }

        return _lookup.TryGetValue(name, out interned, out id);
    }

    public int this[string name] => _ids[name];
}
