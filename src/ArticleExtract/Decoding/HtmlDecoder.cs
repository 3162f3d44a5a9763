using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// Stage 1: bytes to text. The encoding is chosen the way browsers do, in this order: a byte-order mark, the
/// HTTP <c>Content-Type</c> charset, a <c>&lt;meta&gt;</c> declaration in the first bytes, then UTF-8 when the
/// bytes are valid UTF-8, else windows-1252 (what browsers assume for undeclared Western pages).
/// </summary>
internal static class HtmlDecoder
{
    // Browsers look at the first 1,024 bytes; real pages often put the meta a little later, behind long
    // comments or scripts, so we look further at a cost that stays tiny.
    private const int PrescanBytes = 8192;


    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (encoding, bomLength) = Detect(bytes, contentType);
        return encoding.GetString(bytes[bomLength..]);
    }

    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (contentType is not null && EncodingLabels.TryFromContentType(contentType, out var fromHeader))
        {
            return (fromHeader, 0);
        }

        if (MetaCharsetScanner.TryFind(bytes[..Math.Min(bytes.Length, PrescanBytes)], out var fromMeta))
        {
            // Saved and re-served pages are often transcoded to UTF-8 with the old declaration left in place.
            // Bytes that are valid UTF-8 and use multi-byte sequences are almost never legacy-encoded text, so
            // they win over a legacy meta declaration (never over a BOM or an HTTP header, which describe the bytes).
            if (fromMeta.CodePage != Encoding.UTF8.CodePage && HasMultiByteSequences(bytes) && IsValidUtf8(bytes))
            {
                return (Encoding.UTF8, 0);
            }

            return (fromMeta, 0);
        }

        return (IsValidUtf8(bytes) ? Encoding.UTF8 : EncodingLabels.Windows1252, 0);
    }

    private static bool HasMultiByteSequences(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0xC2, (byte)0xF4) >= 0;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        // A page cut mid-character is still UTF-8: forgive up to three trailing bytes.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
