using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace ArticleExtract.WebApi.Tests;

/// <summary>
/// A few seconds of the load test (loadtest/run.sh runs the full one against the published app): enough for CI to
/// catch errors under concurrency or memory that grows with the number of uploads.
/// </summary>
[Collection(nameof(LoadSmokeTests))]
public sealed class LoadSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sixteen_keep_alive_clients_for_three_seconds_get_only_200()
    {
        await using var server = await TestServer.StartAsync();
        var page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-news-page.html"));
        using var client = TestServer.NewClient(server.BaseAddress, maxConnections: 16);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var errors = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(3))
            {
                try
                {
                    using var content = new ByteArrayContent(page) { Headers = { ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" } } };
                    using var response = await client.PostAsync("/extract", content);
                    await response.Content.ReadAsByteArrayAsync();
                    statuses.Add(response.StatusCode);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));

        output.WriteLine($"{statuses.Count} requests in {clock.Elapsed.TotalSeconds:0.0} s ({statuses.Count / clock.Elapsed.TotalSeconds:0} req/s), {errors} errors");
        Assert.Equal(0, errors);
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_storm_of_twenty_41_MB_chunked_uploads_is_refused_with_bounded_memory_and_the_service_stays_healthy()
    {
        await using var server = await TestServer.StartAsync();
        var limits = (Permits: new ServiceLimits().Permits, Limit: (long)ArticleExtractorOptions.Default.MaxInputLength);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RawHttp.UploadAsync(server.BaseAddress, "/extract", 41L * 1024 * 1024)))
            .WaitAsync(TimeSpan.FromMinutes(3));

        output.WriteLine($"statuses: {string.Join(' ', answers.Select(a => a.Status))}; peak body bytes held {server.Gauge.Peak:N0}");
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { 413, 429, 503 }));
        // Only the requests holding a permit read, each at most the limit plus one chunk: memory does not grow with
        // the number of uploads.
        Assert.InRange(server.Gauge.Peak, 1, limits.Permits * (limits.Limit + (64 * 1024)));
        Assert.Equal(0, server.Gauge.Current);
        using var health = await server.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
