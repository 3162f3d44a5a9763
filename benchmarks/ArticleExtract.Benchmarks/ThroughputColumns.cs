using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Per-page figures for benchmarks whose operation covers several pages: an operation of
/// <see cref="ExtractionBenchmarks"/> is a whole size bucket, one of <see cref="ScalingBenchmarks"/> is one (grown) page.
/// They are computed from the fastest iteration, not the mean: on a shared machine other work only ever adds
/// time, so the minimum over iterations is the figure closest to the code's own cost, and the one whose ratios
/// hold from run to run.
/// </summary>
public static class ThroughputColumns
{
    public static IColumn[] All { get; } =
    [
        new Column("Pages", "Pages in one operation", (s, c) => Workload.Of(c).Pages.ToString(CultureInfo.InvariantCulture)),
        new Column("Size/page", "Mean input size of a page", (s, c) => Kb(Workload.Of(c).Bytes / (double)Workload.Of(c).Pages)),
        new Column("Time/page", "Time per page in the fastest iteration", (s, c) => Stat(s, c) is { } m ? Ms(m.Min / Workload.Of(c).Pages) : "-"),
        new Column("Alloc/page", "Bytes allocated per page", (s, c) => Alloc(s, c) is { } a ? Kb(a / (double)Workload.Of(c).Pages) : "-"),
        new Column("Pages/s", "Pages per second on one core (from the fastest iteration)", (s, c) => Stat(s, c) is { } m ? Fmt(Workload.Of(c).Pages / (m.Min / 1e9)) : "-"),
        new Column("MB/s", "Input megabytes (2^20 bytes) per second on one core (from the fastest iteration)", (s, c) => Stat(s, c) is { } m ? Fmt(Workload.Of(c).Bytes / 1048576.0 / (m.Min / 1e9)) : "-"),
        new Column("Speed vs SmartReader", "SmartReader's fastest time / this fastest time, same bucket", (s, c) => VersusSmartReader(s, c)),
        new Column("Time vs 1×", "This fastest time / the 1× page's fastest time, same method", (s, c) => VersusFactorOne(s, c)),
    ];

    internal static Statistics? Stat(Summary summary, BenchmarkCase c) => summary[c]?.ResultStatistics;

    internal static long? Alloc(Summary summary, BenchmarkCase c) => summary[c]?.GcStats.GetBytesAllocatedPerOperation(c);

    internal static string Fmt(double v) => v.ToString(v >= 100 ? "N0" : v >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture);

    internal static string Ms(double ns) => (ns / 1e6).ToString("N2", CultureInfo.InvariantCulture) + " ms";

    internal static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private static string VersusSmartReader(Summary s, BenchmarkCase c)
    {
        if (c.Descriptor.Type != typeof(ExtractionBenchmarks) || Stat(s, c) is not { } mine)
        {
            return "-";
        }

        var theirs = s.BenchmarksCases.FirstOrDefault(o => o.Descriptor.WorkloadMethod.Name == nameof(ExtractionBenchmarks.SmartReader)
            && Equals(o.Parameters["Bucket"], c.Parameters["Bucket"]));
        return theirs is not null && Stat(s, theirs) is { } t ? (t.Min / mine.Min).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "-";
    }

    private static string VersusFactorOne(Summary s, BenchmarkCase c)
    {
        if (c.Descriptor.Type != typeof(ScalingBenchmarks) || Stat(s, c) is not { } mine)
        {
            return "-";
        }

        var one = s.BenchmarksCases.FirstOrDefault(o => o.Descriptor.WorkloadMethod == c.Descriptor.WorkloadMethod && Equals(o.Parameters["Factor"], 1));
        return one is not null && Stat(s, one) is { } t ? (mine.Min / t.Min).ToString("0.0", CultureInfo.InvariantCulture) + "×" : "-";
    }

    private sealed class Column(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => nameof(ThroughputColumns) + "." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            name == "Pages" || Workload.Of(benchmarkCase).Pages > 0 ? value(summary, benchmarkCase) : "-";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>How many pages, and how many input bytes, one operation of a benchmark case covers.</summary>
internal readonly record struct Workload(int Pages, long Bytes)
{
    private static readonly Dictionary<string, Workload> Cache = new(StringComparer.Ordinal);

    public static Workload Of(BenchmarkCase c)
    {
        var key = c.Descriptor.Type.Name + "/" + c.Parameters.DisplayInfo;
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var w))
            {
                w = Compute(c);
                Cache[key] = w;
            }

            return w;
        }
    }

    private static Workload Compute(BenchmarkCase c)
    {
        if (c.Descriptor.Type == typeof(ScalingBenchmarks))
        {
            var html = ScalingBenchmarks.Repeat(ScalingBenchmarks.ScalingPage().Html, (int)c.Parameters["Factor"]);
            return new Workload(1, System.Text.Encoding.UTF8.GetByteCount(html));
        }

        var pages = Corpus.In((SizeBucket)c.Parameters["Bucket"]);
        return new Workload(pages.Count, pages.Sum(p => (long)p.Bytes));
    }
}
