using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>Maps charset labels as pages write them to encodings, following the WHATWG Encoding Standard's aliases.</summary>
internal static class EncodingLabels
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static bool TryGet(ReadOnlySpan<char> label, out Encoding encoding)
    {
        var name = label.Trim().Trim("\"'").ToString().ToLowerInvariant();
        switch (name)
        {
            case "":
                encoding = null!;
                return false;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                encoding = Encoding.UTF8;
                return true;
            // A page that says UTF-16 in a meta tag was decodable as ASCII to read that tag, so it is not UTF-16:
            // the standard says to use UTF-8.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2":
                encoding = Encoding.UTF8;
                return true;
            // Browsers decode all of these as windows-1252, a superset that also defines 0x80–0x9F.
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso_8859-1" or "cp1252" or "x-cp1252" or "windows-1252" or "cp819" or "ibm819":
                encoding = Windows1252;
                return true;
            case "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312":
                name = "gb18030";
                break;
            case "x-sjis" or "sjis" or "ms_kanji" or "windows-31j":
                name = "shift_jis";
                break;
            case "ks_c_5601-1987" or "korean" or "windows-949":
                name = "euc-kr";
                break;
            case "tis-620" or "iso-8859-11":
                name = "windows-874";
                break;
        }

        if (name.StartsWith("x-", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        // "cp1251", "win1251", "windows1251": code-page numbers written the way older tools write them.
        var digits = name.AsSpan().TrimStart("cpwindows-");
        if (digits.Length is >= 3 and <= 5 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage)
            && CodePagesEncodingProvider.Instance.GetEncoding(codePage) is { } byNumber)
        {
            encoding = byNumber;
            return true;
        }

        // UTF-7 and UTF-32 are not in the WHATWG list, so browsers ignore those labels; .NET would throw for UTF-7
        // (disabled, SYSLIB0001) and decode UTF-8 bytes as garbage for UTF-32. UTF-7 is also an XSS vector
        // ("+ADw-script+AD4-").
        if (name.StartsWith("utf-7", StringComparison.Ordinal) || name.StartsWith("utf7", StringComparison.Ordinal)
            || name.StartsWith("utf-32", StringComparison.Ordinal) || name.StartsWith("utf32", StringComparison.Ordinal)
            || name.StartsWith("unicode-1-1-utf-7", StringComparison.Ordinal) || name.StartsWith("csunicode11utf7", StringComparison.Ordinal))
        {
            encoding = null!;
            return false;
        }

        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
            if (encoding.CodePage is 65000 or 12000 or 12001)
            {
                encoding = null!;
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An unknown or unsupported label is ignored, as browsers do; it is never an error.
            encoding = null!;
            return false;
        }
    }

    /// <summary>Reads the <c>charset</c> parameter of a Content-Type value such as <c>text/html; charset=UTF-8</c>.</summary>
    public static bool TryFromContentType(ReadOnlySpan<char> contentType, out Encoding encoding)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var rest = contentType[(at + 7)..].TrimStart();
            if (rest.Length > 0 && rest[0] == '=')
            {
                rest = rest[1..].TrimStart();
                var end = rest.IndexOfAny(";, \t");
                return TryGet(end < 0 ? rest : rest[..end], out encoding);
            }
        }

        encoding = null!;
        return false;
    }
}
