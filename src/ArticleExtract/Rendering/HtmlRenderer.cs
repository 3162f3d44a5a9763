using System.Text;
using ArticleExtract.Dom;

namespace ArticleExtract.Rendering;

/// <summary>
/// Clean, semantic HTML built from the model, never from the page's markup: every text is escaped, links and
/// images are emitted only for http(s) and relative URLs, no attribute but <c>href</c>, <c>title</c> (on links),
/// <c>src</c>, <c>alt</c>, <c>rel</c>, <c>colspan</c>, <c>class</c> (on code) and a numbered list's <c>start</c>,
/// <c>reversed</c> and <c>value</c> is ever written, and inline formatting is a fixed set of tags (<c>em</c>,
/// <c>strong</c>, <c>sub</c>, <c>sup</c>, <c>code</c>, <c>del</c>, and <c>dfn</c> around a definition list's term)
/// chosen from the model's flags. Safe to insert into a page.
/// </summary>
internal static class HtmlRenderer
{
    public static string Render(Article article)
    {
        var sb = new StringBuilder();
        sb.Append("<article>\n");
        if (!string.IsNullOrEmpty(article.Title))
        {
            sb.Append("<h1>");
            Escape(sb, article.Title);
            sb.Append("</h1>\n");
        }

        foreach (var section in article.Sections)
        {
            sb.Append("<section>\n");
            if (section.Heading is not null)
            {
                var level = Math.Clamp(section.Level, 2, 6);
                sb.Append("<h").Append(level).Append('>');
                Escape(sb, section.Heading);
                sb.Append("</h").Append(level).Append(">\n");
            }

            foreach (var block in section.Blocks)
            {
                AppendBlock(sb, block);
            }

            sb.Append("</section>\n");
        }

        return sb.Append("</article>\n").ToString();
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                // A term is marked as the defining instance of its name: a <dl> would need the extent of each definition.
                sb.Append(p.IsTerm ? "<p><dfn>" : "<p>");
                AppendInlines(sb, p.Inlines);
                sb.Append(p.IsTerm ? "</dfn></p>\n" : "</p>\n");
                break;
            case ListBlock list:
                AppendList(sb, list);
                break;
            case QuoteBlock q:
                sb.Append("<blockquote>");
                foreach (var para in q.ParagraphInlines)
                {
                    sb.Append("<p>");
                    AppendInlines(sb, para);
                    sb.Append("</p>");
                }

                if (!string.IsNullOrWhiteSpace(q.Citation))
                {
                    sb.Append("<footer>");
                    AppendInlines(sb, q.CitationInlines);
                    sb.Append("</footer>");
                }

                sb.Append("</blockquote>\n");
                break;
            case TableBlock t:
                AppendTable(sb, t);
                break;
            case CodeBlock c:
                sb.Append("<pre><code");
                if (c.Language is not null)
                {
                    sb.Append(" class=\"language-");
                    Escape(sb, c.Language);
                    sb.Append('"');
                }

                sb.Append('>');
                Escape(sb, c.Code);
                sb.Append("</code></pre>\n");
                break;
            case ImageBlock img when UrlSafety.IsSafe(img.Source):
                sb.Append("<figure><img src=\"");
                Escape(sb, img.Source);
                sb.Append("\" alt=\"");
                Escape(sb, img.Alt ?? string.Empty);
                sb.Append("\">");
                if (!string.IsNullOrWhiteSpace(img.Caption))
                {
                    sb.Append("<figcaption>");
                    AppendInlines(sb, img.CaptionInlines);
                    sb.Append("</figcaption>");
                }

                sb.Append("</figure>\n");
                break;
            case ImageBlock img:
                // No javascript: or data: image, only its words, as the Markdown rendering keeps them: a caption is
                // the article's text even when the picture's address is a placeholder.
                if ((img.Alt ?? img.Caption) is { Length: > 0 } words)
                {
                    sb.Append("<p>");
                    Escape(sb, words);
                    sb.Append("</p>\n");
                }

                break;
        }
    }

    private static void AppendInlines(StringBuilder sb, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline.IsLineBreak)
            {
                sb.Append("<br>");
                continue;
            }

            var link = inline.Href is { Length: > 0 } href && UrlSafety.IsSafe(href);
            if (link)
            {
                sb.Append("<a href=\"");
                Escape(sb, inline.Href!);
                sb.Append('"');
                if (inline.Title is { Length: > 0 } title)
                {
                    sb.Append(" title=\"");
                    Escape(sb, title);
                    sb.Append('"');
                }

                sb.Append(" rel=\"nofollow noopener noreferrer\">");
            }

            // Fixed tag names from the flags, never from the page: the order is the same for every run.
            var style = inline.Style;
            AppendTags(sb, style, open: true);
            EscapeWithBreaks(sb, inline.Text);
            AppendTags(sb, style, open: false);
            if (link)
            {
                sb.Append("</a>");
            }
        }
    }

    private static readonly (InlineStyle Style, string Open, string Close)[] StyleTags =
    [
        // Struck text outermost and emphasis outside strong, as the Markdown's "~~***both***~~" reads: one tree.
        (InlineStyle.Deleted, "<del>", "</del>"),
        (InlineStyle.Emphasis, "<em>", "</em>"),
        (InlineStyle.Strong, "<strong>", "</strong>"),
        (InlineStyle.Subscript, "<sub>", "</sub>"),
        (InlineStyle.Superscript, "<sup>", "</sup>"),
        (InlineStyle.Code, "<code>", "</code>"),
    ];

    private static void AppendTags(StringBuilder sb, InlineStyle style, bool open)
    {
        if (style == InlineStyle.None)
        {
            return;
        }

        for (var i = 0; i < StyleTags.Length; i++)
        {
            var (flag, openTag, closeTag) = StyleTags[open ? i : StyleTags.Length - 1 - i];
            if ((style & flag) != 0)
            {
                sb.Append(open ? openTag : closeTag);
            }
        }
    }

    private static void AppendList(StringBuilder sb, ListBlock root)
    {
        // Explicit stack: a close marker is pushed under each list's items so nested lists close in order.
        var stack = new Stack<(ListBlock? List, int Index, string? Close)>();
        stack.Push((root, -1, null));
        while (stack.Count > 0)
        {
            var (list, index, close) = stack.Pop();
            if (close is not null)
            {
                sb.Append(close);
                continue;
            }

            if (index < 0)
            {
                AppendListOpening(sb, list!);
                stack.Push((null, 0, list!.Ordered ? "</ol>\n" : "</ul>\n"));
                stack.Push((list, 0, null));
                continue;
            }

            if (index >= list!.Items.Count)
            {
                continue;
            }

            var item = list.Items[index];
            stack.Push((list, index + 1, null));
            stack.Push((null, 0, "</li>"));
            sb.Append("<li");
            if (list.Ordered && item.Value is { } value)
            {
                sb.Append(" value=\"").Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
            }

            sb.Append('>');
            AppendInlines(sb, item.Inlines);
            for (var i = item.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((item.Children[i], -1, null));
            }
        }
    }

    /// <summary>The list's opening tag; a numbered list's numbers as the page showed them (<c>start</c>, <c>reversed</c>).</summary>
    private static void AppendListOpening(StringBuilder sb, ListBlock list)
    {
        if (!list.Ordered)
        {
            sb.Append("<ul>");
            return;
        }

        sb.Append("<ol");
        if (list.Reversed)
        {
            sb.Append(" reversed");
        }

        // A reversed list counts down from its number of items unless told otherwise, as browsers do.
        if (list.Start != (list.Reversed ? list.Items.Count : 1))
        {
            sb.Append(" start=\"").Append(list.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
        }

        sb.Append('>');
    }

    private static void AppendTable(StringBuilder sb, TableBlock table)
    {
        sb.Append("<table>");
        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            sb.Append("<caption>");
            AppendInlines(sb, table.CaptionInlines);
            sb.Append("</caption>");
        }

        // A model built by hand may count more header rows than it has, or fewer than none: the tags must still pair.
        var headerRows = Math.Clamp(table.HeaderRowCount, 0, table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == 0 && headerRows > 0)
            {
                sb.Append("<thead>");
            }

            if (r == headerRows)
            {
                sb.Append("<tbody>");
            }

            sb.Append("<tr>");
            foreach (var cell in table.Rows[r])
            {
                var tag = cell.IsHeader ? "th" : "td";
                sb.Append('<').Append(tag);
                if (cell.ColumnSpan > 1)
                {
                    sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                sb.Append('>');
                AppendInlines(sb, cell.Inlines);
                sb.Append("</").Append(tag).Append('>');
            }

            sb.Append("</tr>");
            if (r == headerRows - 1)
            {
                sb.Append("</thead>");
            }
        }

        if (table.Rows.Count > headerRows)
        {
            sb.Append("</tbody>");
        }

        sb.Append("</table>\n");
    }

    private static void EscapeWithBreaks(StringBuilder sb, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append("<br>");
            }

            Escape(sb, lines[i]);
        }
    }

    private static void Escape(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
        }
    }
}
