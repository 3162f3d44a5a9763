using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ArticleExtract.Warc;

namespace ArticleExtract.Worker;

/// <summary>
/// A page message and its processing. The message is either the page itself (body: the HTML bytes; headers
/// <c>url</c> and <c>content-type</c>, both optional) or a pointer to a WARC record (empty body; headers
/// <c>warc-file</c> and <c>warc-offset</c>, optionally <c>warc-record-id</c>; the file must lie under the worker's
/// <see cref="WarcRoot"/>, and pointers are refused when it has none). Its <c>message-id</c> property is
/// required: it names the result, which makes results idempotent (a redelivered page gives a result with the same id).
/// </summary>
internal static class PageMessage
{
    /// <summary>
    /// What became of a page: a result to publish, or a reason to dead-letter it. <paramref name="Transient"/> says
    /// that reason may pass by itself (an I/O error reading a WARC pointer's file, as a network share or disk
    /// recovers), so the page deserves another try before it is dead-lettered.
    /// </summary>
    public readonly record struct Outcome(byte[]? Result, string? PoisonReason, bool Transient = false);

    /// <summary>What the worker does with a page's outcome.</summary>
    public enum Disposition
    {
        /// <summary>Publish the result, then acknowledge the page.</summary>
        Publish,

        /// <summary>Give the page back to the queue for another try.</summary>
        Retry,

        /// <summary>Publish the page to the dead-letter queue with its reason, then acknowledge it.</summary>
        DeadLetter,
    }

    /// <summary>
    /// A transient failure is retried once: given back to the queue the first time, dead-lettered when the page was
    /// tried before (after that retry, or after a worker holding it died), so a file that stays unreadable cannot
    /// circle the queue for ever.
    /// </summary>
    /// <param name="outcome">What processing gave.</param>
    /// <param name="redelivered">Whether the page was tried before: the broker's redelivered flag, or a count in <see cref="FailedAttemptsHeader"/>.</param>
    public static Disposition Decide(Outcome outcome, bool redelivered) =>
        outcome.Result is not null ? Disposition.Publish
        : outcome.Transient && !redelivered ? Disposition.Retry
        : Disposition.DeadLetter;

    /// <summary>
    /// The header in which the worker keeps how many tries of a page ended without an answer. The broker's own
    /// redelivered flag says only "at least once", and a quorum queue's <c>x-delivery-count</c> exists for no other
    /// queue type; so a page the broker gives back is published again with this count raised, and the count travels
    /// with the page whatever queue holds it.
    /// </summary>
    public const string FailedAttemptsHeader = "x-failed-attempts";

