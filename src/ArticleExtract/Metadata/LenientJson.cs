using System.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Repairs the JSON-LD that CMS templates break: raw control characters and line breaks inside strings, escapes
/// JSON does not have (<c>\'</c>, <c>\x</c>), commas before a closing bracket. One linear pass; the result is handed
/// back to the strict parser, so nothing is guessed beyond those repairs.
/// </summary>
internal static class LenientJson
{
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
