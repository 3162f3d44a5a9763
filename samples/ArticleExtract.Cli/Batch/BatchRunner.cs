using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using ArticleExtract.Warc;

namespace ArticleExtract.Cli.Batch;

/// <summary>
/// Runs a batch: this shard's inputs, extracted on <c>parallel</c> threads, records written in input order (and in
/// record order within a WARC) to one output, or to one output per input when the output name holds
/// <c>{input}</c>. Memory stays bounded: WARC pages are read as they are needed and at most
/// <see cref="WindowPerWorker"/> records per worker wait for an earlier, slower one.
/// </summary>
internal sealed class BatchRunner(ArticleExtractor extractor, int parallel, TextWriter stdout, TextWriter stderr)
{
    public const int WindowPerWorker = 16;
    public const string InputPlaceholder = "{input}";
    public const string ShardPlaceholder = "{shard}";

    private readonly BatchCounters _counters = new();
    private readonly bool _showProgress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public BatchCounters Counters => _counters;

    /// <summary>Opens an archive input: the file, unless a test puts a stream of its own in its place.</summary>
    internal Func<string, Stream> OpenArchive { get; init; } = static path =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private WarcReader OpenWarc(string path)
    {
        var stream = OpenArchive(path);
        try
        {
            return new WarcReader(stream, new WarcReaderOptions { MaxPayloadLength = extractor.Options.MaxInputLength });
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The output path for a shard and input: placeholders filled, an input's identity kept inside the
    /// output folder (no rooted path, no '..').</summary>
    public static string OutputPath(string template, Shard shard, BatchInput? input)
    {
        var path = template.Replace(ShardPlaceholder, shard.Index.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (input is null)
        {
            return path;
        }

        var safe = string.Join('/', input.Id.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s is "." or ".." ? "_" : s.Replace(':', '_')));
        return path.Replace(InputPlaceholder, safe, StringComparison.Ordinal);
    }

    public async Task<int> RunAsync(IReadOnlyList<BatchInput> inputs, string outTemplate, Shard shard, bool resume, CancellationToken cancellationToken)
    {
        var mine = inputs.Where(i => shard.Contains(i.Id)).ToList();
        var clock = Stopwatch.StartNew();
        var gc = GcSnapshot.Now();
        if (outTemplate.Contains(InputPlaceholder, StringComparison.Ordinal))
        {
            foreach (var input in mine)
            {
                var path = OutputPath(outTemplate, shard, input);
                if (resume && File.Exists(path))
                {
                    _counters.ResumedInputs++;
                    continue;
                }

                await WriteOutputAsync([input], path, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            var path = OutputPath(outTemplate, shard, null);
            if (resume && path != "-" && File.Exists(path))
            {
                _counters.ResumedInputs += mine.Count;
            }
            else
            {
                await WriteOutputAsync(mine, path, cancellationToken).ConfigureAwait(false);
            }
        }

        clock.Stop();
        await SummaryAsync(mine.Count, shard, clock.Elapsed, GcSnapshot.Now() - gc).ConfigureAwait(false);
        return _counters.Failed > 0 || _counters.WarcErrors > 0 ? CliApp.SomePagesFailed : CliApp.Ok;
    }

    private async Task WriteOutputAsync(IReadOnlyList<BatchInput> inputs, string path, CancellationToken cancellationToken)
    {
        await using var sink = RecordSinks.Create(path, stdout);
        using var window = new SemaphoreSlim(parallel * WindowPerWorker);
        var ordered = new OrderedWriter(sink, window);
        var run = Parallel.ForEachAsync(Produce(inputs, window, cancellationToken), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var record = Extract(item, ct);
            await ordered.AddAsync(item.Sequence, record, ct).ConfigureAwait(false);
            Progress();
        });
        await UntilDoneOrStopped(run, cancellationToken).ConfigureAwait(false);
        await sink.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How long a cancelled run waits for its workers before it removes its output and reports.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits for the run; once cancelled, for at most <see cref="StopGrace"/> more. Every stage sees the token between
    /// pages, but a read the operating system holds (a pipe whose writer sends nothing) does not: the run waited for
    /// it, so Ctrl+C ended the process by System.CommandLine's own timeout, with no "cancelled" line and the
    /// temporary output left behind. Leaving that read to finish in the background lets the sink remove the output.
    /// </summary>
    private static async Task UntilDoneOrStopped(Task run, CancellationToken cancellationToken)
    {
        try
        {
            await run.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(StopGrace, CancellationToken.None)).ConfigureAwait(false);
            // Observed here, so that a worker failing after the run was given up is no unobserved exception.
            _ = run.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>One unit of work: an HTML file (its bytes when already read), or a page read from a WARC.</summary>
    private sealed record WorkItem(long Sequence, BatchInput Input, WarcPage? Page, string? Error, byte[]? Bytes = null);

    /// <summary>How much of an input named without a telling name is read to tell an archive from a page.</summary>
    private const int SniffLength = 64 * 1024;

    /// <summary>Opens an input named without a telling name and looks at its first bytes: an archive gives a reader
    /// (a pipe's bytes read so far are read again first), a page its bytes.</summary>
    private (WarcReader? Reader, byte[]? Page) OpenUnnamed(string path)
    {
        var stream = OpenArchive(path);
        try
        {
            var head = new byte[SniffLength];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (!PageReader.IsWarc(head, n))
            {
                using var page = new PrefixedStream(head.AsMemory(0, n), stream);
                return (null, PageReader.Read(page, extractor.Options.MaxInputLength));
            }

            Stream archive = stream;
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
            else
            {
                archive = new PrefixedStream(head.AsMemory(0, n), stream);
            }

            return (new WarcReader(archive, new WarcReaderOptions { MaxPayloadLength = extractor.Options.MaxInputLength }), null);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private async IAsyncEnumerable<WorkItem> Produce(IReadOnlyList<BatchInput> inputs, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sequence = 0L;
        foreach (var input in inputs)
        {
            if (input.BadName)
            {
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _counters.UnreadableInputs);
                yield return new WorkItem(sequence++, input, null, BatchInputs.BadNameError);
                continue;
            }

            if (input.Kind == InputKind.Html)
            {
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                yield return new WorkItem(sequence++, input, null, null);
                continue;
            }

            if (input.Empty)
            {
                // An archive of no bytes has no records (see BatchInput.Empty for why it is not opened).
                continue;
            }

            WarcReader? reader = null;
            byte[]? pageBytes = null;
            string? openError = null;
            try
            {
                (reader, pageBytes) = input.Kind == InputKind.Unnamed ? OpenUnnamed(input.Path) : (OpenWarc(input.Path), null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                openError = ex.Message;
            }

            if (pageBytes is not null)
            {
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                yield return new WorkItem(sequence++, input, null, null, pageBytes);
                continue;
            }

            if (reader is null)
            {
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _counters.UnreadableInputs);
                yield return new WorkItem(sequence++, input, null, openError);
                continue;
            }

            using (reader)
            {
                reader.Error += (_, e) => WarcError(input, e);
                while (true)
                {
                    await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                    WarcPage? page;
                    string? readError = null;
                    try
                    {
                        page = reader.ReadPage(cancellationToken);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        // The archive became unreadable partway (a disk error, a file cut on a network share): a failure of
                        // this input, after the pages read before it, not of the output, and the batch goes on.
                        page = null;
                        readError = ex.Message;
                    }

                    if (readError is not null)
                    {
                        Interlocked.Increment(ref _counters.UnreadableInputs);
                        Report(input, string.Create(CultureInfo.InvariantCulture, $"cannot read the rest of the archive after {reader.Statistics.Pages} page(s): {readError}; going on with the next input"));
                        yield return new WorkItem(sequence++, input, null, "cannot read the rest of the archive: " + readError);
                        break;
                    }

                    if (page is null)
                    {
                        window.Release();
                        break;
                    }

                    yield return new WorkItem(sequence++, input, page, null);
                }

                Interlocked.Add(ref _counters.WarcRecords, reader.Statistics.Records);
                Interlocked.Add(ref _counters.WarcSkipped, reader.Statistics.Skipped);
            }
        }
    }

    private OutputRecord Extract(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.Error is { } error)
        {
            Interlocked.Increment(ref _counters.Failed);
            return OutputRecord.FileError(item.Input.Id, error);
        }

        if (item.Page is not { } page)
        {
            try
            {
                var bytes = item.Bytes ?? (item.Input.Empty ? [] : PageReader.ReadFile(item.Input.Path, extractor.Options.MaxInputLength));
                if (PageReader.IsWarc(bytes))
                {
                    // As a page, its WARC and HTTP headers would be the article's first paragraph, its pages one article.
                    Interlocked.Increment(ref _counters.Failed);
                    return OutputRecord.FileError(item.Input.Id, "a WARC archive, not a page: batch reads archives named *.warc or *.warc.gz");
                }

                var article = extractor.Extract(bytes, cancellationToken: cancellationToken);
                Count(bytes.Length, article.Outcome);
                return OutputRecord.FromFile(item.Input.Id, article);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _counters.Failed);
                return OutputRecord.FileError(item.Input.Id, ErrorOf(ex));
            }
        }

        try
        {
            var url = Uri.TryCreate(page.Url, UriKind.Absolute, out var u) ? u : null;
            var article = extractor.Extract(page.Payload.Span, url, page.ContentType, cancellationToken);
            Count(page.Payload.Length, article.Outcome);
            return OutputRecord.FromWarc(item.Input.Id, page.Offset, page.RecordId, page.Url, page.Fetched, article);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _counters.Failed);
            return OutputRecord.WarcError(item.Input.Id, page.Offset, page.RecordId, page.Url, page.Fetched, ErrorOf(ex));
        }
    }

    private static string ErrorOf(Exception ex) => ex is ExtractionLimitException limit ? CommonOptions.LimitMessage(limit) : ex.Message;

    private void Count(long bytes, ExtractionOutcome outcome)
    {
        Interlocked.Add(ref _counters.Bytes, bytes);
        if (outcome == ExtractionOutcome.NotHtml)
        {
            Interlocked.Increment(ref _counters.NotHtml);
        }
        else if (outcome == ExtractionOutcome.NoArticle)
        {
            Interlocked.Increment(ref _counters.NoArticle);
        }
    }

    private void WarcError(BatchInput input, WarcErrorEventArgs e)
    {
        Interlocked.Increment(ref _counters.WarcErrors);
        Report(input, string.Create(CultureInfo.InvariantCulture, $"skipped a bad record at offset {e.Offset}: {e.Message}"));
    }

    private void Report(BatchInput input, string message)
    {
        lock (stderr)
        {
            if (_showProgress)
            {
                stderr.Write('\r');
            }

            stderr.WriteLine($"article-extract: {input.Id}: {message}");
        }
    }

    private void Progress()
    {
        var n = Interlocked.Increment(ref _counters.Pages);
        if (_showProgress && n % 50 == 0)
        {
            lock (stderr)
            {
                stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{n} pages, {Volatile.Read(ref _counters.Failed)} failed"));
            }
        }
    }

    private async Task SummaryAsync(int inputs, Shard shard, TimeSpan elapsed, GcSnapshot gc)
    {
        var c = _counters;
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        if (_showProgress && c.Pages > 0)
        {
            await stderr.WriteLineAsync().ConfigureAwait(false);
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{c.Pages} pages ({c.Failed} failed, {c.NotHtml} not HTML, {c.NoArticle} without an article) in {seconds:0.00} s with {parallel} worker(s): {c.Pages / seconds:0.0} pages/s, {c.Bytes / 1048576.0 / seconds:0.00} MB/s");
        // A collection pauses every worker at once: its share of the run is what caps the gain from more workers.
        line += string.Create(CultureInfo.InvariantCulture,
            $"; garbage collection paused the workers {gc.Pause.TotalSeconds:0.00} s ({gc.Pause.TotalSeconds / seconds:0.0%}; {gc.Gen0} collections, {gc.Gen1} reaching gen1, {gc.Gen2} full)");
        if (c.WarcRecords > 0 || c.WarcErrors > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; WARC: {c.WarcRecords} records, {c.WarcSkipped} other records passed over (requests, metadata, non-200, non-HTML), {c.WarcErrors} bad records skipped");
        }

        if (shard.Count > 1 || c.ResumedInputs > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; shard {shard}: {inputs} input(s), {c.ResumedInputs} already complete");
        }

        await stderr.WriteLineAsync(line).ConfigureAwait(false);
    }

    /// <summary>Writes records in sequence order as soon as every earlier one is done; releases the window slot of
    /// each record written.</summary>
    private sealed class OrderedWriter(IRecordSink sink, SemaphoreSlim window)
    {
        private readonly Dictionary<long, OutputRecord> _pending = [];
        private readonly SemaphoreSlim _lock = new(1, 1);
        private long _next;

        public async Task AddAsync(long sequence, OutputRecord record, CancellationToken cancellationToken)
        {
            await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _pending[sequence] = record;
                while (_pending.Remove(_next, out var ready))
                {
                    await sink.WriteAsync(ready, cancellationToken).ConfigureAwait(false);
                    _next++;
                    window.Release();
                }
            }
            finally
            {
                _lock.Release();
            }
        }
    }
}

/// <summary>The process's garbage collections so far: how many reached each generation (a gen2 collection counts in
/// all three) and their total pause.</summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcSnapshot Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcSnapshot operator -(GcSnapshot later, GcSnapshot earlier) =>
        new(later.Gen0 - earlier.Gen0, later.Gen1 - earlier.Gen1, later.Gen2 - earlier.Gen2, later.Pause - earlier.Pause);
}

/// <summary>What a batch run did (fields, for Interlocked).</summary>
internal sealed class BatchCounters
{
    public long Pages;
    public long Failed;
    public long NotHtml;
    public long NoArticle;
    public long Bytes;
    public long WarcRecords;
    public long WarcSkipped;
    public long WarcErrors;
    public long UnreadableInputs;
    public long ResumedInputs;
}
