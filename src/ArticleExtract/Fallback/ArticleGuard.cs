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
    /// <returns>Whether to read the page again.</returns>
    public static bool IsLost(int proseChars, int pageRunningText) =>
        pageRunningText >= Thresholds.GuardPageProseChars
        && proseChars < Math.Max(Thresholds.GuardMinProseChars, Thresholds.GuardMinProseShare * pageRunningText);

    /// <summary>Whether the second reading is the better answer: it found clearly more prose.</summary>
    /// <param name="ownProse">Prose characters of the first reading.</param>
    /// <param name="guardProse">Prose characters of the second reading.</param>
    /// <param name="guardLinkDensity">The share of the second reading's text inside links.</param>
    /// <returns>Whether to take it.</returns>
    public static bool Prefer(int ownProse, int guardProse, double guardLinkDensity) =>
        guardProse >= Thresholds.GuardMinProseChars && guardProse >= 2 * ownProse && guardLinkDensity < Thresholds.GuardMaxLinkDensity;
}
