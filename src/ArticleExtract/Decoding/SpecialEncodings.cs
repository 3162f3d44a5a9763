using System.Globalization;
using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// The Encoding Standard's x-user-defined: ASCII bytes stay, bytes 0x80-0xFF become U+F780-U+F7FF. Only the
/// transport can select it (a <c>&lt;meta&gt;</c> naming it means windows-1252).
/// </summary>
internal sealed class XUserDefinedEncoding : Encoding
{
    public static readonly XUserDefinedEncoding Instance = new();

    public override string WebName => EncodingLabels.XUserDefined;

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : c is >= '\uF780' and <= '\uF7FF' ? (byte)(c - 0xF700) : (byte)'?';
        }

        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            chars[charIndex + i] = b < 0x80 ? (char)b : (char)(0xF700 + b);
        }

        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}

/// <summary>
/// The Encoding Standard's "replacement" encoding, named by labels such as iso-2022-kr and hz-gb-2312 whose real
/// decoders enabled script injection: any non-empty input decodes to a single U+FFFD.
/// </summary>
internal sealed class ReplacementEncoding : Encoding
{
    public static readonly ReplacementEncoding Instance = new();

    public override string WebName => EncodingLabels.Replacement;

    public override int GetByteCount(char[] chars, int index, int count) => 0;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => 0;

    public override int GetCharCount(byte[] bytes, int index, int count) => count == 0 ? 0 : 1;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        if (byteCount == 0)
        {
            return 0;
        }

        chars[charIndex] = '\uFFFD';
        return 1;
    }

    public override int GetMaxByteCount(int charCount) => 0;

    public override int GetMaxCharCount(int byteCount) => Math.Min(byteCount, 1);
}

/// <summary>
/// A single-byte encoding decoded by a table of its upper 128 bytes (ASCII bytes are their own code points): the
/// Encoding Standard's single-byte encodings that .NET has no code page for (ISO-8859-10, -14 and -16), and those whose
/// .NET code page disagrees with the standard's index (<see cref="FromCodePage"/>). Decoding is stateless, so the base
/// class's decoder serves streams too.
/// </summary>
internal sealed class SingleByteEncoding : Encoding
{
    // Bytes 0xA0-0xFF of each, from the Encoding Standard's index files (which follow Unicode's mapping tables).
    private const string Latin6 =
        "\u00A0\u0104\u0112\u0122\u012A\u0128\u0136\u00A7\u013B\u0110\u0160\u0166\u017D\u00AD\u016A\u014A"
        + "\u00B0\u0105\u0113\u0123\u012B\u0129\u0137\u00B7\u013C\u0111\u0161\u0167\u017E\u2015\u016B\u014B"
        + "\u0100\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u012E\u010C\u00C9\u0118\u00CB\u0116\u00CD\u00CE\u00CF"
        + "\u00D0\u0145\u014C\u00D3\u00D4\u00D5\u00D6\u0168\u00D8\u0172\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF"
        + "\u0101\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u012F\u010D\u00E9\u0119\u00EB\u0117\u00ED\u00EE\u00EF"
        + "\u00F0\u0146\u014D\u00F3\u00F4\u00F5\u00F6\u0169\u00F8\u0173\u00FA\u00FB\u00FC\u00FD\u00FE\u0138";

    private const string Latin8 =
        "\u00A0\u1E02\u1E03\u00A3\u010A\u010B\u1E0A\u00A7\u1E80\u00A9\u1E82\u1E0B\u1EF2\u00AD\u00AE\u0178"
        + "\u1E1E\u1E1F\u0120\u0121\u1E40\u1E41\u00B6\u1E56\u1E81\u1E57\u1E83\u1E60\u1EF3\u1E84\u1E85\u1E61"
        + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
        + "\u0174\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u1E6A\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u0176\u00DF"
        + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
        + "\u0175\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u1E6B\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u0177\u00FF";

    private const string Latin10 =
        "\u00A0\u0104\u0105\u0141\u20AC\u201E\u0160\u00A7\u0161\u00A9\u0218\u00AB\u0179\u00AD\u017A\u017B"
        + "\u00B0\u00B1\u010C\u0142\u017D\u201D\u00B6\u00B7\u017E\u010D\u0219\u00BB\u0152\u0153\u0178\u017C"
        + "\u00C0\u00C1\u00C2\u0102\u00C4\u0106\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
        + "\u0110\u0143\u00D2\u00D3\u00D4\u0150\u00D6\u015A\u0170\u00D9\u00DA\u00DB\u00DC\u0118\u021A\u00DF"
        + "\u00E0\u00E1\u00E2\u0103\u00E4\u0107\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
        + "\u0111\u0144\u00F2\u00F3\u00F4\u0151\u00F6\u015B\u0171\u00F9\u00FA\u00FB\u00FC\u0119\u021B\u00FF";

