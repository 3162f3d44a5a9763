using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Structure;

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

    /// <summary>
    /// The most characters a page may have for SmartReader to be asked. Why: its time and memory grow with the page's
    /// characters whatever they hold (about 0.6 s and 220 MB a MiB, on a paragraph of blank text as on paragraphs of
    /// words), and it cannot be cancelled: 16 MiB, the default input limit, held it 8.6 s and made it allocate 3.6 GB.
    /// The largest page it is asked on in AEB-dev, the Readability pages and WCXB-dev's tuning pages has 2.9 M characters.
    /// </summary>
    public const int MaxPageChars = 4 << 20;

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
    /// Whether SmartReader's answer, read by our own stages and less what we judged noise, is kept instead of ours: it
    /// has prose, is clearly longer (anything with prose when ours is empty) and is not mostly links.
    /// </summary>
    public static bool Prefer(int ownBodyChars, int theirBodyChars, int theirProseChars, double theirLinkDensity)
    {
        var longer = ownBodyChars == 0
            ? theirProseChars > 0
            : theirBodyChars > Math.Max(ownBodyChars * Thresholds.SecondOpinionGrowth, ownBodyChars + Thresholds.SecondOpinionMinGain);
        return longer && theirProseChars > 0 && theirLinkDensity < Thresholds.SecondOpinionMaxLinkDensity;
    }

    /// <summary>
    /// Whether any answer of SmartReader's could be kept (<see cref="Prefer"/>): its answer is cut from the page's text,
    /// which, its white space collapsed, is at most its non-space characters with a space after each. A page of blank
    /// text, or one whose every word our result already holds, cannot give a clearly longer answer, and SmartReader
    /// would read it all for nothing: a paragraph of 16 MiB of white space kept it busy for 8.6 s. (A table's cells and
    /// preformatted text keep some spacing of their own; no corpus page comes near.) On AEB-dev, the Readability pages
    /// and WCXB-dev's tuning pages it spares SmartReader 18 of the 63 pages it was asked on, and changes no output.
    /// </summary>
    /// <param name="ownBodyChars">Visible characters of our result.</param>
    /// <param name="pageTextChars">Non-space characters of the page's visible text, noise included.</param>
    public static bool CouldBeTaken(int ownBodyChars, int pageTextChars) =>
        Prefer(ownBodyChars, 2 * pageTextChars, pageTextChars, 0);

    /// <summary>
    /// The normalised text of every paragraph-sized unit we judged to be noise (ads, galleries, comments,
    /// related lists…). SmartReader does not know our verdicts; its answer is checked against these.
    /// </summary>
    public static List<string> NoiseTexts(DocumentIndex index)
    {
        var texts = new List<string>();
        for (var e = 0; e < index.Count && texts.Count < 2000; e++)
        {
            if (index.InNoise[e] && index.UnitChars[e] >= 30 && NoiseReason(index, e) is not (NoiseKind.NonContent or NoiseKind.Hidden))
            {
                var text = BoilerplateFilter.Normalize(TextGatherer.Gather(index, e, includeNoise: true));
                if (text.Length >= 30)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    // The verdict that put an element in noise: its own, else its nearest ancestor's. Hidden text (a screen-reader
    // copy of a formula, a collapsed section) is not judged boilerplate, so it must not veto SmartReader's answer.
    private static NoiseKind NoiseReason(DocumentIndex index, int e)
    {
        for (var a = e; a >= 0; a = index.Parent[a])
        {
            if (index.Noise[a] != NoiseKind.None)
            {
                return index.Noise[a];
            }
        }

        return NoiseKind.None;
    }

    /// <summary>Drops the blocks of SmartReader's answer that hold text we judged to be noise.</summary>
    public static List<FlowItem> WithoutKnownNoise(List<FlowItem> flow, List<string> noise)
    {
        if (noise.Count == 0)
        {
            return flow;
        }

        var kept = new List<FlowItem>(flow.Count);
        foreach (var item in flow)
        {
            var text = BoilerplateFilter.Normalize(item.Text);
            var isNoise = false;
            foreach (var n in noise)
            {
                if (text.Contains(n, StringComparison.Ordinal))
                {
                    isNoise = true;
                    break;
                }
            }

            if (!isNoise)
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether SmartReader's work on the parsed document stays in proportion to the page. SmartReader serializes
    /// elements with their attributes, and the parser clones an unclosed formatting element, attributes and all, into
    /// every paragraph it reopens in: on a 960 KB page (found by the byte fuzzer) one <c>&lt;b&gt;</c> with a 912 KB
    /// attribute became thousands of copies, and SmartReader, which cannot be cancelled, ran for 50 s past the time
    /// budget. The parsed document's attribute values may hold at most the page's characters plus
    /// <see cref="Thresholds.SecondOpinionClonedAttributeChars"/>; a real page's attributes are part of its text.
    /// </summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="pageChars">Characters of the markup that was parsed.</param>
    public static bool Proportionate(IHtmlDocument document, int pageChars)
    {
        var budget = (long)pageChars + Thresholds.SecondOpinionClonedAttributeChars;
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                budget -= attribute.Value.Length;
                if (budget < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Cuts the document's title and every <c>&lt;meta content&gt;</c> to
    /// <see cref="Thresholds.SecondOpinionMetadataChars"/>.</summary>
    private static void BoundMetadata(IHtmlDocument document)
    {
        const int Limit = Thresholds.SecondOpinionMetadataChars;
        if (document.Title is { Length: > Limit } title)
        {
            document.Title = title[..Limit];
        }

        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            if (meta.GetAttribute("content") is { Length: > Limit } content)
            {
                meta.SetAttribute("content", content[..Limit]);
            }
        }
    }

    /// <summary>SmartReader's article content as a parsed document, or null when it finds none or fails.</summary>
    /// <param name="document">The parsed page; SmartReader rewrites it.</param>
    /// <param name="url">The page's base URL.</param>
    /// <param name="failed">Whether SmartReader threw: our own result then stands, and the article says so
    /// (<see cref="SecondOpinionStatus.Failed"/>).</param>
    public static IHtmlDocument? Ask(IHtmlDocument document, Uri? url, out bool failed) =>
        Guarded(() => AskSmartReader(document, url), out failed);

    /// <summary>
    /// The answer of <paramref name="ask"/>, or null with <paramref name="failed"/> set when it throws: a third-party
    /// heuristic failing on an odd page must not fail the extraction. Cancellation and running out of memory are not
    /// its failures and pass through.
    /// </summary>
    internal static T? Guarded<T>(Func<T?> ask, out bool failed)
        where T : class
    {
        failed = false;
        try
        {
            return ask();
        }
#pragma warning disable CA1031 // Deliberate: our own result stands, and the article reports the failure.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failed = true;
            return null;
        }
    }

    private static IHtmlDocument? AskSmartReader(IHtmlDocument document, Uri? url)
    {
        // SVG is never article text and its <title> can hold HTML (an integration point) that no reader sees but
        // that SmartReader's answer, serialized and parsed again, would bring into the body (found by the byte
        // fuzzer). SmartReader rewrites the document anyway; our own reading of it is done.
        foreach (var svg in document.GetElementsByTagName("svg").ToArray())
        {
            svg.Remove();
        }

        // SmartReader strips the site's name from the title with regular expressions whose time grows much
        // faster than the title's length, and it cannot be cancelled: an og:title swollen to 22 KB by injected
        // markup, beside an og:site_name, kept it busy for 10 s of CPU (found by the mutation fuzzer). No title
        // a reader sees comes near the limit, and we take only the answer's content.
        BoundMetadata(document);

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
}
