using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>ab DIR_A DIR_B [ROUNDS] [FACTOR]</c>: two builds of ArticleExtract (folders holding an <c>ArticleExtract.dll</c>,
/// e.g. copies of <c>src/ArticleExtract/bin/Release/net10.0</c> from two commits), each loaded into its own
/// <see cref="AssemblyLoadContext"/> in this one process, and AngleSharp's parse alone, run over the corpus in turn,
/// round after round. On a shared machine other work slows every contender of a round alike, so the per-round
/// ratios (B/A, each against the parse) hold where absolute times from separate runs move by 2×. A and B alternate
/// which runs first, round by round (an even number of rounds runs each order equally often; a fixed order biased B by ~6%). Prints the best
/// and median times, the process CPU time per page (steadier than wall time when other jobs take the cores: it counts
/// only the slices this process ran, though a shared cache still slows those), allocation per page (exact whatever the
/// load), and gen0/1/2 collections per round. With <c>guard</c> after the factor (0 for the corpus), A and B run only the
/// nesting guard, the pre-parse scan, so that a change to it is not lost in the whole extraction's noise; with <c>parse</c>,
/// the guard and the parse of the markup it gives; with
/// <c>metadata</c>, only the metadata reader, on documents parsed beforehand; with <c>parse-metadata</c>, the guard, the
/// parse and the metadata reader as the extraction runs them (a build that gathers the reader's elements during the
/// parse does so here, one without walks the tree for them); with <c>index</c>, only the document index,
/// the content locator and the learned decision, on documents parsed beforehand; with <c>metadata-index</c>, the metadata
/// reader and then the document index, as the extraction runs them one after the other; with <c>index-only</c>, the document index
/// alone (the difference between the two is the locator and the decision); with <c>classify</c>, the noise classifier
/// alone (its class, id, role and tag verdicts), over every element of the body; with <c>decide</c>, the learned decision
/// alone, on each build's index built once per page beforehand; with <c>bytes</c>, the whole extraction from each page's
/// UTF-8 bytes (decoding included), as <c>batch</c>, the service and the worker extract; with <c>controls</c>, only the
/// control-character scan that <c>Extract(string)</c> runs over the page before the guard.
/// </summary>
internal static class AbCompare
{
    private sealed class BuildContext(string dir) : AssemblyLoadContext(isCollectible: false)
    {
        // Only the library (and the second opinion it calls) come from the build's folder; AngleSharp is shared.
        protected override Assembly? Load(AssemblyName name) =>
            name.Name is "ArticleExtract" or "SmartReader" && File.Exists(Path.Combine(dir, name.Name + ".dll"))
                ? LoadFromAssemblyPath(Path.Combine(dir, name.Name + ".dll"))
                : null;
    }

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: ab DIR_A DIR_B [ROUNDS] [FACTOR] [bytes|controls|guard|parse|metadata|parse-metadata|metadata-index|index|index-only|classify|class-words|decide]");
            return 2;
        }

        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9;
        var factor = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        var pages = factor > 0 ? [ScalingBenchmarks.Repeat(ScalingBenchmarks.ScalingPage().Html, factor)] : Corpus.Pages.Select(p => p.Html).ToArray();
        // A small grown page is run several times a round, so a round lasts long enough to time.
        var repeat = factor is > 0 and < 10 ? 100 / factor : 1;
        var url = new Uri("https://example.com/news/story");
        var contenders = new List<(string Name, Func<string, object?> Run)> { ("parse only", html => new HtmlParser().ParseDocument(html)) };
        var stage = args.Length > 4 ? args[4] : null;
        contenders.Add(("A", Load(args[0], url, stage)));
        contenders.Add(("B", Load(args[1], url, stage)));

        var times = contenders.Select(_ => new double[rounds]).ToArray();
        var cpu = contenders.Select(_ => new double[rounds]).ToArray();
        var allocated = new double[contenders.Count];
        var collections = new int[contenders.Count, 3];
        foreach (var (_, run) in contenders)
        {
            foreach (var page in pages)
            {
                run(page);
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            // A and B swap places every other round: whichever ran second was ~6% slower (A against itself gave
            // 1.04-1.06), so a fixed order put that bias into every B/A ratio.
            int[] order = round % 2 == 0 ? [0, 1, 2] : [0, 2, 1];
            foreach (var c in order)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var clock = Stopwatch.StartNew();
                for (var r = 0; r < repeat; r++)
                {
                    foreach (var page in pages)
                    {
                        contenders[c].Run(page);
                    }
                }

                times[c][round] = clock.Elapsed.TotalMilliseconds / (pages.Length * repeat);
                cpu[c][round] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / (pages.Length * repeat);
                allocated[c] = (GC.GetAllocatedBytesForCurrentThread() - before) / 1e6 / (pages.Length * repeat);
                for (var g = 0; g < 3; g++)
                {
                    collections[c, g] += GC.CollectionCount(g) - gcs[g];
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Length} page(s), {rounds} rounds; times in ms per page"));
        Console.WriteLine("| contender | best | median | vs parse (median of per-round ratios) | CPU ms/page (median) | CPU vs parse | MB allocated/page | gen0/1/2 per round |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var c = 0; c < contenders.Count; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contenders[c].Name} | {times[c].Min():0.000} | {Median(times[c]):0.000} | {RatioMedian(times, c, 0):0.000} | {Median(cpu[c]):0.000} | {RatioMedian(cpu, c, 0):0.000} | {allocated[c]:0.000} | {collections[c, 0] / (double)rounds:0.#}/{collections[c, 1] / (double)rounds:0.#}/{collections[c, 2] / (double)rounds:0.#} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B/A: median of per-round ratios {RatioMedian(times, 2, 1):0.000}, best {times[2].Min() / times[1].Min():0.000}; in process CPU time {RatioMedian(cpu, 2, 1):0.000}"));
        return 0;
    }

    private static Func<string, object?> Load(string dir, Uri url, string? stage)
    {
        var assembly = new BuildContext(Path.GetFullPath(dir)).LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(dir, "ArticleExtract.dll")));
        if (stage == "metadata")
        {
            return Metadata(assembly, url);
        }

        if (stage == "metadata-index")
        {
            return MetadataAndIndex(assembly, url);
        }

        if (stage is "index" or "index-only")
        {
            return IndexAndDecision(assembly, decide: stage == "index");
        }

        if (stage == "classify")
        {
            return Classify(assembly);
        }

        if (stage == "class-words")
        {
            return ClassWords(assembly);
        }

        if (stage == "decide")
        {
            return Decide(assembly);
        }

        if (stage == "parse")
        {
            return GuardAndParse(assembly);
        }

        if (stage == "parse-metadata")
        {
            return ParseAndMetadata(assembly, url);
        }

        if (stage == "controls")
        {
            // The control-character scan of the page's text, as Extract(string) runs it before the guard.
            var sniffer = assembly.GetType("ArticleExtract.Sniffing.InputSniffer", throwOnError: true)!;
            var toText = sniffer.GetMethod("ToText", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(string)])!;
            return html => toText.Invoke(null, [html]);
        }

        if (stage == "guard")
        {
            var guardType = assembly.GetType("ArticleExtract.Parsing.NestingGuard", throwOnError: true)!;
            var depth = ArticleExtractorOptions.Default.MaxNestingDepth;
            if (Pooled(guardType) is { } pooled)
            {
                // As the extraction runs it: the buffer goes back to the pool when the page is done.
                return html =>
                {
                    using var guarded = (IDisposable)pooled.Invoke(null, [html, depth, int.MaxValue])!;
                    return guarded;
                };
            }

            var guard = guardType.GetMethod("Apply", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(string), typeof(int)])!;
            return html => guard.Invoke(null, [html, depth]);
        }

        var type = assembly.GetType("ArticleExtract.ArticleExtractor", throwOnError: true)!;
        var extractor = Activator.CreateInstance(type, [null]);
        if (stage == "bytes")
        {
            // From the page's bytes, as batch, the service and the worker extract: a span cannot be passed through
            // reflection, so the method is bound to a delegate of its signature.
            var fromBytes = type.GetMethod("Extract", [typeof(ReadOnlySpan<byte>), typeof(Uri), typeof(string), typeof(CancellationToken)])!;
            var extractBytes = (ExtractBytes)Delegate.CreateDelegate(typeof(ExtractBytes), extractor, fromBytes);
            return html => extractBytes(PageBytes.GetValue(html, static h => new StrongBox<byte[]>(Encoding.UTF8.GetBytes(h))).Value!, url, null, CancellationToken.None);
        }

        var extract = type.GetMethod("Extract", [typeof(string), typeof(Uri), typeof(CancellationToken)])!;
        return html => extract.Invoke(extractor, [html, url, CancellationToken.None]);
    }

    private delegate object ExtractBytes(ReadOnlySpan<byte> html, Uri? url, string? contentType, CancellationToken cancellationToken);

    /// <summary>Each page's UTF-8 bytes, encoded once and shared by A and B.</summary>
    private static readonly ConditionalWeakTable<string, StrongBox<byte[]>> PageBytes = new();

    /// <summary>
    /// The nesting guard and the parse of the markup it gives, as the extraction runs them: what the guard leaves out
    /// shows here as a cheaper parse, without the other stages' noise.
    /// </summary>
    private static Func<string, object?> GuardAndParse(Assembly assembly)
    {
        var guardType = assembly.GetType("ArticleExtract.Parsing.NestingGuard", throwOnError: true)!;
        if (Pooled(guardType) is { } pooled)
        {
            var parsePooled = assembly.GetType("ArticleExtract.Parsing.DocumentParser", throwOnError: true)!.GetMethod("Parse", [pooled.ReturnType])!;
            var maxDepth = ArticleExtractorOptions.Default.MaxNestingDepth;
            return html =>
            {
                using var guarded = (IDisposable)pooled.Invoke(null, [html, maxDepth, int.MaxValue])!;
                return parsePooled.Invoke(null, [guarded]);
            };
        }

        var guard = guardType.GetMethod("Apply", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(string), typeof(int)])!;
        var markup = guardType.GetNestedType("Result", BindingFlags.Public | BindingFlags.NonPublic)!.GetProperty("Html")!;
        var parse = assembly.GetType("ArticleExtract.Parsing.DocumentParser", throwOnError: true)!.GetMethod("Parse", [typeof(string)])!;
        var depth = ArticleExtractorOptions.Default.MaxNestingDepth;
        return html => parse.Invoke(null, [markup.GetValue(guard.Invoke(null, [html, depth]))]);
    }

    /// <summary>
    /// The guard as the extraction runs it when the build has it (<c>NestingGuard.ApplyPooled</c>: the shorter markup in
    /// a pooled buffer, which disposing the result returns), else null.
    /// </summary>
    private static MethodInfo? Pooled(Type guardType) =>
        guardType.GetMethod("ApplyPooled", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(string), typeof(int), typeof(int)]);

    /// <summary>
    /// The guard, the parse and the metadata reader, as the extraction runs them: the elements the reader looks up are
    /// gathered during the parse when the build can (<c>DocumentParser.Parse(string, out PageElements?)</c>), else walked.
    /// </summary>
    private static Func<string, object?> ParseAndMetadata(Assembly assembly, Uri url)
    {
        var guardType = assembly.GetType("ArticleExtract.Parsing.NestingGuard", throwOnError: true)!;
        var guard = guardType.GetMethod("Apply", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(string), typeof(int)])!;
        var markup = guardType.GetNestedType("Result", BindingFlags.Public | BindingFlags.NonPublic)!.GetProperty("Html")!;
        var parser = assembly.GetType("ArticleExtract.Parsing.DocumentParser", throwOnError: true)!;
        var pageType = assembly.GetType("ArticleExtract.Metadata.PageElements", throwOnError: true)!;
        var parse = parser.GetMethod("Parse", [typeof(string)])!;
        var gathering = parser.GetMethod("Parse", [typeof(string), pageType.MakeByRefType()]);
        var collect = pageType.GetMethod("Collect", [typeof(AngleSharp.Dom.IDocument)])!;
        var read = assembly.GetType("ArticleExtract.Metadata.MetadataReader", throwOnError: true)!.GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Single(m => m.Name == "Read" && m.GetParameters().Length == 3);
        var urls = Activator.CreateInstance(assembly.GetType("ArticleExtract.Dom.UrlResolver", throwOnError: true)!, [url]);
        var depth = ArticleExtractorOptions.Default.MaxNestingDepth;
        if (Pooled(guardType) is { } pooled)
        {
            var parsePooled = parser.GetMethod("Parse", [pooled.ReturnType])!;
            return html =>
            {
                // The document reads the pooled buffer: the reader runs before it goes back.
                using var guarded = (IDisposable)pooled.Invoke(null, [html, depth, int.MaxValue])!;
                var document = parsePooled.Invoke(null, [guarded]);
                return read.Invoke(null, [document, urls, collect.Invoke(null, [document])]);
            };
        }

        return html =>
        {
            var guarded = markup.GetValue(guard.Invoke(null, [html, depth]));
            object? document;
            object? page = null;
            if (gathering is null)
            {
                document = parse.Invoke(null, [guarded]);
            }
            else
            {
                object?[] arguments = [guarded, null];
                document = gathering.Invoke(null, arguments);
                page = arguments[1];
            }

            return read.Invoke(null, [document, urls, page ?? collect.Invoke(null, [document])]);
        };
    }

    /// <summary>
    /// The metadata reader alone (its element lookups, JSON-LD, meta tags and the body walk for dates and bylines), on
    /// documents parsed once per page beforehand and shared by A and B: the reader only reads the document.
    /// </summary>
    private static Func<string, object?> Metadata(Assembly assembly, Uri url)
    {
        var collect = assembly.GetType("ArticleExtract.Metadata.PageElements", throwOnError: true)!.GetMethod("Collect", [typeof(AngleSharp.Dom.IDocument)])!;
        var read = assembly.GetType("ArticleExtract.Metadata.MetadataReader", throwOnError: true)!.GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Single(m => m.Name == "Read" && m.GetParameters().Length == 3);
        var urls = Activator.CreateInstance(assembly.GetType("ArticleExtract.Dom.UrlResolver", throwOnError: true)!, [url]);
        return html =>
        {
            var document = ParsedDocuments.GetValue(html, h => new HtmlParser().ParseDocument(h));
            return read.Invoke(null, [document, urls, collect.Invoke(null, [document])]);
        };
    }

    /// <summary>
    /// The metadata reader and then the document index over the same document, as the extraction runs them: work one
    /// stage does for the other (a memo or a table both read, filled by the metadata walk) shows here, where the
    /// <c>metadata</c> and <c>index-only</c> modes, each running one stage, show only where it moved.
    /// </summary>
    private static Func<string, object?> MetadataAndIndex(Assembly assembly, Uri url)
    {
        var metadata = Metadata(assembly, url);
        var indexType = assembly.GetType("ArticleExtract.Analysis.DocumentIndex", throwOnError: true)!;
        var build = indexType.GetMethod("Build", BindingFlags.Static | BindingFlags.Public)!;
        var noDeadline = NoDeadline(build);
        var release = indexType.GetMethod("Release")!;
        var maxElements = ArticleExtractorOptions.Default.MaxElements;
        return html =>
        {
            metadata(html);
            var document = ParsedDocuments.GetValue(html, h => new HtmlParser().ParseDocument(h));
            var index = build.Invoke(null, BuildArguments(build, document.Body ?? document.DocumentElement, maxElements, noDeadline));
            release.Invoke(index, null);
            return index;
        };
    }

    /// <summary>
    /// The document index, the content locator and the learned decision (the front of the flow's build), on documents
    /// parsed once per page beforehand and shared by A and B: the decision rewrites only its own index's verdicts.
    /// </summary>
    private static Func<string, object?> IndexAndDecision(Assembly assembly, bool decide)
    {
        var indexType = assembly.GetType("ArticleExtract.Analysis.DocumentIndex", throwOnError: true)!;
        var build = indexType.GetMethod("Build", BindingFlags.Static | BindingFlags.Public)!;
        var noDeadline = NoDeadline(build);
        var release = indexType.GetMethod("Release")!;
        var locate = assembly.GetType("ArticleExtract.Content.ContentLocator", throwOnError: true)!.GetMethod("Locate")!;
        var apply = assembly.GetType("ArticleExtract.Decision.BlockDecision", throwOnError: true)!.GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Single(m => m.Name == "Apply" && m.GetParameters().Length == 3);
        var favor = Enum.ToObject(assembly.GetType("ArticleExtract.ExtractionFavor", throwOnError: true)!, 0);
        var maxElements = ArticleExtractorOptions.Default.MaxElements;
        return html =>
        {
            var document = ParsedDocuments.GetValue(html, h => new HtmlParser().ParseDocument(h));
            var index = build.Invoke(null, BuildArguments(build, document.Body ?? document.DocumentElement, maxElements, noDeadline));
            var decided = decide ? apply.Invoke(null, [index, locate.Invoke(null, [index, favor]), favor]) : null;
            release.Invoke(index, null);
            return decided;
        };
    }

    /// <summary>
    /// The index build's arguments: the root, the element limit and no deadline, every later parameter at its default
    /// (the builds differ in how many they have: <c>hiddenWords</c> came after <c>classWords</c>).
    /// </summary>
    private static object?[] BuildArguments(MethodInfo build, object? root, int maxElements, object noDeadline)
    {
        var parameters = build.GetParameters();
        var arguments = new object?[parameters.Length];
        (arguments[0], arguments[1], arguments[2]) = (root, maxElements, noDeadline);
        for (var i = 3; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].DefaultValue;
        }

        return arguments;
    }

    /// <summary>
    /// The index build's third argument for a call without a time budget: <see cref="CancellationToken.None"/> for a
    /// build that takes a token, the default of the deadline type for one that takes a deadline (reflection applies no
    /// implicit conversion, so each build gets its own parameter type's value).
    /// </summary>
    private static object NoDeadline(MethodInfo build) =>
        build.GetParameters()[2].ParameterType is var type && type == typeof(CancellationToken) ? CancellationToken.None : Activator.CreateInstance(type)!;

    /// <summary>
    /// The learned decision alone (<c>BlockDecision.Apply</c>: the candidates' features, the trees, the container and the
    /// rewritten noise flags), on each build's own index and content root, built once per page beforehand and kept: the
    /// decision rewrites only the index's noise flags, and they are put back after each call as the pipeline puts them
    /// back (<c>Decided.RestoreRules</c>), so every call sees the same index.
    /// </summary>
    private static Func<string, object?> Decide(Assembly assembly)
    {
        var build = assembly.GetType("ArticleExtract.Analysis.DocumentIndex", throwOnError: true)!.GetMethod("Build", BindingFlags.Static | BindingFlags.Public)!;
        var noDeadline = NoDeadline(build);
        var locate = assembly.GetType("ArticleExtract.Content.ContentLocator", throwOnError: true)!.GetMethod("Locate")!;
        var apply = assembly.GetType("ArticleExtract.Decision.BlockDecision", throwOnError: true)!.GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Single(m => m.Name == "Apply" && m.GetParameters().Length == 3);
        var restore = assembly.GetType("ArticleExtract.Decision.Decided", throwOnError: true)!.GetMethod("RestoreRules")!;
        var favor = Enum.ToObject(assembly.GetType("ArticleExtract.ExtractionFavor", throwOnError: true)!, 0);
        var maxElements = ArticleExtractorOptions.Default.MaxElements;
        var indexes = new System.Runtime.CompilerServices.ConditionalWeakTable<string, object[]>();
        return html =>
        {
            var page = indexes.GetValue(html, h =>
            {
                var document = ParsedDocuments.GetValue(h, d => new HtmlParser().ParseDocument(d));
                var built = build.Invoke(null, BuildArguments(build, document.Body ?? document.DocumentElement, maxElements, noDeadline))!;
                return [built, locate.Invoke(null, [built, favor])!];
            });
            var decided = apply.Invoke(null, [page[0], page[1], favor]);
            restore.Invoke(decided, [page[0]]);
            return decided;
        };
    }

    /// <summary>
    /// <c>NoiseClassifier.Classify</c> on every element of the body in document order, as the index calls it (elements
    /// listed once per page beforehand): the classifier is about half of the index, and a change to it a few percent of
    /// that. The call is compiled once (the method and its enums are internal), so the timing holds no reflection.
    /// </summary>
    private static Func<string, object?> Classify(Assembly assembly)
    {
        var element = Expression.Parameter(typeof(AngleSharp.Dom.IElement));
        var hint = Expression.Variable(typeof(bool));
        var classify = assembly.GetType("ArticleExtract.Cleaning.NoiseClassifier", throwOnError: true)!.GetMethod("Classify")!;
        var traits = assembly.GetType("ArticleExtract.Dom.Tags", throwOnError: true)!.GetMethod("Of", [typeof(AngleSharp.Dom.IElement)])!;
        var call = Expression.Call(classify, element, Expression.Call(traits, element), hint, Expression.Constant(true));
        var one = Expression.Lambda<Func<AngleSharp.Dom.IElement, int>>(
            Expression.Block([hint], Expression.Convert(call, typeof(int))), element).Compile();
        return html =>
        {
            var elements = PageElements.GetValue(html, h =>
            {
                var document = new HtmlParser().ParseDocument(h);
                return (document.Body ?? document.DocumentElement).QuerySelectorAll("*").ToArray();
            });
            var sum = 0;
            foreach (var e in elements)
            {
                sum += one(e);
            }

            return sum;
        };
    }

    /// <summary>
    /// The noise classifier's words alone (<c>NoiseClassifier.ClassifyWords</c>): every distinct class value of a page's
    /// body (as its memo computes each once a page) and every id, without the memo, the attribute pass or the element
    /// walk, whose cache misses swamp the words' cost in <c>classify</c>.
    /// </summary>
    private static Func<string, object?> ClassWords(Assembly assembly)
    {
        var method = assembly.GetType("ArticleExtract.Cleaning.NoiseClassifier", throwOnError: true)!
            .GetMethod("ClassifyWords", BindingFlags.NonPublic | BindingFlags.Static)!;
        var value = Expression.Parameter(typeof(string));
        var maxWords = Expression.Parameter(typeof(int));
        var hint = Expression.Variable(typeof(bool));
        var inArticle = Expression.Variable(typeof(bool));
        var call = Expression.Call(method, value, maxWords, hint, inArticle);
        var one = Expression.Lambda<Func<string, int, int>>(
            Expression.Block([hint, inArticle], Expression.Convert(call, typeof(int))), value, maxWords).Compile();
        return html =>
        {
            var values = PageValues.GetValue(html, h =>
            {
                var document = new HtmlParser().ParseDocument(h);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var list = new List<(string, int)>();
                foreach (var e in (document.Body ?? document.DocumentElement).QuerySelectorAll("*"))
                {
                    if (e.GetAttribute("class") is { Length: > 0 and <= 512 } c && seen.Add(c))
                    {
                        list.Add((c, int.MaxValue));
                    }

                    if (e.GetAttribute("id") is { Length: > 0 and <= 512 } id)
                    {
                        list.Add((id, 4));
                    }
                }

                return list.ToArray();
            });
            var sum = 0;
            foreach (var (v, max) in values)
            {
                sum += one(v, max);
            }

            return sum;
        };
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, (string, int)[]> PageValues = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, AngleSharp.Dom.IElement[]> PageElements = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, AngleSharp.Html.Dom.IHtmlDocument> ParsedDocuments = [];

    /// <summary>The median over rounds of contender <paramref name="c"/>'s figure against contender <paramref name="against"/>'s.</summary>
    private static double RatioMedian(double[][] figures, int c, int against) =>
        Median(Enumerable.Range(0, figures[c].Length).Select(r => figures[c][r] / figures[against][r]));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
