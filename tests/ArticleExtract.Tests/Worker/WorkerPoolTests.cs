using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using ArticleExtract.Tests.Warc;
using ArticleExtract.Warc;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Xunit.Abstractions;

namespace ArticleExtract.Tests.Worker;

/// <summary>
/// The RabbitMQ worker pool against a real broker on 127.0.0.1:5672 (.ci/run installs and starts one): pages go in,
/// workers are killed, and every page still comes out exactly once after de-duplication by id.
/// </summary>
public sealed class WorkerPoolTests(ITestOutputHelper output)
{
    private const string Host = "127.0.0.1";
    private const int Port = 5672;

    [SkippableFact]
    public async Task Three_workers_one_killed_mid_stream_every_page_once_and_only_poison_dead_lettered()
    {
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var workers = new List<Process>();
        var (pages, poison) = await PublishPagesAsync(channel, queues.Pages, 1000);
        var results = new Collected(channel, queues.Results);
        var dead = new Collected(channel, queues.Dead);
        await results.StartAsync();
        await dead.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            workers.Add(pool.Track(StartWorker(queues, prefetch: 8)));
        }

        // SIGKILL one worker mid-stream: whatever it held unacknowledged must be redelivered to the others.
        await WaitFor(() => results.Total >= 150, TimeSpan.FromMinutes(4), "150 results before the kill");
        workers[0].Kill();
        await workers[0].WaitForExitAsync();
        output.WriteLine($"killed worker {workers[0].Id} after {results.Total} results");

        await WaitFor(() => results.Distinct >= pages.Count && dead.Distinct >= poison.Count, TimeSpan.FromMinutes(6),
            () => $"every result and dead letter: {results.Distinct} of {pages.Count} results, {dead.Distinct} of {poison.Count} dead letters; worker log: {string.Join(" | ", _log.TakeLast(10))}");
        foreach (var worker in workers.Skip(1))
        {
            Assert.Equal(0, Terminate(worker));
        }

