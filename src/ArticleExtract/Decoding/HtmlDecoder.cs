using System.Buffers;
using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// Stage 1: bytes to text, choosing the encoding as the HTML standard's encoding sniffing algorithm does, in its
/// order: a byte-order mark; the transport's charset (the HTTP <c>Content-Type</c>, honoured as given, UTF-16
/// included); the prescan of the first bytes for a <c>&lt;meta&gt;</c> declaration (where UTF-16 means UTF-8). When
/// none decides, the standard leaves the choice to the user agent: an XML declaration's encoding, then UTF-16
/// recognized by its NUL pattern, then UTF-8 when the bytes are valid UTF-8, else a guess from the bytes themselves as
/// browsers make it (<see cref="EncodingGuess"/>: Shift_JIS, GBK, windows-1251…), windows-1252 when nothing fits better.
/// </summary>
internal static class HtmlDecoder
{
    // The standard prescans 1,024 bytes and lets a later <meta> change the encoding while parsing (a reparse); we parse
    // once, so the prescan looks further instead, at a cost that stays tiny. 32 KiB covers the long heads of real
    // pages and every html5lib encoding test (the longest puts its <meta> at byte 8,317).
    private const int PrescanBytes = 32 * 1024;

    // The UTF-16 pattern check: in this many leading bytes, at least this share of one parity must be NUL and at most
    // the other share of the other parity (ASCII markup in UTF-16 is every other byte NUL).
    private const int Utf16SampleBytes = 1024;
    private const double Utf16NulShare = 0.4;
    private const double Utf16OtherNulShare = 0.05;

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, string? host = null)
    {
        var (encoding, bomLength) = Detect(bytes, contentType, host);
        return encoding.GetString(bytes[bomLength..]);
    }

    /// <summary>
    /// As <see cref="Decode"/>, into a buffer rented from the shared pool (its first <paramref name="length"/>
    /// characters), which the caller returns: the page's text was a new string of twice its characters in bytes, over
    /// the large-object threshold on most pages.
    /// </summary>
    public static char[] DecodeRented(ReadOnlySpan<byte> bytes, string? contentType, out int length, string? host = null)
    {
        var (encoding, bomLength) = Detect(bytes, contentType, host);
        var body = bytes[bomLength..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(body.Length)));
        try
        {
            length = encoding.GetChars(body, buffer);
            return buffer;
        }
        catch
        {
            ArrayPool<char>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The encoding of the bytes and the length of their byte-order mark; <paramref name="host"/>, the page's host name, only breaks near ties of the guess for undeclared legacy bytes.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes, string? contentType, string? host = null)
    {
        if (Bom(bytes) is { } bom)
        {
            return (bom.Encoding, bom.Length);
        }

        if (contentType is not null && EncodingLabels.TryCharsetParameter(contentType, out var label)
            && EncodingLabels.TryGet(label, out var fromHeader))
        {
            return (fromHeader, 0);
        }

        if (Prescan.Find(Head(bytes)) is { } name && EncodingLabels.ForName(name) is { } fromMeta)
        {
            // Saved and re-served pages are often transcoded to UTF-8 with the old declaration left in place.
            // Bytes that are valid UTF-8 and use multi-byte sequences are almost never legacy-encoded text, so
            // they win over a legacy meta declaration (never over a BOM or an HTTP header, which describe the bytes).
            // A sequence cut off at the end is forgiven as UTF-8 but is no evidence of it: the bytes before it must hold one.
            if (fromMeta.CodePage != Encoding.UTF8.CodePage && fromMeta is not (UnicodeEncoding or ReplacementEncoding)
                && HasMultiByteSequences(bytes) && IsValidUtf8(bytes, out var complete) && HasMultiByteSequences(bytes[..complete]))
            {
                return (Encoding.UTF8, 0);
            }

            return (fromMeta, 0);
        }

        if (XmlDeclaration(Head(bytes)) is { } fromXml)
        {
            return (fromXml, 0);
        }

        if (Utf16Pattern(bytes) is { } utf16)
        {
            return (utf16, 0);
        }

        // ISO-2022-JP is seven-bit, so valid UTF-8 too: its escape sequences tell it first, as Firefox's detector does.
        if (EncodingGuess.IsIso2022Jp(bytes))
        {
            return (EncodingLabels.ForName("ISO-2022-JP") ?? EncodingLabels.Windows1252, 0);
        }

        if (IsValidUtf8(bytes))
        {
            return (Encoding.UTF8, 0);
        }

        return (EncodingGuess.Guess(bytes, host) is { } guess && EncodingLabels.ForName(guess) is { } guessed ? guessed : EncodingLabels.Windows1252, 0);
    }

    /// <summary>The encoding the bytes declare by the standard's rules alone: byte-order mark, then prescan; <see langword="null"/> when they declare none.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes) =>
        Bom(bytes) is { } bom ? bom.Name : Prescan.Find(Head(bytes));

    private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, PrescanBytes)];

    private static (Encoding Encoding, int Length, string Name)? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3, "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2, "UTF-16BE");
        }

        return null;
    }

    /// <summary>The encoding of a leading <c>&lt;?xml … encoding="…"?&gt;</c>, as XHTML pages declare it.</summary>
    private static Encoding? XmlDeclaration(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = head.IndexOf("?>"u8);
        var declaration = Encoding.Latin1.GetString(end < 0 ? head : head[..end]);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration.AsSpan(at + 8).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart();
        if (rest.IsEmpty || rest[0] is not ('"' or '\''))
        {
            return null;
        }

        var close = rest[1..].IndexOf(rest[0]);
        // As with <meta>, an ASCII-readable declaration of UTF-16 cannot be right.
        return close > 0 && EncodingLabels.TryGet(rest[1..(close + 1)], out var encoding) && encoding is not UnicodeEncoding ? encoding : null;
    }

    /// <summary>UTF-16 without a byte-order mark, recognized by ASCII markup's every-other-byte NULs.</summary>
    private static Encoding? Utf16Pattern(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Utf16SampleBytes) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul >= pairs * Utf16NulShare && evenNul <= pairs * Utf16OtherNulShare)
        {
            return Encoding.Unicode;
        }

        if (evenNul >= pairs * Utf16NulShare && oddNul <= pairs * Utf16OtherNulShare)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static bool HasMultiByteSequences(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0xC2, (byte)0xF4) >= 0;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => IsValidUtf8(bytes, out _);

    /// <summary>Whether the bytes are UTF-8, a sequence cut off at the end forgiven; <paramref name="complete"/> is the length before it.</summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out int complete)
    {
        complete = bytes.Length;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        // A page cut mid-character is still UTF-8: forgive an unfinished sequence at the end (a lead byte and fewer
        // continuation bytes than it announces), but not just any last bytes: a legacy page whose only non-ASCII
        // character sits near its end ("5 \x80", "caf\xE9.\n") is not UTF-8.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (IsUnfinishedSequence(bytes[^cut..]) && System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                complete = bytes.Length - cut;
                return true;
            }
        }

        return false;
    }

    private static bool IsUnfinishedSequence(ReadOnlySpan<byte> tail)
    {
        var expected = tail[0] switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (tail.Length >= expected)
        {
            return false;
        }

        foreach (var b in tail[1..])
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
