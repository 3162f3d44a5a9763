using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Corpus-wide figures after a run: each method's fastest bucket times added up (so the page set is weighed as it is,
/// not bucket by bucket), the ratios the targets are stated in, and the scaling ratio. Ratios come from one run
/// only, since other work on the machine moves absolute timings.
/// </summary>
internal static class Totals
{
    private const string Parse = nameof(ExtractionBenchmarks.ParseOnly);
    private const string Extract = nameof(ExtractionBenchmarks.Extract);
    private const string NoSecond = nameof(ExtractionBenchmarks.ExtractWithoutSecondOpinion);
    private const string Smart = nameof(ExtractionBenchmarks.SmartReader);

    /// <summary>
    /// How much slower a case's first measured iterations may be than its last before its figures are called
    /// unsteady. Why: the JIT keeps recompiling our methods (tier 0, instrumented, optimised) for seconds after a
    /// process starts, and three warm-up iterations left the AEB pages' middle bucket 18% and the 100× page 65% over
    /// their steady times; the ratios printed here then measure the JIT, not the code.
    /// </summary>
    private const double UnsteadyDrift = 1.05;

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter w)
    {
        var ci = CultureInfo.InvariantCulture;
        PrintUnsteady(summaries, w);
        var extraction = Collect(summaries, typeof(ExtractionBenchmarks));
        if (extraction.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"## Totals over the page set ({Corpus.Pages.Count} pages, {Corpus.Pages.Sum(p => (long)p.Bytes) / 1048576.0:0.0} MB, from {Corpus.Source})");
            w.WriteLine();
            w.WriteLine("| Method | Pages | Time/page | Alloc/page | Pages/s | MB/s | Speed vs SmartReader | Alloc vs SmartReader | Time vs parse only |");
            w.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var totals = extraction.ToDictionary(kv => kv.Key, kv => Sum(kv.Value));
            foreach (var (method, t) in totals)
            {
                w.WriteLine(string.Create(ci, $"| {Describe(summaries, method)} | {t.Pages} | {ThroughputColumns.Ms(t.Ns / t.Pages)} | {ThroughputColumns.Kb(t.Alloc / (double)t.Pages)} | {ThroughputColumns.Fmt(t.Pages / (t.Ns / 1e9))} | {ThroughputColumns.Fmt(t.Bytes / 1048576.0 / (t.Ns / 1e9))} | {Ratio(totals, Smart, method, (a, b) => a.Ns / b.Ns)} | {Ratio(totals, method, Smart, (a, b) => (double)a.Alloc / b.Alloc)} | {Ratio(totals, method, Parse, (a, b) => a.Ns / b.Ns)} |"));
            }

            w.WriteLine();
            w.WriteLine("Targets (issue 10's and issue 15's lines):");
            Target(w, totals, "ArticleExtract ≥ 3× SmartReader's pages/s (#10)", Smart, Extract, (a, b) => a.Ns / b.Ns, r => r >= 3);
            Target(w, totals, "ArticleExtract ≥ 4× SmartReader's pages/s (#15)", Smart, Extract, (a, b) => a.Ns / b.Ns, r => r >= 4);
            Target(w, totals, "ArticleExtract ≤ 1.8× parse-only time (#10)", Extract, Parse, (a, b) => a.Ns / b.Ns, r => r <= 1.8);
            Target(w, totals, "ArticleExtract ≤ 1.4× parse-only time (#15)", Extract, Parse, (a, b) => a.Ns / b.Ns, r => r <= 1.4);
            Target(w, totals, "ArticleExtract, no 2nd opinion ≤ 1.4× parse-only time (#15)", NoSecond, Parse, (a, b) => a.Ns / b.Ns, r => r <= 1.4);
            if (totals.TryGetValue(Extract, out var ours) && ours.Pages > 0)
            {
                var mb = ours.Alloc / (double)ours.Pages / 1e6;
                w.WriteLine(string.Create(ci, $"- [{(mb <= 1.0 ? "met" : "MISSED")}] ArticleExtract allocates ≤ 1.0 MB a page, the parse included (#15): {mb:0.000} MB"));
            }

            Target(w, totals, "ArticleExtract allocates ≤ 0.5× SmartReader's bytes", Extract, Smart, (a, b) => (double)a.Alloc / b.Alloc, r => r <= 0.5);
        }

        var scaling = Collect(summaries, typeof(ScalingBenchmarks));
        foreach (var (method, cases) in scaling)
        {
            var one = cases.FirstOrDefault(c => (int)c.Case.Parameters["Factor"] == 1);
            var hundred = cases.FirstOrDefault(c => (int)c.Case.Parameters["Factor"] == 100);
            if (one.Case is not null && hundred.Case is not null)
            {
                var r = hundred.Ns / one.Ns;
                w.WriteLine(string.Create(ci, $"- [{(r <= 110 ? "met" : "MISSED")}] scaling, {Describe(summaries, method)}: 100× the page takes {r:0.0}× the time of 1× (#15: ≤ 110×)"));
            }
        }
    }

    /// <summary>
    /// Names every case whose measured iterations were still getting faster: the median of its first five against
    /// that of its last five.
    /// </summary>
    private static void PrintUnsteady(IReadOnlyList<Summary> summaries, TextWriter w)
    {
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var runs = report.GetResultRuns();
            if (runs.Count < 10)
            {
                continue;
            }

            var perOp = runs.Select(m => m.Nanoseconds / m.Operations).ToArray();
            var first = Median(perOp[..5]);
            var last = Median(perOp[^5..]);
            if (first > last * UnsteadyDrift)
            {
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- [NOT STEADY] {report.BenchmarkCase.DisplayInfo}: its iterations fell from {first / 1e6:0.000} to {last / 1e6:0.000} ms (medians of the first and last five); its figures overstate the steady cost: give it more warm-up iterations (--warmupCount)"));
            }
        }
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private readonly record struct Measured(BenchmarkCase Case, int Pages, long Bytes, double Ns, long Alloc);

    private readonly record struct Total(int Pages, long Bytes, double Ns, long Alloc);

    private static Dictionary<string, List<Measured>> Collect(IReadOnlyList<Summary> summaries, Type type)
    {
        var byMethod = new Dictionary<string, List<Measured>>(StringComparer.Ordinal);
        foreach (var summary in summaries)
        {
            foreach (var c in summary.BenchmarksCases.Where(c => c.Descriptor.Type == type))
            {
                if (ThroughputColumns.Stat(summary, c) is not { } stat)
                {
                    continue;
                }

                var work = Workload.Of(c);
                var m = new Measured(c, work.Pages, work.Bytes, stat.Min, ThroughputColumns.Alloc(summary, c) ?? 0);
                var name = c.Descriptor.WorkloadMethod.Name;
                if (!byMethod.TryGetValue(name, out var list))
                {
                    byMethod[name] = list = [];
                }

                list.Add(m);
            }
        }

        return byMethod;
    }

    private static Total Sum(List<Measured> cases) =>
        new(cases.Sum(c => c.Pages), cases.Sum(c => c.Bytes), cases.Where(c => c.Pages > 0).Sum(c => c.Ns), cases.Where(c => c.Pages > 0).Sum(c => c.Alloc));

    private static string Describe(IReadOnlyList<Summary> summaries, string method) =>
        summaries.SelectMany(s => s.BenchmarksCases).First(c => c.Descriptor.WorkloadMethod.Name == method).Descriptor.WorkloadMethodDisplayInfo;

    private static string Ratio(Dictionary<string, Total> totals, string a, string b, Func<Total, Total, double> f) =>
        totals.TryGetValue(a, out var x) && totals.TryGetValue(b, out var y) ? f(x, y).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "-";

    private static void Target(TextWriter w, Dictionary<string, Total> totals, string what, string a, string b, Func<Total, Total, double> f, Func<double, bool> met)
    {
        if (totals.TryGetValue(a, out var x) && totals.TryGetValue(b, out var y))
        {
            var r = f(x, y);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- [{(met(r) ? "met" : "MISSED")}] {what}: {r:0.00}×"));
        }
    }
}
