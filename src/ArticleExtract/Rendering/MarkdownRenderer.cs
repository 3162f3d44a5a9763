using System.Text;

namespace ArticleExtract.Rendering;

/// <summary>GitHub-flavoured Markdown: <c>#</c> headings by level, lists, pipe tables, fenced code, images, links.</summary>
internal static class MarkdownRenderer
{
    public static string Render(Article article)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(article.Title))
        {
            sb.Append("# ").Append(EscapeLine(article.Title)).Append("\n\n");
        }

        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                sb.Append('#', Math.Clamp(section.Level, 2, 6)).Append(' ').Append(EscapeLine(section.Heading)).Append("\n\n");
            }

            foreach (var block in section.Blocks)
            {
                AppendBlock(sb, block);
            }
        }

        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.Append('\n').ToString();
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                AppendInlines(sb, p.Inlines);
                sb.Append("\n\n");
                break;
            case ListBlock list:
                AppendList(sb, list);
                sb.Append('\n');
                break;
            case QuoteBlock q:
                for (var i = 0; i < q.Paragraphs.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(">\n");
                    }

                    foreach (var line in q.Paragraphs[i].Split('\n'))
                    {
                        sb.Append("> ").Append(Escape(line)).Append('\n');
                    }
                }

                if (q.Citation is not null)
                {
                    sb.Append(">\n> — ").Append(Escape(q.Citation)).Append('\n');
                }

                sb.Append('\n');
                break;
            case TableBlock t:
                AppendTable(sb, t);
                break;
            case CodeBlock c:
                var fence = Fence(c.Code);
                sb.Append(fence).Append(c.Language is { } lang ? SafeInfo(lang) : string.Empty).Append('\n').Append(c.Code).Append('\n').Append(fence).Append("\n\n");
                break;
            case ImageBlock img when !UrlSafety.IsSafe(img.Source):
                // Like the HTML rendering: no javascript: or data: image, only its words.
                if ((img.Alt ?? img.Caption) is { Length: > 0 } words)
                {
                    sb.Append(Escape(words).Replace('\n', ' ')).Append("\n\n");
                }

                break;
            case ImageBlock img:
                sb.Append("![").Append(Escape(img.Alt ?? img.Caption ?? string.Empty)).Append("](").Append(Destination(img.Source)).Append(')');
                if (img.Caption is not null)
                {
                    sb.Append("\n*").Append(Escape(img.Caption)).Append('*');
                }

                sb.Append("\n\n");
                break;
        }
    }

    private static void AppendInlines(StringBuilder sb, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            var text = Escape(inline.Text).Replace("\n", "\\\n", StringComparison.Ordinal);
            if (inline.Href is { Length: > 0 } href && UrlSafety.IsSafe(href))
            {
                sb.Append('[').Append(text).Append("](").Append(Destination(href)).Append(')');
            }
            else
            {
                sb.Append(text);
            }
        }
    }

    // CommonMark readers refuse or misread lists nested deeper than a few dozen levels (Markdig stops at its depth
    // limit); deeper items are written at this depth, which keeps every item and keeps the output readable.
    private const int MaxListIndent = 24;

    private static void AppendList(StringBuilder sb, ListBlock root)
    {
        var stack = new Stack<(ListBlock List, int Index, int Indent)>();
        stack.Push((root, 0, 0));
        while (stack.Count > 0)
        {
            var (list, index, indent) = stack.Pop();
            if (index >= list.Items.Count)
            {
                continue;
            }

            stack.Push((list, index + 1, indent));
            var item = list.Items[index];
            var marker = list.Ordered ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " : "- ";
            sb.Append(' ', indent).Append(marker);
            var start = sb.Length;
            AppendInlines(sb, item.Inlines);
            if (sb.Length == start)
            {
                sb.Append(' ');
            }

            sb.Append('\n');
            for (var i = item.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((item.Children[i], 0, Math.Min(indent + marker.Length, MaxListIndent)));
            }
        }
    }

    private static void AppendTable(StringBuilder sb, TableBlock table)
    {
        var columns = 0;
        foreach (var row in table.Rows)
        {
            var width = 0;
            foreach (var cell in row)
            {
                width += cell.ColumnSpan;
            }

            columns = Math.Max(columns, width);
        }

        if (columns == 0)
        {
            return;
        }

        if (table.Caption is not null)
        {
            sb.Append('*').Append(Escape(table.Caption)).Append("*\n\n");
        }

        // GFM tables need exactly one header row; without one, an empty header keeps the grid.
        var first = table.HeaderRowCount > 0 ? 1 : 0;
        AppendRow(sb, first == 1 ? table.Rows[0] : null, columns);
        sb.Append('|');
        for (var i = 0; i < columns; i++)
        {
            sb.Append(" --- |");
        }

        sb.Append('\n');
        for (var r = first; r < table.Rows.Count; r++)
        {
            AppendRow(sb, table.Rows[r], columns);
        }

        sb.Append('\n');
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<TableCell>? row, int columns)
    {
        sb.Append('|');
        var written = 0;
        if (row is not null)
        {
            foreach (var cell in row)
            {
                // A spanning cell repeats its text in each column it covers.
                for (var s = 0; s < cell.ColumnSpan && written < columns; s++, written++)
                {
                    // Escape already turns '|' into "\|"; escaping again left a bare '|' that split the cell.
                    sb.Append(' ').Append(Escape(cell.Text).Replace('\n', ' ')).Append(" |");
                }
            }
        }

        for (; written < columns; written++)
        {
            sb.Append("  |");
        }

        sb.Append('\n');
    }

    // In a <...> destination a backslash escapes the closing '>' and a line break ends the link, either of which
    // would let the following text take part in the link; percent-encoding them keeps the URL one token.
    private static string Destination(string url) =>
        "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal) + ">";

    /// <summary>
    /// A backtick fence longer than any backtick run in the code: a fixed fence could be closed by a line of the
    /// code itself, after which the rest of the code would be read as Markdown (links, raw HTML).
    /// </summary>
    private static string Fence(string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    private static string SafeInfo(string lang)
    {
        var sb = new StringBuilder();
        foreach (var c in lang)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '+' or '#' or '_')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string EscapeLine(string text) => Escape(text).Replace('\n', ' ');

    /// <summary>Escapes the characters that would otherwise start Markdown syntax.</summary>
    private static string Escape(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~'
                || (c is '-' or '+' or '=' && (i == 0 || text[i - 1] == '\n'))
                || (c == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) && IsLineStartNumber(text, i))
                || (c == '!' && i + 1 < text.Length && text[i + 1] == '[');
            if (escape)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append('\\');
            }

            sb?.Append(c);
        }

        return sb?.ToString() ?? text;
    }

    private static bool IsLineStartNumber(string text, int dot)
    {
        var i = dot - 1;
        while (i >= 0 && char.IsAsciiDigit(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] == '\n';
    }
}
