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

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter w)
    {
        var ci = CultureInfo.InvariantCulture;
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
            w.WriteLine("Targets:");
            Target(w, totals, "ArticleExtract ≥ 3× SmartReader's pages/s", Smart, Extract, (a, b) => a.Ns / b.Ns, r => r >= 3);
            Target(w, totals, "ArticleExtract allocates ≤ 0.5× SmartReader's bytes", Extract, Smart, (a, b) => (double)a.Alloc / b.Alloc, r => r <= 0.5);
            Target(w, totals, "ArticleExtract ≤ 1.5× parse-only time", Extract, Parse, (a, b) => a.Ns / b.Ns, r => r <= 1.5);
            Target(w, totals, "ArticleExtract, no 2nd opinion ≤ 1.5× parse-only time", NoSecond, Parse, (a, b) => a.Ns / b.Ns, r => r <= 1.5);
        }

        var scaling = Collect(summaries, typeof(ScalingBenchmarks));
        foreach (var (method, cases) in scaling)
        {
            var one = cases.FirstOrDefault(c => (int)c.Case.Parameters["Factor"] == 1);
            var hundred = cases.FirstOrDefault(c => (int)c.Case.Parameters["Factor"] == 100);
            if (one.Case is not null && hundred.Case is not null)
            {
                var r = hundred.Ns / one.Ns;
                w.WriteLine(string.Create(ci, $"- [{(r <= 120 ? "met" : "MISSED")}] scaling, {Describe(summaries, method)}: 100× the page takes {r:0.0}× the time of 1× (target ≤ 120×)"));
            }
        }
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
