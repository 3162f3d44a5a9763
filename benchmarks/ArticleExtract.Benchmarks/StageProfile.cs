using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ArticleExtract.Analysis;
using ArticleExtract.Content;
using ArticleExtract.Decision;
using ArticleExtract.Dom;
using ArticleExtract.Fallback;
using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using ArticleExtract.Rendering;
using ArticleExtract.Structure;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>stages [rounds] [factor]</c>: where the time goes. Runs the pipeline's stages one by one over every page with a
/// stopwatch around each (the order and calls of <see cref="ArticleExtractor"/>), and counts the pages on which the
/// second opinion is asked and taken. A guide for profiling, not a measurement: speed claims come from the
/// BenchmarkDotNet suites. With a factor, profiles the scaling benchmark's page grown that many times instead.
/// </summary>
internal static class StageProfile
{
    private static readonly string[] Names =
        ["nesting guard", "parse", "metadata", "index (noise + stats)", "locate content", "build flow", "boilerplate filter", "assemble sections", "body text", "second opinion", "JSON render", "page kind", "learned decision"];

    /// <summary>
    /// At most this many warm-up rounds. With one, the counted rounds of <c>stages 10</c> ran mostly unoptimised code
    /// (`perf`: the learned decision's samples were in tier-0 or instrumented code until the last eighth of the run,
    /// the parse's until about the middle), which put the decision at 0.23× the parse against 0.08× once optimised.
    /// </summary>
    private const int MaxWarmUps = 30;

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var factor = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var pages = factor > 0 ? Grown(factor) : Corpus.Pages;
        var options = ArticleExtractorOptions.Default;
        var ticks = new long[Names.Length];
        var allocated = new long[Names.Length];
        // Collections by generation (0, 1, 2) and the collector's pause, counted in the stage during which they came.
        var collections = new long[Names.Length * 4];
        int asked = 0, taken = 0, warmUps = 0;
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms up the JIT and is not counted; it is run again until a round compiles no method (see
            // MaxWarmUps), so that the counted rounds time the optimised code.
            var counted = round > 0;
            var compiled = JitInfo.GetCompiledMethodCount();
            asked = taken = 0;
            foreach (var page in pages)
            {
                var clock = new Clock(counted ? ticks : new long[Names.Length], counted ? allocated : new long[Names.Length], counted ? collections : new long[Names.Length * 4]);
                // As the extractor does: the guard's shorter markup in a pooled buffer, returned once the page is done.
                using var guarded = clock.Time(0, () => NestingGuard.ApplyPooled(page.Html, options.MaxNestingDepth, int.MaxValue));
                var document = clock.Time(1, () => DocumentParser.Parse(guarded));
                var urls = new UrlResolver(new Uri(page.Url));
                var elements = clock.Time(2, () => PageElements.Collect(document));
                var metadata = clock.Time(2, () => MetadataReader.Read(document, urls, elements));
                var own = Body(clock, document.Body ?? document.DocumentElement!, urls, metadata, options, guarded.StartTags, learned: true);
                var article = clock.Time(8, () => new Article(metadata, own.Sections, ExtractionOutcome.Extracted));

                // Before the second opinion, which rewrites the document (the shape only steers the URL-less fallbacks).
                clock.Time(11, () => Classification.PageKindClassifier.Classify(document, urls.Base, default, null, metadata, elements, out _));
                if (guarded.StartTags <= SecondOpinion.MaxElements && SecondOpinion.IsDoubtful(own.Chars, own.Paragraphs, own.LinkDensity))
                {
                    asked++;
                    // What the extractor does when it asks: our noise texts, SmartReader on our document, then our
                    // stages on its answer, less what we judged noise.
                    var theirs = clock.Time(9, () =>
                    {
                        var knownNoise = own.Index is null ? [] : SecondOpinion.NoiseTexts(own.Index);
                        return SecondOpinion.Ask(document, urls.Base, out _) is { Body: { } body }
                            ? Body(new Clock(new long[Names.Length], new long[Names.Length], new long[Names.Length * 4]), body, urls, metadata, options, 0, knownNoise)
                            : default;
                    });
                    taken += SecondOpinion.Prefer(own.Chars, theirs.Chars, theirs.Chars, theirs.LinkDensity) ? 1 : 0;
                }

                // As the extractor does once nothing reads the index: its arrays go back to the pool. Kept, every page's
                // index rented fresh arrays and took the ones the decision had just given back, so the index showed 34 KB
                // a page and the decision 27 KB that the extraction does not allocate (0 and 5).
                own.Index?.Release();

                clock.Time(10, () => JsonRenderer.Render(article, indented: false));
            }

            if (!counted && JitInfo.GetCompiledMethodCount() > compiled && ++warmUps < MaxWarmUps)
            {
                round--;
            }
        }

