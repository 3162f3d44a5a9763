using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ArticleExtract.LoadTest;

// The web API's load test: benchmarks/load/run.sh publishes the app and runs this. See benchmarks/load/README.md.
var options = LoadTestOptions.Parse(args);
using var deadline = new CancellationTokenSource(options.Deadline);
var small = File.ReadAllBytes(options.SmallPage);
var (large, largeName) = LargePage(options.LargePage, small);
var server = new Uri($"http://127.0.0.1:{options.Port}");

using var app = StartServer(options);
var rows = new List<string>();
var failures = new List<string>();
try
{
    await using var memory = new ProcessMemory(app.Id);
    await WaitForHealthAsync(server, deadline.Token);
    Console.WriteLine($"server pid {app.Id} on {server}; {Environment.ProcessorCount} cores; small page {small.Length:N0} B, large page {largeName} {large.Length:N0} B");

    await LoadGenerator.RunAsync(server, small, options.Connections, options.Warmup, options.MaxRequests, deadline.Token);
    foreach (var (name, page) in new[] { ($"small ({small.Length / 1024} KB)", small), ($"large ({large.Length / 1024} KB)", large) })
    {
        if (options.Pages != "both" && !name.StartsWith(options.Pages, StringComparison.Ordinal))
        {
            continue;
        }

        memory.Reset();
        var cpuBefore = ServerCpu(app);
        var r = await LoadGenerator.RunAsync(server, page, options.Connections, options.Duration, options.MaxRequests, deadline.Token);
        // The server's CPU time per answered request: on a shared machine, where req/s follows the neighbours'
        // load, this is the steadier figure of what a request costs.
        var cpuMs = (ServerCpu(app) - cpuBefore).TotalMilliseconds / Math.Max(1, r.Requests);
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {options.Connections} | {r.Requests:N0} | {r.RequestsPerSecond:N0} | {r.P50Ms:0.0} ms | {r.P99Ms:0.0} ms | {r.Errors} | {r.Non2xx} | {memory.PeakMb():N0} MB | {cpuMs:0.00} ms |");
        rows.Add(row);
        Console.WriteLine(row);
        if (r.Errors > 0 || r.Non2xx > 0)
        {
            failures.Add($"{name}: {r.Errors} errors, {r.Non2xx} non-2xx");
        }
    }

    for (var storm = 1; storm <= options.Storms; storm++)
    {
        memory.Reset();
        var clock = Stopwatch.StartNew();
        var statuses = await LoadGenerator.StormAsync(server, options.StormUploads, options.StormMb * 1024L * 1024, deadline.Token);
        var peak = memory.PeakMb();
        var counts = string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {(g.Key == 0 ? "no answer" : g.Key)}"));
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| storm {storm}: {options.StormUploads} × {options.StormMb} MB chunked | {options.StormUploads} | {statuses.Length} | — | {clock.Elapsed.TotalSeconds:0.0} s total | — | {statuses.Count(s => s == 0)} | {counts} | {peak:N0} MB | — |");
        rows.Add(row);
        Console.WriteLine(row);
        if (statuses.Any(s => s is not (413 or 429 or 503)))
        {
            failures.Add($"storm {storm}: answers {counts}");
        }

        if (peak > options.StormPeakMb)
        {
            failures.Add($"storm {storm}: peak resident memory {peak:N0} MB over {options.StormPeakMb} MB");
        }
    }

    using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
    using var health = await client.GetAsync("/healthz", deadline.Token);
    Console.WriteLine($"GET /healthz after the storms: {(int)health.StatusCode}");
    if (!health.IsSuccessStatusCode)
    {
        failures.Add($"/healthz answered {(int)health.StatusCode} after the storms");
    }
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync(CancellationToken.None);
}

var table = new StringBuilder()
    .AppendLine("| load | connections | requests | req/s | p50 | p99 | errors | non-2xx (storms: answers) | peak RSS | server CPU / request |")
    .AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
rows.ForEach(r => table.AppendLine(r));
Console.WriteLine();
Console.Write(table);
if (options.Output is { } output)
{
    File.WriteAllText(output, table.ToString());
}

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAIL {failure}");
}

