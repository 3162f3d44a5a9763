using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parquet;
using Parquet.Schema;

namespace ArticleExtract.Cli.Batch;

/// <summary>Where output records go. Nothing appears under the final name until <see cref="CommitAsync"/>.</summary>
internal interface IRecordSink : IAsyncDisposable
{
    /// <summary>Adds a record. Called by one thread at a time.</summary>
    ValueTask WriteAsync(OutputRecord record, CancellationToken cancellationToken);

    /// <summary>Finishes the output and moves it under its final name. Disposing without it discards the output.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}

internal static class RecordSinks
{
    /// <summary>A sink for an output path: '-' for standard output (JSON Lines), *.parquet, *.jsonl.gz (gzip) or any
    /// other name (JSON Lines).</summary>
    /// <exception cref="NotSupportedException">A .parquet output in a build without Parquet (the Native AOT build).</exception>
    public static IRecordSink Create(string path, TextWriter stdout) =>
        path == "-" ? new JsonLinesSink(stdout)
        : BuildFeatures.IsParquetPath(path) ? (BuildFeatures.Parquet ? new ParquetSink(path) : throw new NotSupportedException(BuildFeatures.NoParquet))
        : new JsonLinesSink(path);
}

/// <summary>
/// A file written under a temporary name beside its final one and renamed over it when complete. A rename in one
/// folder is atomic on POSIX file systems and NTFS, so a killed run leaves either the old file, no file, or a
/// temporary one, never half a file under the final name; and a file under the final name is a complete one, which
/// is what <c>--resume</c> relies on.
/// </summary>
internal sealed class AtomicFile : IDisposable
{

