namespace ArticleExtract.Cleaning;

/// <summary>
/// A fixed word list looked up by a word as written, ignoring ASCII case, without lower-casing it first: what a
/// <see cref="Dictionary{TKey, TValue}"/> keyed by lower-case words answers for the word lower-cased, for words of
/// ASCII characters. The noise classifier looks up every class and id word of a page's first sightings, and casing
/// each into a buffer and hashing it there was a fifth of that work.
/// </summary>
/// <typeparam name="T">What a word maps to.</typeparam>
internal sealed class AsciiWordTable<T>
{
    // Open addressing with linear probing, at most half full: a word not listed usually ends at its first slot.
    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _shift;

    /// <summary>Files the entries whose keys are all ASCII; the others can equal no ASCII word lower-cased.</summary>
    public AsciiWordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var ascii = entries.Where(e => System.Text.Ascii.IsValid(e.Key)).ToArray();
        var bits = 4;
        while ((1 << bits) < 2 * ascii.Length)
        {
            bits++;
        }

        _shift = 32 - bits;
        _keys = new string?[1 << bits];
        _values = new T[1 << bits];
        foreach (var (key, value) in ascii)
        {
            var slot = Slot(Hash(key));
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            (_keys[slot], _values[slot]) = (key, value);
        }
    }

    /// <summary>
    /// Looks <paramref name="word"/> up as if lower-cased (A–Z to a–z, as the invariant culture does for ASCII).
    /// False with <paramref name="ascii"/> false when the word holds other characters: the caller asks otherwise.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value, out bool ascii)
    {
        var hash = 0u;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                (value, ascii) = (default!, false);
                return false;
            }

            hash = (hash * 31) + Lower(c);
        }

        ascii = true;
        for (var slot = Slot(hash); _keys[slot] is { } key; slot = (slot + 1) & (_keys.Length - 1))
        {
            if (EqualsLowered(key, word))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    private static uint Lower(char c) => char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c;

    // A key's hash as the word's: its characters lower-cased, so that a key with a capital (which no lower-cased word
    // equals) may share a slot with one but is never found for it.
    private static uint Hash(string key)
    {
        var hash = 0u;
        foreach (var c in key)
        {
            hash = (hash * 31) + Lower(c);
        }

        return hash;
    }

    private int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

    /// <summary>Whether <paramref name="key"/> equals <paramref name="word"/> (ASCII) lower-cased.</summary>
    private static bool EqualsLowered(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (key[i] != Lower(word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
