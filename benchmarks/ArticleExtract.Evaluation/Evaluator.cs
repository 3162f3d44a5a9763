using System.Diagnostics;
using System.Text;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation;

/// <summary>How an evaluation runs.</summary>
internal sealed record EvaluationSettings
{
    /// <summary>Pages extracted at once. Default 2: the machine is shared, and two workers keep a run near 30 s.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Whether SmartReader runs beside us on every page. Default <see langword="true"/>.</summary>
    public bool IncludeBaseline { get; init; } = true;

    /// <summary>Time allowed for one SmartReader call before the page counts as empty for it. Default 10 s.</summary>
    public TimeSpan BaselineTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether AEB-dev and the Readability suite run. Default <see langword="true"/>.</summary>
    public bool IncludeClassic { get; init; } = true;

    /// <summary>Whether WCXB-dev runs (when its folder exists). Default <see langword="true"/>.</summary>
    public bool IncludeWcxb { get; init; } = true;

    /// <summary>Whether our extractor may ask SmartReader for a second opinion (its default). Off measures what the stage is worth.</summary>
    public bool SecondOpinion { get; init; } = true;

    /// <summary>Our extractor's <see cref="ArticleExtractorOptions.Favor"/>. Default <see cref="ExtractionFavor.Balanced"/>, the library's.</summary>
    public ExtractionFavor Favor { get; init; } = ExtractionFavor.Balanced;

    /// <summary>Which of our article's text is scored. Default <see cref="ScoredText.Body"/>, as <c>batch</c> writes it.</summary>
    public ScoredText Text { get; init; } = ScoredText.Body;

    /// <summary>Whether ROUGE-LSum (the metric the Web Content Extraction Benchmark scores L3S-GN1 with) is computed too. Default off: it is slow.</summary>
    public bool Rouge { get; init; }
}

/// <summary>Runs both corpora through our extractor (and SmartReader) and scores the results.</summary>
internal static class Evaluator
{
    /// <summary>Evaluates everything under <paramref name="sharedDirectory"/>/corpus.</summary>
    /// <param name="sharedDirectory">The shared folder (the one holding <c>corpus/</c>).</param>
    /// <param name="settings">How to run.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Per-page results and the figures.</returns>
    public static async Task<EvaluationReport> RunAsync(string sharedDirectory, EvaluationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stopwatch = Stopwatch.StartNew();
        var corpus = Path.Combine(sharedDirectory, "corpus");
        var pages = settings.IncludeClassic ? AebCorpus.Load(Path.Combine(corpus, AebCorpus.FolderName)) : [];
        var cases = settings.IncludeClassic ? ReadabilityCorpus.Load(Path.Combine(corpus, ReadabilityCorpus.FolderName)) : [];
        var wcxbPages = settings.IncludeWcxb ? WcxbCorpus.Load(Path.Combine(corpus, WcxbCorpus.FolderName)) : [];

        var aeb = new AebPageResult[pages.Count];
        var readability = new ReadabilityCaseResult[cases.Count];
        var wcxb = new WcxbPageResult[wcxbPages.Count];

        // One queue over all corpora so that the workers stay busy to the end; the big corpus first, so that the
        // small pages fill the tail.
        var work = Enumerable.Range(0, wcxbPages.Count).Select(i => (Corpus: 2, Index: i))
            .Concat(Enumerable.Range(0, pages.Count).Select(i => (Corpus: 0, Index: i)))
            .Concat(Enumerable.Range(0, cases.Count).Select(i => (Corpus: 1, Index: i)));
        var extractor = settings is { SecondOpinion: true, Favor: ExtractionFavor.Balanced }
            ? ArticleExtractor.Default
            : new ArticleExtractor(new ArticleExtractorOptions { UseSecondOpinion = settings.SecondOpinion, Favor = settings.Favor });
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Workers, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, options, async (item, _) =>
        {
            if (item.Corpus == 2)
            {
                var page = wcxbPages[item.Index];
                var bytes = page.ReadHtml();
                var url = Uri.TryCreate(page.Url, UriKind.Absolute, out var parsed) ? parsed : new Uri("https://wcxb.invalid/");
                var ours = OurExtractor.Extract(bytes, url, extractor, settings.Text);
                var baseline = settings.IncludeBaseline
                    ? await SmartReaderBaseline.ExtractAsync(Encoding.UTF8.GetString(bytes), url, settings.BaselineTimeout).ConfigureAwait(false)
                    : null;
                wcxb[item.Index] = new WcxbPageResult(page, ours, baseline);
            }
            else if (item.Corpus == 0)
            {
                var page = pages[item.Index];
                var bytes = page.ReadHtml();
                var url = new Uri(page.Url);
                var ours = OurExtractor.Extract(bytes, url, extractor, settings.Text);
                var baseline = settings.IncludeBaseline
                    ? await SmartReaderBaseline.ExtractAsync(Encoding.UTF8.GetString(bytes), url, settings.BaselineTimeout).ConfigureAwait(false)
                    : null;
                aeb[item.Index] = new AebPageResult(page, ours, baseline);
            }
            else
            {
                var testCase = cases[item.Index];
                var bytes = await File.ReadAllBytesAsync(testCase.SourcePath, cancellationToken).ConfigureAwait(false);
                var ours = OurExtractor.Extract(bytes, ReadabilityCorpus.PageUrl, extractor, settings.Text);
                var baseline = settings.IncludeBaseline
                    ? await SmartReaderBaseline.ExtractAsync(Encoding.UTF8.GetString(bytes), ReadabilityCorpus.PageUrl, settings.BaselineTimeout).ConfigureAwait(false)
                    : null;
                readability[item.Index] = new ReadabilityCaseResult(testCase, ours, baseline);
            }
        }).ConfigureAwait(false);