    public AtomicFile(string path)
    {
        FinalPath = Path.GetFullPath(path);
        if (IsDevice(FinalPath))
        {
            // `--out /dev/null` (or /dev/stdout): a rename would replace the device node itself with a regular file,
            // and, run as root, break every later program that writes to it. A device has no half-written state to
            // protect, so it is written in place.
            TempPath = FinalPath;
            Stream = new FileStream(FinalPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            return;
        }

        var dir = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(dir);
        TempPath = Path.Combine(dir, "." + Path.GetFileName(FinalPath) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        Stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Device files (Unix <c>/dev</c>, Windows <c>NUL</c>-style names) are written in place, never renamed over.</summary>
    internal static bool IsDevice(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith(@"\\.\", StringComparison.Ordinal);

    /// <summary>The temporary file's naming pattern, for cleaning up after killed runs.</summary>
    public static bool IsTemporary(string fileName) => fileName.StartsWith('.') && fileName.EndsWith(".tmp", StringComparison.Ordinal);

    public string FinalPath { get; }

    public string TempPath { get; }

    public FileStream Stream { get; }

    public bool Committed { get; private set; }

    /// <summary>Flushes to disk and renames; the stream must be closed by then.</summary>
    public void Commit()
    {
        if (!ReferenceEquals(TempPath, FinalPath))
        {
            File.Move(TempPath, FinalPath, overwrite: true);
        }

        Committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!Committed && !ReferenceEquals(TempPath, FinalPath))
        {
            try
            {
                File.Delete(TempPath);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless: it never has the final name.
            }
        }
    }
}

/// <summary>JSON Lines: one record per line, UTF-8, LF; gzip when the name ends in .gz; or standard output.</summary>
internal sealed class JsonLinesSink : IRecordSink
{
    private readonly AtomicFile? _file;
    private readonly Stream? _gzip;
    private readonly Stream? _output;
    private readonly TextWriter? _stdout;

    public JsonLinesSink(TextWriter stdout) => _stdout = stdout;

    public JsonLinesSink(string path)
    {
        _file = new AtomicFile(path);
        _output = _file.Stream;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            _gzip = _output = new GZipStream(_file.Stream, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    public ValueTask WriteAsync(OutputRecord record, CancellationToken cancellationToken)
    {
        if (_output is not null)
        {
            // The line is UTF-8 already (made on the worker): the writer, which runs under the batch's ordering
            // lock, only copies it.
            _output.Write(record.Utf8Line);
            _output.WriteByte((byte)'\n');
            return ValueTask.CompletedTask;
        }

        // Standard output is read by a pipe (jq, a script): hand it each line as it is written.
        _stdout!.Write(record.ToJsonLine());
        _stdout.Write('\n');
        _stdout.Flush();
        return ValueTask.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_file is null)
        {
            await _stdout!.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_gzip is not null)
        {
            await _gzip.DisposeAsync().ConfigureAwait(false);
        }

        _file.Stream.Flush(flushToDisk: true);
        await _file.Stream.DisposeAsync().ConfigureAwait(false);
        _file.Commit();
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is null)
        {
            return;
        }

        if (!_file.Committed && _gzip is not null)
        {
            try
            {
                await _gzip.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The output is being discarded anyway.
            }
        }

        _file.Dispose();
    }
}

/// <summary>
/// Apache Parquet, one row per record, in row groups of <see cref="RowGroupSize"/> rows. The schema is flat (see
/// <see cref="Schema"/> and the README): scalars as columns; authors and tags as JSON arrays in string columns;
/// the sections, with their blocks, as one JSON string column.
/// </summary>
internal sealed class ParquetSink : IRecordSink
{
    /// <summary>Rows held before a row group is written: bounds memory (a row is some tens of KB of text) while keeping
    /// row groups large enough to compress and scan well.</summary>
    public const int RowGroupSize = 1000;

    public static readonly DataField<string> File = new("file", nullable: true);
    public static readonly DataField<long?> Offset = new("offset");
    public static readonly DataField<string> WarcRecordId = new("warcRecordId", nullable: true);
    public static readonly DataField<string> Url = new("url", nullable: true);
    public static readonly DataField<DateTime?> Fetched = new("fetched");
    public static readonly DataField<string> Error = new("error", nullable: true);
    public static readonly DataField<string> Outcome = new("outcome", nullable: true);
    public static readonly DataField<string> Title = new("title", nullable: true);
    public static readonly DataField<string> Authors = new("authors", nullable: true);
    public static readonly DataField<DateTime?> Published = new("published");
    public static readonly DataField<DateTime?> Modified = new("modified");
    public static readonly DataField<string> SiteName = new("siteName", nullable: true);
    public static readonly DataField<string> Language = new("language", nullable: true);
    public static readonly DataField<string> Excerpt = new("excerpt", nullable: true);
    public static readonly DataField<string> CanonicalUrl = new("canonicalUrl", nullable: true);
    public static readonly DataField<string> LeadImage = new("leadImage", nullable: true);
    public static readonly DataField<string> Tags = new("tags", nullable: true);
    public static readonly DataField<bool?> IsAccessibleForFree = new("isAccessibleForFree");
    public static readonly DataField<int?> WordCount = new("wordCount");
    public static readonly DataField<string> Body = new("body", nullable: true);
    public static readonly DataField<string> Sections = new("sections", nullable: true);

    public static readonly ParquetSchema Schema = new(
        File, Offset, WarcRecordId, Url, Fetched, Error, Outcome, Title, Authors, Published, Modified, SiteName, Language,
        Excerpt, CanonicalUrl, LeadImage, Tags, IsAccessibleForFree, WordCount, Body, Sections);

    private static readonly DataField<string>[] StringFields = [File, WarcRecordId, Url, Error, Outcome, Title, SiteName, Language, Excerpt, LeadImage, Body];
    private static readonly DataField<string>[] JsonFields = [Authors, Tags, Sections];

    private readonly AtomicFile _file;
    private readonly List<JsonObject> _rows = new(RowGroupSize);
    private ParquetWriter? _writer;

    [RequiresUnreferencedCode(BuildFeatures.ParquetReflection)]
    [RequiresDynamicCode(BuildFeatures.ParquetReflection)]
    public ParquetSink(string path) => _file = new AtomicFile(path);

    public async ValueTask WriteAsync(OutputRecord record, CancellationToken cancellationToken)
    {
        _rows.Add(record.Json);
        if (_rows.Count == RowGroupSize)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count > 0 || _writer is null)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        await _writer!.DisposeAsync().ConfigureAwait(false);
        _writer = null;
        _file.Stream.Flush(flushToDisk: true);
        await _file.Stream.DisposeAsync().ConfigureAwait(false);
        _file.Commit();
    }

    private async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, _file.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = _writer.CreateRowGroup();
        foreach (var field in Schema.GetDataFields())
        {
            await WriteColumnAsync(group, field, cancellationToken).ConfigureAwait(false);
        }

        _rows.Clear();
    }

    private async Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellationToken)
    {
        // "url" holds the page's address: for a page from a file, the article JSON's own "url" is the canonical one.
        string? Key(JsonObject row) => field.Name == "canonicalUrl" && !row.ContainsKey("warcRecordId") ? "url"
            : field.Name == "url" && !row.ContainsKey("warcRecordId") ? null : field.Name;

        if (field == Offset)
        {
            await group.WriteAsync<long>(Offset, new ReadOnlyMemory<long?>(_rows.Select(r => r["offset"]?.GetValue<long>()).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (field == Fetched || field == Published || field == Modified)
        {
            await group.WriteAsync<DateTime>(field, new ReadOnlyMemory<DateTime?>(_rows.Select(r => Date(r[field.Name])).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (field == IsAccessibleForFree)
        {
            await group.WriteAsync<bool>(IsAccessibleForFree, new ReadOnlyMemory<bool?>(_rows.Select(r => r[field.Name]?.GetValue<bool>()).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (field == WordCount)
        {
            await group.WriteAsync<int>(WordCount, new ReadOnlyMemory<int?>(_rows.Select(r => r[field.Name]?.GetValue<int>()).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (JsonFields.Contains(field))
        {
            await group.WriteAsync(field, _rows.Select(r => r[field.Name]?.ToJsonString()).ToArray()).ConfigureAwait(false);
        }
        else if (field == CanonicalUrl || StringFields.Contains(field))
        {
            await group.WriteAsync(field, _rows.Select(r => Key(r) is { } k ? r[k]?.GetValue<string>() : null).ToArray()).ConfigureAwait(false);
        }
    }

    private static DateTime? Date(JsonNode? node) =>
        node?.GetValue<string>() is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime : null;

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            try
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Discarding anyway.
            }
        }

        _file.Dispose();
    }
}
