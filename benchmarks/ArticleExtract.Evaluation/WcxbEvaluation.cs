using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation;

/// <summary>One WCXB-dev page: what each extractor returned and how it scored.</summary>
/// <param name="Page">The page.</param>
/// <param name="Ours">Our extraction.</param>
/// <param name="Baseline">SmartReader's, when it ran.</param>
internal sealed record WcxbPageResult(WcxbPage Page, Extraction Ours, Extraction? Baseline)
{
    /// <summary>Our score.</summary>
    public WordScore OursScore { get; } = WordScorer.Score(Page, Ours.Body);

    /// <summary>SmartReader's score, when it ran.</summary>
    public WordScore? BaselineScore { get; } = Baseline is null ? null : WordScorer.Score(Page, Baseline.Body);
}

/// <summary>One extractor's figures on one split of WCXB-dev.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="F1">Mean page word F1.</param>
/// <param name="Precision">Mean page precision.</param>
/// <param name="Recall">Mean page recall.</param>
/// <param name="F1ByType">Mean page F1 per page kind (kinds without a page are absent).</param>
/// <param name="WithFound">Share of <c>with</c> snippets found.</param>
/// <param name="WithoutLeaked">Share of <c>without</c> snippets leaked.</param>
/// <param name="Lost">Pages scoring under <see cref="WordScorer.LostBelow"/>.</param>
/// <param name="Metadata">Match rate per field over the pages whose truth has it.</param>
internal sealed record WcxbFigures(
    int Pages, double F1, double Precision, double Recall, IReadOnlyDictionary<string, double> F1ByType,
    double WithFound, double WithoutLeaked, int Lost, IReadOnlyDictionary<WcxbField, double> Metadata)
{
    /// <summary>Share of pages whose page kind agrees with <c>page_type</c> (listing and collection are one kind); NaN when the extractor gives none.</summary>
    public double KindAgreement { get; init; } = double.NaN;

    /// <summary>
    /// Of the pages given a publication date, the share dated on the true day: a page whose truth has no date counts
    /// as a wrong one, as in htmldate's own scoring. NaN when no page is dated.
    /// </summary>
    public double DatePrecision { get; init; } = double.NaN;

    /// <summary>Pages given a publication date whose truth has none (an invented date, or one the truth leaves out).</summary>
    public int DatedWithoutTruth { get; init; }

    /// <summary>
    /// <c>with</c> snippets found as WCXB's evaluate.py reports them: each page's share (case folded, white space as
    /// it is; a page without snippets counts 1), averaged over pages.
    /// </summary>
    public double WithFoundAsPublished { get; init; }

    /// <summary>
    /// <c>without</c> snippets leaked as WCXB's evaluate.py reports them: each page's share averaged over pages; its
    /// quirk kept, a page without <c>without</c> snippets counts as all leaked (1).
    /// </summary>
    public double WithoutLeakedAsPublished { get; init; }

    /// <summary>
    /// The snippet F of trafilatura's evaluation applied to WCXB's snippets: exact substrings (case and white space
    /// kept), counts pooled over pages, F = 2tp / (2tp + fp + fn) with tp the <c>with</c> found, fn those missed and
    /// fp the <c>without</c> leaked.
    /// </summary>
    public double SnippetF { get; init; }

    /// <summary>Whether an extractor's kind agrees with WCXB's <c>page_type</c>.</summary>
    /// <param name="pageType">WCXB's kind.</param>
    /// <param name="kind">The extractor's kind, lower case.</param>
    /// <returns>Whether they agree.</returns>
    public static bool KindAgrees(string pageType, string? kind) =>
        kind is not null && (pageType == kind || (pageType == "collection" && kind == "listing"));

    /// <summary>The figures of one extractor over the given pages.</summary>
    /// <param name="pages">The pages with the extractor's result and score.</param>
    /// <returns>The figures; zeros when there is no page.</returns>
    public static WcxbFigures Of(IReadOnlyList<(WcxbPage Page, Extraction Extraction, WordScore Score)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var byType = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var type in WcxbCorpus.PageTypes)
        {
            var ofType = pages.Where(p => p.Page.PageType == type).ToList();
            if (ofType.Count > 0)
            {
                byType[type] = ofType.Average(p => p.Score.F1);
            }
        }

        var metadata = WcxbMetadata.Fields.ToDictionary(field => field, field =>
        {
            var applicable = pages.Where(p => WcxbMetadata.Applies(field, p.Page)).ToList();
            return applicable.Count == 0 ? 0 : (double)applicable.Count(p => WcxbMetadata.Matches(field, p.Page, p.Extraction)) / applicable.Count;
        });
        var withTotal = pages.Sum(p => p.Score.WithTotal);
        var withoutTotal = pages.Sum(p => p.Score.WithoutTotal);
        return new WcxbFigures(
            pages.Count,
            Mean(pages, p => p.Score.F1),
            Mean(pages, p => p.Score.Precision),
            Mean(pages, p => p.Score.Recall),
            byType,
            withTotal == 0 ? 1 : (double)pages.Sum(p => p.Score.WithFound) / withTotal,
            withoutTotal == 0 ? 0 : (double)pages.Sum(p => p.Score.WithoutLeaked) / withoutTotal,
            pages.Count(p => p.Score.F1 < WordScorer.LostBelow),
            metadata)
        {
            KindAgreement = pages.Count == 0 || pages.Any(p => p.Extraction.PageKind is null)
                ? double.NaN
                : (double)pages.Count(p => KindAgrees(p.Page.PageType, p.Extraction.PageKind)) / pages.Count,
            DatePrecision = DatePrecisionOf(pages),
            DatedWithoutTruth = pages.Count(p => p.Extraction.Published is not null && p.Page.PublishDate is null),
            WithFoundAsPublished = Mean(pages, p => p.Score.WithTotal == 0 ? 1 : (double)p.Score.WithFoundAsIs / p.Score.WithTotal),
            WithoutLeakedAsPublished = Mean(pages, p => p.Score.WithoutTotal == 0 ? 1 : (double)p.Score.WithoutLeakedAsIs / p.Score.WithoutTotal),
            SnippetF = SnippetFOf(pages),
        };
    }

    private static double SnippetFOf(IReadOnlyList<(WcxbPage Page, Extraction Extraction, WordScore Score)> pages)
    {
        var truePositives = pages.Sum(p => p.Score.WithFoundCased);
        var falseNegatives = pages.Sum(p => p.Score.WithTotal - p.Score.WithFoundCased);
        var falsePositives = pages.Sum(p => p.Score.WithoutLeakedCased);
        var denominator = (2 * truePositives) + falsePositives + falseNegatives;
        return denominator == 0 ? double.NaN : 2.0 * truePositives / denominator;
    }

    private static double DatePrecisionOf(IReadOnlyList<(WcxbPage Page, Extraction Extraction, WordScore Score)> pages)
    {
        var dated = pages.Count(p => p.Extraction.Published is not null);
        return dated == 0 ? double.NaN : (double)pages.Count(p => WcxbMetadata.Matches(WcxbField.PublishDate, p.Page, p.Extraction)) / dated;
    }

    private static double Mean<T>(IReadOnlyList<T> items, Func<T, double> value) => items.Count == 0 ? 0 : items.Average(value);
}

/// <summary>One extractor's WCXB-dev figures, tuning and validation splits apart.</summary>
/// <param name="Tuning">Ids ending 0–7.</param>
/// <param name="Validation">Ids ending 8–9.</param>
internal sealed record WcxbSplitFigures(WcxbFigures Tuning, WcxbFigures Validation)
{
    /// <summary>The figures of one split.</summary>
    /// <param name="split">The split.</param>
    /// <returns>Its figures.</returns>
    public WcxbFigures Of(WcxbSplit split) => split == WcxbSplit.Validation ? Validation : Tuning;

    /// <summary>Splits the pages and computes both figures.</summary>
    /// <param name="pages">Every page with the extractor's result and score.</param>
    /// <returns>The figures.</returns>
    public static WcxbSplitFigures Of(IReadOnlyList<(WcxbPage Page, Extraction Extraction, WordScore Score)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new WcxbSplitFigures(
            WcxbFigures.Of(pages.Where(p => p.Page.Split == WcxbSplit.Tuning).ToList()),
            WcxbFigures.Of(pages.Where(p => p.Page.Split == WcxbSplit.Validation).ToList()));
    }
}
