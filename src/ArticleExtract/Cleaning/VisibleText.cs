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
}
