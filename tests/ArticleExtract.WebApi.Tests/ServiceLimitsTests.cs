using System.Net;
using System.Text;
using System.Text.Json;
using ArticleExtract.LoadTest;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleExtract.WebApi.Tests;

/// <summary>The concurrency limit and its queue, the request timeout, and their configuration, each on its own server.</summary>
public sealed class ServiceLimitsTests
{
    private static readonly byte[] SmallPage = Encoding.UTF8.GetBytes(
        "<html><body><article><h1>Queue</h1><p>A paragraph long enough to be the article that the server extracts once the upload is released by the test.</p></article></body></html>");

    [Fact]
    public async Task A_full_queue_gets_503_with_retry_after_as_a_problem_document()
    {
        await using var server = await StartAsync("--Service:MaxConcurrentRequests=1", "--Service:QueueLimit=1", "--Service:RetryAfterSeconds=7");

        // The first upload holds the only permit while its body trickles; of the next two, one waits and one is refused.
        await using var holder = await StartStalledUploadAsync(server);
        await WaitUntilAsync(() => server.Gauge.Current > 0);
        await using var second = await StartStalledUploadAsync(server);
        await using var third = await StartStalledUploadAsync(server);
        var secondAnswer = second.ReadResponseAsync();
        var thirdAnswer = third.ReadResponseAsync();

        var first = await Task.WhenAny(secondAnswer, thirdAnswer).WaitAsync(TimeSpan.FromSeconds(30));
        var refused = await first;
        Assert.Equal(503, refused.Status);
        Assert.Equal("7", refused.Headers["Retry-After"]);
        Assert.StartsWith("application/problem+json", refused.Headers["Content-Type"], StringComparison.Ordinal);
        using (var problem = JsonDocument.Parse(refused.Body))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("queueFull", problem.RootElement.GetProperty("outcome").GetString());
        }

        // Released, the holder and then the waiting one are extracted.
        var waiting = first == secondAnswer ? third : second;
        await FinishUploadAsync(holder);
        Assert.Equal(200, (await holder.ReadResponseAsync().WaitAsync(TimeSpan.FromSeconds(30))).Status);
        await FinishUploadAsync(waiting);
        Assert.Equal(200, (await (first == secondAnswer ? thirdAnswer : secondAnswer).WaitAsync(TimeSpan.FromSeconds(30))).Status);
    }

    [Fact]
    public async Task A_request_over_the_timeout_gets_504_whether_it_was_uploading_or_waiting_in_the_queue()
    {
        await using var server = await StartAsync("--Service:MaxConcurrentRequests=1", "--Service:RequestTimeout=00:00:01", "--Extractor:TimeBudget=00:00:00.5");

        await using var uploading = await StartStalledUploadAsync(server);
        await WaitUntilAsync(() => server.Gauge.Current > 0);
        await using var waiting = await StartStalledUploadAsync(server);

        foreach (var response in await Task.WhenAll(uploading.ReadResponseAsync(), waiting.ReadResponseAsync()).WaitAsync(TimeSpan.FromSeconds(30)))
        {
            Assert.Equal(504, response.Status);
            using var problem = JsonDocument.Parse(response.Body);
            Assert.Equal("timeout", problem.RootElement.GetProperty("outcome").GetString());
        }

        // The permit came back: the next request gets it at once and reads its body, rather than waiting in the
        // queue (where it would meet the timeout with its body unread) or being refused. How it then ends depends on
        // the machine's load, not on the permit: extracted (200), over the half-second budget (422), or, at a load of
        // 12 and more, over the one-second timeout (504, seen in 2 runs of 4). Its log line tells which it was: only a
        // request that held a permit has read its body (the two stalled uploads never finished theirs).
        using var after = await server.Client.PostAsync("/extract", new ByteArrayContent(SmallPage));
        Assert.Contains(after.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity, HttpStatusCode.GatewayTimeout });
        await WaitUntilAsync(() => server.Logs.Count(l => l.EventName == "RequestCompleted") >= 3);
        Assert.Single(server.Logs, l => l.EventName == "RequestCompleted" && (int)l.Fields["StatusCode"]! == (int)after.StatusCode
            && (long)l.Fields["InputBytes"]! == SmallPage.Length);
    }

    private static async Task<RawHttp> StartStalledUploadAsync(TestServer server)
    {
        var http = await RawHttp.ConnectAsync(server.BaseAddress);
        await http.StartChunkedPostAsync("/extract", "Content-Type: text/html; charset=utf-8");
        await http.SendChunkAsync(SmallPage.AsMemory(0, 10));
        return http;
    }

    private static async Task FinishUploadAsync(RawHttp http)
    {
        await http.SendChunkAsync(SmallPage.AsMemory(10));
        await http.EndChunksAsync();
    }

    [Fact]
    public async Task A_body_that_ends_before_its_content_length_is_a_refusal_not_a_server_error()
    {
        await using var server = await StartAsync();
        await using (var http = await RawHttp.ConnectAsync(server.BaseAddress))
        {
            await http.SendAsync("POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"u8.ToArray());
            await http.SendAsync(SmallPage.AsMemory(0, 100));
            http.EndSending();
            try
            {
                // Kestrel drops the connection when the body's stream ends early, so the 400 rarely reaches the client.
                await http.ReadResponseAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (IOException)
            {
            }
        }

        await WaitUntilAsync(() => server.Logs.Any(l => l.EventName == "RequestCompleted"));
        var line = Assert.Single(server.Logs, l => l.EventName == "RequestCompleted");
        Assert.Contains(line.Fields["Outcome"], new object[] { "unreadableBody", "clientAborted" });
        Assert.DoesNotContain(server.Logs, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public void Limits_come_from_configuration_with_defaults_from_the_core_count_and_the_time_budget()
    {
        var app = ExtractApi.Build(["--Service:MaxConcurrentRequests=3", "--Extractor:TimeBudget=00:00:04", "--Extractor:MaxInputLength=1000", "--Extractor:Favor=recall"]);
        var limits = app.Services.GetRequiredService<ServiceLimits>();
        var extractor = app.Services.GetRequiredService<ArticleExtractor>();

        Assert.Equal(3, limits.Permits);
        Assert.Equal(24, limits.Queue);
        Assert.Equal(TimeSpan.FromSeconds(14), limits.Timeout(extractor.Options));
        Assert.Equal(1000, extractor.Options.MaxInputLength);
        Assert.Equal(ExtractionFavor.Recall, extractor.Options.Favor);
        Assert.Equal(500_000, extractor.Options.MaxElements);

        var defaults = new ServiceLimits();
        Assert.Equal(2 * Environment.ProcessorCount, defaults.Permits);
        Assert.Equal(16 * Environment.ProcessorCount, defaults.Queue);
    }

    [Fact]
    public void A_request_timeout_not_longer_than_the_time_budget_fails_at_start_up()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ExtractApi.Build(["--Service:RequestTimeout=00:00:05", "--Extractor:TimeBudget=00:00:05"]));
        Assert.Contains("TimeBudget", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ExtractApi.Build(["--Service:QueueLimit=-1"]));
    }

    internal static async Task<TestServer> StartAsync(params string[] args) => await TestServer.StartAsync(args);

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the server never got there");
    }
}
