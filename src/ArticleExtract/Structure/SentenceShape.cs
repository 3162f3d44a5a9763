using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// Whether a short block that opens like a label of the page's chrome ("By …", "Published …", "Sponsored by …") goes
/// on as a sentence of the article instead ("By noon, the queue reached the bridge.", "Publié en 1911, le premier
/// catalogue comptait huit mille livres."). A byline, a dateline or a sponsor's line is a name, a date, an agency: its
/// words are mostly capitals and figures, and it seldom ends with a full stop; a sentence ends with one and most of its
/// words are lower case. Read only in scripts with case: a text without such words is never a sentence here.
/// </summary>
internal static class SentenceShape
{
    /// <summary>
    /// Whether <paramref name="text"/> ends as a sentence ends (a full stop, a question or an exclamation mark, before any
    /// closing quote or bracket), has at least <see cref="Thresholds.LabelSentenceMinWords"/> words of two letters or more,
    /// and more than half of them start with a lower-case letter. Words of one letter ("a.m.", "à", "y") are not counted:
    /// they are as common in a dateline's time as in a sentence.
    /// </summary>
    public static bool IsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd(" \u00A0\"”’»)]".AsSpan());
        if (t.IsEmpty || t[^1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var (words, lower) = (0, 0);
        foreach (var run in new LetterRuns(t))
        {
            var word = t[run];
            var first = word[0];
            if (word.Length >= 2 && (char.IsUpper(first) || char.IsLower(first)))
            {
                words++;
                lower += char.IsLower(first) ? 1 : 0;
            }
        }

        return words >= Thresholds.LabelSentenceMinWords && 2 * lower > words;
    }
}
