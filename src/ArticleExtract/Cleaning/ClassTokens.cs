namespace ArticleExtract.Cleaning;

/// <summary>
/// Splits <c>class</c> and <c>id</c> values into lower-case words: at any non-alphanumeric character, between a
/// lower-case letter and an upper-case one (<c>articleBody</c>), and between letters and digits (<c>ad300x250</c>).
/// Words are written into a caller's buffer as (start, length) pairs to avoid allocating a string per word.
/// </summary>
internal ref struct ClassTokens
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    public ClassTokens(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    /// <summary>The index just past the current word.</summary>
    public readonly int Position => _pos;

    /// <summary>Moves to the next word; <paramref name="word"/> is its original-case slice.</summary>
    public bool Next(out ReadOnlySpan<char> word)
    {
        var t = _text;
        var i = _pos;
        while (i < t.Length && !char.IsLetterOrDigit(t[i]))
        {
            i++;
        }

        if (i >= t.Length)
        {
            _pos = i;
            word = default;
            return false;
        }

        var start = i;
        i++;
        while (i < t.Length && char.IsLetterOrDigit(t[i]))
        {
            var prev = t[i - 1];
            var c = t[i];
            if ((char.IsLower(prev) && char.IsUpper(c)) || (char.IsLetter(prev) != char.IsLetter(c)))
            {
                break;
            }

            i++;
        }

        _pos = i;
        word = t[start..i];
        return true;
    }
}
