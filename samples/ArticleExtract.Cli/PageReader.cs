namespace ArticleExtract.Cli;

/// <summary>
/// Reads a page's bytes as they are: no decompression by file name, because the library looks at the bytes
/// themselves (gzip is unpacked, binary data is reported as <see cref="ExtractionOutcome.NotHtml"/>).
/// </summary>
internal static class PageReader
{
    /// <summary>Reads at most one byte more than <paramref name="maxBytes"/>: enough for the library to refuse a page that is over its limit.</summary>
    public static async Task<byte[]> ReadFileAsync(string path, int maxBytes)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await ReadAsync(file, maxBytes, file.Length).ConfigureAwait(false);
    }

    public static async Task<byte[]> ReadStdinAsync(int maxBytes)
    {
        await using var stdin = Console.OpenStandardInput();
        return await ReadAsync(stdin, maxBytes, -1).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadAsync(Stream stream, int maxBytes, long length)
    {
        var cap = maxBytes == int.MaxValue ? maxBytes : maxBytes + 1;
        if (length >= 0)
        {
            var buffer = new byte[(int)Math.Min(length, cap)];
            await stream.ReadExactlyAsync(buffer).ConfigureAwait(false);
            return buffer;
        }

        using var output = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (output.Length < cap && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, cap - output.Length))).ConfigureAwait(false)) > 0)
        {
            output.Write(chunk, 0, read);
        }

        return output.ToArray();
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
