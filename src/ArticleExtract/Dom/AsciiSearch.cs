using System.Text;

namespace ArticleExtract.Dom;

/// <summary>
/// <c>IndexOf(word, StringComparison.OrdinalIgnoreCase)</c> for an ASCII word, answered by a vectorised search when the
/// text is ASCII too. Why: with invariant globalization (the usual server setting) the runtime's ignore-case search
/// compares character by character, and the noise classifier asks it of every element's class and style.
/// </summary>
internal static class AsciiSearch
{
    /// <summary>The first index at or after <paramref name="start"/> where <paramref name="word"/> (ASCII) occurs, ignoring case; -1 if none.</summary>
    public static int IndexOfIgnoreCase(string text, string word, int start = 0)
    {
        var rest = text.AsSpan(start);
        if (!Ascii.IsValid(rest))
        {
            // Outside ASCII, case folding can map a letter onto an ASCII one: the runtime decides.
            return text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
        }

        var first = word[0];
        var lower = char.ToLowerInvariant(first);
        var upper = char.ToUpperInvariant(first);
        var offset = 0;
        while (rest.Length - offset >= word.Length)
        {
            var at = rest[offset..].IndexOfAny(lower, upper);
            if (at < 0 || rest.Length - offset - at < word.Length)
            {
                return -1;
            }

            offset += at;
            if (Ascii.EqualsIgnoreCase(rest.Slice(offset, word.Length), word))
            {
                return start + offset;
            }

            offset++;
        }

        return -1;
    }
}
