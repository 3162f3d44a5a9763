namespace ArticleExtract.Warc;

/// <summary>Limits for <see cref="WarcReader"/>. Records over a limit are skipped, never loaded whole.</summary>
public sealed record WarcReaderOptions
{
    /// <summary>The longest page body, after decoding its <c>Content-Encoding</c>, that is returned; default 16 MiB
    /// (the extractor's own default input limit). Larger HTML responses are skipped and counted in
    /// <see cref="WarcReaderStatistics.Skipped"/>. Not negative.</summary>
    public int MaxPayloadLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>The longest WARC or HTTP header block; default 64 KiB. A longer one is a bad record. At least 1, and at
    /// most <see cref="Array.MaxLength"/> - 2: the reader holds a header line whole.</summary>
    public int MaxHeaderLength { get; init; } = 64 * 1024;

    /// <summary>The most decompressed bytes the reader reads in all, from where it starts; default no limit. There it
    /// stops as at the end of the file and sets <see cref="WarcReaderStatistics.ReadLimitReached"/>. A bound on the file's
    /// own bytes does not bound the work: one gzip member can inflate a thousandfold. At least 1.</summary>
    public long MaxReadLength { get; init; } = long.MaxValue;

    /// <summary>The options used when none are given.</summary>
    public static WarcReaderOptions Default { get; } = new();
}
