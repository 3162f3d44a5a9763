using ArticleExtract.Classification;
using ArticleExtract.Parsing;
using ArticleExtract.Sniffing;

namespace ArticleExtract;

public sealed partial class ArticleExtractor
{
    /// <summary>
    /// A guess, before full extraction, whether a page holds an article at all: enough long, visible paragraphs
    /// outside navigation, comments and sidebars (Readability's <c>isProbablyReaderable</c> rule), with index,
    /// search and product listings judged item by item so that many teasers never add up to an article. It parses
    /// the page and runs no other stage; parsing is most of its cost, as it is most of
    /// <see cref="Extract(string, Uri?, CancellationToken)"/>'s.
    /// </summary>
    /// <param name="html">The page's HTML.</param>
    /// <returns><see langword="true"/> when the page probably holds an article; <see langword="false"/> for input that is not a page (<see cref="ExtractionOutcome.NotHtml"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ExtractionLimitException">The page exceeds a limit of <see cref="ArticleExtractorOptions.Default"/>.</exception>
    public static bool IsProbablyArticle(string html) => Default.IsArticleCandidate(html);

    /// <summary>The same guess as <see cref="IsProbablyArticle(string)"/> for a page's bytes as they arrived (gzip and zlib inflated, binary refused), detecting their encoding.</summary>
    /// <param name="html">The page's bytes as received.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, whose charset is used when the page has no byte-order mark; optional.</param>
    /// <returns><see langword="true"/> when the page probably holds an article; <see langword="false"/> for bytes that are not a page.</returns>
    /// <exception cref="ExtractionLimitException">The page, or what it inflates to, exceeds a limit of <see cref="ArticleExtractorOptions.Default"/>.</exception>
    public static bool IsProbablyArticle(ReadOnlySpan<byte> html, string? contentType = null)
    {
        Default.CheckLength(html.Length, "bytes");
        var text = InputSniffer.ToText(html, contentType, Default.Options.MaxInputLength, CancellationToken.None);
        return text is not null && Default.IsArticleCandidate(text);
    }

    // The guess under this extractor's limits; kept private so that the public surface stays the one static call.
    private bool IsArticleCandidate(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        CheckLength(html.Length, "characters");
        var text = InputSniffer.ToText(html);
        if (text is null)
        {
            return false;
        }

        using var guarded = Guard(text.AsMemory());
        return ArticleClassifier.IsProbablyArticle(DocumentParser.Parse(guarded));
    }
}
