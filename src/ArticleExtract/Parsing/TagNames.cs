using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace ArticleExtract.Parsing;

/// <summary>
/// The tag names the <see cref="NestingGuard"/> knows, each with a small number, so that its per-tag bookkeeping
/// (open and dropped counts, the name's kind) is an array index rather than a string hash. Names outside the table
/// (custom elements, typos) are numbered per page after the known ones.
/// </summary>
internal sealed class TagNames
{
    private readonly Dictionary<string, int> _ids;

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
        // At most half full, so that probes stay short and a free slot always ends one.
        _mask = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinSlots, 2 * Names.Length)) - 1;
        _slotNames = new string?[_mask + 1];
        _slotIds = new int[_mask + 1];
        for (var id = 0; id < Names.Length; id++)
        {
            // Open addressing with linear probing: a name that collides takes the next free slot, so every known name
            // sits in the table and a free slot ends a search.
            var slot = Slot(Names[id]);
            while (_slotNames[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slotNames[slot] = Names[id];
            _slotIds[slot] = id;
        }

        _packedIds = new int[_mask + 1];
        _packedKeys = new ulong[_mask + 1];
        for (var id = 0; id < Names.Length; id++)
        {
            if (Pack(Names[id]) is { } key)
            {
                var slot = PackedSlot(key);
                while (_packedIds[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _packedKeys[slot] = key;
                _packedIds[slot] = id + 1;
            }
        }
    }

    // The same names again when they are at most eight ASCII characters (almost every tag), keyed by their characters
    // packed into one number, a character a byte, as the guard reads a tag name: the lookup is a multiplication and a
    // comparison of two numbers, with no string compared. Slots hold the number plus one (0: free).
    private readonly int[] _packedIds;
    private readonly ulong[] _packedKeys;

    /// <summary>The most characters a packed key holds.</summary>
    public const int MaxPacked = 8;

    /// <summary>A name's characters packed a byte each (the first in the highest byte used), or null when it is longer
    /// than <see cref="MaxPacked"/> or holds a character outside ASCII.</summary>
    public static ulong? Pack(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxPacked)
        {
            return null;
        }

        ulong key = 0;
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return null;
            }

            key = (key << 8) | c;
        }

        return key;
    }

    private int PackedSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;

    /// <summary>The number and the table's string of a lower-case name given as its <see cref="Pack"/>ed key and its
    /// length (the length tells "a" from "\0a", whose keys are alike); false when the table does not hold it.</summary>
    public bool TryGet(ulong key, int length, [NotNullWhen(true)] out string? interned, out int id)
    {
        for (var slot = PackedSlot(key); _packedIds[slot] is var plusOne && plusOne != 0; slot = (slot + 1) & _mask)
        {
            if (_packedKeys[slot] == key && Names[plusOne - 1].Length == length)
            {
                id = plusOne - 1;
                interned = Names[id];
                return true;
            }
        }

        interned = null;
        id = -1;
        return false;
    }

    // A hash table of the names, looked up by comparing the name: one slot per name from its length and three
    // characters. The guard looks up every tag of the page, and hashing the whole name for a dictionary cost more
    // than this; before the probing, a tenth of the known names (strong, article, th among them) collided into
    // the dictionary on every lookup.
    private const int MinSlots = 1024;
    private readonly int _mask;
    private readonly string?[] _slotNames;
    private readonly int[] _slotIds;

    private int Slot(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return 0;
        }

        var h = (uint)name.Length;
        h = (h * 31) + name[0];
        h = (h * 31) + name[name.Length / 2];
        h = (h * 31) + name[^1];
        return (int)((h ^ (h >> 10)) & (uint)_mask);
    }

    /// <summary>The names by number.</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The number and the table's own string of a lower-case name; false when the table does not hold it.</summary>
    public bool TryGet(ReadOnlySpan<char> name, [NotNullWhen(true)] out string? interned, out int id)
    {
        for (var slot = Slot(name); _slotNames[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (candidate.Length == name.Length && name.SequenceEqual(candidate))
            {
                interned = candidate;
                id = _slotIds[slot];
                return true;
            }
        }

        interned = null;
        id = -1;
        return false;
    }

    public int this[string name] => _ids[name];
}
