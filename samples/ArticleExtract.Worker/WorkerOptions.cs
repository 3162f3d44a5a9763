namespace ArticleExtract.Worker;

/// <summary>The worker's settings: section "Worker" of the configuration (command line <c>--Worker:Queue=pages</c>,
/// environment <c>Worker__Queue=pages</c>, or appsettings.json).</summary>
internal sealed class WorkerOptions
{
    /// <summary>The broker's address; the default is loopback.</summary>
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 5672;

    public string UserName { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>The durable queue of pages to extract, shared by every worker (competing consumers).</summary>
    public string Queue { get; set; } = "article-extract.pages";

    /// <summary>The durable queue results are published to, one message per page, with the page's message id.</summary>
    public string ResultsQueue { get; set; } = "article-extract.results";

    /// <summary>The durable queue poison pages go to, with the reason in the <c>x-reason</c> header.</summary>
    public string DeadLetterQueue { get; set; } = "article-extract.dead";

    /// <summary>Unacknowledged messages the broker hands this worker at once: backpressure, and what is redelivered
    /// to others if this worker dies.</summary>
    public ushort Prefetch { get; set; } = 4;

    /// <summary>Pages extracted at once in this process.</summary>
    public ushort Concurrency { get; set; } = 1;

    /// <summary>The extractor's input limit; a larger page is a poison page.</summary>
    public int MaxInputMegabytes { get; set; } = 16;

    /// <summary>
    /// The largest result published, in MiB; a page whose result is larger is dead-lettered. Keep it at or under the
    /// broker's <c>max_message_size</c> (16 MiB by default from RabbitMQ 4.0, 128 MiB before): the broker closes the
    /// channel on a larger message, and the page would come back to close it again. A result's JSON holds the text
    /// twice (blocks and body), so it runs to about twice the page's text.
    /// </summary>
    public int MaxResultMegabytes { get; set; } = 16;

    /// <summary>
    /// The folder that WARC pointers may name files under (a pointer's <c>warc-file</c> is absolute, or relative to it;
    /// symbolic links are followed and must stay under it). Unset: every pointer is dead-lettered, since a worker that
    /// opened whatever path a message names would read any file the process can. The folder must exist at start-up.
    /// </summary>
    public string? WarcRoot { get; set; }

    /// <summary>
    /// How many times a page may be tried before it is dead-lettered with the reason <c>delivery limit</c>. A try that
    /// ends without an answer (the worker crashed or was killed on it, the broker's consumer timeout closed its channel,
    /// extraction threw) brings the page back; without a limit, a page that crashes or hangs every worker it reaches
    /// came back for ever and stalled the queue. Counted by the worker itself, so it holds for classic and quorum queues
    /// alike; a page given back unstarted (prefetched by a worker that died) counts too, which is why it is not 1.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// The most a WARC pointer may read from its file, in MiB, from its offset on, counted both in the file's bytes and
    /// in decompressed bytes (a gzip member can inflate a thousandfold); then the page is dead-lettered with
    /// the reason <c>WARC pointer: no HTML page within Worker:MaxWarcScanMegabytes</c>. A pointer names a record start,
    /// but the reader goes on until it finds a page: a pointer to a huge record that is no page, to no record start, or
    /// by record id into a file compressed as one gzip stream (where every record shares offset 0) read on through
    /// gigabytes. Keep it above the largest record a pointer names (a page is at most 16 MiB decoded).
    /// </summary>
    public int MaxWarcScanMegabytes { get; set; } = DefaultMaxWarcScanMegabytes;

    /// <summary>The default of <see cref="MaxWarcScanMegabytes"/>: four records of the reader's largest page.</summary>
    public const int DefaultMaxWarcScanMegabytes = 64;

    /// <summary>
    /// The longest one page may take, from reading it (a WARC pointer's file) to its extracted result; then it is
    /// dead-lettered with the reason <c>page timeout</c> and the worker goes on with the next. The extractor's own
    /// <see cref="ArticleExtractorOptions.TimeBudget"/> (30 s) bounds extraction, cooperatively; nothing bounded a read
    /// that hangs (a FIFO under the root, a network share that stopped answering), which held a worker slot until the
    /// process was killed. A read blocked in the kernel cannot be stopped from outside: it is abandoned, and its thread
    /// stays blocked until the read returns (the dead-letter warning counts such reads). Keep it above the extractor's
    /// budget, so that a slow extraction keeps its own reason (<c>limit: …</c>). <see cref="Timeout.InfiniteTimeSpan"/>
    /// (-00:00:00.001) turns it off.
    /// </summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long shutdown waits for pages in progress before closing (which requeues them).</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Fails at start-up on values that cannot work: a prefetch of 0, which AMQP reads as no limit at all (the broker
    /// would hand one worker the whole queue, every body held in its memory); a concurrency of 0, or above the
    /// prefetch, where the extra would never get a page; limits whose bytes do not fit an int (2048 MiB wrapped to a
    /// negative count, which refused every page or result); one queue named twice (results read back as pages).
    /// </summary>
    /// <exception cref="InvalidOperationException">The first value that cannot work, named.</exception>
    public void Validate()
    {
        const int MaxMegabytes = int.MaxValue / (1024 * 1024);
        string? problem =
            Prefetch < 1 ? "Worker:Prefetch must be at least 1 (0 is no limit in AMQP)"
            : Concurrency < 1 || Concurrency > Prefetch ? $"Worker:Concurrency must be from 1 to Worker:Prefetch ({Prefetch})"
            : MaxInputMegabytes is < 1 or > MaxMegabytes ? $"Worker:MaxInputMegabytes must be from 1 to {MaxMegabytes}"
            : MaxResultMegabytes is < 1 or > MaxMegabytes ? $"Worker:MaxResultMegabytes must be from 1 to {MaxMegabytes}"
            : MaxWarcScanMegabytes < 1 ? "Worker:MaxWarcScanMegabytes must be at least 1"
            : MaxAttempts is < 1 or > 1000 ? "Worker:MaxAttempts must be from 1 to 1000"
            : DrainTimeout < TimeSpan.Zero ? "Worker:DrainTimeout cannot be negative"
            : PageTimeout <= TimeSpan.Zero && PageTimeout != Timeout.InfiniteTimeSpan ? "Worker:PageTimeout must be positive, or -00:00:00.001 for none"
            : string.IsNullOrEmpty(Queue) || string.IsNullOrEmpty(ResultsQueue) || string.IsNullOrEmpty(DeadLetterQueue)
                || Queue == ResultsQueue || Queue == DeadLetterQueue || ResultsQueue == DeadLetterQueue
                ? "Worker:Queue, Worker:ResultsQueue and Worker:DeadLetterQueue must be three different names"
            : null;
        if (problem is not null)
        {
            throw new InvalidOperationException(problem + ".");
        }
    }
}
