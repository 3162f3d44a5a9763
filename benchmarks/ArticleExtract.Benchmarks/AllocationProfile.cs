using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using ArticleExtract.Parsing;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>allocs [rounds] [factor]</c>: which types the extraction allocates beyond the parse. Samples the runtime's allocation
/// ticks (one event about every 100 KB allocated, naming the type of the object that crossed the mark) while the
/// library's parse alone runs over the corpus, then while whole extractions do, and prints the types by estimated KB
/// per page in each and the difference. With a factor, the scaling page grown that many times instead of the corpus. Sampled, so only types worth a few KB a page show reliably.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var factor = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var pages = factor > 0 ? StageProfile.Grown(factor) : Corpus.Pages;
        foreach (var page in pages)
        {
            ArticleExtractor.Default.Extract(page.Html, new Uri(page.Url));
        }

        var parse = Sample(rounds, pages, page => DocumentParser.Parse(page.Html));
        var extract = Sample(rounds, pages, page => ArticleExtractor.Default.Extract(page.Html, new Uri(page.Url)));
        var perPage = 1.0 / rounds / pages.Count / 1024;
        Console.WriteLine("| type | parse KB/page | extract KB/page | difference |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var type in extract.Keys.Union(parse.Keys).OrderByDescending(t => extract.GetValueOrDefault(t) - parse.GetValueOrDefault(t)).Take(40))
        {
            var p = parse.GetValueOrDefault(type) * perPage;
            var e = extract.GetValueOrDefault(type) * perPage;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {p:0.0} | {e:0.0} | {e - p:+0.0;-0.0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total | {parse.Values.Sum() * perPage:0.0} | {extract.Values.Sum() * perPage:0.0} | |"));
        return 0;
    }

    private static Dictionary<string, long> Sample(int rounds, IReadOnlyList<Page> pages, Action<Page> work)
    {
        using var listener = new TickListener();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                work(page);
            }
        }

        Thread.Sleep(1500);
        return new Dictionary<string, long>(listener.Bytes);
    }

    private sealed class TickListener : EventListener
    {
        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 0;
            Bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
        }
    }
}
