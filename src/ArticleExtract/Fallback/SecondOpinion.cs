using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Fallback;

/// <summary>
/// Stage 5b: when our own result looks doubtful, asks SmartReader (a port of Mozilla Readability) for its article
/// content, handing it the document we already parsed. SmartReader changes the document it is given, so this runs
/// last, after every stage that reads the DOM; its answer is a small HTML fragment, parsed on its own.
/// </summary>
internal static class SecondOpinion
{
    /// <summary>
    /// The most start tags a page may have for SmartReader to be asked. Why: SmartReader cannot be cancelled and
    /// costs up to a third of a millisecond per element (20,000 list items took 7 s), so on a hostile page it alone
    /// would overrun the time budget; real article pages have under 20,000 elements (the corpus peaks at 1,600).
    /// </summary>
    public const int MaxElements = 20_000;

    private static readonly HtmlParserOptions FragmentOptions = new() { IsScripting = false };

    /// <summary>
    /// Whether our result is doubtful enough to ask: very short, too link-heavy, or a short body without a single
    /// paragraph. Measured on both corpora, asking on every body under 500 characters or with one paragraph fired
    /// on a tenth of the pages, cost a fifth of all extraction time and changed the answer on two pages; on WCXB-dev
    /// tuning pages this gate asks on one page in twenty (the thresholds and how they were measured:
    /// <see cref="Thresholds.SecondOpinionBodyChars"/>).
    /// </summary>
    public static bool IsDoubtful(int bodyChars, int paragraphs, double linkDensity) =>
        bodyChars < Thresholds.SecondOpinionBodyChars || linkDensity > Thresholds.SecondOpinionLinkDensity
        || (paragraphs == 0 && bodyChars < Thresholds.SecondOpinionBareChars);

    /// <summary>
    /// Whether SmartReader's answer, read by our own stages, is kept instead of ours: it has prose, is clearly longer
    /// (anything with prose when ours is empty) and is not mostly links. Its answer is taken whole: dropping from it
    /// the text we had judged noise (comments, related lists) kept it out on every page of WCXB-dev tuning where it
    /// was right (a thread whose posts are marked up as comments, a page we read as a link list: +0.0018 mean word
    /// F1 once taken whole), and changed no answer on AEB-dev or the Readability suite.
    /// </summary>
    public static bool Prefer(int ownBodyChars, int theirBodyChars, int theirProseChars, double theirLinkDensity)
    {
        var longer = ownBodyChars == 0
            ? theirProseChars > 0
            : theirBodyChars > Math.Max(ownBodyChars * Thresholds.SecondOpinionGrowth, ownBodyChars + Thresholds.SecondOpinionMinGain);
        return longer && theirProseChars > 0 && theirLinkDensity < Thresholds.SecondOpinionMaxLinkDensity;
    }

    /// <summary>SmartReader's article content as a parsed document, or null when it finds none or fails.</summary>
    public static IHtmlDocument? Ask(IHtmlDocument document, Uri? url)
    {
        try
        {
            // SVG is never article text and its <title> can hold HTML (an integration point) that no reader sees but
            // that SmartReader's answer, serialized and parsed again, would bring into the body (found by the byte
            // fuzzer). SmartReader rewrites the document anyway; our own reading of it is done.
            foreach (var svg in document.GetElementsByTagName("svg").ToArray())
            {
                svg.Remove();
            }

            // The URI only resolves relative links; SmartReader never fetches when handed a document.
            using var reader = new SmartReader.Reader(url?.AbsoluteUri ?? "https://localhost/", document)
            {
                Debug = false,
            };
            var article = reader.GetArticle();
            if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }

            return new HtmlParser(FragmentOptions).ParseDocument("<!DOCTYPE html><html><body>" + article.Content + "</body></html>");
        }
#pragma warning disable CA1031 // A third-party heuristic failing on an odd page must not fail the extraction: our own result stands.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
