using System.Diagnostics;

namespace ArticleExtract.WebApi;

/// <summary>
/// Extracts two small pages once before Kestrel takes requests. The service is compiled fully at first call
/// (TieredCompilation off), and that first compile of the library, AngleSharp and SmartReader counted against the first
/// requests' time: on a busy machine the first <c>/healthz</c> after start took 11.4 s and answered 503 Unhealthy (the
/// extractor's 10 s budget ran out), and the first page got 422 <c>timeBudget</c>. A probe or a client now meets a
/// compiled service, and the port opens only when it is.
/// </summary>
internal sealed partial class WarmUp(ArticleExtractor extractor, ILogger<WarmUp> logger) : IHostedLifecycleService
{
    // The health probe runs the main pipeline; a page with no article also brings in the second opinion.
    private const string NoArticle = "<html><head><title>Warm-up</title></head><body><nav><a href=\"/\">Home</a></nav><p>Short.</p></body></html>";

    /// <summary>Runs before every hosted service's start, the server's included.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            extractor.Extract(ExtractorHealthCheck.Probe, cancellationToken: cancellationToken);
            extractor.Extract(NoArticle, cancellationToken: cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            WarmedUp(logger, elapsedMs);
        }
        catch (ExtractionLimitException ex)
        {
            // Slower than the budget (a very busy machine): the compiled code stays compiled; start anyway.
            WarmUpSlow(logger, ex.Message);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, EventName = "WarmedUp", Level = LogLevel.Information, Message = "Extractor compiled and warmed up in {ElapsedMs:0} ms")]
    private static partial void WarmedUp(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 11, EventName = "WarmUpSlow", Level = LogLevel.Warning, Message = "Warm-up stopped by the extractor's limits ({Reason}); starting anyway")]
    private static partial void WarmUpSlow(ILogger logger, string reason);
}
