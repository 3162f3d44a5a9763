using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// The contenders side by side on the same real pages, one bucket of page sizes per case. One operation is the
/// whole bucket; <see cref="ThroughputColumns"/> turns that into time, bytes, pages/s and MB/s per page.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly ArticleExtractor NoSecondOpinion = new(ArticleExtractorOptions.Default with { UseSecondOpinion = false });

    private Page[] _pages = [];
    private Uri[] _urls = [];

    [ParamsAllValues]
    public SizeBucket Bucket { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = [.. Corpus.In(Bucket)];
        _urls = [.. _pages.Select(p => new Uri(p.Url))];
    }

    /// <summary>What any DOM-based extractor pays at least: AngleSharp with its default options.</summary>
    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            n += new HtmlParser().ParseDocument(page.Html).ChildNodes.Length;
        }

        return n;
    }

    [Benchmark(Description = "ArticleExtract")]
    public int Extract()
    {
        var n = 0;
        for (var i = 0; i < _pages.Length; i++)
        {
            n += ArticleExtractor.Default.Extract(_pages[i].Html, _urls[i]).Body.Length;
        }

        return n;
    }

    [Benchmark(Description = "ArticleExtract, no 2nd opinion")]
    public int ExtractWithoutSecondOpinion()
    {
        var n = 0;
        for (var i = 0; i < _pages.Length; i++)
        {
            n += NoSecondOpinion.Extract(_pages[i].Html, _urls[i]).Body.Length;
        }

        return n;
    }

    [Benchmark(Description = "SmartReader")]
    public int SmartReader()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            using var reader = new SmartReader.Reader(page.Url, page.Html);
            n += reader.GetArticle().TextContent?.Length ?? 0;
        }

        return n;
    }
}
