namespace ArticleExtract.Cleaning;

/// <summary>
/// Splits <c>class</c> and <c>id</c> values into words: at any non-alphanumeric character, between letters and
/// digits (<c>ad300x250</c>), and between a lower-case letter and an upper-case one inside a camelCase name
/// (<c>articleBody</c>, <c>newsCaption</c>). A name that starts with a capital (<c>CtxtMenu</c>, <c>MathJax</c>) is
/// a library's type-like name, not a phrase, and is kept whole.
/// Words are written into a caller's buffer as (start, length) pairs to avoid allocating a string per word.
/// </summary>
internal ref struct ClassTokens
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;
    private bool _camelSegment;

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
        if (start == 0 || !char.IsLetterOrDigit(t[start - 1]))
        {
            _camelSegment = char.IsLower(t[start]);
        }

        i++;
        while (i < t.Length && char.IsLetterOrDigit(t[i]))
        {
            var prev = t[i - 1];
            var c = t[i];
            if ((_camelSegment && char.IsLower(prev) && char.IsUpper(c)) || (char.IsLetter(prev) != char.IsLetter(c)))
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
