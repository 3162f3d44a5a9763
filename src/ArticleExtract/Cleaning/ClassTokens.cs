namespace ArticleExtract.Cleaning;

/// <summary>
/// Splits <c>class</c> and <c>id</c> values into words: at any non-alphanumeric character, between letters and
/// digits (<c>ad300x250</c>), and between a lower-case letter and an upper-case one inside a camelCase name
/// (<c>articleBody</c>, <c>newsCaption</c>). A name that starts with a capital (<c>CtxtMenu</c>, <c>MathJax</c>) is
/// a library's type-like name, not a phrase, and is kept whole, unless it opens a CSS module's generated name
/// (<c>RelatedArticles_container__Ntihs</c>), where it is a component's name in PascalCase and split as camelCase.
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
        while (i < t.Length && KindOf(t[i]) == Kind.Other)
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
        var previous = KindOf(t[start]);
        if (start == 0 || KindOf(t[start - 1]) == Kind.Other)
        {
            _camelSegment = previous == Kind.Lower || (previous == Kind.Upper && IsModuleName(t, start));
        }

        // Each character's kind is read once: the word goes on while letters or digits follow, and stops where a digit
        // meets a letter or, in a camelCase segment, an upper-case letter follows a lower-case one (one table read).
        var breaks = _camelSegment ? CamelBreaks : Breaks;

        // Most words are lower-case ASCII letters ("menu", "item"), and a lower-case letter after one ends no word in
        // either table: a range test each passes them before the table's loop takes the rest.
        i++;
        if (previous == Kind.Lower)
        {
            while (i < t.Length && char.IsAsciiLetterLower(t[i]))
            {
                i++;
            }
        }

        for (; i < t.Length; i++)
        {
            var kind = KindOf(t[i]);
            if (breaks[((int)previous * 5) + (int)kind] != 0)
            {
                break;
            }

            previous = kind;
        }

        _pos = i;
        word = t[start..i];
        return true;
    }

    /// <summary>
    /// Whether the class at <paramref name="start"/> is a CSS module's generated name, a component's name, the part's
    /// and a hash ("RelatedArticles_container__Ntihs", "ArticlePage_wrapper__00Ffr"): its capitalised first word is then
    /// a phrase in PascalCase (a React component's name), split like camelCase, not a library's type-like name.
    /// Only that shape: "MathJax_Display" or "CtxtMenu_Menu" have no hash after a double underscore.
    /// </summary>
    private static bool IsModuleName(ReadOnlySpan<char> t, int start)
    {
        var i = start;
        while (i < t.Length && KindOf(t[i]) != Kind.Other)
        {
            i++;
        }

        if (i >= t.Length || t[i] != '_')
        {
            return false;
        }

        var end = t[i..].IndexOfAny(' ', '\t', '\n');
        var rest = end < 0 ? t[i..] : t.Slice(i, end);
        var hash = rest.LastIndexOf("__", StringComparison.Ordinal);
        return hash > 0 && hash + 2 < rest.Length;
    }

    /// <summary>What a character is to the splitting: <see cref="char.IsLetterOrDigit(char)"/>, and then a letter's case.</summary>
    private enum Kind : byte
    {
        Other,
        Lower,
        Upper,
        Uncased,
        Digit,
    }

    // Whether a word ends between a character of the row's kind and one of the column's (both Kind, in its order): at
    // anything not a letter or digit, and where letters meet digits; in a camelCase segment, also where an upper-case
    // letter follows a lower-case one. (The rows of Other are never read: a word starts at a letter or digit.)
    private static ReadOnlySpan<byte> Breaks =>
    [
        1, 1, 1, 1, 0,
        1, 0, 0, 0, 1,
        1, 0, 0, 0, 1,
        1, 0, 0, 0, 1,
        1, 1, 1, 1, 0,
    ];

    private static ReadOnlySpan<byte> CamelBreaks =>
    [
        1, 1, 1, 1, 0,
        1, 0, 1, 0, 1,
        1, 0, 0, 0, 1,
        1, 0, 0, 0, 1,
        1, 1, 1, 1, 0,
    ];

    // ASCII characters (most class and id values) by a table; others by the char methods, as before.
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    // Small enough to be inlined into the loop, which the whole chain of char tests was not.
    private static Kind KindOf(char c) => c < 128 ? (Kind)AsciiKinds[c] : NonAsciiKind(c);

    private static Kind NonAsciiKind(char c) =>
        !char.IsLetterOrDigit(c) ? Kind.Other
        : !char.IsLetter(c) ? Kind.Digit
        : char.IsLower(c) ? Kind.Lower
        : char.IsUpper(c) ? Kind.Upper
        : Kind.Uncased;
}
