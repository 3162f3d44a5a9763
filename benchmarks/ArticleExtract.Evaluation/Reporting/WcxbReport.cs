using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>WCXB-dev: the split table, the worst tuning pages, and the per-page file for error analysis.</summary>
internal static class WcxbReport
{
    /// <summary>Writes the WCXB table: ours and SmartReader's, tuning (ids 0–7) beside validation (ids 8–9).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void PrintTable(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.WcxbPages.Count == 0)
        {
            return;
        }

        var ours = report.Ours.Wcxb;
        var baseline = report.Baseline?.Wcxb;
        output.WriteLine();
        output.WriteLine(Invariant($"WCXB-dev: {ours.Tuning.Pages} tuning pages (ids ending 0–7), {ours.Validation.Pages} validation pages (ids ending 8–9, never read to design a rule)"));
        output.WriteLine();
        output.WriteLine("| figure | ours tuning | SmartReader tuning | ours validation | SmartReader validation |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        Row(output, "word F1", ours, baseline, f => f.F1);
        Row(output, "word precision", ours, baseline, f => f.Precision);
        Row(output, "word recall", ours, baseline, f => f.Recall);
        foreach (var type in WcxbCorpus.PageTypes)
        {
            Row(output, $"word F1 {type}", ours, baseline, f => f.F1ByType.TryGetValue(type, out var v) ? v : double.NaN);
        }

        Row(output, "`with` snippets found", ours, baseline, f => f.WithFound);
        Row(output, "`without` snippets leaked", ours, baseline, f => f.WithoutLeaked);
        Row(output, "`with` found, as evaluate.py reports it (page mean, spacing kept)", ours, baseline, f => f.WithFoundAsPublished);
        Row(output, "`without` leaked, as evaluate.py reports it (page mean, spacing kept)", ours, baseline, f => f.WithoutLeakedAsPublished);
        Row(output, "snippet F, trafilatura's form (exact substrings, pooled)", ours, baseline, f => f.SnippetF);
        Row(output, "pages under 0.2 (count)", ours, baseline, f => f.Lost, "0");
        Row(output, "page kind agrees with page_type", ours, baseline, f => f.KindAgreement);
        foreach (var field in WcxbMetadata.Fields)
        {
            Row(output, $"metadata {Floors.Key(field)} match rate", ours, baseline, f => f.Metadata[field]);
        }

        Row(output, "publishDate precision (right day / pages we date)", ours, baseline, f => f.DatePrecision);
        Row(output, "pages we date whose truth has no date (count)", ours, baseline, f => f.DatedWithoutTruth, "0");
    }

    /// <summary>Lists our worst tuning pages (validation pages are never listed: they are not for reading).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="count">How many.</param>
    public static void PrintWorst(EvaluationReport report, TextWriter output, int count)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.WcxbPages.Count == 0 || count <= 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Our {count} worst WCXB-dev tuning pages (html/<id>.html.gz):"));
        output.WriteLine();
        output.WriteLine("| id | kind | F1 | precision | recall | SmartReader F1 | outcome | url |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---|---|");
        foreach (var page in report.WcxbPages.Where(p => p.Page.Split == WcxbSplit.Tuning)
                     .OrderBy(p => p.OursScore.F1).ThenBy(p => p.Page.Id, StringComparer.Ordinal).Take(count))
        {
            var s = page.OursScore;
            output.WriteLine(Invariant($"| {page.Page.Id} | {page.Page.PageType} | {s.F1:0.000} | {s.Precision:0.000} | {s.Recall:0.000} | {Number(page.BaselineScore?.F1)} | {page.Ours.Outcome ?? page.Ours.Error ?? "–"} | {page.Page.Url} |"));
        }
    }

    /// <summary>
    /// Writes one JSON line per WCXB page: id, split, kind, both extractors' scores, our outcome and metadata, and
    /// both texts. Validation lines carry scores only (no text), so that nobody reads them by accident.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The file (its folder is created; the file is replaced).</param>
    public static void WritePages(EvaluationReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var page in report.WcxbPages)
        {
            using (var json = new Utf8JsonWriter(file, options))
            {
                WritePage(json, page);
            }

            file.WriteByte((byte)'\n');
        }
    }

    private static void WritePage(Utf8JsonWriter json, WcxbPageResult page)
    {
        var tuning = page.Page.Split == WcxbSplit.Tuning;
        json.WriteStartObject();
        json.WriteString("id", page.Page.Id);
        json.WriteString("split", tuning ? "tuning" : "validation");
        json.WriteString("kind", page.Page.PageType);
        json.WriteString("url", page.Page.Url);
        Score(json, "ours", page.OursScore);
        if (page.BaselineScore is { } baseline)
        {
            Score(json, "smartReader", baseline);
        }

        json.WriteString("outcome", page.Ours.Outcome ?? page.Ours.Error);
        json.WriteString("pageKind", page.Ours.PageKind);
        foreach (var field in WcxbMetadata.Fields)
        {
            json.WriteBoolean(Floors.Key(field) + "Match", WcxbMetadata.Matches(field, page.Page, page.Ours));
        }

        if (tuning)
        {
            json.WriteString("title", page.Ours.Title);
            json.WriteString("author", page.Ours.Byline);
            json.WriteString("published", page.Ours.Published?.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("body", page.Ours.Body);
            json.WriteString("smartReaderBody", page.Baseline?.Body);
        }

        json.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter json, string name, WordScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("tokens", score.PredictedTokens);
        json.WriteString("with", Invariant($"{score.WithFound}/{score.WithTotal}"));
        json.WriteString("without", Invariant($"{score.WithoutLeaked}/{score.WithoutTotal}"));
        json.WriteEndObject();
    }

    private static void Row(TextWriter output, string name, WcxbSplitFigures ours, WcxbSplitFigures? baseline, Func<WcxbFigures, double> figure, string format = "0.0000") =>
        output.WriteLine($"| {name} | {Cell(figure(ours.Tuning), format)} | {Cell(baseline is null ? null : figure(baseline.Tuning), format)} | {Cell(figure(ours.Validation), format)} | {Cell(baseline is null ? null : figure(baseline.Validation), format)} |");

    private static string Cell(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
