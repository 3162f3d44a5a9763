using System.Globalization;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>
/// ROUGE-LSum on every corpus (<c>--rouge</c>): the metric L3S-GN1 is scored with in the Web Content Extraction
/// Benchmark, applied to the truths we have, to see how much its white-space tokens and headline convention move
/// our figures against the <c>\w+</c> metrics of AEB and WCXB.
/// </summary>
internal static class RougeReport
{
    /// <summary>Mean page ROUGE-LSum of each corpus (WCXB by split), ours and SmartReader's when it ran.</summary>
    /// <param name="report">The report.</param>
    /// <param name="workers">Pages scored at once.</param>
    /// <returns>One row per corpus.</returns>
    public static IReadOnlyList<RougeRow> Compute(EvaluationReport report, int workers)
    {
        ArgumentNullException.ThrowIfNull(report);
        var baseline = report.Baseline is not null;
        var corpora = new List<(string Name, List<(string Truth, string Ours, string? Baseline)> Pages)>
        {
            ("AEB-dev", report.AebPages.Select(p => (p.Page.ArticleBody, p.Ours.Body, p.Baseline?.Body)).ToList()),
            ("Readability", report.ReadabilityCases.Select(c => (c.Case.ExpectedText, c.Ours.Body, c.Baseline?.Body)).ToList()),
            ("WCXB-dev tuning", Wcxb(report, WcxbSplit.Tuning)),
            ("WCXB-dev validation", Wcxb(report, WcxbSplit.Validation)),
        };
        var rows = new List<RougeRow>();
        foreach (var (name, pages) in corpora)
        {
            if (pages.Count == 0)
            {
                continue;
            }

            var ours = new RougeScore[pages.Count];
            var theirs = new RougeScore[pages.Count];
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
            {
                ours[i] = RougeLsumScorer.Score(pages[i].Truth, pages[i].Ours);
                theirs[i] = baseline ? RougeLsumScorer.Score(pages[i].Truth, pages[i].Baseline) : default;
            });
            rows.Add(new RougeRow(name, pages.Count, Mean(ours), baseline ? Mean(theirs) : null));
        }

        return rows;
    }

    /// <summary>Prints the rows as a Markdown table.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="output">Where to write.</param>
    public static void Print(IReadOnlyList<RougeRow> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine("ROUGE-LSum, the Web Content Extraction Benchmark's metric (white-space tokens, case and punctuation kept; mean of pages):");
        output.WriteLine();
        output.WriteLine("| corpus | pages | ours precision | ours recall | ours F1 | SmartReader F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {row.Corpus} | {row.Pages} | {row.Ours.Precision:0.0000} | {row.Ours.Recall:0.0000} | {row.Ours.F1:0.0000} | {(row.Baseline is { } b ? b.F1.ToString("0.0000", CultureInfo.InvariantCulture) : "–")} |"));
        }
    }

    private static List<(string, string, string?)> Wcxb(EvaluationReport report, WcxbSplit split) =>
        report.WcxbPages.Where(p => p.Page.Split == split).Select(p => (p.Page.MainContent, p.Ours.Body, p.Baseline?.Body)).ToList();

    // The benchmark's figure is the plain mean of page scores, precision and recall included.
    private static RougeScore Mean(RougeScore[] scores) => scores.Length == 0
        ? default
        : new RougeScore(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
}

/// <summary>One corpus's mean ROUGE-LSum.</summary>
/// <param name="Corpus">The corpus (WCXB by split).</param>
/// <param name="Pages">Pages scored.</param>
/// <param name="Ours">Our means.</param>
/// <param name="Baseline">SmartReader's, when it ran.</param>
internal sealed record RougeRow(string Corpus, int Pages, RougeScore Ours, RougeScore? Baseline);
