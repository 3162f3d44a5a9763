using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The length measure every text threshold is written in. It lives here, beside the thresholds, so that the index
/// (Analysis) and the noise rules (Cleaning) share it without depending on each other.
/// </summary>
internal static class VisibleText
{
    /// <summary>
    /// Counts characters that are not white space, weighting ideographic and syllabic scripts (Han, Kana, Hangul)
    /// three times: one such character carries about as much text as a short word and its space do in alphabetic
    /// scripts, so the same length thresholds work for Chinese, Japanese and Korean pages.
    /// </summary>
    public static int Count(string text)
    {
        var span = text.AsSpan();
        if (System.Text.Ascii.IsValid(span))
        {
            // Most text is ASCII: its length less its white space, counted with vectorised searches. ASCII white space
            // is the space and \t-\r; the loop below runs only when one of the latter is there.
            var white = span.Count(' ');
            if (span.ContainsAnyInRange('\t', '\r'))
            {
                foreach (var c in span)
                {
                    white += c is >= '\t' and <= '\r' ? 1 : 0;
                }
            }

            return span.Length - white;
        }

        return CountMixed(text);
    }

    /// <summary>
    /// <see cref="Count"/> and <see cref="UnbrokenChars"/> of one text in one reading: the index measures every text node
    /// of the body both ways, and the two readings (each with its own test for ASCII, and a character at a time for
    /// text with a curly quote or a non-breaking space) were a tenth of its time.
    /// </summary>
    public static int Measure(string text, int minRun, out int unbroken)
    {
        var visible = CountVisible(text);

        // A run of minRun characters is that many visible ones: shorter texts (most, and all white space) hold none.
        unbroken = visible < minRun ? 0 : UnbrokenRuns(text, minRun);
        return visible;
    }

    /// <summary>
    /// <see cref="Count"/> by vectors of 16 characters: a vector of ASCII (most of them, in any text) is its length less
    /// its white space (the space and \t-\r, what <see cref="char.IsWhiteSpace(char)"/> says of ASCII); the others and the
    /// tail are weighed a character at a time.
    /// </summary>
    private static int CountVisible(ReadOnlySpan<char> text)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var n = text.Length;
        var i = 0;
        var count = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<ushort>.Count)
        {
            var lastAscii = Vector256.Create((ushort)0x7F);
            var space = Vector256.Create((ushort)' ');
            var tab = Vector256.Create((ushort)'\t');
            var controls = Vector256.Create((ushort)('\r' - '\t'));
            for (; i <= n - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                // The ASCII lanes by their masks (white space is ASCII in these tests), the others one by one: a curly
                // quote or a non-breaking space leaves the other fifteen characters of its vector to the masks.
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var isWhite = Vector256.Equals(v, space) | Vector256.LessThanOrEqual(v - tab, controls);
                var beyond = Vector256.GreaterThan(v, lastAscii).ExtractMostSignificantBits();
                count += Vector256<ushort>.Count - BitOperations.PopCount(isWhite.ExtractMostSignificantBits()) - BitOperations.PopCount(beyond);
                for (; beyond != 0; beyond &= beyond - 1)
                {
                    count += Weight((char)Unsafe.Add(ref start, i + BitOperations.TrailingZeroCount(beyond)));
                }
            }
        }

        for (; i < n; i++)
        {
            var c = (char)Unsafe.Add(ref start, i);
            count += Weight(c);
        }

        return count;
    }

    /// <summary>
    /// What one character adds to <see cref="Count"/>: nothing for white space, three for an ideograph or a syllable,
    /// else one. The only white space above U+2E7F is U+3000.
    /// </summary>
    private static int Weight(char c) =>
        c < 0x80 ? (c == ' ' || (uint)(c - '\t') <= '\r' - '\t' ? 0 : 1)
        : char.IsWhiteSpace(c) ? 0
        : c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') ? 3
        : 1;

    /// <summary>
    /// <see cref="UnbrokenChars"/> looking at few of the text's characters: a window of <paramref name="minRun"/>
    /// characters from where a run may start holds a white space unless the run is that long, and no run that starts
    /// before the window's last white space reaches the length; so the window is read from its end, and the next run
    /// can start only after the white space found there. Most windows hold words, and a few characters of each are read.
    /// A run long enough counts only when all ASCII, as in <see cref="UnbrokenMixed"/>: Chinese and Japanese prose is
    /// written without spaces. On ASCII text that test runs only on the rare long runs.
    /// </summary>
    private static int UnbrokenRuns(string text, int minRun)
    {
        var total = 0;
        var start = 0;
        while (start + minRun <= text.Length)
        {
            var last = start + minRun - 1;
            while (last >= start && !char.IsWhiteSpace(text[last]))
            {
                last--;
            }

            if (last >= start)
            {
                start = last + 1;
                continue;
            }

            var end = start + minRun;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            total += System.Text.Ascii.IsValid(text.AsSpan(start, end - start)) ? end - start : 0;
            start = end + 1;
        }

        return total;
    }

    private static int CountMixed(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c <= '\u2E7F')
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }
            else if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF'))
            {
                count += 3;
            }
            else if (c != '\u3000')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Counts the characters of <paramref name="text"/> that stand in unbroken runs of at least <paramref name="minRun"/>
    /// ASCII characters other than white space (web addresses, hashes, identifiers). Runs holding any other character
    /// never count: Chinese and Japanese prose is written without spaces.
    /// </summary>
    public static int UnbrokenChars(string text, int minRun)
    {
        if (text.Length < minRun)
        {
            return 0;
        }

        return System.Text.Ascii.IsValid(text) ? UnbrokenRuns(text, minRun) : UnbrokenMixed(text, minRun);
    }

    private static int UnbrokenMixed(string text, int minRun)
    {
        var total = 0;
        var run = 0;
        var ascii = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                total += ascii && run >= minRun ? run : 0;
                (run, ascii) = (0, true);
                continue;
            }

            run++;
            ascii &= c < '\u0080';
        }

        return total + (ascii && run >= minRun ? run : 0);
    }
}
