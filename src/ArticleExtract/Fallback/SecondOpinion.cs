using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

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

    /// <summary>Whether our result is doubtful enough to ask: too short, too link-heavy, or without paragraphs.</summary>
    public static bool IsDoubtful(int bodyChars, int paragraphs, double linkDensity) =>
        bodyChars < 500 || paragraphs < 2 || linkDensity > 0.35;

    /// <summary>SmartReader's article content as a parsed document, or null when it finds none or fails.</summary>
    public static IHtmlDocument? Ask(IHtmlDocument document, Uri? url)
    {
        try
        {
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