        Assert.Equal(pages.Order(StringComparer.Ordinal), results.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(poison.Order(StringComparer.Ordinal), dead.Ids.Order(StringComparer.Ordinal));
        Assert.All(dead.Reasons.Values, reason => Assert.False(string.IsNullOrEmpty(reason)));
        Assert.Contains(dead.Reasons.Values, r => r.StartsWith("not HTML", StringComparison.Ordinal));
        Assert.Contains(dead.Reasons.Values, r => r.StartsWith("limit:", StringComparison.Ordinal));
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queues.Pages)).MessageCount);
        output.WriteLine($"{results.Total} results for {results.Distinct} pages ({results.Total - results.Distinct} redelivered duplicates), {dead.Distinct} dead letters");
    }

    [SkippableFact]
    public async Task A_worker_reads_pages_by_warc_pointer_and_stops_cleanly_on_sigterm()
    {
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var warc = TestWarc.WriteTemp(TestWarc.GzipPerRecord(
            TestWarc.Response(1, "https://coast.example/ferry", ArchivePages.Ferry),
            TestWarc.Response(2, "https://valley.example/library", ArchivePages.Library)).File, "pointer.warc.gz");
        using (var reader = WarcReader.Open(warc))
        {
            foreach (var page in reader.ReadPages())
            {
                var headers = new Dictionary<string, object?> { ["warc-file"] = warc, ["warc-offset"] = page.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = page.RecordId, Persistent = true, Headers = headers }, ReadOnlyMemory<byte>.Empty);
            }
        }

        var results = new Collected(channel, queues.Results);
        await results.StartAsync();
        var worker = pool.Track(StartWorker(queues, prefetch: 2, "--Worker:WarcRoot=" + Path.GetDirectoryName(warc)));
        await WaitFor(() => results.Distinct >= 2, TimeSpan.FromMinutes(2), "two results");
        Assert.Equal(0, Terminate(worker));
        var ferry = System.Text.Json.Nodes.JsonNode.Parse(results.Bodies[TestWarc.RecordId(1)])!;
        Assert.Equal("https://coast.example/ferry", (string?)ferry["url"]);
        Assert.Equal(TestWarc.RecordId(1), (string?)ferry["warcRecordId"]);
        Assert.Equal("Harbour ferry returns after a winter of repairs", (string?)ferry["title"]);
    }

    [SkippableFact]
    public async Task Sigterm_with_a_batch_in_flight_loses_no_page_and_answers_each_once()
    {
        // SIGTERM (a rolling deploy) while the worker holds a prefetched batch: the pages in progress finish and are
        // acknowledged, the rest go back; a second worker answers those. Every page is answered once.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var ids = Enumerable.Range(0, 40).Select(i => $"batch-{i:D2}").ToList();
        // Long pages (about 600 KB), so that the stop finds pages in progress and more prefetched behind them.
        var longPage = Encoding.UTF8.GetBytes(ArchivePages.Page("A long report from the valley", "Valley Weekly",
            Enumerable.Repeat("The report describes how the river rose after three days of rain and how volunteers filled sandbags along the embankment, street by street.", 4000).ToArray()));
        foreach (var id in ids)
        {
            await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = id, Persistent = true }, longPage);
        }

        var results = new Collected(channel, queues.Results);
        var dead = new Collected(channel, queues.Dead);
        await results.StartAsync();
        await dead.StartAsync();
        var first = pool.Track(StartWorker(queues, prefetch: 8, "--Worker:Concurrency=2"));
        await WaitFor(() => results.Total >= 1, TimeSpan.FromMinutes(2), () => $"a first result; worker log: {string.Join(" | ", _log.TakeLast(6))}");
        Assert.Equal(0, Terminate(first));
        var answeredByFirst = results.Total;
        var second = pool.Track(StartWorker(queues, prefetch: 8, "--Worker:Concurrency=2"));
        await WaitFor(() => results.Distinct >= ids.Count, TimeSpan.FromMinutes(3),
            () => $"every result: {results.Distinct} of {ids.Count}; worker log: {string.Join(" | ", _log.TakeLast(6))}");
        Assert.Equal(0, Terminate(second));
        output.WriteLine($"{answeredByFirst} answered before the stop; {results.Total} results for {results.Distinct} pages; log: {string.Join(" | ", _log)}");
        Assert.Equal(ids, results.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, results.Total);
        Assert.Equal(0, dead.Distinct);
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queues.Pages)).MessageCount);
        // A page the stopped worker never started did not fail: the stop does not count against its delivery limit.
        Assert.DoesNotContain(_log, line => line.Contains("tries ended without an answer", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_worker_consumes_a_page_queue_the_operator_declared_as_a_quorum_queue()
    {
        // Quorum queues are RabbitMQ's replicated, recommended type for queues that must not lose messages. The worker
        // declared its queues as classic ones, which the broker refuses for a queue of another type
        // (PRECONDITION_FAILED, inequivalent arg 'x-queue-type'): it stopped at start-up and consumed nothing.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-", "quorum");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var results = new Collected(channel, queues.Results);
        await results.StartAsync();
        var worker = pool.Track(StartWorker(queues, prefetch: 2));
        await PublishAsync(channel, queues.Pages, "quorum");
        await WaitFor(() => results.Bodies.ContainsKey("quorum"), TimeSpan.FromMinutes(2),
            () => $"the result of a page from a quorum queue; worker log: {string.Join(" | ", _log.TakeLast(6))}");
        Assert.Equal(0, Terminate(worker));
    }

    [SkippableFact]
    public async Task A_worker_whose_consumer_the_broker_cancels_consumes_again_and_still_stops_cleanly()
    {
        // Deleting the queue (an operator's purge) cancels every consumer of it; the same loss of the channel or the
        // consumer comes from a message over the broker's max_message_size or its consumer timeout. The worker used to
        // run on consuming nothing, and then failed its own shutdown cancelling a consumer that was gone.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var results = new Collected(channel, queues.Results);
        await results.StartAsync();
        var worker = pool.Track(StartWorker(queues, prefetch: 2, "--Logging:LogLevel:ArticleExtract.Worker.ExtractionWorker=Information"));
        await PublishAsync(channel, queues.Pages, "before");
        await WaitFor(() => results.Bodies.ContainsKey("before"), TimeSpan.FromMinutes(2), "the first result");

        await channel.QueueDeleteAsync(queues.Pages, ifUnused: false, ifEmpty: false);
        await channel.QueueDeclareAsync(queues.Pages, durable: true, exclusive: false, autoDelete: false);
        await PublishAsync(channel, queues.Pages, "after");
        await WaitFor(() => results.Bodies.ContainsKey("after"), TimeSpan.FromMinutes(1),
            () => $"the result of a page published after the queue was deleted and declared again; worker log: {string.Join(" | ", _log.TakeLast(10))}");
        Assert.True(_log.Any(line => line.Contains("consumer cancelled by the broker", StringComparison.Ordinal)), "the worker says why it consumes again: " + string.Join(" | ", _log));
        Assert.Equal(0, Terminate(worker));
    }

    [SkippableFact]
    public async Task A_results_queue_deleted_while_the_worker_runs_is_declared_again_and_the_result_kept()
    {
        // A result to a queue that is gone comes back unroutable; the worker requeued the page and got it straight back,
        // dozens of times a second for as long as the queue was missing, and kept no result.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, connection, channel) = (pool.Queues, pool.Connection, pool.Channel);
        var worker = pool.Track(StartWorker(queues, prefetch: 2));
        await PublishAsync(channel, queues.Pages, "before");
        await WaitFor(() => channel.MessageCountAsync(queues.Results).GetAwaiter().GetResult() == 1, TimeSpan.FromMinutes(2), "the first result");
        await channel.QueueDeleteAsync(queues.Results, ifUnused: false, ifEmpty: false);
        await PublishAsync(channel, queues.Pages, "after");

        // Passive declares on a channel of their own: one that finds no queue closes its channel.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var look = await connection.CreateChannelAsync();
            try
            {
                if ((await look.QueueDeclarePassiveAsync(queues.Results)).MessageCount == 1)
                {
                    break;
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the results queue declared again with the page's result; worker log: {string.Join(" | ", _log.TakeLast(6))}");
            await Task.Delay(100);
        }

        var result = await channel.BasicGetAsync(queues.Results, autoAck: true);
        Assert.Equal("after", result?.BasicProperties.MessageId);
        Assert.Equal(0, Terminate(worker));
    }

    [SkippableFact]
    public async Task A_full_results_queue_holds_the_pages_back_and_dead_letters_none()
    {
        // A results queue with room for one result that refuses the rest (x-max-length 1, reject-publish), as an
        // operator bounds a queue whose consumer is down. The broker nacks each result; the page given back by a nack
        // counted as a failed try, and good pages were dead-lettered ('delivery limit') within a second.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-", resultsArguments: new Dictionary<string, object?> { ["x-max-length"] = 1, ["x-overflow"] = "reject-publish" });
        var (queues, channel) = (pool.Queues, pool.Channel);
        var dead = new Collected(channel, queues.Dead);
        await dead.StartAsync();
        string[] ids = ["full-1", "full-2", "full-3"];
        foreach (var id in ids)
        {
            await PublishAsync(channel, queues.Pages, id);
        }

        var worker = pool.Track(StartWorker(queues, prefetch: 1, "--Worker:MaxAttempts=2"));
        var results = new List<string>();
        var clock = Stopwatch.StartNew();
        var sinceLast = Stopwatch.StartNew();
        while (results.Count < ids.Length)
        {
            Assert.True(dead.Distinct == 0, $"no page dead-lettered: {string.Join("; ", dead.Reasons.Select(r => r.Key + ": " + r.Value))}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"every result within three minutes; got {string.Join(", ", results)}; worker log: {string.Join(" | ", _log.TakeLast(6))}");
            if (results.Count == 0 || sinceLast.Elapsed > TimeSpan.FromSeconds(5))
            {
                // The downstream consumer, slow: a result five seconds after the last, while the worker's tries come back.
                if (await channel.BasicGetAsync(queues.Results, autoAck: true) is { } got)
                {
                    if (!results.Contains(got.BasicProperties.MessageId!))
                    {
                        results.Add(got.BasicProperties.MessageId!);
                    }

                    sinceLast.Restart();
                }
            }

            await Task.Delay(100);
        }

        Assert.Equal(ids, results.Order(StringComparer.Ordinal));
        Assert.Equal(0, dead.Distinct);
        Assert.Equal(0, Terminate(worker));
    }

    [SkippableFact]
    public async Task A_full_dead_letter_queue_holds_a_page_at_its_delivery_limit_back_without_spinning()
    {
        // A dead-letter queue with room for one message that refuses the rest (x-max-length 1, reject-publish), already
        // holding one, and a page whose last try ended without an answer (taken, then its channel closed unacknowledged),
        // at its delivery limit. The broker refused its dead letter; the worker nacked the page, got it straight back
        // and tried again, hundreds of times a second, each time logged as an error, for as long as the queue stayed full.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-", deadArguments: new Dictionary<string, object?> { ["x-max-length"] = 1, ["x-overflow"] = "reject-publish" });
        var (queues, connection, channel) = (pool.Queues, pool.Connection, pool.Channel);
        await PublishAsync(channel, queues.Dead, "filler");
        await PublishAsync(channel, queues.Pages, "stuck");
        await using (var taker = await connection.CreateChannelAsync())
        {
            Assert.NotNull(await taker.BasicGetAsync(queues.Pages, autoAck: false));
            await taker.CloseAsync();
        }

        var worker = pool.Track(StartWorker(queues, prefetch: 1, "--Worker:MaxAttempts=1"));
        await WaitFor(() => _log.Any(line => line.Contains("stuck", StringComparison.Ordinal)), TimeSpan.FromMinutes(2),
            () => $"the worker to meet the page; worker log: {string.Join(" | ", _log.TakeLast(6))}");
        await Task.Delay(TimeSpan.FromSeconds(8));
        var tries = _log.Count(line => line.Contains("stuck", StringComparison.Ordinal));
        output.WriteLine($"{tries} log lines about the page in the first 8 s");
        Assert.True(tries <= 10, $"the refused page held back, not spinning: {tries} log lines about it in 8 s; last: {string.Join(" | ", _log.TakeLast(4))}");

        // Room again: the page is dead-lettered, with its reason, and nothing is left in the page queue.
        var dead = new Collected(channel, queues.Dead);
        await dead.StartAsync();
        await WaitFor(() => dead.Reasons.ContainsKey("stuck"), TimeSpan.FromMinutes(1),
            () => $"the page dead-lettered once the queue had room; worker log: {string.Join(" | ", _log.TakeLast(6))}");
        Assert.StartsWith("delivery limit: 1 tries ended without an answer", dead.Reasons["stuck"], StringComparison.Ordinal);
        Assert.Equal(0, Terminate(worker));
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queues.Pages)).MessageCount);
    }

    [SkippableTheory]
    [InlineData("classic")]
    [InlineData("quorum")]
    public async Task A_page_that_hangs_every_worker_it_reaches_is_dead_lettered_after_max_attempts(string queueType)
    {
        // A pointer to a FIFO under the root: opening it blocks until a writer comes, as a read from a hung share does,
        // and an operator (or a liveness probe) kills the stuck worker; the test sees the worker blocked in the kernel's
        // FIFO open. Each killed worker gave the page back to the next, for ever: the queue stalled one worker at a
        // time, whatever the queue type.
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-", queueType);
        var (queues, channel) = (pool.Queues, pool.Channel);
        var root = Directory.CreateTempSubdirectory("ae-fifo-").FullName;
        var fifo = Path.Combine(root, "hung.warc.gz");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var headers = new Dictionary<string, object?> { ["warc-file"] = "hung.warc.gz", ["warc-offset"] = "0" };
        await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = "hung", Persistent = true, Headers = headers }, ReadOnlyMemory<byte>.Empty);
        var dead = new Collected(channel, queues.Dead);
        await dead.StartAsync();

        // With two tries allowed: the first and second workers hang and are killed, the third dead-letters the page.
        var hangs = 0;
        for (var round = 0; dead.Distinct == 0; round++)
        {
            Assert.True(round < 4, $"dead-lettered within four workers; hung {hangs} times; worker log: {string.Join(" | ", _log.TakeLast(8))}");
            var worker = pool.Track(StartWorker(queues, prefetch: 1, "--Worker:WarcRoot=" + root, "--Worker:MaxAttempts=2"));
            await WaitFor(() => dead.Distinct > 0 || WaitsForFifo(worker), TimeSpan.FromMinutes(2),
                () => $"the worker to open the FIFO or dead-letter the page; worker log: {string.Join(" | ", _log.TakeLast(8))}");
            if (dead.Distinct > 0)
            {
                Assert.Equal(0, Terminate(worker));
                break;
            }

            hangs++;
            worker.Kill();
            await worker.WaitForExitAsync();
        }

        Assert.Equal(2, hangs);
        Assert.StartsWith("delivery limit: 2 tries ended without an answer", dead.Reasons["hung"], StringComparison.Ordinal);
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queues.Pages)).MessageCount);
        Directory.Delete(root, recursive: true);
    }

    [SkippableFact]
    public async Task A_page_whose_read_hangs_is_dead_lettered_after_page_timeout_and_the_worker_goes_on()
    {
        // A pointer to a FIFO under the root: opening it blocks until a writer comes, as a read from a hung network share
        // does. The worker had no bound of its own on a page: its only slot stayed blocked until someone killed it, and
        // the pages behind waited.
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var root = Directory.CreateTempSubdirectory("ae-fifo-").FullName;
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(root, "hung.warc.gz")]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var dead = new Collected(channel, queues.Dead);
        var results = new Collected(channel, queues.Results);
        await dead.StartAsync();
        await results.StartAsync();
        var worker = pool.Track(StartWorker(queues, prefetch: 1, "--Worker:WarcRoot=" + root, "--Worker:PageTimeout=00:00:20"));

        // A first page, so that compiling the extractor (seconds on a loaded machine) is not counted against the bound.
        await PublishAsync(channel, queues.Pages, "first");
        await WaitFor(() => results.Bodies.ContainsKey("first"), TimeSpan.FromMinutes(2), () => $"the first page's result; worker log: {string.Join(" | ", _log.TakeLast(8))}");
        var headers = new Dictionary<string, object?> { ["warc-file"] = "hung.warc.gz", ["warc-offset"] = "0" };
        await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = "hung", Persistent = true, Headers = headers }, ReadOnlyMemory<byte>.Empty);
        await PublishAsync(channel, queues.Pages, "behind");
        await WaitFor(() => dead.Reasons.ContainsKey("hung") && results.Bodies.ContainsKey("behind"), TimeSpan.FromMinutes(2),
            () => $"the hung page dead-lettered and the page behind it answered; worker log: {string.Join(" | ", _log.TakeLast(8))}");
        Assert.StartsWith("page timeout: reading and extracting took over Worker:PageTimeout (20 s)", dead.Reasons["hung"], StringComparison.Ordinal);
        Assert.Equal(0, Terminate(worker));
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queues.Pages)).MessageCount);
        Directory.Delete(root, recursive: true);
    }

    [SkippableFact]
    public async Task A_worker_that_runs_out_of_memory_exits_at_once_and_the_broker_has_the_page_back()
    {
        // A page that needs more memory than the process may have (a GC heap limit, as a container's memory limit sets
        // one). The OutOfMemoryException escaped the handler into the client, which logged it and went on: the page
        // stayed unacknowledged on a worker that never answered it, until the broker's consumer timeout (30 min) closed
        // the channel. A worker that has run out of memory is in no state to go on: it exits at once, and its connection
        // going gives the page (and any other it held) back to the queue, where the delivery limit counts the try.
        RequireBroker();
        await using var pool = await Pool.OpenAsync("ae-test-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var worker = pool.Track(StartWorker(queues, prefetch: 1, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x6000000" }, "--Worker:MaxInputMegabytes=16"));
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("The river rose after three days of rain and volunteers filled sandbags. ", 40)) + "</p>\n";
        var page = Encoding.UTF8.GetBytes("<html><head><title>Flood</title></head><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 14 * 1024 * 1024 / paragraph.Length)) + "</article></body></html>");
        await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = "huge", Persistent = true }, page);
        await WaitFor(() => worker.HasExited, TimeSpan.FromMinutes(2),
            () => $"the worker to exit on running out of memory; {channel.MessageCountAsync(queues.Results).GetAwaiter().GetResult()} result(s), {channel.MessageCountAsync(queues.Dead).GetAwaiter().GetResult()} dead letter(s); worker log: {string.Join(" | ", _log.TakeLast(8))}");
        output.WriteLine(string.Join(Environment.NewLine, _log.Take(20)));
        Assert.NotEqual(0, worker.ExitCode);
        Assert.Contains(_log, line => line.Contains("OutOfMemoryException", StringComparison.Ordinal));
        await WaitFor(() => channel.MessageCountAsync(queues.Pages).GetAwaiter().GetResult() == 1, TimeSpan.FromSeconds(30), "the page back in the queue");
    }

    /// <summary>
    /// Whether a thread of the process waits in the kernel for a FIFO's other end (Linux's wchan), other than the
    /// runtime's own debugger pipe, which waits so from start-up.
    /// </summary>
    private static bool WaitsForFifo(Process process)
    {
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{process.Id}/task"))
            {
                if (File.ReadAllText(Path.Combine(task, "wchan")) == "wait_for_partner" && !File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET DebugPipe", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            // The process or thread has just gone.
        }

        return false;
    }

    private static Task PublishAsync(IChannel channel, string queue, string id) =>
        channel.BasicPublishAsync(string.Empty, queue, true, new BasicProperties { MessageId = id, Persistent = true, Headers = new Dictionary<string, object?> { ["content-type"] = "text/html" } },
            Encoding.UTF8.GetBytes(ArchivePages.Page($"Report {id} from the valley", "Valley Weekly",
                "The report describes how the river rose after three days of rain and how volunteers filled sandbags along the embankment.",
                "Residents of the lower streets moved furniture upstairs while the council opened the school gym as a shelter.")).AsMemory()).AsTask();

    /// <summary>Throughput for the README: set AE_QUEUE_BENCH_WARC to a WARC and AE_QUEUE_BENCH_WORKERS to a count;
    /// every page goes in as a WARC pointer and the time from the first publish to the last result is reported.</summary>
    [SkippableFact]
    public async Task Measure_queue_throughput_when_asked()
    {
        var warc = Environment.GetEnvironmentVariable("AE_QUEUE_BENCH_WARC");
        Skip.If(string.IsNullOrEmpty(warc), "a measurement, not a check: set AE_QUEUE_BENCH_WARC (and AE_QUEUE_BENCH_WORKERS) to run it");
        RequireBroker();
        var workerCount = int.Parse(Environment.GetEnvironmentVariable("AE_QUEUE_BENCH_WORKERS") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        await using var pool = await Pool.OpenAsync("ae-bench-");
        var (queues, channel) = (pool.Queues, pool.Channel);
        var results = new Collected(channel, queues.Results);
        var dead = new Collected(channel, queues.Dead);
        await results.StartAsync();
        await dead.StartAsync();
        var workers = Enumerable.Range(0, workerCount).Select(_ => pool.Track(StartWorker(queues, prefetch: 4, "--Worker:WarcRoot=" + Path.GetDirectoryName(Path.GetFullPath(warc!))))).ToList();
        // Workers start (and JIT) before the clock does, as a long-running pool would have.
        await Task.Delay(TimeSpan.FromSeconds(15));
        var clock = Stopwatch.StartNew();
        var count = 0;
        using (var reader = WarcReader.Open(warc!))
        {
            foreach (var page in reader.ReadPages())
            {
                var headers = new Dictionary<string, object?> { ["warc-file"] = Path.GetFullPath(warc!), ["warc-offset"] = page.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                await channel.BasicPublishAsync(string.Empty, queues.Pages, true, new BasicProperties { MessageId = page.RecordId, Persistent = true, Headers = headers }, ReadOnlyMemory<byte>.Empty);
                count++;
            }
        }

        await WaitFor(() => results.Distinct + dead.Distinct >= count, TimeSpan.FromMinutes(9), "every result");
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"queue: {count} pages ({dead.Distinct} dead-lettered: {string.Join("; ", dead.Reasons.Values.Distinct().Take(3))}) in {seconds:0.0} s with {workerCount} worker(s): {count / seconds:0.0} pages/s"));
    }

    private void RequireBroker()
    {
        // In CI the broker is there (.ci/run started it), so a failed probe is asked again: a connect left waiting
        // for a thread while the suite's other tests hold both cores once timed out after 2 s with the broker up.
        var ci = Environment.GetEnvironmentVariable("CI") == "true";
        var reachable = false;
        for (var attempt = 0; attempt < (ci ? 5 : 1) && !reachable; attempt++)
        {
            try
            {
                using var tcp = new TcpClient();
                reachable = tcp.ConnectAsync(Host, Port).Wait(TimeSpan.FromSeconds(ci ? 10 : 2));
            }
            catch (AggregateException)
            {
            }
            catch (SocketException)
            {
            }

            if (!reachable && ci)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }

        if (!reachable && ci)
        {
            Assert.Fail($"no RabbitMQ broker on {Host}:{Port} in CI: .ci/run must install and start rabbitmq-server");
        }

        Skip.IfNot(reachable, $"no RabbitMQ broker on {Host}:{Port}; start one (as .ci/run does) to run the worker pool tests");
    }

    private static Task<IConnection> Connect() => new ConnectionFactory { HostName = Host, Port = Port }.CreateConnectionAsync();

    private static async Task<(List<string> Pages, List<string> Poison)> PublishPagesAsync(IChannel channel, string queue, int count)
    {
        var pages = new List<string>();
        var poison = new List<string>();
        var oversized = Encoding.UTF8.GetBytes(ArchivePages.Page("Far too long", "Example", Enumerable.Repeat("A sentence that repeats until the page is over the limit. ", 24_000).ToArray()));
        for (var i = 0; i < count; i++)
        {
            var id = $"page-{i:D4}";
            byte[] body;
            if (i % 100 == 37)
            {
                // Poison: a PNG (not HTML) or a page over the workers' 1 MB limit.
                body = i % 200 == 37 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] : oversized;
                poison.Add(id);
            }
            else
            {
                body = Encoding.UTF8.GetBytes(ArchivePages.Page($"Report number {i} from the valley", "Valley Weekly",
                    $"The {i}th report of the season describes how the river rose after three days of rain and how volunteers filled sandbags along the embankment.",
                    "Residents of the lower streets moved furniture upstairs while the council opened the school gym as a shelter for anyone who had to leave home.",
                    "By the next morning the water had started to fall, and engineers began inspecting the bridge and the flood gates for damage."));
                pages.Add(id);
            }

            var contentType = body.Length > 0 && body[0] == 0x89 ? "image/png" : "text/html; charset=utf-8";
            var headers = new Dictionary<string, object?> { ["url"] = $"https://valley.example/reports/{i}", ["content-type"] = contentType };
            await channel.BasicPublishAsync(string.Empty, queue, true, new BasicProperties { MessageId = id, Persistent = true, Headers = headers }, body);
        }

        return (pages, poison);
    }

    private Process StartWorker(Queues queues, int prefetch, params string[] settings) => StartWorker(queues, prefetch, new Dictionary<string, string>(), settings);

    private Process StartWorker(Queues queues, int prefetch, Dictionary<string, string> environment, params string[] settings)
    {
        var config = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<config>/net10.0/
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var dll = Path.Combine(root, "samples", "ArticleExtract.Worker", "bin", config, "net10.0", "article-extract-worker.dll");
        Assert.True(File.Exists(dll), $"the worker is built: {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll, $"--Worker:Queue={queues.Pages}", $"--Worker:ResultsQueue={queues.Results}", $"--Worker:DeadLetterQueue={queues.Dead}",
                $"--Worker:Prefetch={prefetch}", "--Worker:MaxInputMegabytes=1", "--Logging:LogLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(process, e.Data);
        process.ErrorDataReceived += (_, e) => Log(process, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private readonly ConcurrentQueue<string> _log = new();

    private void Log(Process process, string? line)
    {
        // The console logger's message lines are indented; only stack frames are left out.
        if (!string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
        {
            _log.Enqueue($"[{process.Id}] {line}");
        }
    }

    /// <summary>SIGTERM, as Kubernetes or systemd stop a process; returns the exit code.</summary>
    private static int Terminate(Process process)
    {
        Assert.Equal(0, SendSignal(process.Id, 15));
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the worker stops within 60 s of SIGTERM");
        return process.ExitCode;
    }

    private static int SendSignal(int pid, int signal)
    {
        using var kill = Process.Start("kill", ["-" + signal.ToString(System.Globalization.CultureInfo.InvariantCulture), pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static Task WaitFor(Func<bool> condition, TimeSpan timeout, string what) => WaitFor(condition, timeout, () => what);

    private static async Task WaitFor(Func<bool> condition, TimeSpan timeout, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < timeout, $"timed out waiting for {what()}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// A test's own three queues on the broker, with the connection and the confirming channel it publishes on, and the
    /// workers it started: disposed, it kills the workers still running and deletes the queues, whatever the test did.
    /// </summary>
    private sealed class Pool : IAsyncDisposable
    {
        private readonly List<Process> _workers = [];

        private Pool(Queues queues, IConnection connection, IChannel channel) => (Queues, Connection, Channel) = (queues, connection, channel);

        public Queues Queues { get; }

        public IConnection Connection { get; }

        public IChannel Channel { get; }

        /// <param name="prefix">The queues' names start with it.</param>
        /// <param name="pagesQueueType">The page queue's <c>x-queue-type</c>, declared before any worker does; classic when null.</param>
        /// <param name="resultsArguments">The results queue's arguments (a length limit), declared before any worker does.</param>
        /// <param name="deadArguments">The dead-letter queue's arguments, declared before any worker does.</param>
        public static async Task<Pool> OpenAsync(string prefix, string? pagesQueueType = null, Dictionary<string, object?>? resultsArguments = null, Dictionary<string, object?>? deadArguments = null)
        {
            var queues = new Queues(prefix + Guid.NewGuid().ToString("N")[..8]);
            var connection = await Connect();
            var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            await queues.DeclareAsync(channel, pagesQueueType, resultsArguments, deadArguments);
            return new Pool(queues, connection, channel);
        }

        /// <summary>Kills <paramref name="worker"/> at the end of the test if it is still running.</summary>
        public Process Track(Process worker)
        {
            _workers.Add(worker);
            return worker;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var worker in _workers.Where(w => !w.HasExited))
            {
                worker.Kill();
            }

            await Queues.DeleteAsync(Channel);
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private sealed record Queues(string Prefix)
    {
        public string Pages => Prefix + ".pages";

        public string Results => Prefix + ".results";

        public string Dead => Prefix + ".dead";

        public async Task DeclareAsync(IChannel channel, string? pagesQueueType = null, Dictionary<string, object?>? resultsArguments = null, Dictionary<string, object?>? deadArguments = null)
        {
            foreach (var q in new[] { Pages, Results, Dead })
            {
                var arguments = q == Pages && pagesQueueType is not null ? new Dictionary<string, object?> { ["x-queue-type"] = pagesQueueType }
                    : q == Results ? resultsArguments
                    : q == Dead ? deadArguments
                    : null;
                await channel.QueueDeclareAsync(q, durable: true, exclusive: false, autoDelete: false, arguments);
            }
        }

        public async Task DeleteAsync(IChannel channel)
        {
            foreach (var q in new[] { Pages, Results, Dead })
            {
                await channel.QueueDeleteAsync(q, ifUnused: false, ifEmpty: false);
            }
        }
    }

    /// <summary>Reads a queue as a downstream consumer would, de-duplicating by message id.</summary>
    private sealed class Collected(IChannel channel, string queue)
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
        private int _total;

        public ConcurrentDictionary<string, string> Reasons { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string> Bodies { get; } = new(StringComparer.Ordinal);

        public int Total => Volatile.Read(ref _total);

        public int Distinct => _counts.Count;

        public IEnumerable<string> Ids => _counts.Keys;

        public async Task StartAsync()
        {
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, e) =>
            {
                var id = e.BasicProperties.MessageId ?? "(none)";
                _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
                Bodies[id] = Encoding.UTF8.GetString(e.Body.Span);
                if (e.BasicProperties.Headers?.TryGetValue("x-reason", out var reason) == true && reason is byte[] r)
                {
                    Reasons[id] = Encoding.UTF8.GetString(r);
                }

                Interlocked.Increment(ref _total);
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        }
    }
}
