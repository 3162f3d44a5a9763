using System.Globalization;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>Prints a report as Markdown tables, so that a run can be pasted into a README or a pull request as is.</summary>
internal static class ReportPrinter
{
    /// <summary>How many of our worst pages are listed per corpus.</summary>
    public const int WorstCount = 10;

    /// <summary>Writes the figures table, then our worst pages of each corpus.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Print(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.AebPages.Count + report.ReadabilityCases.Count == 0)
        {
            output.WriteLine(Invariant($"ArticleExtract evaluation: {report.WcxbPages.Count} WCXB-dev pages, {report.Workers} workers, {report.Elapsed.TotalSeconds:0.0} s"));
            return;
        }

        var ours = report.Ours;
        var baseline = report.Baseline;
        output.WriteLine(Invariant($"ArticleExtract evaluation: {report.AebPages.Count} AEB-dev pages, {report.ReadabilityCases.Count} Readability cases, {report.WcxbPages.Count} WCXB-dev pages, {report.Workers} workers, {report.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine();
        output.WriteLine("| figure | ours | SmartReader | ours − SmartReader |");
        output.WriteLine("|---|---:|---:|---:|");
        Row(output, "AEB-dev F1", ours.Aeb.F1, baseline?.Aeb.F1);
        Row(output, "AEB-dev precision", ours.Aeb.Precision, baseline?.Aeb.Precision);
        Row(output, "AEB-dev recall", ours.Aeb.Recall, baseline?.Aeb.Recall);
        Row(output, "AEB-dev accuracy (exact token match)", ours.Aeb.Accuracy, baseline?.Aeb.Accuracy);
        Count(output, "AEB-dev empty bodies (truth non-empty)", ours.AebEmptyBodies, baseline?.AebEmptyBodies);
        Row(output, "Readability content F1", ours.Readability.F1, baseline?.Readability.F1);
        Row(output, "Readability content precision", ours.Readability.Precision, baseline?.Readability.Precision);
        Row(output, "Readability content recall", ours.Readability.Recall, baseline?.Readability.Recall);
        foreach (var field in MetadataMatch.Fields)
        {
            Row(output, $"Metadata {Floors.Key(field)} match rate", ours.Metadata[field], baseline?.Metadata[field]);
        }

        // Readability reads dates from metadata only, so its expected publishedTime is empty on pages that show their
        // date in the text: the rate above counts a date found there as wrong. These two lines tell the cases apart.
        Row(output, Invariant($"Metadata publishedTime match rate, the {ours.DatedCases} cases Readability dates"), ours.DatedPublishedTime, baseline?.DatedPublishedTime);
        Count(output, Invariant($"Readability cases it leaves undated given a date ({report.ReadabilityCases.Count - ours.DatedCases} cases)"),
            ours.UndatedGivenADate, baseline?.UndatedGivenADate);

        Count(output, "Pages timed out (all corpora)", ours.TimedOut, baseline?.TimedOut);
        Count(output, "Pages that threw (all corpora)", ours.Failed, baseline?.Failed);

        Worst(output, "AEB-dev pages (html/<id>.html.gz)", "id", withUrl: true,
            report.AebPages.Select(p => (p.Page.Id, p.Page.Id[..Math.Min(12, p.Page.Id.Length)], p.OursScore, p.BaselineScore, p.Page.Url)));
        Worst(output, "Readability cases (content)", "case", withUrl: false,
            report.ReadabilityCases.Select(r => (r.Case.Name, r.Case.Name, r.OursScore, r.BaselineScore, "")));
    }

    private static void Worst(TextWriter output, string what, string name, bool withUrl,
        IEnumerable<(string Key, string Label, PageScore Ours, PageScore? Baseline, string Url)> pages)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Our {WorstCount} worst {what}:"));
        output.WriteLine();
        output.WriteLine($"| {name} | F1 | precision | recall | SmartReader F1 |{(withUrl ? " url |" : "")}");
        output.WriteLine($"|---|---:|---:|---:|---:|{(withUrl ? "---|" : "")}");
        foreach (var page in pages.OrderBy(p => p.Ours.F1).ThenBy(p => p.Key, StringComparer.Ordinal).Take(WorstCount))
        {
            var ours = page.Ours;
            output.WriteLine(Invariant($"| {page.Label} | {ours.F1:0.000} | {Page(ours.TruePositive + ours.FalsePositive, ours.Precision)} | {Page(ours.TruePositive + ours.FalseNegative, ours.Recall)} | {Number(page.Baseline?.F1)} |{(withUrl ? $" {page.Url} |" : "")}"));
        }
    }

    /// <summary>Lists every Readability case where a metadata field of ours does not match, field by field.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void PrintMetadataMismatches(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var field in MetadataMatch.Fields)
        {
            var misses = report.ReadabilityCases.Where(r => MetadataMatch.Scored(field, r.Case.Expected) && !MetadataMatch.Matches(field, r.Case.Expected, r.Ours)).ToList();
            output.WriteLine();
            output.WriteLine(Invariant($"Metadata {Floors.Key(field)}: {misses.Count} mismatches of ours"));
            output.WriteLine();
            output.WriteLine("| case | expected | ours |");
            output.WriteLine("|---|---|---|");
            foreach (var miss in misses)
            {
                output.WriteLine($"| {miss.Case.Name} | {Cell(MetadataMatch.Expected(field, miss.Case.Expected))} | {Cell(MetadataMatch.Actual(field, miss.Ours))} |");
            }
        }
    }

    private static string Cell(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        // Control characters (a NUL from a bad entity) would make the output a binary file to grep and diff.
        var text = string.Concat(MetadataMatch.Normalize(value).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c == '|' ? "\\|" : c.ToString()));
        return text.Length > 100 ? string.Concat(text.AsSpan(0, 99), "…") : text;
    }

    // A page that predicted nothing has no precision (it is left out of the mean); show that rather than a 0.
    private static string Page(double denominator, double value) => denominator > 0 ? Number(value) : "–";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static void Row(TextWriter output, string name, double ours, double? baseline) =>
        output.WriteLine(Invariant($"| {name} | {ours:0.0000} | {(baseline is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "–")} | {(baseline is { } d ? (ours - d).ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture) : "–")} |"));

    private static void Count(TextWriter output, string name, int ours, int? baseline) =>
        output.WriteLine(Invariant($"| {name} | {ours} | {(baseline is { } b ? b.ToString(CultureInfo.InvariantCulture) : "–")} | {(baseline is { } d ? (ours - d).ToString("+0;-0;0", CultureInfo.InvariantCulture) : "–")} |"));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
