namespace ArticleExtract.Cleaning;

/// <summary>
/// The words of a text as runs of letters (<see cref="char.IsLetter(char)"/>), each as the range it stands at: what the
/// vocabulary checks look words up by. Digits, punctuation and spaces separate words; nothing is allocated.
/// </summary>
/// <example><c>foreach (var word in new LetterRuns(text)) { … text[word] … }</c></example>
internal readonly ref struct LetterRuns(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;

    public Enumerator GetEnumerator() => new(_text);

    public ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _end;

        public Range Current { get; private set; }

        public bool MoveNext()
        {
            var i = _end;
            while (i < _text.Length && !char.IsLetter(_text[i]))
            {
                i++;
            }

            if (i >= _text.Length)
            {
                _end = i;
                return false;
            }

            var start = i;
            while (i < _text.Length && char.IsLetter(_text[i]))
            {
                i++;
            }

            Current = start..i;
            _end = i;
            return true;
        }
    }
}
