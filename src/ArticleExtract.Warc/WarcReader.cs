using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;

namespace ArticleExtract.Warc;

/// <summary>
/// Reads the HTML pages out of a WARC file (ISO 28500, versions 1.0 and 1.1), plain or gzip-compressed, including
/// one gzip member per record as Common Crawl writes them. It streams: memory stays bounded by the options'
/// limits whatever the file's size.
/// </summary>
/// <remarks>
/// Only <c>response</c> records holding an HTTP response with status 200 and an HTML (or absent)
/// <c>Content-Type</c> become pages; other records are counted in <see cref="WarcReaderStatistics.Skipped"/>.
/// A bad record (cut short, a wrong <c>Content-Length</c>, a corrupt gzip member, an unreadable HTTP response)
/// is skipped, counted in <see cref="WarcReaderStatistics.Errors"/> and raised through <see cref="Error"/>;
/// reading carries on with the next record. A gzip member header may carry the optional fields RFC 1952 allows (an
/// extra field of up to 65,535 bytes; a file name and comment of up to 1 MiB together, a bound of this reader's, since
/// the RFC sets none); a longer name and comment make a corrupt member. The reader throws only for I/O errors of the
/// underlying stream; a page read whole (and, in gzip, its member's checksum matched) before the error is returned
/// first, and the next read throws it. Not to be read on after such an error.
/// Not thread-safe.
/// </remarks>
public sealed class WarcReader : IDisposable
{
    private readonly WarcReaderOptions _options;
    private readonly WarcInput _input;
    private readonly HttpResponseReader _http;
    private long _sourceErrors;
    private long _lastSourceErrorOffset;
    private bool _resyncing;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Reads a WARC from a stream positioned at a record (or gzip member) start.</summary>
    /// <param name="stream">The file's bytes; gzip is recognised by its first bytes.</param>
    /// <param name="options">Limits; <see cref="WarcReaderOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is out of range.</exception>
    public WarcReader(Stream stream, WarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _options = options ?? WarcReaderOptions.Default;
        // A header line is held whole with its CR LF: a limit near int.MaxValue overflowed that buffer's size to the
        // 64 KiB floor, and a line longer than that then read as the end of the file. A limit below 1 read no record.
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxHeaderLength, 1, nameof(options) + "." + nameof(WarcReaderOptions.MaxHeaderLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MaxHeaderLength, Array.MaxLength - 2, nameof(options) + "." + nameof(WarcReaderOptions.MaxHeaderLength));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxPayloadLength, nameof(options) + "." + nameof(WarcReaderOptions.MaxPayloadLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxReadLength, 1, nameof(options) + "." + nameof(WarcReaderOptions.MaxReadLength));
        var baseOffset = stream.CanSeek ? stream.Position : 0;
        var head = new byte[2];
        var n = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        Stream body;
        if (stream.CanSeek)
        {
            stream.Position = baseOffset;
            body = stream;
        }
        else
        {
            body = new PrefixedStream(head.AsMemory(0, n), stream);
        }

        IByteSource source = n == 2 && head[0] == 0x1f && head[1] == 0x8b
            ? new GzipMemberSource(body, baseOffset, leaveOpen, OnGzipError)
            : new PlainSource(body, baseOffset, leaveOpen);
        _input = new WarcInput(source, _options.MaxHeaderLength, _options.MaxReadLength);
        _http = new HttpResponseReader(_input, _options);
    }

    /// <summary>Raised for each bad record or gzip member skipped.</summary>
    public event EventHandler<WarcErrorEventArgs>? Error;

    /// <summary>What has been read so far.</summary>
    public WarcReaderStatistics Statistics { get; } = new();

