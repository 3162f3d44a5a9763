namespace ArticleExtract.Warc;

/// <summary>Buffered line and block reads over an <see cref="IByteSource"/>, with the position of every byte.</summary>
internal sealed class WarcInput : IDisposable
{
    private readonly IByteSource _source;
    private readonly byte[] _buf;
    private int _start, _end;
    private long _bufPosition;
    private bool _segmentEnded;

    // Decompressed bytes the source may still give (WarcReaderOptions.MaxReadLength).
    private long _budget;

    public WarcInput(IByteSource source, int maxLineLength, long maxReadLength = long.MaxValue)
    {
        _source = source;
        _buf = new byte[Math.Max(64 * 1024, maxLineLength + 2)];
        _budget = maxReadLength;
    }

    /// <summary>Whether reading stopped at the read limit: the input ends there as at the end of the file.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>The decompressed position of the next unread byte.</summary>
    public long Position => _bufPosition + _start;

    public IByteSource Source => _source;

    /// <summary>Whether the segment (or the file) has no more bytes.</summary>
    public bool AtSegmentEnd => _start == _end && !Fill();

    /// <summary>After <see cref="AtSegmentEnd"/>: false at the end of the file, else true and reading goes on in the next segment.</summary>
    public bool NextSegment()
    {
        if (_source.AtEnd || LimitReached)
        {
            return false;
        }

        _source.NextSegment();
        _segmentEnded = false;
        return true;
    }

    /// <summary>Reads a line ending in LF (CR LF or LF are not part of it). False when the line is longer than
    /// <paramref name="maxLength"/> (then <paramref name="tooLong"/> is set), or when the segment ends first (then
    /// <paramref name="line"/> is the unfinished rest); either way the line is consumed.</summary>
    public bool TryReadLine(int maxLength, out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var scanned = 0;
        while (true)
        {
            var i = _buf.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (i >= 0)
            {
                var length = scanned + i;
                line = _buf.AsSpan(_start, length > 0 && _buf[_start + length - 1] == '\r' ? length - 1 : length);
                _start += length + 1;
                if (length > maxLength)
                {
                    tooLong = true;
                    return false;
                }

                return true;
            }

            scanned = _end - _start;
            if (scanned > maxLength)
            {
                tooLong = true;
                SkipLine();
                line = default;
                return false;
            }

            if (!Fill())
            {
                // The segment ends inside a line: consume it, so that the next read is at the segment's end.
                line = _buf.AsSpan(_start, _end - _start);
                _start = _end;
                return false;
            }
        }
    }

    private void SkipLine()
    {
        while (true)
        {
            var i = _buf.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (i >= 0)
            {
                _start += i + 1;
                return;
            }

            _start = _end;
            if (!Fill())
            {
                return;
            }
        }
    }

    /// <summary>Copies up to <c>destination.Length</c> bytes; fewer only where the segment ends.</summary>
    public int Read(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = Math.Min(destination.Length - total, _end - _start);
            _buf.AsSpan(_start, n).CopyTo(destination[total..]);
            _start += n;
            total += n;
        }

        return total;
    }

    /// <summary>Passes over up to <paramref name="count"/> bytes; fewer only where the segment ends.</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
        }

        return skipped;
    }

    /// <summary>Reads more of the segment into the buffer; false when it has ended.</summary>
    private bool Fill()
    {
        if (_segmentEnded)
        {
            return false;
        }

        if (_end == _buf.Length)
        {
            if (_start == 0)
            {
                return false;
            }

            Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
            _bufPosition += _start;
            _end -= _start;
            _start = 0;
        }

        if (_budget <= 0)
        {
            // Only input that goes on past the limit is cut: a file that ends there is read whole. The byte read to
            // tell is dropped, as reading ends here either way.
            LimitReached = _source.Read(_buf, _end, 1) > 0;
            _segmentEnded = true;
            return false;
        }

        var n = _source.Read(_buf, _end, (int)Math.Min(_buf.Length - _end, _budget));
        if (n == 0)
        {
            _segmentEnded = true;
            return false;
        }

        _end += n;
        _budget -= n;
        return true;
    }

    public void Dispose() => _source.Dispose();
}
