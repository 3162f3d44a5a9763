using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;

namespace ArticleExtract.Kinds;

/// <summary>
/// Each post's time stamp, read with the post. Engines print it in the post's attribution line, whose class words
/// ("author", "meta", a header) mark it as the byline and dateline an article shows once beside its body; on a thread
/// it says when each reply was written, part of the conversation its reader follows. Only short marked lines that
/// are a link (the post's permalink) and a full date in any of the date vocabulary's languages, nothing else, and
/// only when the thread holds at least <see cref="Thresholds.KindThreadPostRun"/> of them: one per post, not the
/// single dateline of an article that happens to be read as a thread.
/// </summary>
internal static class PostStamps
{
    /// <summary>Lifts the article-metadata and header marks of the posts' time stamps inside <paramref name="content"/>.</summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any mark was lifted.</returns>
    public static bool Lift(DocumentIndex index, int content)
    {
        List<int>? stamps = null;
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (!index.InNoise[e])
            {
                continue;
            }

            if (index.InNoise[index.Parent[e]])
            {
                // Inside noise of another kind (or of a marked line already looked at): never lifted.
                e = index.SubtreeEnd[e] - 1;
                continue;
            }

            if (index.Noise[e] is NoiseKind.ArticleMeta or NoiseKind.Header && IsStamp(index, e))
            {
                (stamps ??= []).Add(e);
            }

            e = index.SubtreeEnd[e] - 1;
        }

        if (stamps is null || stamps.Count < Thresholds.KindThreadPostRun)
        {
            return false;
        }

        foreach (var stamp in stamps)
        {
            index.LiftNoise(stamp);
        }

        return true;
    }

    /// <summary>
    /// Whether the marked element is a short line that is a link (the post's permalink) reading as a full date and
    /// nothing else, no marked part inside it. The dates of a poster's card (when they joined) link nowhere.
    /// </summary>
    private static bool IsStamp(DocumentIndex index, int e)
    {
        if (index.Chars[e] == 0 || index.Chars[e] > Thresholds.KindThreadLineMaxChars || index.LinkChars[e] < index.Chars[e])
        {
            return false;
        }

        for (var d = e + 1; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Noise[d] != NoiseKind.None)
            {
                return false;
            }
        }

        var text = index.Elements[e].TextContent;
        return DateParser.LooksLikeDate(text) && DateParser.Parse(text) is not null;
    }
}
