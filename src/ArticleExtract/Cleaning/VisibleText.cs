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

        return System.Text.Ascii.IsValid(text) ? UnbrokenAscii(text, minRun) : UnbrokenMixed(text, minRun);
    }

    /// <summary>
    /// <see cref="UnbrokenChars"/> of ASCII text, looking at few of its characters: a window of <paramref name="minRun"/>
    /// characters from where a run may start holds a white space unless the run is that long, and no run that starts
    /// before the window's last white space reaches the length; so the window is read from its end, and the next run
    /// can start only after the white space found there. Most windows hold words, and a few characters of each are read.
    /// </summary>
    private static int UnbrokenAscii(string text, int minRun)
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

            total += end - start;
            start = end + 1;
        }

        return total;
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
