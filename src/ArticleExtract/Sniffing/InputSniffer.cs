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
    public static string? ToText(ReadOnlySpan<byte> bytes, string? contentType, int maxLength, CancellationToken cancellationToken)
    {
        var inflated = Decompression.Unwrap(bytes, maxLength, cancellationToken);
        try
        {
            var page = inflated is { } i ? i.Buffer.AsSpan(0, i.Length) : bytes;
            if (Signatures.Match(page) is not null)
            {
                return null;
            }

            return ControlCharacters.Clean(HtmlDecoder.Decode(page, contentType));
        }
        finally
        {
            Decompression.Return(inflated);
        }
    }

    /// <summary>
    /// The page's text repaired of double-encoded UTF-8 and without stray control characters, or <see langword="null"/>
    /// when it is not a page. A caller who decoded a UTF-8 page as Latin-1 or windows-1252 (a missing or wrong charset
    /// in the response) hands in exactly the text the repair undoes, and it only ever produces Latin letters and
    /// punctuation, so a string read with any other encoding is left as it is.
    /// </summary>
    public static string? ToText(string text) =>
        Signatures.Match(text.AsSpan()) is not null ? null : ControlCharacters.Clean(Mojibake.Repair(text));
}
