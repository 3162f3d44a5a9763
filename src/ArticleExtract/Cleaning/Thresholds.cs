namespace ArticleExtract.Cleaning;

/// <summary>
/// The named thresholds of the keep/drop decisions added for pages nobody tuned for, in one place so that the
/// next person can see and change them together. Lengths are in visible characters as
/// <see cref="Analysis.DocumentIndex.CountVisible"/> counts them.
/// </summary>
internal static class Thresholds
{
    /// <summary>
    /// A <c>&lt;noscript&gt;</c> holding at least this much text in block elements is the page's no-script rendering
    /// (forum and shop engines serve crawlers the whole thread there), not a "please enable JavaScript" line.
    /// </summary>
    public const int NoscriptRenderingChars = 200;
}
