using System.Buffers;
using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace ArticleExtract.WebApi;

/// <summary>Why a body was not read.</summary>
internal enum BodyRefusal
{
    /// <summary>Read in full.</summary>
    None,
    /// <summary>Over the limit on the wire or after decoding (413).</summary>
    TooLarge,
    /// <summary>A <c>Content-Encoding</c> this service does not decode (415).</summary>
    UnsupportedEncoding,
    /// <summary>The bytes are not valid data in their declared <c>Content-Encoding</c> (400).</summary>
    CorruptEncoding,
    /// <summary>Kestrel gave up on the body: shorter than its Content-Length, or sent too slowly (400).</summary>
    Unreadable,
}

/// <summary>
/// A request body held in pooled arrays, decoded from its <c>Content-Encoding</c>. Dispose returns the memory.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    // Under the large-object-heap threshold (85,000 bytes): a chunk the pool does not keep is cheap gen0 garbage.
    internal const int ChunkSize = 64 * 1024;

    private readonly BodyBufferGauge _gauge;
    private byte[]? _buffer;

    private RequestBody(BodyBufferGauge gauge, byte[] buffer, int length)
    {
        _gauge = gauge;
        _buffer = buffer;
        Length = length;
    }

    /// <summary>The body's length after decoding.</summary>
    public int Length { get; }

    /// <summary>The decoded bytes.</summary>
    public ReadOnlySpan<byte> Span => _buffer is null ? throw new ObjectDisposedException(nameof(RequestBody)) : _buffer.AsSpan(0, Length);

    /// <summary>The codings this service decodes, for the <c>Accept-Encoding</c> of a 415.</summary>
    public const string SupportedCodings = "gzip, deflate, br, identity";

    /// <summary>
    /// Splits <c>Content-Encoding</c> into its codings, in the order they were applied (RFC 9110 §8.4). Null when one
    /// is not supported: gzip (and its alias x-gzip), deflate (zlib format, RFC 1950, as HTTP defines it), br
    /// and identity are.
    /// </summary>
    public static List<string>? ParseCodings(StringValues header)
    {
        var codings = new List<string>(1);
        foreach (var value in header)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var coding = part.ToLowerInvariant();
                switch (coding)
                {
                    case "identity":
                        break;
                    case "gzip" or "x-gzip" or "deflate" or "br":
                        codings.Add(coding);
                        break;
                    default:
                        return null;
                }
            }
        }

        return codings;
    }

    /// <summary>
    /// Reads the body to its end through its decoders, holding at most <paramref name="limit"/> decoded bytes: the read
    /// stops at the first byte over it. A declared Content-Length over <paramref name="wireLimit"/> is refused before
    /// any byte is read (so a client waiting for 100 Continue never sends the body).
    /// </summary>
    public static async Task<BodyRead> ReadAsync(
        HttpRequest request, IReadOnlyList<string> codings, long wireLimit, int limit, BodyBufferGauge gauge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > wireLimit || (codings.Count == 0 && request.ContentLength > limit))
        {
            return new(null, BodyRefusal.TooLarge, 0);
        }

        Stream source = request.Body;
        var decoders = new List<Stream>(codings.Count);
        try
        {
            // Codings are listed in the order they were applied, so they are undone from the last.
            for (var i = codings.Count - 1; i >= 0; i--)
            {
                source = codings[i] switch
                {
                    "deflate" => new ZLibStream(source, CompressionMode.Decompress, leaveOpen: true),
                    "br" => new BrotliStream(source, CompressionMode.Decompress, leaveOpen: true),
                    _ => new GZipStream(source, CompressionMode.Decompress, leaveOpen: true),
                };
                decoders.Add(source);
            }

            // A declared length is the decoded length only when nothing is to be decoded: then one exact array.
            var exact = codings.Count == 0 && request.ContentLength is { } declared ? (int)declared : -1;
            return exact >= 0
                ? await ReadExactAsync(source, exact, gauge, cancellationToken).ConfigureAwait(false)
                : await ReadChunkedAsync(source, limit, gauge, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return new(null, BodyRefusal.CorruptEncoding, 0);
        }
        catch (BadHttpRequestException ex)
        {
            // 413 is Kestrel's MaxRequestBodySize: the wire limit crossed by a body that declared no length.
            return new(null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? BodyRefusal.TooLarge : BodyRefusal.Unreadable, 0);
        }
        finally
        {
            foreach (var decoder in decoders)
            {
                await decoder.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<BodyRead> ReadExactAsync(Stream source, int length, BodyBufferGauge gauge, CancellationToken cancellationToken)
    {
        var buffer = gauge.Rent(Math.Max(length, 1));
        try
        {
            var read = await source.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var body = new RequestBody(gauge, buffer, read);
            buffer = null;
            return new(body, BodyRefusal.None, read);
        }
        finally
        {
            if (buffer is not null)
            {
                gauge.Return(buffer);
            }
        }
    }

    // Unknown length: fixed chunks, so that a body refused at the limit never needed one large array, then one
    // exact copy for the extractor, which takes a contiguous span.
    private static async Task<BodyRead> ReadChunkedAsync(Stream source, int limit, BodyBufferGauge gauge, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        var total = 0L;
        var lastFill = 0;
        try
        {
            while (true)
            {
                var chunk = gauge.Rent(ChunkSize);
                chunks.Add(chunk);
                lastFill = await source.ReadAtLeastAsync(chunk.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                total += lastFill;
                if (total > limit)
                {
                    return new(null, BodyRefusal.TooLarge, total);
                }

                if (lastFill < ChunkSize)
                {
                    break;
                }
            }

            var length = (int)total;
            var buffer = gauge.Rent(Math.Max(length, 1));
            for (var i = 0; i < chunks.Count; i++)
            {
                var count = i == chunks.Count - 1 ? lastFill : ChunkSize;
                chunks[i].AsSpan(0, count).CopyTo(buffer.AsSpan(i * ChunkSize));
            }

            return new(new RequestBody(gauge, buffer, length), BodyRefusal.None, length);
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                gauge.Return(chunk);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            _gauge.Return(buffer);
        }
    }
}

/// <summary>The outcome of reading a body: the body, or why not, and the decoded bytes seen either way.</summary>
internal readonly record struct BodyRead(RequestBody? Body, BodyRefusal Refusal, long BytesSeen);

/// <summary>
/// Rents body buffers and counts the bytes held, now and at the peak, so that a test can see that memory stays
/// bounded whatever the clients send.
/// </summary>
/// <remarks>
/// Chunks come from a pool of this service's own, sized for every permit to hold a full body: a storm of refused
/// uploads then reuses the same chunks instead of leaving hundreds of megabytes of garbage for the collector, and
/// what the pool keeps is bounded by what the permits can hold at once. The one contiguous copy of an accepted
/// body comes from the shared pool.
/// </remarks>
internal sealed class BodyBufferGauge(ServiceLimits limits, ArticleExtractor extractor)
{
    private readonly ArrayPool<byte> _chunks = ArrayPool<byte>.Create(
        RequestBody.ChunkSize, limits.Permits * (extractor.Options.MaxInputLength / RequestBody.ChunkSize + 2));

    private long _current;
    private long _peak;

    /// <summary>Bytes held by bodies now.</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>The most bytes held at once since start-up.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Rents an array of at least <paramref name="length"/> bytes.</summary>
    public byte[] Rent(int length)
    {
        var array = (length == RequestBody.ChunkSize ? _chunks : ArrayPool<byte>.Shared).Rent(length);
        var now = Interlocked.Add(ref _current, array.Length);
        var peak = Interlocked.Read(ref _peak);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peak, now, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }

        return array;
    }

    /// <summary>Returns an array rented here.</summary>
    public void Return(byte[] array)
    {
        Interlocked.Add(ref _current, -array.Length);
        (array.Length == RequestBody.ChunkSize ? _chunks : ArrayPool<byte>.Shared).Return(array);
    }
}