    /// <summary>Opens a WARC file, optionally at the offset of a record (see <see cref="WarcPage.Offset"/>).</summary>
    /// <param name="path">A <c>.warc</c> or <c>.warc.gz</c> file (gzip is recognised by content, not name).</param>
    /// <param name="offset">Where to start reading: 0, or a record's <see cref="WarcPage.Offset"/>.</param>
    /// <param name="options">Limits; <see cref="WarcReaderOptions.Default"/> when null.</param>
    public static WarcReader Open(string path, long offset = 0, WarcReaderOptions? options = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            stream.Position = offset;
            return new WarcReader(stream, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads every remaining page, lazily.</summary>
    /// <param name="cancellationToken">Stops between records.</param>
    public IEnumerable<WarcPage> ReadPages(CancellationToken cancellationToken = default)
    {
        while (ReadPage(cancellationToken) is { } page)
        {
            yield return page;
        }
    }

    /// <summary>Reads the next HTML page; null at the end of the file.</summary>
    /// <param name="cancellationToken">Stops between records.</param>
    public WarcPage? ReadPage(CancellationToken cancellationToken = default)
    {
        if (_failure is { } failure)
        {
            _failure = null;
            failure.Throw();
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_input.AtSegmentEnd)
            {
                if (!_input.NextSegment())
                {
                    Statistics.ReadLimitReached = _input.LimitReached;
                    return null;
                }

                // A new segment starts after a bad gzip member, already reported: find the next record quietly.
                _resyncing = true;
                continue;
            }

            if (ReadRecord() is { } page)
            {
                Statistics.Pages++;
                return page;
            }
        }
    }

    private WarcPage? ReadRecord()
    {
        var sourceErrors = _sourceErrors;
        if (!ReadVersionLine(out var start))
        {
            return null;
        }

        var offset = _input.Source.FileOffset(start);
        var header = new WarcHeader();
        if (!ReadWarcHeader(ref header, offset, sourceErrors))
        {
            return null;
        }

        Statistics.Records++;
        if (header.ContentLength < 0)
        {
            Report(WarcErrorKind.BadHeader, offset, "missing or bad Content-Length");
            return null;
        }

        var isHttpResponse = string.Equals(header.Type, "response", StringComparison.OrdinalIgnoreCase)
            && header.ContentType is { } ct && ct.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
        var response = isHttpResponse ? _http.Read(header.ContentLength) : HttpResponse.Skipped(header.ContentLength);
        if (response.Error is { } error)
        {
            if (response.Overran)
            {
                // The HTTP header ran past the block, so where the record ends is lost: find the next one.
                Report(WarcErrorKind.BadPayload, offset, error);
                return null;
            }

            // An unreadable response still has a known length: skip the rest and go on with the next record.
            Report(WarcErrorKind.BadPayload, offset, error);
        }

        if (_input.Skip(response.Unread) < response.Unread)
        {
            ReportTruncation(offset, sourceErrors);
            return null;
        }

        if (!ReadRecordEnd(offset, sourceErrors))
        {
            return null;
        }

        if (response.Error is not null)
        {
            return null;
        }

        if (response.Body is null)
        {
            Statistics.Skipped++;
            return null;
        }

        var (body, decodeError) = _http.Decode(response);
        if (decodeError is not null)
        {
            Report(WarcErrorKind.BadPayload, offset, decodeError);
            return null;
        }

        if (body is null)
        {
            Statistics.Skipped++;
            return null;
        }

        return new WarcPage(header.RecordId ?? string.Empty, header.TargetUri, header.Date, offset, response.ContentType, body);
    }

    /// <summary>Finds the next <c>WARC/</c> line, passing over blank lines (and, after an error, anything else).</summary>
    private bool ReadVersionLine(out long start)
    {
        while (true)
        {
            start = _input.Position;
            if (!_input.TryReadLine(_options.MaxHeaderLength, out var line, out var tooLong))
            {
                if (tooLong)
                {
                    NotARecord(start);
                    continue;
                }

                if (line.StartsWith("WARC/"u8) && !_resyncing)
                {
                    ReportTruncation(_input.Source.FileOffset(start), _sourceErrors);
                }

                return false;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            if (line.StartsWith("WARC/"u8))
            {
                _resyncing = false;
                return true;
            }

            NotARecord(start);
        }
    }

    private void NotARecord(long start)
    {
        if (!_resyncing)
        {
            Report(WarcErrorKind.BadHeader, _input.Source.FileOffset(start), "expected a WARC/ version line");
        }
    }

    private bool ReadWarcHeader(ref WarcHeader header, long offset, long sourceErrors)
    {
        var length = 0;
        while (true)
        {
            if (!_input.TryReadLine(_options.MaxHeaderLength, out var line, out var tooLong) || (length += line.Length + 2) > _options.MaxHeaderLength)
            {
                if (tooLong || length > _options.MaxHeaderLength)
                {
                    Report(WarcErrorKind.BadHeader, offset, "WARC header longer than " + _options.MaxHeaderLength.ToString(CultureInfo.InvariantCulture) + " bytes");
                }
                else
                {
                    ReportTruncation(offset, sourceErrors);
                }

                return false;
            }

            if (line.IsEmpty)
            {
                return true;
            }

            header.Add(line);
        }
    }

    /// <summary>Reads the CR LF CR LF after a block, then makes sure the gzip member holding the record decoded whole.</summary>
    private bool ReadRecordEnd(long offset, long sourceErrors)
    {
        Span<byte> end = stackalloc byte[4];
        var n = _input.Read(end);
        if (n < 4)
        {
            ReportTruncation(offset, sourceErrors);
            return false;
        }

        if (!end.SequenceEqual("\r\n\r\n"u8))
        {
            Report(WarcErrorKind.WrongLength, offset, "no blank line where the block should end: wrong Content-Length");
            return false;
        }

        // Reading on past the record checks its gzip member's checksum (and decodes into the next member, whose own
        // error, if it has one, is reported at its own offset and does not spoil this record).
        var lastMember = _input.Source.FileOffset(_input.Position - 1);
        try
        {
            _ = _input.AtSegmentEnd;
        }
        catch (IOException ex) when (_input.Source.Checked(lastMember))
        {
            // The stream failed past this record, which is whole and checked: it is returned, and the failure, which
            // belongs to what follows, is thrown by the next read (it lost the last page read before a disk error).
            _failure = ExceptionDispatchInfo.Capture(ex);
        }

        return _sourceErrors == sourceErrors || _lastSourceErrorOffset > lastMember;
    }

    private void ReportTruncation(long offset, long sourceErrors)
    {
        _resyncing = true;

        // A bad gzip member has already been reported; the record it cut short is the same error.
        if (_sourceErrors == sourceErrors)
        {
            Report(WarcErrorKind.Truncated, offset, _input.LimitReached ? "MaxReadLength ends inside the record" : "the file ends inside the record");
        }
    }

    private void Report(WarcErrorKind kind, long offset, string message)
    {
        _resyncing = true;
        Statistics.Errors++;
        Error?.Invoke(this, new WarcErrorEventArgs(kind, offset, message));
    }

    private void OnGzipError(long offset, string message)
    {
        _sourceErrors++;
        _lastSourceErrorOffset = offset;
        Report(WarcErrorKind.BadGzip, offset, message);
    }

    /// <inheritdoc/>
    public void Dispose() => _input.Dispose();

    /// <summary>The WARC named fields this reader uses.</summary>
    private struct WarcHeader
    {
        public string? Type;
        public string? RecordId;
        public string? TargetUri;
        public string? ContentType;
        public DateTimeOffset? Date;
        public long ContentLength;

        public WarcHeader() => ContentLength = -1;

        public void Add(ReadOnlySpan<byte> line)
        {
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return;
            }

            var name = line[..colon].Trim((byte)' ');
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "WARC-Type"u8))
            {
                Type = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "WARC-Record-ID"u8))
            {
                RecordId = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "WARC-Target-URI"u8))
            {
                // WARC 1.0 examples wrap the URI in angle brackets; 1.1 does not.
                TargetUri = Encoding.UTF8.GetString(value.Trim("<>"u8));
            }
            else if (Ascii.EqualsIgnoreCase(name, "WARC-Date"u8))
            {
                Date = DateTimeOffset.TryParse(Encoding.ASCII.GetString(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Content-Type"u8))
            {
                ContentType = Encoding.ASCII.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                ContentLength = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : -1;
            }
        }
    }
}
