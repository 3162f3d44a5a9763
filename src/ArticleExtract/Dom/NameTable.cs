namespace ArticleExtract.Dom;

/// <summary>
/// A fixed set of element names, each with a value, looked up for every element by the stages that walk the tree: an
/// open-addressing table (slot from the length and two characters, linear probing), where AngleSharp's interned tag
/// names mostly match by reference. It took about half the time of the dictionary it replaced (<see cref="Tags"/>),
/// and a switch over the names cost 2% of the metadata stage (<see cref="Metadata.ElementNames"/>).
/// </summary>
internal sealed class NameTable<TValue>
    where TValue : struct
{
    private const int Slots = 256;
    private readonly (string? Name, TValue Value)[] _table = new (string?, TValue)[Slots];

    /// <param name="entries">The names (lower case, as AngleSharp gives HTML names) and their values.</param>
    public NameTable(IReadOnlyDictionary<string, TValue> entries)
    {
        // At most half the slots taken: probing always ends at an empty slot, and soon.
        if (entries.Count > Slots / 2)
        {
            throw new ArgumentException($"At most {Slots / 2} names fit the table.", nameof(entries));
        }

        foreach (var (name, value) in entries)
        {
            var slot = Slot(name);
            while (_table[slot].Name is not null)
            {
                slot = (slot + 1) & (Slots - 1);
            }

            _table[slot] = (name, value);
        }
    }

    /// <summary>The value of a name; the default for a name not listed.</summary>
    public TValue Of(string name)
    {
        if (name.Length == 0)
        {
            return default;
        }

        for (var slot = Slot(name); ; slot = (slot + 1) & (Slots - 1))
        {
            var (known, value) = _table[slot];
            if (known is null)
            {
                return default;
            }

            if (ReferenceEquals(known, name) || string.Equals(known, name, StringComparison.Ordinal))
            {
                return value;
            }
        }
    }

    private static int Slot(string name) => (int)(((uint)name.Length * 31u) + ((uint)name[0] * 7u) + ((uint)name[^1] * 3u)) & (Slots - 1);
}