    // Bytes .NET's code pages decode otherwise than the standard's index, as "byte=code point" in hexadecimal: characters
    // added to the ISO tables after Windows copied them, and Mac OS 9's revision of Mac Cyrillic.
    private static readonly (int CodePage, string Bytes)[] Revised =
    [
        // ISO-8859-7:2003: the euro and drachma signs and the ypogegrammeni (.NET: private-use characters).
        (28597, "A4=20AC A5=20AF AA=037A"),
        // ISO-8859-8 (and -8-I, the same bytes read in logical order): the left-to-right and right-to-left marks.
        (28598, "FD=200E FE=200F"),
        (38598, "FD=200E FE=200F"),
        // x-mac-cyrillic: Ukrainian Ґ and ґ and the euro sign (.NET: ¢, ∂ and ¤).
        (10007, "A2=0490 B6=0491 FF=20AC"),
    ];

    // The C1 controls, bytes 0x80-0x9F of the ISO encodings (declared before the encodings built from it).
    private static readonly string C1 = string.Create(32, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0x80 + i);
        }
    });

    private static readonly SingleByteEncoding Iso885910 = new("iso-8859-10", C1 + Latin6);
    private static readonly SingleByteEncoding Iso885914 = new("iso-8859-14", C1 + Latin8);
    private static readonly SingleByteEncoding Iso885916 = new("iso-8859-16", C1 + Latin10);

    private readonly string _high;
    private readonly string _webName;

    private SingleByteEncoding(string webName, string high)
    {
        _webName = webName;
        _high = high;
    }

    public override string WebName => _webName;

    public override bool IsSingleByte => true;

    /// <summary>The decoder for one of the three names of <see cref="EncodingLabels"/>' table, else <see langword="null"/>.</summary>
    public static SingleByteEncoding? ForName(string name) => name switch
    {
        "ISO-8859-10" => Iso885910,
        "ISO-8859-14" => Iso885914,
        "ISO-8859-16" => Iso885916,
        _ => null,
    };

    /// <summary>
    /// A .NET single-byte code page as the standard decodes it: a byte .NET maps to a private-use character is no
    /// character in the standard's index (U+FFFD) unless <see cref="Revised"/> gives it one, as are the bytes Windows
    /// left undefined in Greek, Hebrew, Thai and Baltic; <paramref name="codePage"/> itself when nothing differs. The
    /// one private-use character of the standard, macintosh's Apple logo, is kept.
    /// </summary>
    public static Encoding FromCodePage(Encoding codePage)
    {
        Span<byte> bytes = stackalloc byte[128];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        var high = codePage.GetString(bytes).ToCharArray();
        if (high.Length != 128)
        {
            return codePage;
        }

        var differs = false;
        for (var i = 0; i < high.Length; i++)
        {
            if (high[i] is >= '\uE000' and <= '\uF8FF' && !(codePage.CodePage == 10000 && i == 0xF0 - 0x80))
            {
                high[i] = '\uFFFD';
                differs = true;
            }
        }

        foreach (var (page, revised) in Revised)
        {
            if (page != codePage.CodePage)
            {
                continue;
            }

            foreach (var pair in revised.Split(' '))
            {
                high[Hex(pair.AsSpan(0, 2)) - 0x80] = (char)Hex(pair.AsSpan(3));
                differs = true;
            }
        }

        return differs ? new SingleByteEncoding(codePage.WebName, new string(high)) : codePage;
    }

    private static int Hex(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            var high = c == '\uFFFD' ? -1 : _high.IndexOf(c, StringComparison.Ordinal);
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : high >= 0 ? (byte)(0x80 + high) : (byte)'?';
        }

        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    public override unsafe int GetCharCount(byte* bytes, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    // The span and pointer forms (GetString and the pooled decoding go through them) decode in place: the base class
    // would copy both sides into new arrays.
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars) => Decode(bytes, chars);

    public override unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount) =>
        Decode(new ReadOnlySpan<byte>(bytes, byteCount), new Span<char>(chars, charCount));

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("The destination is shorter than the bytes to decode.", nameof(chars));
        }

        var high = _high;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b < 0x80 ? (char)b : high[b - 0x80];
        }

        return bytes.Length;
    }
}
