using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>
/// Stage 2a, before parsing: one linear pass over the markup that (1) counts start tags, so a page with too many
/// elements is refused before the parser spends time on it, and (2) caps element nesting, dropping start tags
/// (and their end tags) deeper than the cap while keeping their content, much as browsers flatten absurd nesting.
/// </summary>
/// <remarks>
/// Why: AngleSharp's tree builder is superlinear in nesting depth (20,000 nested <c>div</c>s take minutes) and
/// every later stage walks the tree, so depth must be bounded before the parser sees the page. The depth count
/// is an estimate from tags alone: elements whose end tag is optional (<c>p</c>, <c>li</c>, <c>td</c>…) and void
/// elements do not count, so it never over-counts well-formed pages; real pages stay far below the cap and come
/// through untouched and unallocated.
/// </remarks>
internal static class NestingGuard
{
    public readonly record struct Result(string Html, int StartTags, int DroppedTags);

    public static Result Apply(string html, int maxDepth)
    {
        StringBuilder? rewritten = null;
        var copiedUpTo = 0;
        var depth = 0;
        var excess = 0;
        var startTags = 0;
        var dropped = 0;
        var i = 0;
        var span = html.AsSpan();

        while (i < span.Length)
        {
            var rel = span[i..].IndexOf('<');
            if (rel < 0)
            {
                break;
            }

            var lt = i + rel;
            if (lt + 1 >= span.Length)
            {
                break;
            }

            var next = span[lt + 1];
            if (next == '!')
            {
                i = SkipMarkupDeclaration(span, lt);
                continue;
            }

            if (next == '?')
            {
                i = SkipTo(span, lt + 2, '>');
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= span.Length || !char.IsAsciiLetter(span[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < span.Length && (char.IsAsciiLetterOrDigit(span[nameEnd]) || span[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var name = span[nameStart..nameEnd];
            var gt = FindTagEnd(span, nameEnd);
            var tagEnd = gt < 0 ? span.Length : gt + 1;
            var kind = Classify(name);

            if (closing)
            {
                if (kind == TagKind.Counted)
                {
                    if (excess > 0)
                    {
                        excess--;
                        Drop(ref rewritten, html, ref copiedUpTo, lt, tagEnd);
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }

                i = tagEnd;
                continue;
            }

            startTags++;
            var selfClosing = gt > 0 && span[gt - 1] == '/';
            if (kind == TagKind.RawText)
            {
                i = SkipRawText(span, tagEnd, name);
                continue;
            }

            if (kind == TagKind.Counted && !selfClosing)
            {
                if (depth >= maxDepth)
                {
                    excess++;
                    dropped++;
                    Drop(ref rewritten, html, ref copiedUpTo, lt, tagEnd);
                }
                else
                {
                    depth++;
                }
            }

            i = tagEnd;
        }

        if (rewritten is null)
        {
            return new Result(html, startTags, 0);
        }

        rewritten.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return new Result(rewritten.ToString(), startTags, dropped);
    }

    private static void Drop(ref StringBuilder? sb, string html, ref int copiedUpTo, int from, int to)
    {
        sb ??= new StringBuilder(html.Length);
        sb.Append(html, copiedUpTo, from - copiedUpTo);
        copiedUpTo = to;
    }

    private enum TagKind
    {
        Counted,
        NotCounted,
        RawText,
    }

    private static TagKind Classify(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[12];
        if (name.Length > lower.Length)
        {
            return TagKind.Counted;
        }

        var n = name.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            // Void elements never nest; elements with optional end tags close themselves.
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param"
                or "source" or "track" or "wbr" or "keygen" or "frame" or "basefont" or "bgsound" or "image"
                or "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tr" or "td" or "th" or "tbody"
                or "thead" or "tfoot" or "colgroup" or "caption" or "rb" or "rt" or "rp" or "rtc"
                or "html" or "head" or "body" => TagKind.NotCounted,
            // Their content is text to the tokenizer, so tags inside them are not tags.
            "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext" => TagKind.RawText,
            _ => TagKind.Counted,
        };
    }

    private static int FindTagEnd(ReadOnlySpan<char> span, int from)
    {
        var quote = '\0';
        for (var k = from; k < span.Length; k++)
        {
            var c = span[k];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '>')
            {
                return k;
            }
            else if ((c == '"' || c == '\'') && k > 0 && span[k - 1] == '=')
            {
                quote = c;
            }
            else if (c == '"' || c == '\'')
            {
                // A quote not right after '=' may still open a value written as name = "value".
                var back = k - 1;
                while (back > from && char.IsWhiteSpace(span[back]))
                {
                    back--;
                }

                if (span[back] == '=')
                {
                    quote = c;
                }
            }
        }

        return -1;
    }

    private static int SkipMarkupDeclaration(ReadOnlySpan<char> span, int lt)
    {
        if (span[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = span[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
            return end < 0 ? span.Length : lt + 4 + end + 3;
        }

        if (span[lt..].StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            var end = span[(lt + 9)..].IndexOf("]]>", StringComparison.Ordinal);
            return end < 0 ? span.Length : lt + 9 + end + 3;
        }

        return SkipTo(span, lt + 2, '>');
    }

    private static int SkipTo(ReadOnlySpan<char> span, int from, char c)
    {
        var rel = span[from..].IndexOf(c);
        return rel < 0 ? span.Length : from + rel + 1;
    }

    private static int SkipRawText(ReadOnlySpan<char> span, int from, ReadOnlySpan<char> name)
    {
        var k = from;
        while (k < span.Length)
        {
            var rel = span[k..].IndexOf("</", StringComparison.Ordinal);
            if (rel < 0)
            {
                return span.Length;
            }

            var at = k + rel + 2;
            if (at + name.Length <= span.Length && span.Slice(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            k = at;
        }

        return span.Length;
    }
}
