namespace ArticleExtract.Warc;

/// <summary>Counts of what a <see cref="WarcReader"/> has read so far.</summary>
public sealed class WarcReaderStatistics
{
    internal WarcReaderStatistics()
    {
    }

    /// <summary>Records whose WARC header was read, of every type.</summary>
    public long Records { get; internal set; }

    /// <summary>HTML pages returned.</summary>
    public long Pages { get; internal set; }

    /// <summary>Well-formed records passed over: not a <c>response</c>, a status other than 200, not HTML, over
    /// <see cref="WarcReaderOptions.MaxPayloadLength"/> or an unknown <c>Content-Encoding</c>.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Whether reading stopped at <see cref="WarcReaderOptions.MaxReadLength"/> rather than at the end of the file.</summary>
    public bool ReadLimitReached { get; internal set; }

    /// <summary>Bad records and gzip members skipped; each was raised through <see cref="WarcReader.Error"/>.</summary>
    public long Errors { get; internal set; }
}
