namespace ArticleExtract.Dom;

/// <summary>
/// The last answer computed for each of a few hundred strings, for pure functions of a class or id value or a byline: a
/// page repeats its class strings ("nav-item" on every menu entry), and a repeat then costs one comparison instead of the
/// words' lookups. Direct-mapped: a string takes the slot of its length and three characters, and evicts whatever held it.
/// Not thread-safe: each thread keeps its own (a <see cref="ThreadStaticAttribute"/> field of the caller).
/// </summary>
/// <typeparam name="T">The answer (a reference type's instance is shared by every caller given it: callers must not change it).</typeparam>
internal sealed class StringMemo<T>
{
    private const int Slots = 256;

    /// <summary>Longer strings are not kept (class and id values are a few dozen characters).</summary>
    internal const int MaxKeyLength = 256;
    private readonly string?[] _keys = new string?[Slots];
    private readonly T[] _values = new T[Slots];

    /// <summary>The answer for <paramref name="key"/> (not empty), computed by <paramref name="compute"/> unless kept.</summary>
    public T Get(string key, Func<string, T> compute)
    {
        if (key.Length > MaxKeyLength)
        {
            // Kept strings stay alive until evicted: a hostile page's megabyte class must not outlive its extraction.
            return compute(key);
        }

        var slot = (int)(((uint)key.Length * 31u) + ((uint)key[0] * 7u) + ((uint)key[key.Length / 2] * 3u) + key[^1]) & (Slots - 1);
        if (!string.Equals(_keys[slot], key, StringComparison.Ordinal))
        {
            _values[slot] = compute(key);
            _keys[slot] = key;
        }

        return _values[slot];
    }
}
