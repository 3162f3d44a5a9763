using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// A story's head written as line-broken lines above its text, as table-layout pages set it: a section kicker, the
/// headline, the byline, the paper's name, the date, each closed by a <c>&lt;br&gt;</c> inside one <c>&lt;font&gt;</c>
/// run, sometimes with the story's first paragraph in the same run. Read as one paragraph, its lines escape the byline
/// and dateline rules, which judge a block as a whole; the lines are the head of the story, which the metadata reads,
/// not its text.
/// </summary>
internal static class StoryHead
{
    /// <summary>
    /// Where the head that opens the paragraph ends, the paragraph standing before the story's first prose: the index of
    /// the line break after its last line, or the paragraph's length when it is all head; -1 when it opens with no head.
    /// A head is one to <see cref="Thresholds.StoryHeadMaxLines"/> lines, none over
    /// <see cref="Thresholds.StoryHeadLineMaxChars"/>, one of them a byline ("By Jane Doe") or a date alone; the first
    /// longer line is the story's.
    /// </summary>
    public static int HeadEnd(List<Inline> inlines)
    {
        // A head needs a line break to end it, so a paragraph without one, which is most of them, costs no join.
        if (!HasLineBreak(inlines))
        {
            return -1;
        }

        var (lines, start, stated) = (0, 0, false);
        for (var k = 0; k <= inlines.Count; k++)
        {
            if (k < inlines.Count && !inlines[k].IsLineBreak)
            {
                continue;
            }

            var line = InlineText.Join(inlines.GetRange(start, k - start)).Trim();
            if (line.Length > Thresholds.StoryHeadLineMaxChars)
            {
                // The story begins on this line: what came before is its head if a byline or a date was among it.
                return stated && start > 0 ? start - 1 : -1;
            }

            if (++lines > Thresholds.StoryHeadMaxLines)
            {
                return -1;
            }

            stated |= line.Length > 0 && (BoilerplateFilter.IsBylineLine(line) || Metadata.DateParser.LooksLikeDate(line));
            start = k + 1;
        }

        return stated && lines >= 2 ? inlines.Count : -1;
    }

    private static bool HasLineBreak(List<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline.IsLineBreak)
            {
                return true;
            }
        }

        return false;
    }
}