return options.Check && failures.Count > 0 ? 1 : 0;

static TimeSpan ServerCpu(Process app)
{
    app.Refresh();
    return app.TotalProcessorTime;
}

static Process StartServer(LoadTestOptions options)
{
    var start = new ProcessStartInfo("dotnet", [Path.Combine(options.AppDirectory, "ArticleExtract.WebApi.dll"), "--urls", $"http://127.0.0.1:{options.Port}"])
    {
        WorkingDirectory = options.AppDirectory,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    // The server's log (one line per request) goes to a file, as a service's would, not to this console.
    var log = new StreamWriter(options.ServerLog) { AutoFlush = false };
    process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
    process.Exited += (_, _) => { lock (log) { log.Flush(); } };
    process.EnableRaisingEvents = true;
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitForHealthAsync(Uri server, CancellationToken cancellationToken)
{
    using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(2) };
    for (var i = 0; i < 300; i++)
    {
        try
        {
            // Any answer means it listens (a build without /healthz, such as an older one measured for comparison, says 404).
            using var response = await client.GetAsync("/healthz", cancellationToken);
            return;
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        await Task.Delay(100, cancellationToken);
    }

    throw new InvalidOperationException("The server did not answer /healthz within 30 s.");
}

// The large page: the given file (gunzipped if .gz), else about 400 KB built from the small page's paragraphs.
static (byte[] Page, string Name) LargePage(string? path, byte[] small)
{
    if (path is not null)
    {
        using var file = File.OpenRead(path);
        using var copy = new MemoryStream();
        (path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file).CopyTo(copy);
        return (copy.ToArray(), Path.GetFileName(path)[..Math.Min(12, Path.GetFileName(path).Length)] + "…");
    }

    var paragraphs = Regex.Matches(Encoding.UTF8.GetString(small), "<p>(.*?)</p>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A long report</title></head><body><article><h1>A long report</h1>");
    for (var i = 0; html.Length < 400 * 1024; i++)
    {
        html.Append(CultureInfo.InvariantCulture, $"{(i % 12 == 0 ? $"<h2>Part {i / 12 + 1}</h2>" : "")}<p>{paragraphs[i % paragraphs.Length]}</p>");
    }

    return (Encoding.UTF8.GetBytes(html.Append("</article></body></html>").ToString()), "generated");
}

/// <summary>Command-line options; every one has a default, see benchmarks/load/README.md.</summary>
internal sealed record LoadTestOptions(
    string AppDirectory, int Port, string SmallPage, string? LargePage, TimeSpan Duration, int Connections, int MaxRequests,
    int Storms, int StormUploads, int StormMb, double StormPeakMb, string? Output, string ServerLog, bool Check, TimeSpan Deadline, string Pages, TimeSpan Warmup)
{
    public static LoadTestOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--check")
            {
                map["--check"] = "true";
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                map[args[i]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        string Get(string key, string fallback) => map.TryGetValue(key, out var v) ? v : fallback;
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new LoadTestOptions(
            map.TryGetValue("--app", out var app) ? Path.GetFullPath(app) : throw new ArgumentException("--app <folder of the published web API> is required"),
            Int("--port", 5187),
            Get("--small", Path.Combine(AppContext.BaseDirectory, "seed-news-page.html")),
            map.GetValueOrDefault("--large"),
            TimeSpan.FromSeconds(Int("--duration", 10)),
            Int("--connections", 16),
            Int("--max-requests", 200_000),
            Int("--storms", 3),
            Int("--storm-uploads", 20),
            Int("--storm-mb", 41),
            Int("--storm-peak-mb", 400),
            map.GetValueOrDefault("--out"),
            Get("--server-log", Path.Combine(Path.GetTempPath(), "article-extract-loadtest-server.log")),
            map.ContainsKey("--check"),
            TimeSpan.FromSeconds(Int("--deadline", 600)),
            Get("--pages", "both") is var pages && pages is "small" or "large" or "both" ? pages : throw new ArgumentException("--pages is small, large or both"),
            TimeSpan.FromSeconds(Int("--warmup", 3)));
    }
}