    /// <summary>
    /// The tries of a page that ended without an answer, this delivery's predecessor included: the count the page
    /// carries, plus one when the broker redelivers it (a worker took it and never answered).
    /// </summary>
    public static int FailedAttempts(IDictionary<string, object?>? headers, bool redelivered)
    {
        var carried = headers is not null && headers.TryGetValue(FailedAttemptsHeader, out var value) ? value switch
        {
            int i => i,
            long l => (int)Math.Clamp(l, 0, int.MaxValue),
            byte[] or string => int.TryParse(Header(headers, FailedAttemptsHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0,
            _ => 0,
        } : 0;
        carried = Math.Max(carried, 0);
        return redelivered && carried < int.MaxValue ? carried + 1 : carried;
    }

    /// <summary>Extracts the page a message holds or points to; never throws for anything the message contains.</summary>
    /// <param name="maxResultBytes">
    /// The largest result the broker will take (<see cref="WorkerOptions.MaxResultMegabytes"/>): a larger one is a
    /// poison page, since the broker would close the channel on it and the page would come back for ever.
    /// </param>
    /// <param name="maxWarcScanBytes">The most a WARC pointer reads from its offset on (<see cref="WorkerOptions.MaxWarcScanMegabytes"/>).</param>
    public static Outcome Process(
        string? messageId, IDictionary<string, object?>? headers, ReadOnlySpan<byte> body, ArticleExtractor extractor, WarcRoot? warcRoot,
        CancellationToken cancellationToken, int maxResultBytes = int.MaxValue, long maxWarcScanBytes = WorkerOptions.DefaultMaxWarcScanMegabytes * 1024L * 1024)
    {
        if (string.IsNullOrEmpty(messageId))
        {
            return new(null, "no message-id: results could not be de-duplicated");
        }

        var url = Header(headers, "url");
        var contentType = Header(headers, "content-type");
        var result = new JsonObject { ["id"] = messageId };
        byte[]? warcPayload = null;
        if (Header(headers, "warc-file") is { } warcFile)
        {
            if (!long.TryParse(Header(headers, "warc-offset"), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return new(null, "warc-file without a valid warc-offset");
            }

            if (warcRoot is null)
            {
                return new(null, "WARC pointers are off: Worker:WarcRoot is not set");
            }

            if (warcRoot.Resolve(warcFile, out var refusal) is not { } path)
            {
                return new(null, refusal);
            }

            var page = ReadWarcPage(path, offset, Header(headers, "warc-record-id"), maxWarcScanBytes, out var error, out var transient);
            if (page is null)
            {
                return new(null, error, transient);
            }

            (url, contentType, warcPayload) = (page.Url, page.ContentType, page.Payload.ToArray());
            result["warcFile"] = warcFile;
            result["warcOffset"] = offset;
            result["warcRecordId"] = page.RecordId;
            result["fetched"] = page.Fetched?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (!IsHtmlOrUnknown(contentType))
        {
            return new(null, "not HTML: Content-Type " + contentType);
        }

        result["url"] = url;
        Article article;
        try
        {
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
            article = warcPayload is null ? extractor.Extract(body, uri, contentType, cancellationToken) : extractor.Extract(warcPayload, uri, contentType, cancellationToken);
        }
        catch (ExtractionLimitException ex)
        {
            return new(null, "limit: " + ex.Message);
        }

        if (article.Outcome == ExtractionOutcome.NotHtml)
        {
            return new(null, "not HTML");
        }

        var fields = JsonNode.Parse(article.ToJson())!.AsObject();
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            result[key == "url" ? "canonicalUrl" : key] = value;
        }

        var json = Encoding.UTF8.GetBytes(result.ToJsonString());
        return json.Length > maxResultBytes
            ? new(null, string.Create(CultureInfo.InvariantCulture, $"result too large: {json.Length} bytes, over Worker:MaxResultMegabytes ({maxResultBytes} bytes)"))
            : new(json, null);
    }

    private static WarcPage? ReadWarcPage(string file, long offset, string? recordId, long maxScanBytes, out string? error, out bool transient)
    {
        error = null;
        transient = false;
        try
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            ScanLimitStream bounded;
            try
            {
                stream.Position = offset;
                bounded = new ScanLimitStream(stream, maxScanBytes);
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            // Both bounds: the file's bytes (a corrupt member is passed over without decoding) and the decoded bytes
            // (a gzip member can inflate a thousandfold: bounded by the file's bytes alone, 64 MiB read on through tens
            // of gigabytes).
            using var reader = new WarcReader(bounded, new WarcReaderOptions { MaxReadLength = maxScanBytes });

            // The pointer names a record start: the page is the one read there (or the one with the id given, when a
            // gzip member holds several records, which all share its offset). A page at another offset is not the one
            // named: the record at the pointer was no page (a request, a 404), or the pointer was not a record start
            // and the reader went on to the next one. Taking that page answered the message with another page's text.
            for (var i = 0; i < 1000 && reader.ReadPage() is { } page && page.Offset == offset; i++)
            {
                if (recordId is null || page.RecordId == recordId)
                {
                    return page;
                }
            }

            error = bounded.Exhausted || reader.Statistics.ReadLimitReached
                ? string.Create(CultureInfo.InvariantCulture, $"WARC pointer: no HTML page within Worker:MaxWarcScanMegabytes ({maxScanBytes / (1024 * 1024)} MiB) of offset {offset}")
                : "no HTML page at the WARC pointer";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = "cannot read the WARC pointer: " + ex.Message;
            // A file or folder that is not there, or a path that is no path, stays so; any other I/O error (EIO, a
            // stale handle, a share timing out) may pass.
            transient = ex is IOException and not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException);
            return null;
        }
    }

    /// <summary>An HTML media type, or none (then the library's sniffing decides).</summary>
    private static bool IsHtmlOrUnknown(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("text/html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>AMQP string headers arrive as bytes.</summary>
    public static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string s => s,
            null => null,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        } : null;
}
