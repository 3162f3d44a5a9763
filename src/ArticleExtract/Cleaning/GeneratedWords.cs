namespace ArticleExtract.Cleaning;

/// <summary>
/// Tells, for the words of one class or id value read left to right, which are not names but pieces of generated
/// text: a hash ("elementor-element-60ad7eb", "custom_907ad214", "css-2k9ad4v"), or a utility class's arbitrary
/// value ("top-[var(--nav-height)]"). Split at digits and punctuation, they would read as "ad" or "nav". Each
/// character of the value is scanned a bounded number of times, whatever the words (a hostile page may give thousands
/// of distinct 512-character values).
/// </summary>
internal struct GeneratedWords
{
    // The run of letters and digits last measured: its bounds and what it holds.
    private int _runStart;
    private int _runEnd;
    private bool _runHex;
    private bool _runLetters;
    private int _runDigitGroups;

    // How far the value was scanned for brackets, and whether that point is inside one.
    private int _scanned;
    private bool _inBracket;

    /// <summary>Whether the word at <paramref name="at"/> of <paramref name="length"/> characters is generated text.</summary>
    public bool Skips(string value, int at, int length) =>
        IsHashFragment(value, at, length) || IsModuleSuffix(value, at) || InArbitraryValue(value, at);

    /// <summary>
    /// Whether the word lies in the short hash a CSS-modules build appends to a class after a double underscore
    /// ("table_frame__adR7z", "layout_grid__9bXq2"): <see cref="Thresholds.ModuleHashChars"/> letters and digits
    /// that end the class and mix in a digit or a capital after their first character. A BEM element after the
    /// double underscore ("faq__answer", "card__title") is lower case. The look back is bounded by the hash's length.
    /// </summary>
    private static bool IsModuleSuffix(string value, int at)
    {
        var start = at;
        while (start > 0 && at - start < Thresholds.ModuleHashChars && char.IsAsciiLetterOrDigit(value[start - 1]))
        {
            start--;
        }

        var end = start + Thresholds.ModuleHashChars;
        if (start < 2 || value[start - 1] != '_' || value[start - 2] != '_' || end > value.Length
            || (end < value.Length && !char.IsWhiteSpace(value[end])))
        {
            return false;
        }

        var mixed = false;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            mixed |= i > start && (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
        }

        return mixed;
    }

    /// <summary>
    /// Letters touching a digit inside a run of at least <see cref="Thresholds.HashRunChars"/> letters and digits that
    /// is hexadecimal, or that breaks its letters with digits twice and has a digit right before the word; a word
    /// after one version or size number ("v7menu", "html5lightbox", "ad300x250") is still a word.
    /// </summary>
    private bool IsHashFragment(string value, int at, int length)
    {
        var end = at + length;
        if (!((at > 0 && char.IsAsciiDigit(value[at - 1])) || (end < value.Length && char.IsAsciiDigit(value[end]))))
        {
            return false;
        }

        if (at < _runStart || at >= _runEnd)
        {
            Measure(value, at, end);
        }

        if (_runEnd - _runStart < Thresholds.HashRunChars || _runDigitGroups == 0 || !_runLetters)
        {
            return false;
        }

        return _runHex || (_runDigitGroups >= 2 && at > _runStart && char.IsAsciiDigit(value[at - 1]));
    }

    private void Measure(string value, int at, int end)
    {
        var start = at;
        while (start > 0 && char.IsAsciiLetterOrDigit(value[start - 1]))
        {
            start--;
        }

        while (end < value.Length && char.IsAsciiLetterOrDigit(value[end]))
        {
            end++;
        }

        (_runStart, _runEnd, _runHex, _runLetters, _runDigitGroups) = (start, end, true, false, 0);
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            _runHex &= char.IsAsciiHexDigit(c);
            _runLetters |= char.IsAsciiLetter(c);
            if (char.IsAsciiDigit(c) && (i == start || !char.IsAsciiDigit(value[i - 1])))
            {
                _runDigitGroups++;
            }
        }
    }

    /// <summary>Whether the word stands inside the brackets of an arbitrary value, within one space-separated class.</summary>
    private bool InArbitraryValue(string value, int at)
    {
        // Words come left to right: the scan goes on from where the previous word left it. Only the last bracket or
        // space before the word tells (an opening bracket opens, a closing one or a space closes), so the vectorised
        // search from the end finds it; with none in between, the state stays as it was.
        if (_scanned == 0 && at > 0 && !value.Contains('['))
        {
            // No bracket anywhere (most values): no word stands in one, and the value needs no further scan.
            _scanned = value.Length;
        }

        if (_scanned < at)
        {
            var last = value.AsSpan(_scanned, at - _scanned).LastIndexOfAny('[', ']', ' ');
            if (last >= 0)
            {
                _inBracket = value[_scanned + last] == '[';
            }

            _scanned = at;
        }

        return _inBracket;
    }
}
