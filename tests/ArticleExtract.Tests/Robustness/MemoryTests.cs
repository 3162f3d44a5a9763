using Xunit.Abstractions;

namespace ArticleExtract.Tests.Robustness;

/// <summary>Repeated extractions do not accumulate memory (no caches that grow with the pages seen).</summary>
/// <remarks>
/// The heap is the whole process's: this test runs alone, after every parallel test, or another test's data (the
/// accuracy gate holds two corpora) would be counted as growth. It did, once in a few runs.
/// </remarks>
[Collection(Alone)]
public sealed class MemoryTests(ITestOutputHelper output)
{
    public const string Alone = "Memory, alone";

    [Fact]
    public void No_growth_over_many_extractions()
    {
        // 10,000 extractions take about 10 s on 2 cores; ARTICLEEXTRACT_MEMORY_ITERATIONS runs more (or fewer).
        var total = int.TryParse(Environment.GetEnvironmentVariable("ARTICLEEXTRACT_MEMORY_ITERATIONS"), out var n) && n >= 2_000 ? n : 10_000;
        var pages = new[]
        {
            TestPages.Article(),
            TestPages.Article(insideArticle: "<ul><li>x<li>y</ul><blockquote><p>q</p></blockquote><pre><code>c</code></pre>"),
            Hostile.Repeat("<div></x>", 500),
            "<html><body><p>Short.</p></body></html>",
        };
        var extractor = new ArticleExtractor();
        long atThousand = 0;
        Hostile.WithinLimit(() =>
        {
            for (var i = 1; i <= total; i++)
            {
                // Distinct strings each time, so a cache keyed by page text would grow.
                var article = extractor.Extract(pages[i % pages.Length] + $"<!-- {i} -->", new Uri($"https://news.example.com/{i}"));
                _ = article.ToHtml();
                if (i == 1_000)
                {
                    atThousand = Settled();
                }
            }

            return 0;
        }, TimeSpan.FromSeconds(300));
        var atEnd = Settled();
        output.WriteLine($"GC heap after a forced collection: {atThousand / 1024:N0} KB at 1,000, {atEnd / 1024:N0} KB at {total:N0} extractions");
        Assert.True(atEnd < atThousand + 8 * 1024 * 1024, $"memory grew from {atThousand / 1024} KB at 1,000 to {atEnd / 1024} KB at {total:N0} extractions");
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>Runs <see cref="MemoryTests"/> with no other test alongside.</summary>
[CollectionDefinition(MemoryTests.Alone, DisableParallelization = true)]
public sealed class MemoryTestsRunAlone;
