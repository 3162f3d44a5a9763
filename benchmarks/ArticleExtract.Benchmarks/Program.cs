using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- [BenchmarkDotNet arguments]</c> runs the suites (see benchmarks/README.md), then
/// prints corpus-wide totals and the targets they are held to. <c>-- stages</c> instead times each stage of the
/// pipeline over the corpus with a stopwatch and counts how often the second opinion is asked; <c>-- ab DIR_A DIR_B</c> compares two builds of the
/// library in one process, round by round (see <see cref="AbCompare"/>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["stages", .. var rest])
        {
            return StageProfile.Run(rest);
        }

        if (args is ["allocs", .. var allocRounds])
        {
            return AllocationProfile.Run(allocRounds);
        }

        if (args is ["digest", .. var dirs])
        {
            return DecisionDigest.Run(dirs);
        }

        if (args is ["ab", .. var builds])
        {
            return AbCompare.Run(builds);
        }

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Min)
            .AddColumn(ThroughputColumns.All)
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        if (summaries.Length > 0)
        {
            Totals.Print(summaries, Console.Out);
        }

        return 0;
    }
}
