using System.IO.Compression;

namespace ArticleExtract.Cli;

/// <summary>
/// Reads a page's bytes as they are: no decompression by file name, because the library looks at the bytes
/// themselves (gzip is unpacked, binary data is reported as <see cref="ExtractionOutcome.NotHtml"/>).
/// </summary>
internal static class PageReader
{
    // Reads are synchronous on purpose. A FileStream opened for asynchronous I/O on Linux, and standard input's
    // ReadAsync, hand the read to the thread pool: one small page then starts pool threads and waits for them to be
    // scheduled, which on a busy machine costs more than the read (the Native AOT build answers a page in ~25 ms of CPU).

    /// <summary>Reads at most one byte more than <paramref name="maxBytes"/>: enough for the library to refuse a page that is over its limit.</summary>
    public static byte[] ReadFile(string path, int maxBytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // A pipe (extract <(curl …)) has no length: asking threw NotSupportedException, which ended the process. Files
        // under /proc and /sys say 0 and hold text: they are read to their end too.
        return Read(file, maxBytes, file.CanSeek && file.Length > 0 ? file.Length : -1);
    }

    public static byte[] ReadStdin(int maxBytes)
    {
        using var stdin = Console.OpenStandardInput();
        return Read(stdin, maxBytes, -1);
    }

    /// <summary>Reads a stream to its end, or to one byte more than <paramref name="maxBytes"/>.</summary>
    public static byte[] Read(Stream stream, int maxBytes) => Read(stream, maxBytes, -1);

    private static byte[] Read(Stream stream, int maxBytes, long length)
    {
        if (length >= 0)
        {
            var buffer = new byte[(int)Math.Min(length, BoundedBytes.Cap(maxBytes))];
            stream.ReadExactly(buffer);
            return buffer;
        }

        var bytes = new BoundedBytes(maxBytes);
        int read;
        while (bytes.Next is { IsEmpty: false } next && (read = stream.Read(next.Span)) > 0)
        {
            bytes.Add(read);
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// A stream's bytes read in chunks up to one byte more than a page may have: enough for the library to refuse the
    /// page with its own message, and a source that never stops sending cannot fill memory. Shared by the synchronous
    /// reads here and <see cref="PageFetcher"/>'s asynchronous ones, which differ only in the call that fills a chunk.
    /// </summary>
    internal sealed class BoundedBytes(int maxBytes)
    {
        private readonly long _cap = Cap(maxBytes);
        private readonly MemoryStream _output = new();
        private readonly byte[] _chunk = new byte[81920];

        /// <summary>At most one byte more than <paramref name="maxBytes"/> (int.MaxValue stays itself).</summary>
        public static int Cap(int maxBytes) => maxBytes == int.MaxValue ? maxBytes : maxBytes + 1;

        /// <summary>Where the next read goes; empty once the cap is reached.</summary>
        public Memory<byte> Next => _chunk.AsMemory(0, (int)Math.Min(_chunk.Length, _cap - _output.Length));

        /// <summary>Keeps the <paramref name="read"/> bytes that the last read put into <see cref="Next"/>.</summary>
        public void Add(int read) => _output.Write(_chunk, 0, read);

        public byte[] ToArray() => _output.ToArray();
    }

    /// <summary>Whether the bytes are a WARC archive, plain or gzip-compressed: they start with a WARC version line.</summary>
    public static bool IsWarc(byte[] bytes) => IsWarc(bytes, bytes.Length);

    /// <summary>As <see cref="IsWarc(byte[])"/>, for the first <paramref name="count"/> bytes of a file.</summary>
    public static bool IsWarc(byte[] bytes, int count)
    {
        if (bytes.AsSpan(0, count).StartsWith("WARC/"u8))
        {
            return true;
        }

        if (count < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B)
        {
            return false;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes, 0, count), CompressionMode.Decompress);
            Span<byte> head = stackalloc byte[5];
            return gzip.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual("WARC/"u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>What the first bytes of a file that is not a page say it is, for the one-line message.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "an ELF executable",
        [(byte)'M', (byte)'Z', ..] => "a Windows executable",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "a WebP image",
        [(byte)'P', (byte)'K', 3, 4, ..] => "a zip archive (or an Office document)",
        [0x1F, 0x8B, ..] => "gzip data that does not unpack to a page",
        [0x28, 0xB5, 0x2F, 0xFD, ..] => "zstd-compressed data",
        [(byte)'7', (byte)'z', 0xBC, 0xAF, ..] => "a 7-Zip archive",
        [] => "no bytes",
        _ => "binary data",
    };
}
