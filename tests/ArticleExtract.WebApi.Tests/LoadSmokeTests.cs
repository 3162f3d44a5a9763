using System.Net;
using ArticleExtract.LoadTest;
using Xunit.Abstractions;

namespace ArticleExtract.WebApi.Tests;

/// <summary>
/// A few seconds of the load test (benchmarks/load/run.sh runs the full one against the published app), with the
/// same generator: enough for CI to catch errors under concurrency, or memory that grows with the uploads.
/// </summary>
/// <remarks>
/// Run alone, after the other classes: sixteen clients and the server in this process take every core for seconds,
/// which put the other classes' timing-bound steps (a one-second request timeout, stalled uploads) at the mercy of
/// this test, and this one at theirs (16 requests in its three seconds at a load of 20, the least it accepts).
/// </remarks>
[Collection(nameof(LoadSmokeTests))]
public sealed class LoadSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sixteen_keep_alive_clients_for_three_seconds_get_only_200()
    {
        await using var server = await TestServer.StartAsync();
        var page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-news-page.html"));

        var result = await LoadGenerator.RunAsync(server.BaseAddress, page, connections: 16, TimeSpan.FromSeconds(3), maxRequests: 100_000);

        output.WriteLine($"{result.Requests} requests in {result.Seconds:0.0} s ({result.RequestsPerSecond:0} req/s), p50 {result.P50Ms:0.0} ms, p99 {result.P99Ms:0.0} ms");
        Assert.Equal(0, result.Errors);
        Assert.Equal(0, result.Non2xx);
        Assert.True(result.Requests >= 16, $"only {result.Requests} requests");
    }

    [Fact]
    public async Task A_storm_of_twenty_41_MB_chunked_uploads_is_refused_with_bounded_memory_and_the_service_stays_healthy()
    {
        await using var server = await TestServer.StartAsync();
        var permits = new ServiceLimits().Permits;
        long limit = ArticleExtractorOptions.Default.MaxInputLength;

        var statuses = await LoadGenerator.StormAsync(server.BaseAddress, count: 20, bytes: 41L * 1024 * 1024).WaitAsync(TimeSpan.FromMinutes(3));

        output.WriteLine($"statuses: {string.Join(' ', statuses)}; peak body bytes held {server.Gauge.Peak:N0}");
        Assert.All(statuses, s => Assert.Contains(s, new[] { 413, 429, 503 }));
        // Only the requests holding a permit read, each at most the limit plus one chunk: memory does not grow with
        // the number of uploads.
        Assert.InRange(server.Gauge.Peak, 1, permits * (limit + (64 * 1024)));
        Assert.Equal(0, server.Gauge.Current);
        using var health = await server.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

/// <summary>The load smoke tests' collection, which xUnit runs with no other test beside it.</summary>
[CollectionDefinition(nameof(LoadSmokeTests), DisableParallelization = true)]
public sealed class RunsAlone
{
}