        var ours = Figures(
            aeb.Select(r => (r.Page, r.Ours, r.OursScore)).ToList(),
            readability.Select(r => (r.Case, r.Ours, r.OursScore)).ToList(),
            wcxb.Select(r => (r.Page, r.Ours, r.OursScore)).ToList());
        var baseline = settings.IncludeBaseline
            ? Figures(
                aeb.Select(r => (r.Page, r.Baseline!, r.BaselineScore!.Value)).ToList(),
                readability.Select(r => (r.Case, r.Baseline!, r.BaselineScore!.Value)).ToList(),
                wcxb.Select(r => (r.Page, r.Baseline!, r.BaselineScore!.Value)).ToList())
            : null;
        return new EvaluationReport(aeb, readability, ours, baseline, settings.Workers, stopwatch.Elapsed) { WcxbPages = wcxb };
    }

    private static SystemFigures Figures(
        IReadOnlyList<(AebPage Page, Extraction Extraction, PageScore Score)> aeb,
        IReadOnlyList<(ReadabilityCase Case, Extraction Extraction, PageScore Score)> readability,
        IReadOnlyList<(WcxbPage Page, Extraction Extraction, WordScore Score)> wcxb)
    {
        var metadata = MetadataMatch.Fields.ToDictionary(
            field => field,
            field =>
            {
                var scored = readability.Where(r => MetadataMatch.Scored(field, r.Case.Expected)).ToList();
                return scored.Count == 0 ? 0 : (double)scored.Count(r => MetadataMatch.Matches(field, r.Case.Expected, r.Extraction)) / scored.Count;
            });
        // Readability reads dates from metadata only: its empty publishedTime is a convention on pages that show their date,
        // so the cases it does date are also scored alone.
        var dated = readability.Where(r => !string.IsNullOrWhiteSpace(r.Case.Expected.PublishedTime)).ToList();
        var datedRate = dated.Count == 0 ? 0 : (double)dated.Count(r => MetadataMatch.Matches(MetadataField.PublishedTime, r.Case.Expected, r.Extraction)) / dated.Count;
        var extractions = aeb.Select(r => r.Extraction).Concat(readability.Select(r => r.Extraction)).Concat(wcxb.Select(r => r.Extraction)).ToList();
        return new SystemFigures(
            ShingleScorer.Aggregate(aeb.Select(r => r.Score).ToList()),
            aeb.Count(r => ShingleScorer.Tokenize(r.Page.ArticleBody).Count > 0 && ShingleScorer.Tokenize(r.Extraction.Body).Count == 0),
            ShingleScorer.Aggregate(readability.Select(r => r.Score).ToList()),
            metadata,
            extractions.Count(e => e.TimedOut),
            extractions.Count(e => e.Error is not null))
        {
            Wcxb = WcxbSplitFigures.Of(wcxb),
            DatedPublishedTime = datedRate,
            DatedCases = dated.Count,
            UndatedGivenADate = readability.Count(r => string.IsNullOrWhiteSpace(r.Case.Expected.PublishedTime) && r.Extraction.Published is not null),
        };
    }
}

