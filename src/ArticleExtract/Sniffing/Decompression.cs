using System.IO.Compression;

namespace ArticleExtract.Sniffing;

/// <summary>
/// Unwraps gzip (RFC 1952) and zlib (RFC 1950) data recognized by its header, so that a page saved as
/// <c>.html.gz</c> or served compressed without the transport undoing it still reads as a page. Output is bounded:
/// more than the input limit throws as soon as the limit is passed, so a bomb (a few MB that inflate to gigabytes)
/// costs the time to inflate the limit, not the gigabytes. Raw deflate and brotli have no header to recognize; they
/// stay bytes and are judged as such.
/// </summary>
internal static class Decompression
{
    /// <summary>Layers unwrapped at most: a compressed file served with a compressing transport is two.</summary>
    public const int MaxLayers = 3;

    private const int ChunkBytes = 64 * 1024;

    /// <summary>A gzip member header: ID1 ID2 and CM = 8 (deflate), the only method defined.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 10 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8;

    /// <summary>
    /// A zlib header: CM = 8 with a window of at most 32 KB, no preset dictionary, and the check bits that make the
    /// first two bytes a multiple of 31. Text can start like this ("x^"), so a zlib stream must inflate cleanly to be
    /// taken as one.
    /// </summary>
    public static bool IsZlib(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 6 && (bytes[0] & 0x0F) == 8 && bytes[0] >> 4 <= 7 && (bytes[1] & 0x20) == 0 && ((bytes[0] << 8) | bytes[1]) % 31 == 0;

    /// <summary>
    /// The inflated bytes when the input is gzip or zlib data (unwrapping up to <see cref="MaxLayers"/> layers), or
    /// <see langword="null"/> when it is neither or does not inflate.
    /// </summary>
    /// <exception cref="ExtractionLimitException">The inflated data is longer than <paramref name="limit"/> bytes.</exception>
    public static byte[]? Unwrap(ReadOnlySpan<byte> bytes, int limit, CancellationToken cancellationToken)
    {
        byte[]? current = null;
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            var input = current is null ? bytes : current;
            var gzip = IsGzip(input);
            if (!gzip && !IsZlib(input))
            {
                break;
            }

            var inflated = Inflate(input.ToArray(), gzip, limit, cancellationToken);
            if (inflated is null)
            {
                break;
            }

            current = inflated;
        }

        return current;
    }

    private static byte[]? Inflate(byte[] compressed, bool gzip, int limit, CancellationToken cancellationToken)
    {
        using var source = new MemoryStream(compressed, writable: false);
        using Stream inflater = gzip ? new GZipStream(source, CompressionMode.Decompress) : new ZLibStream(source, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = inflater.Read(chunk, 0, chunk.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (output.Length + read > limit)
                {
                    throw new ExtractionLimitException(ExtractionLimit.InputLength, limit,
                        $"The page decompresses to more than {limit:N0} bytes (ArticleExtractorOptions.MaxInputLength).");
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A gzip file cut short or with a damaged tail still holds the page up to the damage, as a browser would
            // show it. A zlib header can be chance text, so a zlib stream counts only when it inflates cleanly.
            if (!gzip || output.Length == 0)
            {
                return null;
            }
        }

        return output.ToArray();
    }
}
