using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Fallback;

/// <summary>
/// Never lose the article: a page with readable prose must not come out empty, as headings only, or as a few
/// short lines. When our reading kept almost none of the page's running text, the page is read a second time with
/// class and id words ignored as evidence (tags, roles and hidden state still count): the words are the usual
/// culprits ("widget", "caption", "pub" on the article's own wrappers), and the wording filters still apply.
/// </summary>
internal static class ArticleGuard
{
    /// <summary>Whether the result lost the article: the page has prose, the result almost none of it.</summary>
    /// <param name="proseChars">Characters of paragraphs, lists, quotes, tables and code in our result (headings not counted).</param>
    /// <param name="pageRunningText">Characters of running text on the page, noise verdicts ignored.</param>
    /// <param name="threadChars">The part of <paramref name="pageRunningText"/> inside comment threads.</param>
    /// <returns>Whether to read the page again.</returns>
    /// <remarks>
    /// A short page (a notice, a brief under its headline) is lost only when the result holds no prose at all: its one
    /// paragraph may sit in a box whose class words read as a promotion.
    /// The share is taken of the page without its comment threads: a hundred comments under a short post dwarf it,
    /// and reading such a page again with class words ignored brought the whole thread in. A result with almost no
    /// prose is lost whatever the threads hold (the article's own wrapper may carry a comment-like class).
    /// </remarks>
    public static bool IsLost(int proseChars, int pageRunningText, int threadChars = 0) =>
        pageRunningText >= Thresholds.GuardPageProseChars
            ? proseChars < Thresholds.GuardMinProseChars || proseChars < Thresholds.GuardMinProseShare * (pageRunningText - threadChars)
            : proseChars == 0 && pageRunningText >= Thresholds.GuardMinProseChars;

    /// <summary>Whether the result lost the article, by <see cref="IsLost(int, int, int)"/>, on the page <paramref name="index"/> describes.</summary>
    /// <remarks>
    /// The comment threads are set aside only when the result holds an article's worth of prose: a forum's short
    /// opening post is the start of the thread the reader came for, and the second reading keeps the thread.
    /// </remarks>
    public static bool IsLost(int proseChars, DocumentIndex index) =>
        IsLost(proseChars, index.RunningTextChars,
            proseChars >= Thresholds.GuardThreadArticleChars && IsLost(proseChars, index.RunningTextChars) ? ThreadChars(index) : 0);

    /// <summary>Characters of running text inside elements whose nearest noise verdict is a comment thread.</summary>
    private static int ThreadChars(DocumentIndex index)
    {
        var inThread = new bool[index.Count];
        var chars = 0;
        for (var e = 0; e < index.Count; e++)
        {
            var parent = index.Parent[e];
            inThread[e] = index.Noise[e] == NoiseKind.None ? parent >= 0 && inThread[parent] : index.Noise[e] == NoiseKind.Comments;
            chars += inThread[e] && index.IsRunningText(e) ? index.UnitChars[e] : 0;
        }

        return chars;
    }

    /// <summary>Whether the second reading is the better answer: it found clearly more prose.</summary>
    /// <param name="ownProse">Prose characters of the first reading.</param>
    /// <param name="guardProse">Prose characters of the second reading.</param>
    /// <param name="guardLinkDensity">The share of the second reading's text inside links.</param>
    /// <returns>Whether to take it.</returns>
    public static bool Prefer(int ownProse, int guardProse, double guardLinkDensity) =>
        guardProse >= Thresholds.GuardMinProseChars && guardProse >= 2 * ownProse && guardLinkDensity < Thresholds.GuardMaxLinkDensity;
}
