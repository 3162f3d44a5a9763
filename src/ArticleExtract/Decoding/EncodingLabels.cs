using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// Charset labels as pages and servers write them, resolved the way the WHATWG Encoding Standard says: every
/// label of its table (https://encoding.spec.whatwg.org/#names-and-labels) maps to one encoding name, and anything
/// else is not an encoding. AngleSharp has a label table too (<c>AngleSharp.Text.TextEncoding</c>), but its
/// <c>Resolve</c> returns UTF-8 for every legacy label unless the process registered the code-pages provider before
/// AngleSharp's first use, and it lists labels of the "replacement" encoding (iso-2022-kr, hz-gb-2312) as ordinary
/// encodings; so the table is kept here, as data.
/// </summary>
internal static class EncodingLabels
{
    /// <summary>The encoding a label of the "replacement" group names: decoding gives one U+FFFD (it blocks ISO-2022-KR/CN tricks).</summary>
    public const string Replacement = "replacement";

    /// <summary>The x-user-defined encoding: bytes 0x80-0xFF map to U+F780-U+F7FF.</summary>
    public const string XUserDefined = "x-user-defined";

    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Encoding name → the labels that name it, from the Encoding Standard's table; the code page .NET decodes it
    // with, or 0 where our own decoder serves (ISO-8859-10, -14 and -16, which .NET lacks, and the two special
    // encodings).
    private static readonly (string Name, int CodePage, string[] Labels)[] Table =
    [
        ("UTF-8", 65001, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        ("IBM866", 866, ["866", "cp866", "csibm866", "ibm866"]),
        ("ISO-8859-2", 28592, ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        ("ISO-8859-3", 28593, ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        ("ISO-8859-4", 28594, ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        ("ISO-8859-5", 28595, ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        ("ISO-8859-6", 28596, ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        ("ISO-8859-7", 28597, ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        ("ISO-8859-8", 28598, ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"]),
        ("ISO-8859-8-I", 38598, ["csiso88598i", "iso-8859-8-i", "logical"]),
        ("ISO-8859-10", 0, ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("ISO-8859-13", 28603, ["iso-8859-13", "iso8859-13", "iso885913"]),
        ("ISO-8859-14", 0, ["iso-8859-14", "iso8859-14", "iso885914"]),
        ("ISO-8859-15", 28605, ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("ISO-8859-16", 0, ["iso-8859-16"]),
        ("KOI8-R", 20866, ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ("KOI8-U", 21866, ["koi8-ru", "koi8-u"]),
        ("macintosh", 10000, ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        ("windows-874", 874, ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        ("windows-1250", 1250, ["cp1250", "windows-1250", "x-cp1250"]),
        ("windows-1251", 1251, ["cp1251", "windows-1251", "x-cp1251"]),
        ("windows-1252", 1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        ("windows-1253", 1253, ["cp1253", "windows-1253", "x-cp1253"]),
        ("windows-1254", 1254, ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"]),
        ("windows-1255", 1255, ["cp1255", "windows-1255", "x-cp1255"]),
        ("windows-1256", 1256, ["cp1256", "windows-1256", "x-cp1256"]),
        ("windows-1257", 1257, ["cp1257", "windows-1257", "x-cp1257"]),
        ("windows-1258", 1258, ["cp1258", "windows-1258", "x-cp1258"]),
        ("x-mac-cyrillic", 10007, ["x-mac-cyrillic", "x-mac-ukrainian"]),
        // The standard's GBK decoder is its gb18030 decoder.
        ("GBK", 54936, ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]),
        ("gb18030", 54936, ["gb18030"]),
        ("Big5", 950, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("EUC-JP", 51932, ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        ("ISO-2022-JP", 50220, ["csiso2022jp", "iso-2022-jp"]),
        ("Shift_JIS", 932, ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        // The standard's EUC-KR is Microsoft's extension of it, code page 949.
        ("EUC-KR", 949, ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"]),
        (Replacement, 0, ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]),
        ("UTF-16BE", 1201, ["unicodefffe", "utf-16be"]),
        ("UTF-16LE", 1200, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
        (XUserDefined, 0, ["x-user-defined"]),
    ];

    private static readonly Dictionary<string, (string Name, int CodePage)> ByLabel = BuildIndex();

    private static Dictionary<string, (string Name, int CodePage)> BuildIndex()
    {
        var index = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, codePage, labels) in Table)
        {
            foreach (var label in labels)
            {
                index.Add(label, (name, codePage));
            }
        }

        return index;
    }

    /// <summary>Every encoding name of the table with the code page it decodes with (0 for none).</summary>
    public static IEnumerable<(string Name, int CodePage)> Names => Table.Select(e => (e.Name, e.CodePage));

    /// <summary>
    /// The standard's "get an encoding": the label without leading and trailing ASCII white space, matched without
    /// regard to ASCII case. Gives the encoding's name (for example <c>windows-1252</c> for <c>latin1</c>).
    /// </summary>
    public static bool TryGetName(ReadOnlySpan<char> label, out string name)
    {
        var trimmed = label.Trim(" \t\n\f\r");
        var lookup = ByLabel.GetAlternateLookup<ReadOnlySpan<char>>();
        if (trimmed.Length is > 0 and < 40 && lookup.TryGetValue(trimmed, out var entry))
        {
            name = entry.Name;
            return true;
        }

        name = "";
        return false;
    }

    /// <summary>The decoder for an encoding name from <see cref="TryGetName"/>; <see langword="null"/> for a name outside the table.</summary>
    public static Encoding? ForName(string name)
    {
        if (name == XUserDefined)
        {
            return XUserDefinedEncoding.Instance;
        }

        if (name == Replacement)
        {
            return ReplacementEncoding.Instance;
        }

        if (!ByLabel.TryGetValue(name, out var entry))
        {
            return null;
        }

        return entry.CodePage switch
        {
            0 => SingleByteEncoding.ForName(name),
            65001 => Encoding.UTF8,
            1200 => Encoding.Unicode,
            1201 => Encoding.BigEndianUnicode,
            1252 => Windows1252,
            _ => CodePages.GetOrAdd(entry.CodePage, CodePage),
        };
    }

    // The code pages as the standard decodes them, built once each: the multi-byte ones with its handling of bytes that
    // are no character (WebDecoderFallback, a new copy of the encoding), the single-byte ones with its indexes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Encoding> CodePages = new();

    private const int Gb18030CodePage = 54936;

    private static Encoding CodePage(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        // .NET's single-byte code pages map every byte to a character (the fallback never runs, and one of two
        // characters would double the buffer they are decoded into); some map it to another than the standard's.
        if (encoding.IsSingleByte)
        {
            return SingleByteEncoding.FromCodePage(encoding);
        }

        var fallback = codePage == Gb18030CodePage ? WebDecoderFallback.Gb18030 : WebDecoderFallback.Instance;
        return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, fallback)
            ?? Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, fallback);
    }

    /// <summary>The decoder for a label, when it names an encoding .NET can decode.</summary>
    public static bool TryGet(ReadOnlySpan<char> label, out Encoding encoding)
    {
        if (TryGetName(label, out var name) && ForName(name) is { } found)
        {
            encoding = found;
            return true;
        }

        encoding = null!;
        return false;
    }

    /// <summary>
    /// The <c>charset</c> parameter of an HTTP <c>Content-Type</c> value such as <c>text/html; charset="UTF-8"</c>,
    /// parsed as the MIME Sniffing Standard parses parameters (the first <c>charset</c> wins; a quoted value may
    /// hold semicolons and backslash escapes). A value without a type (<c>charset=utf-8</c>) is read the same way.
    /// </summary>
    public static bool TryCharsetParameter(ReadOnlySpan<char> contentType, out string label)
    {
        var rest = contentType;
        var semicolon = rest.IndexOf(';');
        if (rest.IndexOf('/') is var slash && slash >= 0 && (semicolon < 0 || slash < semicolon))
        {
            rest = semicolon < 0 ? [] : rest[(semicolon + 1)..];
        }

        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart(" \t\n\r");
            var nameEnd = rest.IndexOfAny(";=");
            if (nameEnd < 0)
            {
                break;
            }

            var name = rest[..nameEnd];
            rest = rest[nameEnd..];
            if (rest[0] == ';')
            {
                rest = rest[1..];
                continue;
            }

            rest = rest[1..];
            string value;
            if (!rest.IsEmpty && rest[0] == '"')
            {
                value = QuotedString(rest[1..], out var consumed);
                rest = rest[(1 + consumed)..];
                var next = rest.IndexOf(';');
                rest = next < 0 ? [] : rest[(next + 1)..];
            }
            else
            {
                var end = rest.IndexOf(';');
                value = (end < 0 ? rest : rest[..end]).TrimEnd(" \t\n\r").ToString();
                rest = end < 0 ? [] : rest[(end + 1)..];
            }

            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                label = value;
                return true;
            }
        }

        label = "";
        return false;
    }

    private static string QuotedString(ReadOnlySpan<char> text, out int consumed)
    {
        var sb = new StringBuilder();
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                consumed = i + 1;
                return sb.ToString();
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                c = text[i];
            }

            sb.Append(c);
        }

        consumed = text.Length;
        return sb.ToString();
    }
}
