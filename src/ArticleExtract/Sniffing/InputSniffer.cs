using ArticleExtract.Decoding;

namespace ArticleExtract.Sniffing;

/// <summary>
/// Stage 0: what arrived. Before any decoding, compressed data (gzip, zlib) is inflated within the input limit and
/// binary formats are recognized by their leading bytes; after decoding, text too full of control characters is
/// refused and the few stray ones a real page may hold are removed. Every entry point (string, bytes, stream) goes
/// through here, so no body is ever made of control characters.
/// </summary>
internal static class InputSniffer
{
    /// <summary>The page's text, or <see langword="null"/> when the bytes are not a page (<see cref="ExtractionOutcome.NotHtml"/>).</summary>
    /// <exception cref="ExtractionLimitException">The bytes inflate to more than <paramref name="maxLength"/> bytes.</exception>
    /// <remarks><paramref name="host"/>, the page's host name, may break a near tie when the encoding of undeclared legacy bytes is guessed.</remarks>
    public static string? ToText(ReadOnlySpan<byte> bytes, string? contentType, int maxLength, CancellationToken cancellationToken, string? host = null) =>
        Read(bytes, contentType, host, maxLength, static (page, type, host) => ControlCharacters.Clean(HtmlDecoder.Decode(page, type, host)), cancellationToken);

    /// <summary>
    /// As <see cref="ToText(ReadOnlySpan{byte}, string?, int, CancellationToken, string?)"/>, the text decoded into a buffer rented
    /// from the shared pool, which disposing the result returns (the caller keeps it until nothing reads the document
    /// parsed from it).
    /// </summary>
    /// <exception cref="ExtractionLimitException">The bytes inflate to more than <paramref name="maxLength"/> bytes.</exception>
    public static PooledText? ToPooledText(ReadOnlySpan<byte> bytes, string? contentType, int maxLength, CancellationToken cancellationToken, string? host = null) =>
        Read(bytes, contentType, host, maxLength, static (page, type, host) => DecodePooled(page, type, host), cancellationToken);

    private delegate T? PageDecoder<T>(ReadOnlySpan<byte> page, string? contentType, string? host)
        where T : class;

    /// <summary>The page inflated within the limit, binary formats refused (null), then decoded by <paramref name="decode"/>.</summary>
    private static T? Read<T>(ReadOnlySpan<byte> bytes, string? contentType, string? host, int maxLength, PageDecoder<T> decode, CancellationToken cancellationToken)
        where T : class
    {
        var inflated = Decompression.Unwrap(bytes, maxLength, cancellationToken);
        try
        {
            var page = inflated is { } i ? i.Buffer.AsSpan(0, i.Length) : bytes;
            return Signatures.Match(page) is not null ? null : decode(page, contentType, host);
        }
        finally
        {
            Decompression.Return(inflated);
        }
    }

    private static PooledText? DecodePooled(ReadOnlySpan<byte> page, string? contentType, string? host)
    {
        var buffer = HtmlDecoder.DecodeRented(page, contentType, out var length, host);
        var text = new PooledText(buffer, length);
        var kept = false;
        try
        {
            var cleaned = ControlCharacters.Clean(buffer.AsSpan(0, length));
            kept = cleaned >= 0;
            return kept ? text.Cut(cleaned) : null;
        }
        finally
        {
            if (!kept)
            {
                text.Dispose();
            }
        }
    }

    /// <summary>The page's text without stray control characters, or <see langword="null"/> when it is not a page.</summary>
    public static string? ToText(string text) =>
        Signatures.Match(text.AsSpan()) is not null ? null : ControlCharacters.Clean(text);
}
