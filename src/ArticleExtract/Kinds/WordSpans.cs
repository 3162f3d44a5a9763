namespace ArticleExtract.Kinds;

/// <summary>
/// The words of a text as the benchmarks' readers count them (runs of letters, digits or underscores, like
/// <c>\w+</c>), found one after another without allocating: the repeat finders compare pages' blocks by them.
/// </summary>
internal static class WordSpans
{
    /// <summary>Finds the next word at or after <paramref name="position"/>, and moves <paramref name="position"/> past it.</summary>
    /// <returns>False when no word is left.</returns>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        length = i - start;
        position = i;
        return length > 0;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
