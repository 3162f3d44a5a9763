namespace ArticleExtract.Warc;

/// <summary>
/// The HTML page of one WARC <c>response</c> record whose HTTP status was 200: the body decoded from its
/// <c>Transfer-Encoding</c> and <c>Content-Encoding</c> (but not from its charset, which
/// <see cref="ContentType"/> carries for the extractor to honour).
/// </summary>
public sealed class WarcPage
{
    internal WarcPage(string recordId, string? url, DateTimeOffset? fetched, long offset, string? contentType, ReadOnlyMemory<byte> payload)
    {
        RecordId = recordId;
        Url = url;
        Fetched = fetched;
        Offset = offset;
        ContentType = contentType;
        Payload = payload;
    }

    /// <summary>The record's <c>WARC-Record-ID</c>, for example <c>&lt;urn:uuid:…&gt;</c>, as written.</summary>
    public string RecordId { get; }

    /// <summary>The record's <c>WARC-Target-URI</c>: the address the page was fetched from; null when absent.</summary>
    public string? Url { get; }

    /// <summary>The record's <c>WARC-Date</c>: when the page was fetched; null when absent or unreadable.</summary>
    public DateTimeOffset? Fetched { get; }

    /// <summary>
    /// Where the record starts in the file: the byte offset of its <c>WARC/</c> line in a plain file, or of the
    /// gzip member it starts in for a compressed one. <see cref="WarcReader.Open(string, long, WarcReaderOptions?)"/>
    /// at this offset reads it again; with one gzip member per record (as Common Crawl writes) it is the first
    /// record read there.
    /// </summary>
    public long Offset { get; }

    /// <summary>The HTTP <c>Content-Type</c> header of the response, with its charset; null when absent.</summary>
    public string? ContentType { get; }

    /// <summary>The response body: the page's bytes, in the charset the page or <see cref="ContentType"/> says.</summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
