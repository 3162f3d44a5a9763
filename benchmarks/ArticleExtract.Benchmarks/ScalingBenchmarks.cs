using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// How time grows with page size: one real page with its body repeated 1×, 10× and 100×. Linear growth means
/// the 100× page costs at most 110× the 1× page (issue 15) (<see cref="ThroughputColumns"/> prints the ratio).
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly ArticleExtractor NoSecondOpinion = new(ArticleExtractorOptions.Default with { UseSecondOpinion = false });

    private string _html = "";

    [Params(1, 10, 100)]
    public int Factor { get; set; }

    [GlobalSetup]
    public void Setup() => _html = Repeat(ScalingPage().Html, Factor);

    /// <summary>The page nearest to 64 KB: a typical article, small enough that 100× stays well inside the limits.</summary>
    public static Page ScalingPage() => Corpus.Pages.MinBy(p => Math.Abs(p.Bytes - (64 * 1024)))!;

    /// <summary>The page with everything between &lt;body&gt; and &lt;/body&gt; written <paramref name="factor"/> times.</summary>
    public static string Repeat(string html, int factor)
    {
        var open = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var start = open < 0 ? 0 : html.IndexOf('>', open) + 1;
        var end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        if (end < start)
        {
            end = html.Length;
        }

        var sb = new StringBuilder(html.Length + ((end - start) * (factor - 1)));
        sb.Append(html, 0, start);
        for (var i = 0; i < factor; i++)
        {
            sb.Append(html, start, end - start);
        }

        sb.Append(html, end, html.Length - end);
        return sb.ToString();
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int ParseOnly() => new HtmlParser().ParseDocument(_html).ChildNodes.Length;

    [Benchmark(Description = "ArticleExtract")]
    public int Extract() => ArticleExtractor.Default.Extract(_html).Body.Length;

    [Benchmark(Description = "ArticleExtract, no 2nd opinion")]
    public int ExtractWithoutSecondOpinion() => NoSecondOpinion.Extract(_html).Body.Length;
}
