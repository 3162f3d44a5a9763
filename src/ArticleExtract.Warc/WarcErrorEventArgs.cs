namespace ArticleExtract.Warc;

/// <summary>What was wrong with a record that <see cref="WarcReader"/> skipped.</summary>
public enum WarcErrorKind
{
    /// <summary>The file or gzip member ended before the record did.</summary>
    Truncated,
    /// <summary>The record's <c>Content-Length</c> did not match its block: no blank line followed where the block should end.</summary>
    WrongLength,
    /// <summary>A gzip member could not be decompressed (bad header, corrupt data or checksum).</summary>
    BadGzip,
    /// <summary>The WARC header was malformed: no <c>WARC/</c> version line, an over-long header or a missing or bad <c>Content-Length</c>.</summary>
    BadHeader,
    /// <summary>The HTTP response in the record could not be read or decoded (status line, chunking, <c>Content-Encoding</c>).</summary>
    BadPayload,
}

/// <summary>One skipped record, raised through <see cref="WarcReader.Error"/>.</summary>
public sealed class WarcErrorEventArgs : EventArgs
{
    internal WarcErrorEventArgs(WarcErrorKind kind, long offset, string message)
    {
        Kind = kind;
        Offset = offset;
        Message = message;
    }

    /// <summary>What was wrong.</summary>
    public WarcErrorKind Kind { get; }

    /// <summary>Where in the file the bad record or gzip member starts, as in <see cref="WarcPage.Offset"/>.</summary>
    public long Offset { get; }

    /// <summary>A one-line description for a log.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"offset {Offset}: {Message}");
}
