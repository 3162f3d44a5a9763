using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ArticleExtract.Tests.Robustness;

/// <summary>Shared helpers for the robustness tests: a hang guard, the policy check, and seed pages.</summary>
internal static class Hostile
{
    /// <summary>
    /// The robustness tests run one at a time (but beside the other test classes): several of them load a core
    /// each, and running them together on a 2-core machine would turn the hang guard into a flaky timer.
    /// </summary>
    public const string Collection = "Robustness";

    /// <summary>Generous: the slowest hostile case takes about 2 s of CPU on 2 cores.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// For work that blocks instead of spinning (a deadlock burns no CPU): a multiple of the limit of wall time during
    /// which the thread's CPU time has not moved (without per-thread CPU clocks, since the start). A thread that runs,
    /// however little a loaded machine lets it, moves its CPU clock, so a slow run is not taken for a hang.
    /// </summary>
    private const int WallBackstop = 6;

    /// <summary>
    /// Runs <paramref name="work"/> on its own thread and fails the test if that thread has spent more than
    /// <paramref name="limit"/> of CPU time on it, or none for six times the limit of wall time. CPU time rather than
    /// wall time because a hang spins, and a machine loaded with other builds stretches wall time tenfold without any hang.
    /// </summary>
    public static T WithinLimit<T>(Func<T> work, TimeSpan? limit = null)
    {
        var max = limit ?? HangLimit;
        var started = Stopwatch.StartNew();
        string? statPath = null;
        var task = Task.Factory.StartNew(
            () =>
            {
                Volatile.Write(ref statPath, ThreadStatPath());
                return work();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        TimeSpan? lastCpu = null;
        var lastMoved = TimeSpan.Zero;
        // WaitAny, not Wait: Wait throws a failed work's exception wrapped in an AggregateException; GetResult below
        // throws it as it was, so a test can expect the exception the work throws.
        while (Task.WaitAny([task], TimeSpan.FromMilliseconds(250)) < 0)
        {
            var path = Volatile.Read(ref statPath);
            var cpu = path is null ? null : ThreadCpuTime(path);
            if (cpu > max)
            {
                Assert.Fail($"Did not finish within {max.TotalSeconds} s of CPU time (hang).");
            }

            if (cpu is not null && cpu != lastCpu)
            {
                (lastCpu, lastMoved) = (cpu, started.Elapsed);
            }

            if (started.Elapsed - lastMoved > max * WallBackstop)
            {
                Assert.Fail($"Spent no CPU time for {(max * WallBackstop).TotalSeconds} s (hang: blocked).");
            }
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Extracts as <see cref="Extract(ArticleExtractor, Func{ArticleExtractor, Article})"/> does, and says how much CPU
    /// time the extraction took on its thread (wall time where there is no per-thread CPU clock). A bound on work,
    /// compared between two extractions of one test, holds on a machine whatever else it runs.
    /// </summary>
    public static (Article? Article, TimeSpan Cpu) Measured(ArticleExtractor extractor, string html)
    {
        TimeSpan cpu = default;
        var article = Extract(extractor, e =>
        {
            var path = ThreadStatPath();
            var wall = Stopwatch.StartNew();
            var before = path is null ? null : ThreadCpuTime(path);
            try
            {
                return e.Extract(html, new Uri("https://news.example.com/a/b"));
            }
            finally
            {
                var after = path is null ? null : ThreadCpuTime(path);
                cpu = before is null || after is null ? wall.Elapsed : after.Value - before.Value;
            }
        });
        return (article, cpu);
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the hang guard and says how much CPU time it took on its thread (wall time
    /// where there is no per-thread CPU clock): for a stage's own bound, compared with a linear run of the same size.
    /// </summary>
    public static TimeSpan Cpu(Action work) => WithinLimit(() =>
    {
        var wall = Stopwatch.StartNew();
        return CpuTimeOf(work) ?? wall.Elapsed;
    });

    /// <summary>The CPU time the calling thread spends on <paramref name="work"/>; null where there is no per-thread CPU clock.</summary>
    public static TimeSpan? CpuTimeOf(Action work)
    {
        var path = ThreadStatPath();
        var before = path is null ? null : ThreadCpuTime(path);
        work();
        var after = path is null ? null : ThreadCpuTime(path);
        return before is null || after is null ? null : after.Value - before.Value;
    }

    /// <summary>The /proc stat file of the calling thread, or null where there is none (not Linux).</summary>
    private static string? ThreadStatPath()
    {
        try
        {
            // The link's own text ("<pid>/task/<tid>"), read on this thread: the monitoring thread reads the file later.
            // (ResolveLinkTarget returns the target directory, whose own LinkTarget is null: that left the guard with
            // no CPU clock at all, only its wall backstop.)
            var target = new DirectoryInfo("/proc/thread-self").LinkTarget;
            return target is null ? null : Path.Combine("/proc", target, "stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>User plus system time of a thread from its /proc stat line (fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static TimeSpan? ThreadCpuTime(string statPath)
    {
        try
        {
            var line = File.ReadAllText(statPath);
            // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
            var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Extracts under the documented policy: the result is an article, or the only exception for input is
    /// <see cref="ExtractionLimitException"/> (returned as null). Every rendering is produced too, so a crash in a
    /// renderer counts.
    /// </summary>
    public static Article? Extract(ArticleExtractor extractor, Func<ArticleExtractor, Article> call)
    {
        return WithinLimit(() =>
        {
            try
            {
                var article = call(extractor);
                _ = article.ToHtml();
                _ = article.ToMarkdown();
                _ = article.ToJson();
                _ = article.ToText();
                return article;
            }
            catch (ExtractionLimitException)
            {
                return null;
            }
        });
    }

    public static Article? Extract(string html, ArticleExtractorOptions? options = null) =>
        Extract(new ArticleExtractor(options), e => e.Extract(html, new Uri("https://news.example.com/a/b")));

    public static Article? Extract(byte[] bytes, string? contentType = null, ArticleExtractorOptions? options = null) =>
        Extract(new ArticleExtractor(options), e => e.Extract(bytes, new Uri("https://news.example.com/a/b"), contentType));

    public static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    /// <summary>Real pages to mutate: the shared corpora when present, else the project's own fixture.</summary>
    public static IReadOnlyList<string> SeedPages(int max)
    {
        var pages = new List<string>();
        if (Fixture.SharedDirectory() is { } shared)
        {
            var gz = Path.Combine(shared, "corpus", "aeb-dev", "html");
            if (Directory.Exists(gz))
            {
                foreach (var file in Directory.GetFiles(gz, "*.html.gz").Order(StringComparer.Ordinal).Take(max))
                {
                    using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    pages.Add(reader.ReadToEnd());
                }
            }

            var readability = Path.Combine(shared, "corpus", "readability-test-pages");
            if (Directory.Exists(readability))
            {
                foreach (var dir in Directory.GetDirectories(readability).Order(StringComparer.Ordinal).Take(Math.Max(0, max - pages.Count)))
                {
                    var source = Path.Combine(dir, "source.html");
                    if (File.Exists(source))
                    {
                        pages.Add(File.ReadAllText(source));
                    }
                }
            }
        }

        if (pages.Count == 0)
        {
            pages.Add(Fixture.Read("seed-news-page.html"));
            pages.Add(TestPages.Article());
        }

        return pages;
    }
}