/// <summary>One AEB page: what each extractor returned and how it scored.</summary>
/// <param name="Page">The page.</param>
/// <param name="Ours">Our extraction.</param>
/// <param name="Baseline">SmartReader's, when it ran.</param>
internal sealed record AebPageResult(AebPage Page, Extraction Ours, Extraction? Baseline)
{
    /// <summary>Our score on this page.</summary>
    public PageScore OursScore { get; } = ShingleScorer.Score(Page.ArticleBody, Ours.Body);

    /// <summary>SmartReader's score on this page, when it ran.</summary>
    public PageScore? BaselineScore { get; } = Baseline is null ? null : ShingleScorer.Score(Page.ArticleBody, Baseline.Body);
}

/// <summary>One Readability case: what each extractor returned and how its body scored against expected.html.</summary>
/// <param name="Case">The case.</param>
/// <param name="Ours">Our extraction.</param>
/// <param name="Baseline">SmartReader's, when it ran.</param>
internal sealed record ReadabilityCaseResult(ReadabilityCase Case, Extraction Ours, Extraction? Baseline)
{
    /// <summary>Our content score on this case.</summary>
    public PageScore OursScore { get; } = ShingleScorer.Score(Case.ExpectedText, Ours.Body);

    /// <summary>SmartReader's content score on this case, when it ran.</summary>
    public PageScore? BaselineScore { get; } = Baseline is null ? null : ShingleScorer.Score(Case.ExpectedText, Baseline.Body);
}

/// <summary>One extractor's figures over both corpora.</summary>
/// <param name="Aeb">Shingle scores on AEB-dev.</param>
/// <param name="AebEmptyBodies">AEB pages with a non-empty truth where the extractor returned no token.</param>
/// <param name="Readability">Shingle scores of the body against expected.html.</param>
/// <param name="Metadata">Share of Readability cases where each field matches.</param>
/// <param name="TimedOut">Pages (all corpora) where the extractor ran out of time.</param>
/// <param name="Failed">Pages (all corpora) where the extractor threw.</param>
internal sealed record SystemFigures(
    CorpusScore Aeb,
    int AebEmptyBodies,
    CorpusScore Readability,
    IReadOnlyDictionary<MetadataField, double> Metadata,
    int TimedOut,
    int Failed)
{
    /// <summary>WCXB-dev figures by split (zeros when WCXB did not run).</summary>
    public WcxbSplitFigures Wcxb { get; init; } = WcxbSplitFigures.Of([]);

    /// <summary>The <c>publishedTime</c> match rate on the Readability cases whose expected metadata has a date.</summary>
    public double DatedPublishedTime { get; init; }

    /// <summary>How many Readability cases have an expected <c>publishedTime</c>.</summary>
    public int DatedCases { get; init; }

    /// <summary>How many Readability cases without an expected <c>publishedTime</c> were given a date.</summary>
    public int UndatedGivenADate { get; init; }
}

/// <summary>The outcome of one evaluation run.</summary>
/// <param name="AebPages">Every AEB page, in ground-truth order.</param>
/// <param name="ReadabilityCases">Every Readability case, in name order.</param>
/// <param name="Ours">Our figures.</param>
/// <param name="Baseline">SmartReader's figures, when it ran.</param>
/// <param name="Workers">Pages extracted at once.</param>
/// <param name="Elapsed">Wall time of the run.</param>
internal sealed record EvaluationReport(
    IReadOnlyList<AebPageResult> AebPages,
    IReadOnlyList<ReadabilityCaseResult> ReadabilityCases,
    SystemFigures Ours,
    SystemFigures? Baseline,
    int Workers,
    TimeSpan Elapsed)
{
    /// <summary>Every WCXB-dev page, in id order (none when it did not run).</summary>
    public IReadOnlyList<WcxbPageResult> WcxbPages { get; init; } = [];
}
