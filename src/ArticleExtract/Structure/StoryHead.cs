using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// A story's head written as line-broken lines above its first paragraph, as table-layout pages set it: a section
/// kicker, the headline, the byline, the paper's name, the date, each closed by a <c>&lt;br&gt;</c> inside one
/// <c>&lt;font&gt;</c> run. Read as one paragraph, its lines escape the byline and dateline rules, which judge a block
/// as a whole; the paragraph is the head of the story, which the metadata reads, not its text.
/// </summary>
internal static class StoryHead
{
    /// <summary>
    /// Whether the paragraph, standing before the story's first prose, is such a head: two to
    /// <see cref="Thresholds.StoryHeadMaxLines"/> lines, none over <see cref="Thresholds.StoryHeadLineMaxChars"/>, one of
    /// them a byline ("By Jane Doe") or a date alone.
    /// </summary>
    public static bool IsHead(List<Inline> inlines)
    {
        var lines = 1;
        foreach (var inline in inlines)
        {
            lines += inline.IsLineBreak ? 1 : 0;
        }

        if (lines is < 2 or > Thresholds.StoryHeadMaxLines)
        {
            return false;
        }

        var stated = false;
        var start = 0;
        for (var k = 0; k <= inlines.Count; k++)
        {
            if (k < inlines.Count && !inlines[k].IsLineBreak)
            {
                continue;
            }

            var line = InlineText.Join(inlines.GetRange(start, k - start)).Trim();
            if (line.Length > Thresholds.StoryHeadLineMaxChars)
            {
                return false;
            }

            stated |= line.Length > 0 && (BoilerplateFilter.IsBylineLine(line) || Metadata.DateParser.LooksLikeDate(line));
            start = k + 1;
        }

        return stated;
    }
}
