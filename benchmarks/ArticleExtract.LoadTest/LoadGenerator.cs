using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ArticleExtract.LoadTest;

/// <summary>What one load phase measured.</summary>
internal sealed record LoadResult(int Requests, double Seconds, double P50Ms, double P99Ms, int Errors, int Non2xx)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Keep-alive clients that post one page to <c>/extract</c> in a loop until the time or the request count runs
/// out (each client sends at least one), like wrk's fixed-connection mode: <c>connections</c> connections, each with one
/// request in flight.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri server, byte[] page, int connections, TimeSpan duration, int maxRequests, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var latencies = new List<long>[connections];
        var errors = 0;
        var non2xx = 0;
        var started = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<long>(4096);
            // Every client sends its first request even when the thread pool started it after the window closed (it
            // can, on a loaded machine): the run then always exercises all its connections.
            for (var first = true; (first || clock.Elapsed < duration) && Interlocked.Increment(ref started) <= maxRequests && !cancellationToken.IsCancellationRequested; first = false)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(page) { Headers = { ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" } } };
                    using var response = await client.PostAsync("/extract", content, cancellationToken).ConfigureAwait(false);
                    await response.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                    if ((int)response.StatusCode is < 200 or > 299)
                    {
                        Interlocked.Increment(ref non2xx);
                    }

                    mine.Add(Stopwatch.GetTimestamp() - start);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, cancellationToken))).ConfigureAwait(false);

        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l ?? []).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(all.Length, seconds, Percentile(0.50), Percentile(0.99), errors, non2xx);
    }

    /// <summary>
    /// <paramref name="count"/> concurrent chunked uploads of <paramref name="bytes"/> each, sent while reading the
    /// answer (as curl does); returns each status, 0 for a connection that ended without one.
    /// </summary>
    public static async Task<int[]> StormAsync(Uri server, int count, long bytes, CancellationToken cancellationToken = default) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            try
            {
                return (await RawHttp.UploadAsync(server, "/extract", bytes, cancellationToken).ConfigureAwait(false)).Status;
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                return 0;
            }
        })).ConfigureAwait(false);
}
