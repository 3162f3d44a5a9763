using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace ArticleExtract.Worker;

/// <summary>
/// One competing consumer of the page queue. A page is acknowledged only after its result (or, for a poison page,
/// its dead letter) has been confirmed by the broker (publisher confirms), so a worker that dies at any moment
/// loses nothing: the broker redelivers whatever it had not acknowledged to another worker. Delivery is therefore
/// at least once; results carry the page's message id so that consumers de-duplicate them.
/// </summary>
internal sealed class ExtractionWorker(IOptions<WorkerOptions> options, ILogger<ExtractionWorker> logger) : BackgroundService
{
    private readonly WorkerOptions _options = Validated(options.Value);
    private readonly ArticleExtractor _extractor = new(new ArticleExtractorOptions { MaxInputLength = options.Value.MaxInputMegabytes * 1024 * 1024 });
    private readonly WarcRoot? _warcRoot = WarcRoot.Create(options.Value.WarcRoot);
    private int _inFlight;

    // Pages given up after Worker:PageTimeout whose read or extraction has not returned yet.
    private int _abandoned;

    // The wait before a page whose answer the broker refused goes back to the queue; 0 after an answer it took.
    private long _refusedDelayTicks;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = _options.Host,
            Port = _options.Port,
            UserName = _options.UserName,
            Password = _options.Password,
            ClientProvidedName = "article-extract-worker " + Environment.ProcessId,
        };

        await using var connection = await ConnectAsync(factory, stoppingToken).ConfigureAwait(false);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStop = stoppingToken.Register(() => stopped.TrySetResult()).ConfigureAwait(false);

        // The first consumer is set up without retries: a queue the worker may not use (access refused, exclusive to
        // another connection) is a configuration error, which stops the worker at start-up instead of looping.
        Consumption? consumption = await ConsumeAsync(connection, stoppingToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Consuming {Queue} on {Host}:{Port} (prefetch {Prefetch}, concurrency {Concurrency})", _options.Queue, _options.Host, _options.Port, _options.Prefetch, _options.Concurrency);
        }

        // A lost connection is the client's to recover (automatic recovery reopens the channel and its consumer). A
        // channel the broker closes while the connection stays up (a message over max_message_size, an ack timeout)
        // or a consumer it cancels (the queue deleted) is not: without a new one the worker ran on consuming nothing.
        while (consumption is not null && await Task.WhenAny(consumption.Lost, stopped.Task).ConfigureAwait(false) != stopped.Task)
        {
            var reason = await consumption.Lost.ConfigureAwait(false);
            await CloseQuietlyAsync(consumption.Channel).ConfigureAwait(false);
            consumption = await ConsumeAgainAsync(connection, reason, stoppingToken).ConfigureAwait(false);
        }

        // SIGTERM or Ctrl+C: stop taking pages, finish those in progress, then close.
        if (consumption is not null)
        {
            try
            {
                await consumption.Channel.BasicCancelAsync(consumption.Tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
            }
            catch (OperationInterruptedException)
            {
                // The channel is already gone, and its pages with it back to the queue: nothing more to stop.
            }
        }

        var deadline = DateTime.UtcNow + _options.DrainTimeout;
        while (Volatile.Read(ref _inFlight) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }

        // Closing the channel hands every delivered but unacknowledged page back to the queue.
        if (consumption is not null)
        {
            await CloseQuietlyAsync(consumption.Channel).ConfigureAwait(false);
        }

        if (connection.IsOpen)
        {
            await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Stopped; {InFlight} page(s) left to redelivery", Volatile.Read(ref _inFlight));
        }
    }

    /// <summary>A channel consuming the page queue, and what ends when the broker takes that away.</summary>
    private sealed record Consumption(IChannel Channel, string Tag, Task<string> Lost);

    private async Task<Consumption> ConsumeAsync(IConnection connection, CancellationToken stoppingToken)
    {
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, consumerDispatchConcurrency: _options.Concurrency),
            stoppingToken).ConfigureAwait(false);
        try
        {
            var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            channel.ChannelShutdownAsync += (_, e) =>
            {
                // With the connection down, the channel comes back with it (automatic recovery).
                if (e.Initiator != ShutdownInitiator.Application && connection.IsOpen)
                {
                    lost.TrySetResult($"channel closed by the broker: {e.ReplyCode} {e.ReplyText}");
                }

                return Task.CompletedTask;
            };
            foreach (var queue in new[] { _options.Queue, _options.ResultsQueue, _options.DeadLetterQueue })
            {
                await DeclareIfMissingAsync(connection, channel, queue, stoppingToken).ConfigureAwait(false);
            }

            await channel.BasicQosAsync(0, _options.Prefetch, global: false, stoppingToken).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery);
            consumer.UnregisteredAsync += (_, _) =>
            {
                // Raised for the worker's own cancel at shutdown too, which is not a loss.
                if (!stoppingToken.IsCancellationRequested)
                {
                    lost.TrySetResult("consumer cancelled by the broker (queue deleted?)");
                }

                return Task.CompletedTask;
            };
            var tag = await channel.BasicConsumeAsync(_options.Queue, autoAck: false, consumer, stoppingToken).ConfigureAwait(false);
            return new Consumption(channel, tag, lost.Task);
        }
        catch
        {
            await CloseQuietlyAsync(channel).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A new channel and consumer after the broker took the last away, retried with backoff; null when stopping.</summary>
    private async Task<Consumption?> ConsumeAgainAsync(IConnection connection, string reason, CancellationToken stoppingToken)
    {
        // A first wait, so that a page that closes every channel it reaches cannot spin the worker.
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Not consuming ({Reason}); consuming again on a new channel in {Delay}", reason, delay);
            }

            try
            {
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                var consumption = await ConsumeAsync(connection, stoppingToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Consuming {Queue} again", _options.Queue);
                }

                return consumption;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is OperationInterruptedException or IOException or TimeoutException)
            {
                reason = ex.Message;
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    /// <summary>
    /// Uses a queue that exists as it was declared, whatever its type and arguments (a quorum queue, a length limit, a
    /// dead-letter exchange: the operator's choice), and declares a missing one durable and classic. Declaring every
    /// queue as classic made the broker refuse one declared as a quorum queue (PRECONDITION_FAILED, inequivalent
    /// x-queue-type), and the worker stopped at start-up.
    /// </summary>
    private async Task DeclareIfMissingAsync(IConnection connection, IChannel channel, string queue, CancellationToken stoppingToken)
    {
        // A passive declare that finds no queue closes its channel: it gets one of its own.
        var probe = await connection.CreateChannelAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
        try
        {
            await probe.QueueDeclarePassiveAsync(queue, stoppingToken).ConfigureAwait(false);
            return;
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
        }
        finally
        {
            await CloseQuietlyAsync(probe).ConfigureAwait(false);
        }

        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: stoppingToken).ConfigureAwait(false);
    }

    private async Task DeclareAgainAsync(IChannel channel, string queue)
    {
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Declared {Queue} again: it had been deleted", queue);
            }
        }
        catch (OperationInterruptedException declareError)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug(declareError, "Could not declare {Queue}", queue);
            }
        }
    }

    private async Task CloseQuietlyAsync(IChannel channel)
    {
        try
        {
            if (channel.IsOpen)
            {
                await channel.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await channel.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationInterruptedException or IOException)
        {
            // Already closed by the broker or with the connection: the broker has requeued its pages.
            logger.LogDebug(ex, "Could not close the channel");
        }
    }

    private static WorkerOptions Validated(WorkerOptions options)
    {
        options.Validate();
        return options;
    }

    private async Task<IConnection> ConnectAsync(ConnectionFactory factory, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return await factory.CreateConnectionAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (BrokerUnreachableException ex)
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("Broker {Host}:{Port} unreachable ({Message}); retrying in {Delay}", factory.HostName, factory.Port, ex.Message, delay);
                }

                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>
    /// A page the broker gave back: published again at the back of the queue with its count of failed tries, or
    /// dead-lettered once the count reaches <see cref="WorkerOptions.MaxAttempts"/>; then acknowledged. A crash between
    /// the two leaves both copies, which results' ids de-duplicate.
    /// </summary>
    private async Task TryAgainOrGiveUpAsync(IChannel channel, BasicDeliverEventArgs delivery, int failed)
    {
        var id = delivery.BasicProperties.MessageId;
        if (failed >= _options.MaxAttempts)
        {
            await DeadLetterAsync(channel, delivery, DeliveryLimit(failed)).ConfigureAwait(false);
        }
        else
        {
            var headers = delivery.BasicProperties.Headers is { } h ? new Dictionary<string, object?>(h) : [];
            headers[PageMessage.FailedAttemptsHeader] = failed;
            var properties = new BasicProperties(delivery.BasicProperties) { Headers = headers, Persistent = true };
            await channel.BasicPublishAsync(string.Empty, _options.Queue, mandatory: true, properties, delivery.Body).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Redelivered {MessageId}: {Failed} of {MaxAttempts} tries ended without an answer; trying again", id, failed, _options.MaxAttempts);
            }
        }

        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
    }

    private string DeliveryLimit(int failed) => string.Create(CultureInfo.InvariantCulture,
        $"delivery limit: {failed} tries ended without an answer (the worker crashed, was stopped or timed out on the page, or failed to publish its result), Worker:MaxAttempts is {_options.MaxAttempts}");

    /// <summary>
    /// The broker refused (nacked) the result or dead letter: its queue is full (<c>x-max-length</c> with
    /// <c>reject-publish</c>) or the broker is short of resources. That is backpressure from downstream, not a fault
    /// of the page: the worker waits (from 1 s, doubling to 30 s while refusals go on), holding the page, then puts it
    /// back at the end of the queue with its count of failed tries unchanged. Given back by a nack, the page counted
    /// as a failed try, and a full results queue dead-lettered good pages within a second once
    /// <see cref="WorkerOptions.MaxAttempts"/> tries were spent. A page the broker had redelivered goes back with the try
    /// that delivery stood for counted (<paramref name="failed"/>), so one at its limit is dead-lettered, not tried
    /// again, when it comes back; nacked instead, it came straight back, and a full dead-letter queue kept the worker
    /// refused and redelivered at full speed. False when the page could not be put back.
    /// </summary>
    private async Task<bool> RequeueAfterRefusalAsync(IChannel channel, BasicDeliverEventArgs delivery, int failed)
    {
        var ticks = Interlocked.Read(ref _refusedDelayTicks);
        var delay = TimeSpan.FromTicks(Math.Clamp(ticks * 2, TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerSecond));
        Interlocked.Exchange(ref _refusedDelayTicks, delay.Ticks);
        if (logger.IsEnabled(LogLevel.Warning))
        {
            logger.LogWarning("The broker refused the answer to {MessageId} (a full results or dead-letter queue?); putting the page back in {Delay}", delivery.BasicProperties.MessageId, delay);
        }

        try
        {
            await Task.Delay(delay).ConfigureAwait(false);
            var headers = delivery.BasicProperties.Headers is { } h ? new Dictionary<string, object?>(h) : [];
            headers[PageMessage.FailedAttemptsHeader] = failed;
            var properties = new BasicProperties(delivery.BasicProperties) { Headers = headers, Persistent = true };
            await channel.BasicPublishAsync(string.Empty, _options.Queue, mandatory: true, properties, delivery.Body).ConfigureAwait(false);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug(ex, "Could not put {MessageId} back", delivery.BasicProperties.MessageId);
            }

            return false;
        }
    }

    private async Task DeadLetterAsync(IChannel channel, BasicDeliverEventArgs delivery, string? reason)
    {
        var id = delivery.BasicProperties.MessageId;
        var deadHeaders = delivery.BasicProperties.Headers is { } headers ? new Dictionary<string, object?>(headers) : [];
        deadHeaders["x-reason"] = reason;
        var properties = new BasicProperties { MessageId = id, Persistent = true, Headers = deadHeaders, ContentType = delivery.BasicProperties.ContentType };
        await channel.BasicPublishAsync(string.Empty, _options.DeadLetterQueue, mandatory: true, properties, delivery.Body).ConfigureAwait(false);
        logger.LogWarning("Dead-lettered {MessageId}: {Reason}", id, reason);
    }

    /// <summary>
    /// Handles one delivery; a worker that runs out of memory exits at once. Caught nowhere, the
    /// <see cref="OutOfMemoryException"/> went to the client, which swallowed it: the page stayed unacknowledged on a
    /// worker that would never answer it, until the broker's consumer timeout (30 min by default) closed the channel.
    /// Nacking it instead would go on in a process whose memory is spent (the next page, or the nack itself, may fail
    /// the same way) and would hand the page straight back to the same worker. Exiting closes the connection, so the
    /// broker hands every page this worker held to the others at once; each counts a try towards
    /// <see cref="WorkerOptions.MaxAttempts"/>, so a page that exhausts every worker's memory ends dead-lettered, and
    /// the supervisor (systemd, Kubernetes) starts the worker again.
    /// </summary>
    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        try
        {
            await HandleCoreAsync(channel, delivery).ConfigureAwait(false);
        }
        catch (OutOfMemoryException ex)
        {
            Environment.FailFast("article-extract-worker ran out of memory on page " + delivery.BasicProperties.MessageId + "; exiting so that the broker gives its pages to another worker", ex);
        }
    }

    private async Task HandleCoreAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var id = delivery.BasicProperties.MessageId;
            var headers = delivery.BasicProperties.Headers;
            var failed = PageMessage.FailedAttempts(headers, delivery.Redelivered);
            if (delivery.Redelivered)
            {
                // The last try ended without an answer. The count is written into the message before the page is tried
                // again, since a try that crashes or hangs can write nothing afterwards.
                await TryAgainOrGiveUpAsync(channel, delivery, failed).ConfigureAwait(false);
                return;
            }

            if (failed >= _options.MaxAttempts)
            {
                // Put back after the broker refused its dead letter: dead-lettered again, not tried again.
                await DeadLetterAsync(channel, delivery, DeliveryLimit(failed)).ConfigureAwait(false);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
                Interlocked.Exchange(ref _refusedDelayTicks, 0);
                return;
            }

            var outcome = await ProcessWithinPageTimeoutAsync(id, headers, delivery.Body).ConfigureAwait(false);
            var disposition = PageMessage.Decide(outcome, redelivered: failed > 0);
            if (disposition == PageMessage.Disposition.Retry)
            {
                logger.LogWarning("Retrying {MessageId} once: {Reason}", id, outcome.PoisonReason);
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).ConfigureAwait(false);
                return;
            }

            if (outcome.Result is { } result)
            {
                var properties = new BasicProperties { MessageId = id, Persistent = true, ContentType = "application/json" };
                await channel.BasicPublishAsync(string.Empty, _options.ResultsQueue, mandatory: true, properties, result).ConfigureAwait(false);
            }
            else
            {
                await DeadLetterAsync(channel, delivery, outcome.PoisonReason).ConfigureAwait(false);
            }

            // Only now, with the result or dead letter confirmed by the broker, is the page done.
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            Interlocked.Exchange(ref _refusedDelayTicks, 0);
        }
        catch (PublishException refused) when (!refused.IsReturn)
        {
            var failed = PageMessage.FailedAttempts(delivery.BasicProperties.Headers, delivery.Redelivered);
            if (!await RequeueAfterRefusalAsync(channel, delivery, failed).ConfigureAwait(false))
            {
                await GiveBackAsync(channel, delivery, refused).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await GiveBackAsync(channel, delivery, ex).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// Reads and extracts the page on a thread of its own, waiting at most <see cref="WorkerOptions.PageTimeout"/>: then
    /// the page is a dead letter, the extraction is told to stop, and a read that does not return is abandoned. The body
    /// is copied first, since the client reuses a delivery's buffer once its handler returns.
    /// </summary>
    private async Task<PageMessage.Outcome> ProcessWithinPageTimeoutAsync(string? id, IDictionary<string, object?>? headers, ReadOnlyMemory<byte> body)
    {
        var page = body.ToArray();
        var stop = new CancellationTokenSource();
        var work = Task.Run(() => PageMessage.Process(id, headers, page, _extractor, _warcRoot, stop.Token, _options.MaxResultMegabytes * 1024 * 1024, _options.MaxWarcScanMegabytes * 1024L * 1024));
        try
        {
            var outcome = await work.WaitAsync(_options.PageTimeout).ConfigureAwait(false);
            stop.Dispose();
            return outcome;
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            var abandoned = Interlocked.Increment(ref _abandoned);
            _ = work.ContinueWith(
                finished =>
                {
                    _ = finished.Exception;
                    stop.Dispose();
                    Interlocked.Decrement(ref _abandoned);
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("{MessageId} took over Worker:PageTimeout; {Abandoned} page(s) abandoned and still running (a read blocked in the kernel)", id, abandoned);
            }

            return new(null, string.Create(CultureInfo.InvariantCulture,
                $"page timeout: reading and extracting took over Worker:PageTimeout ({_options.PageTimeout.TotalSeconds:0.###} s)"));
        }
    }

    /// <summary>The broker refused the result, or the channel is going away: the page goes back for another try.</summary>
    private async Task GiveBackAsync(IChannel channel, BasicDeliverEventArgs delivery, Exception ex)
    {
        logger.LogError(ex, "Requeueing {MessageId}", delivery.BasicProperties.MessageId);
        if (ex is PublishReturnException { RoutingKey: { } queue } && (queue == _options.ResultsQueue || queue == _options.DeadLetterQueue))
        {
            // Returned unroutable: the queue was deleted after start-up. Declared again, as at start-up, the page's
            // next delivery is published; left so, every page circled between worker and broker dozens of times a
            // second, each extracted again and logged as an error, and no result was kept.
            await DeclareAgainAsync(channel, queue).ConfigureAwait(false);
        }

        try
        {
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).ConfigureAwait(false);
        }
        catch (Exception nackError) when (nackError is not OutOfMemoryException)
        {
            // The channel is closed: the broker requeues every unacknowledged delivery by itself.
            logger.LogDebug(nackError, "Could not nack");
        }
    }
}
