using System.Buffers;
using System.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Repairs the JSON-LD that CMS templates break: raw control characters and line breaks inside strings, escapes
/// JSON does not have (<c>\'</c>, <c>\x</c>), commas before a closing bracket. One linear pass; the result is handed
/// back to the strict parser, so nothing is guessed beyond those repairs.
/// </summary>
internal static class LenientJson
{
    private static readonly SearchValues<char> BackslashOrSurrogate = SearchValues.Create(
        ['\\', .. Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c)]);

    /// <summary>
    /// The text with every lone surrogate, raw or written as a <c>\u</c> escape, replaced by U+FFFD, and every escape
    /// of a control character (<c>\u0001</c>, <c>\u007f</c>, <c>\u0085</c>, <c>\b</c>) left out (the same instance when
    /// it has neither). The strict parser accepts an escaped lone surrogate but reading the string back then throws an
    /// InvalidOperationException, and a raw one fails the transcoding to UTF-8 with an ArgumentException: neither is
    /// the JsonException a broken block gives, so a single such character would abort the whole extraction. A control
    /// character is removed from the page before parsing, raw or as a character reference; escaped in JSON it reached
    /// titles, names and the site name. A backslash outside a string (where the pairing below could differ from the
    /// parser's) fails the parse anyway.
    /// </summary>
    public static string WithoutLoneSurrogatesOrControls(string text)
    {
        // Most blocks hold no surrogate and no escape of one or of a control ("\ud…", "\u00…", "\b"): vectorised
        // searches tell, where the pass below stops at every escape ("https:\/\/…").
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && span.IndexOf("\\ud", StringComparison.OrdinalIgnoreCase) < 0
            && span.IndexOf("\\u00", StringComparison.Ordinal) < 0 && span.IndexOf("\\b", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(BackslashOrSurrogate);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] == '\\')
            {
                if (i + 1 < text.Length && text[i + 1] == 'b')
                {
                    Replace(ref sb, text, ref copied, i, 2, "");
                    i += 2;
                    continue;
                }

                var unit = i + 1 < text.Length && text[i + 1] == 'u' ? Hex4(text, i + 2) : -1;
                if (unit >= 0 && Sniffing.ControlCharacters.IsControl((char)unit))
                {
                    Replace(ref sb, text, ref copied, i, 6, "");
                    i += 6;
                    continue;
                }

                if (unit < 0 || !char.IsSurrogate((char)unit))
                {
                    // Any other escape, its character copied with it: "\\" must not start a "\u" seen below.
                    i += 2;
                    continue;
                }

                if (char.IsHighSurrogate((char)unit) && i + 7 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u'
                    && Hex4(text, i + 8) is var low and >= 0 && char.IsLowSurrogate((char)low))
                {
                    i += 12;
                    continue;
                }

                Replace(ref sb, text, ref copied, i, 6, "\\uFFFD");
                i += 6;
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                continue;
            }

            Replace(ref sb, text, ref copied, i, 1, "\uFFFD");
            i++;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static void Replace(ref StringBuilder? sb, string text, ref int copied, int at, int length, string with)
    {
        sb ??= new StringBuilder(text.Length);
        sb.Append(text, copied, at - copied).Append(with);
        copied = at + length;
    }

    /// <summary>The code unit four hex digits at <paramref name="at"/> write; -1 when there are not four.</summary>
    private static int Hex4(string text, int at)
    {
        if (at + 4 > text.Length)
        {
            return -1;
        }

        var value = 0;
        for (var k = at; k < at + 4; k++)
        {
            var digit = HexDigit(text[k]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public static string Repair(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    if (next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u')
                    {
                        sb.Append(c).Append(next);
                        i++;
                    }

                    // Any other escape is the character itself ("\'" → "'").
                    continue;
                }

                if (c == '"')
                {
                    inString = false;
                }

                sb.Append(c < ' ' ? ' ' : c);
                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == ',' && NextSignificant(text, i + 1) is '}' or ']')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The first <c>"name": "value"</c> in the text, read without parsing; null when absent or too long for a field.</summary>
    public static string? StringProperty(string text, string name)
    {
        var key = "\"" + name + "\"";
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var i = at + key.Length;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ':'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '"')
        {
            return null;
        }

        var end = text.IndexOf('"', i + 1);
        if (end < 0 || end - i > 300)
        {
            return null;
        }

        var value = text.Substring(i + 1, end - i - 1).Trim();
        return value.Length == 0 ? null : value;
    }

    private static char NextSignificant(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }
}
