namespace ArticleExtract.Worker;

/// <summary>
/// A read-only view of a file from where it was positioned that ends after a number of bytes, and says whether a read
/// was cut there: the bound on what one WARC pointer may read (<see cref="WorkerOptions.MaxWarcScanMegabytes"/>).
/// Seeking is passed through (the reader seeks to its start, and past a corrupt gzip member), the bound stays put.
/// </summary>
internal sealed class ScanLimitStream(Stream inner, long limit) : Stream
{
    private readonly long _end = inner.Position > long.MaxValue - limit ? long.MaxValue : inner.Position + limit;

    /// <summary>Whether a read asked for bytes past the bound: the scan was cut short, not the file.</summary>
    public bool Exhausted { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = _end - inner.Position;
        if (left <= 0)
        {
            // Only a read that would have found bytes counts: a file that ends at the bound is not cut.
            Exhausted |= buffer.Length > 0 && inner.Position < inner.Length;
            return 0;
        }

        return inner.Read(left < buffer.Length ? buffer[..(int)left] : buffer);
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