        var total = ticks.Sum();
        var bytes = pages.Sum(p => (long)p.Bytes);
        var source = factor > 0 ? $"{Corpus.Source}/{pages[0].Name} grown {factor}×" : Corpus.Source;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages, {bytes / 1048576.0:0.0} MB from {source}; {rounds} rounds after {warmUps + 1} warm-up round(s)"));
        Console.WriteLine();
        Console.WriteLine("| stage | ms/page | share | KB allocated/page | collections gen0/1/2 per page | GC pause ms/page |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < Names.Length; i++)
        {
            var ms = ticks[i] * 1000.0 / Stopwatch.Frequency / rounds / pages.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Names[i]} | {ms:0.000} | {100.0 * ticks[i] / total:0.0}% | {allocated[i] / 1024.0 / rounds / pages.Count:N0} | {Per(collections[(i * 4) + 0])}/{Per(collections[(i * 4) + 1])}/{Per(collections[(i * 4) + 2])} | {collections[(i * 4) + 3] * 1000.0 / Stopwatch.Frequency / rounds / pages.Count:0.00} |"));
        }

        Console.WriteLine();
        var pauseTicks = 0L;
        for (var i = 0; i < Names.Length; i++)
        {
            pauseTicks += collections[(i * 4) + 3];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The collector paused {pauseTicks * 1000.0 / Stopwatch.Frequency / rounds / pages.Count:0.00} ms a page in all (counted in the stages above)."));
        Console.WriteLine($"Second opinion asked on {asked} of {pages.Count} pages, taken on {taken}.");
        Console.WriteLine("(The 'second opinion' row is SmartReader plus our stages on its answer, on the pages where it is asked.)");
        return 0;

        string Per(long count) => (count / (double)rounds / pages.Count).ToString("0.##", CultureInfo.InvariantCulture);
    }

    internal static Page[] Grown(int factor)
    {
        var page = ScalingBenchmarks.ScalingPage();
        var html = ScalingBenchmarks.Repeat(page.Html, factor);
        return [page with { Html = html, Bytes = System.Text.Encoding.UTF8.GetByteCount(html) }];
    }

    private readonly record struct BodyResult(DocumentIndex? Index, IReadOnlyList<Section> Sections, int Chars, int Paragraphs, double LinkDensity);

    private static BodyResult Body(Clock clock, AngleSharp.Dom.IElement root, UrlResolver urls, ArticleMetadata metadata, ArticleExtractorOptions options, int expectedElements, List<string>? knownNoise = null, bool learned = false)
    {
        var index = clock.Time(3, () => DocumentIndex.Build(root, options.MaxElements, CancellationToken.None, expectedElements));
        var content = clock.Time(4, () => ContentLocator.Locate(index, options.Favor));
        // As the extractor does: the model judges the blocks of the whole page (not SmartReader's fragment), and when
        // it has weighed the wording vocabularies the boilerplate filter no longer runs after it.
        var decided = learned ? clock.Time(12, () => BlockDecision.Apply(index, content, options.Favor)) : new Decided(content, null);
        content = decided.Root;
        if (content < 0)
        {
            decided.RestoreRules(index);
            return new BodyResult(index, [], 0, 0, 0);
        }

        var flow = clock.Time(5, () => CaptionMerger.Apply(SectionBuilder.Build(index, content, urls, CancellationToken.None)));
        var modelFilters = learned && options.Decision.WeighsWording;
        if (!modelFilters)
        {
            flow = clock.Time(6, () => BoilerplateFilter.Apply(flow, metadata.Title, metadata.Authors, options.Favor));
        }

        decided.RestoreRules(index);
        if (knownNoise is not null)
        {
            flow = SecondOpinion.WithoutKnownNoise(flow, knownNoise);
        }
        var sections = clock.Time(7, () => SectionAssembler.Assemble(flow));
        int chars = 0, links = 0, paragraphs = 0;
        foreach (var item in flow)
        {
            chars += item.VisibleChars;
            links += item.LinkChars;
            paragraphs += item.Block is ParagraphBlock ? 1 : 0;
        }

        return new BodyResult(index, sections, chars, paragraphs, chars == 0 ? 0 : (double)links / chars);
    }

    private readonly struct Clock(long[] ticks, long[] allocated, long[] collections)
    {
        public T Time<T>(int stage, Func<T> f)
        {
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = f();
            ticks[stage] += Stopwatch.GetTimestamp() - start;
            allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
            // CollectionCount(0) counts every collection: a gen1 or gen2 one also collects gen0.
            collections[(stage * 4) + 0] += GC.CollectionCount(0) - gen0 - (GC.CollectionCount(1) - gen1);
            collections[(stage * 4) + 1] += GC.CollectionCount(1) - gen1 - (GC.CollectionCount(2) - gen2);
            collections[(stage * 4) + 2] += GC.CollectionCount(2) - gen2;
            collections[(stage * 4) + 3] += (GC.GetTotalPauseDuration() - pause).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
            return result;
        }
    }
}
