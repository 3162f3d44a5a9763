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

    /// <summary>A hidden element holding at least this share of the page's running text is content a script reveals.</summary>
    public const double HiddenRenderingShare = 0.6;

    /// <summary>…and at least this many characters of it.</summary>
    public const int HiddenRenderingChars = 1000;
}
