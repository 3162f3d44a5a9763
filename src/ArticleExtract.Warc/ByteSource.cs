namespace ArticleExtract.Warc;

/// <summary>
/// The decompressed bytes of a WARC file in segments. A segment ends at the end of the file, or where a bad gzip
/// member was skipped: bytes after that point belong to no record that began before it.
/// </summary>
internal interface IByteSource : IDisposable
{
    /// <summary>Reads decompressed bytes; 0 at the end of a segment.</summary>
    int Read(byte[] buffer, int offset, int count);

    /// <summary>Whether the last 0 from <see cref="Read"/> was the end of the file rather than of a segment.</summary>
    bool AtEnd { get; }

    /// <summary>Starts the next segment after a 0 from <see cref="Read"/> that was not the end.</summary>
    void NextSegment();

    /// <summary>The file offset a record starting at this decompressed position can be read from again.
    /// Positions asked for never decrease.</summary>
    long FileOffset(long position);

    /// <summary>Whether the bytes from the file offset <paramref name="offset"/> (as <see cref="FileOffset"/> gives)
    /// have all been checked: for gzip, whether that member's checksum has been read and matched.</summary>
    bool Checked(long offset);
}

/// <summary>An uncompressed WARC: one segment, file offsets are positions.</summary>
internal sealed class PlainSource(Stream stream, long baseOffset, bool leaveOpen) : IByteSource
{
    public bool AtEnd { get; private set; }

    public int Read(byte[] buffer, int offset, int count)
    {
        var n = stream.Read(buffer, offset, count);
        AtEnd = n == 0;
        return n;
    }

    public void NextSegment()
    {
    }

    public long FileOffset(long position) => baseOffset + position;

    // Plain bytes carry no checksum: what has been read is all there is to check.
    public bool Checked(long offset) => true;

    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }
}
