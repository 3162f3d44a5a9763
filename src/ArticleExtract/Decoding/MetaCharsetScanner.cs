using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// Finds a charset declared in the first bytes of a page: <c>&lt;meta charset="…"&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>, or an XML declaration's encoding.
/// Works on the raw bytes, before any decoding, in one forward pass.
/// </summary>
internal static class MetaCharsetScanner
{
    private static readonly System.Buffers.SearchValues<char> ValueEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");

    public static bool TryFind(ReadOnlySpan<byte> head, out Encoding encoding)
    {
        // Every label we look for is ASCII, so Latin-1 maps each byte to one char without losing position.
        var text = Encoding.Latin1.GetString(head).AsSpan();

        if (text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = text.IndexOf("?>", StringComparison.Ordinal);
            if (end > 0 && TryAttribute(text[..end], "encoding", out var xmlLabel) && EncodingLabels.TryGet(xmlLabel, out encoding))
            {
                return true;
            }
        }

        var pos = 0;
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOf("<meta", StringComparison.OrdinalIgnoreCase);
            if (rel < 0)
            {
                break;
            }

            var start = pos + rel + 5;
            var close = text[start..].IndexOf('>');
            var tag = close < 0 ? text[start..] : text[start..(start + close)];
            pos = close < 0 ? text.Length : start + close + 1;

            if (TryAttribute(tag, "charset", out var label) && EncodingLabels.TryGet(label, out encoding))
            {
                return true;
            }

            if (TryAttribute(tag, "content", out var content) && EncodingLabels.TryFromContentType(content, out encoding))
            {
                return true;
            }
        }

        encoding = null!;
        return false;
    }

    private static bool TryAttribute(ReadOnlySpan<char> tag, string name, out ReadOnlySpan<char> value)
    {
        var pos = 0;
        while (pos < tag.Length)
        {
            var rel = tag[pos..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (rel < 0)
            {
                break;
            }

            var at = pos + rel;
            pos = at + name.Length;
            // The name must stand alone: "charset" inside "content=...charset=..." is handled by the caller.
            if (at > 0 && !char.IsWhiteSpace(tag[at - 1]) && tag[at - 1] != '"' && tag[at - 1] != '\'' && tag[at - 1] != '/')
            {
                continue;
            }

            var rest = tag[pos..].TrimStart();
            if (rest.Length == 0 || rest[0] != '=')
            {
                continue;
            }

            rest = rest[1..].TrimStart();
            if (rest.Length == 0)
            {
                break;
            }

            if (rest[0] is '"' or '\'')
            {
                var quote = rest[0];
                var end = rest[1..].IndexOf(quote);
                value = end < 0 ? rest[1..] : rest[1..(end + 1)];
                return true;
            }

            var stop = rest.IndexOfAny(ValueEnd);
            value = stop < 0 ? rest : rest[..stop];
            return true;
        }

        value = default;
        return false;
    }
}
