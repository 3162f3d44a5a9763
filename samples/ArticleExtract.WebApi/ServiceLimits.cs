namespace ArticleExtract.WebApi;

/// <summary>
/// The service's own limits, bound from the <c>Service</c> section of configuration (appsettings.json, then
/// environment variables such as <c>Service__MaxConcurrentRequests=8</c>, then the command line). The extractor's
/// limits come from the <c>Extractor</c> section, bound to <see cref="ArticleExtractorOptions"/>.
/// </summary>
internal sealed class ServiceLimits
{
    /// <summary>Requests that read a body and extract at once; 0 for twice the core count.</summary>
    /// <remarks>
    /// Twice, not once: a permit is held while the body arrives, which costs a core nothing, so one request per core
    /// can extract while another reads. The limit also bounds memory: each permit holds at most one body.
    /// </remarks>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Requests that wait for a permit, oldest first; 0 for eight per permit. Beyond it: 503.</summary>
    public int QueueLimit { get; set; }

    /// <summary>
    /// The whole request (waiting in the queue, reading the body, extracting) must finish within this, or it gets
    /// 504. Null for the extractor's <see cref="ArticleExtractorOptions.TimeBudget"/> plus <see cref="BodyReadAllowance"/>,
    /// so that a slow page meets its own time budget (422) before the HTTP timeout.
    /// </summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>Time allowed on top of the extractor's budget for the queue and the upload. Default 10 s.</summary>
    public TimeSpan BodyReadAllowance { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest body on the wire, before its Content-Encoding is decoded; null for the extractor's MaxInputLength.</summary>
    public long? MaxRequestBodyBytes { get; set; }

    /// <summary>The <c>Retry-After</c> (seconds) sent with a 503 when the queue is full. Default 1.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>The permits in force.</summary>
    public int Permits => MaxConcurrentRequests > 0 ? MaxConcurrentRequests : 2 * Environment.ProcessorCount;

    /// <summary>The queue length in force.</summary>
    public int Queue => QueueLimit > 0 ? QueueLimit : 8 * Permits;

    /// <summary>The wire-size limit in force.</summary>
    public long BodyLimit(ArticleExtractorOptions extractor) => MaxRequestBodyBytes ?? extractor.MaxInputLength;

    /// <summary>The request timeout in force; <see cref="Timeout.InfiniteTimeSpan"/> when the extractor has no budget and none is set.</summary>
    public TimeSpan Timeout(ArticleExtractorOptions extractor) =>
        RequestTimeout ?? (extractor.TimeBudget == System.Threading.Timeout.InfiniteTimeSpan
            ? System.Threading.Timeout.InfiniteTimeSpan
            : extractor.TimeBudget + BodyReadAllowance);

    /// <summary>Fails at start-up, not at the first request, on values that cannot work together.</summary>
    /// <exception cref="InvalidOperationException">A value is out of range or the timeout is shorter than the extractor's budget.</exception>
    public void Validate(ArticleExtractorOptions extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (MaxConcurrentRequests < 0 || QueueLimit < 0 || RetryAfterSeconds < 0 || BodyLimit(extractor) < 1)
        {
            throw new InvalidOperationException("Service: MaxConcurrentRequests, QueueLimit, RetryAfterSeconds and MaxRequestBodyBytes cannot be negative.");
        }

        var timeout = Timeout(extractor);
        if (timeout != System.Threading.Timeout.InfiniteTimeSpan && extractor.TimeBudget != System.Threading.Timeout.InfiniteTimeSpan && timeout <= extractor.TimeBudget)
        {
            throw new InvalidOperationException(
                $"Service:RequestTimeout ({timeout}) must be longer than Extractor:TimeBudget ({extractor.TimeBudget}): a page over its budget gets 422 from the extractor, and the HTTP timeout is the backstop for the queue and the upload.");
        }
    }
}
