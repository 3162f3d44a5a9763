using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
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

    /// <summary>The largest buffer rented before any byte is inflated.</summary>
    private const int MaxFirstRent = 16 * 1024 * 1024;

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
    /// <see langword="null"/> when it is neither or does not inflate. The bytes are the first <c>Length</c> of a buffer
    /// rented from <see cref="ArrayPool{T}.Shared"/>: the caller gives it back with <see cref="Return"/>. A page
    /// inflates to a few hundred KB, and buffers grown to that size each time were large-object-heap allocations that
    /// made most of a batch's collections full ones.
    /// </summary>
    /// <exception cref="ExtractionLimitException">The inflated data is longer than <paramref name="limit"/> bytes.</exception>
    public static (byte[] Buffer, int Length)? Unwrap(ReadOnlySpan<byte> bytes, int limit, CancellationToken cancellationToken)
    {
        (byte[] Buffer, int Length)? current = null;
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            var input = current is { } c ? c.Buffer.AsSpan(0, c.Length) : bytes;
            var gzip = IsGzip(input);
            if (!gzip && !IsZlib(input))
            {
                break;
            }

            (byte[] Buffer, int Length)? inflated;
            try
            {
                inflated = Inflate(input, gzip, limit, cancellationToken);
            }
            catch
            {
                Return(current);
                throw;
            }

            if (inflated is null)
            {
                break;
            }

            Return(current);
            current = inflated;
        }

        return current;
    }

    /// <summary>Gives back a buffer <see cref="Unwrap"/> rented.</summary>
    public static void Return((byte[] Buffer, int Length)? inflated)
    {
        if (inflated is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented.Buffer);
        }
    }

    private static (byte[] Buffer, int Length)? Inflate(ReadOnlySpan<byte> input, bool gzip, int limit, CancellationToken cancellationToken)
    {
        var compressed = ArrayPool<byte>.Shared.Rent(input.Length);
        // One byte more than expected: the read that finds the end needs room, or it would grow the buffer for nothing.
        var output = ArrayPool<byte>.Shared.Rent(ExpectedLength(input, gzip, limit) + 1);
        var length = 0;
        var kept = false;
        try
        {
            input.CopyTo(compressed);
            using var source = new MemoryStream(compressed, 0, input.Length, writable: false);
            using Stream inflater = gzip ? new GZipStream(source, CompressionMode.Decompress) : new ZLibStream(source, CompressionMode.Decompress);
            try
            {
                int read;
                while (true)
                {
                    if (length == output.Length)
                    {
                        Grow(ref output, length);
                    }

                    read = inflater.Read(output, length, Math.Min(ChunkBytes, output.Length - length));
                    if (read == 0)
                    {
                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    if (length + read > limit)
                    {
                        throw new ExtractionLimitException(ExtractionLimit.InputLength, limit,
                            string.Create(CultureInfo.InvariantCulture, $"The page decompresses to more than {limit:N0} bytes (ArticleExtractorOptions.MaxInputLength)."));
                    }

                    length += read;
                }
            }
            catch (InvalidDataException)
            {
                // A gzip file cut short or with a damaged tail still holds the page up to the damage, as a browser would
                // show it. A zlib header can be chance text, so a zlib stream counts only when it inflates cleanly.
                if (!gzip || length == 0)
                {
                    return null;
                }
            }

            kept = true;
            return (output, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
            if (!kept)
            {
                ArrayPool<byte>.Shared.Return(output);
            }
        }
    }

    /// <summary>
    /// The size to rent first: a gzip member ends with its inflated length (modulo 2^32), right for a page saved as
    /// one member; anything implausible (over the limit, past deflate's best ratio) falls back to a small start. At
    /// most <see cref="MaxFirstRent"/>: the trailer is the sender's word, and a larger page grows its buffer as it inflates.
    /// </summary>
    private static int ExpectedLength(ReadOnlySpan<byte> input, bool gzip, int limit)
    {
        const int Start = 16 * 1024;
        if (!gzip || input.Length < 18)
        {
            return Start;
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(input[^4..]);
        return size > 0 && size <= (uint)limit && size <= (ulong)input.Length * 1032 ? (int)Math.Min(size, MaxFirstRent) : Start;
    }

    private static void Grow(ref byte[] output, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)output.Length * 2, Array.MaxLength));
        output.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(output);
        output = larger;
    }
}
