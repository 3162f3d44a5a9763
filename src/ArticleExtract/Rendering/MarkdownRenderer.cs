using System.Globalization;
using System.Text;
using ArticleExtract.Dom;

namespace ArticleExtract.Rendering;

/// <summary>GitHub-flavoured Markdown: <c>#</c> headings by level, lists, pipe tables, fenced code, images, links.</summary>
internal static class MarkdownRenderer
{
    private const int MaxListDepth = 16;

    public static string Render(Article article, bool frontMatter)
    {
        var sb = new StringBuilder();
        if (frontMatter)
        {
            AppendFrontMatter(sb, article);
        }

        if (!string.IsNullOrEmpty(article.Title))
        {
            sb.Append("# ").Append(EscapeLine(article.Title)).Append("\n\n");
        }

        // The list written last, when nothing has been written since: a list of the same kind right after it would
        // continue it (CommonMark joins them into one list, its items loose), so it takes the other marker.
        (bool Ordered, bool Alternate)? lastList = null;
        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                sb.Append('#', Math.Clamp(section.Level, 2, 6)).Append(' ').Append(EscapeLine(section.Heading)).Append("\n\n");
                lastList = null;
            }

            foreach (var block in section.Blocks)
            {
                var before = sb.Length;
                if (block is ListBlock { Items.Count: > 0 } list)
                {
                    var alternate = lastList is { } last && last.Ordered == list.Ordered && !last.Alternate;
                    AppendList(sb, list, alternate);
                    sb.Append('\n');
                    lastList = (list.Ordered, alternate);
                    continue;
                }

                AppendBlock(sb, block);
                if (sb.Length != before)
                {
                    lastList = null;
                }
            }
        }

        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// YAML front matter (as Jekyll, Hugo, Pandoc and static-site tools read it): every string double-quoted and
    /// escaped, so no title can break out of its value; fields the page does not give are left out.
    /// </summary>
    private static void AppendFrontMatter(StringBuilder sb, Article a)
    {
        sb.Append("---\n");
        YamlField(sb, "title", a.Title);
        YamlList(sb, "authors", a.Authors);
        if (TextRenderer.DateText(a.Published) is { } published)
        {
            sb.Append("published: ").Append(published).Append('\n');
        }

        if (TextRenderer.DateText(a.Modified) is { } modified)
        {
            sb.Append("modified: ").Append(modified).Append('\n');
        }

        YamlField(sb, "siteName", a.SiteName);
        YamlField(sb, "language", a.Language);
        YamlField(sb, "url", a.Url);
        YamlList(sb, "tags", a.Tags);
        sb.Append("wordCount: ").Append(a.WordCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("readingTimeMinutes: ").Append(a.ReadingTimeMinutes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("---\n\n");
    }

    private static void YamlField(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append(name).Append(": ");
            YamlString(sb, value);
            sb.Append('\n');
        }
    }

    private static void YamlList(StringBuilder sb, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        sb.Append(name).Append(":\n");
        foreach (var value in values)
        {
            sb.Append("  - ");
            YamlString(sb, value);
            sb.Append('\n');
        }
    }

    private static void YamlString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                AppendInlines(sb, p.IsTerm ? Strengthened(p.Inlines) : p.Inlines);
                sb.Append("\n\n");
                break;
            case ListBlock list:
                AppendList(sb, list, alternate: false);
                sb.Append('\n');
                break;
            case QuoteBlock q:
                AppendQuoteParagraphs(sb, q.ParagraphInlines);

                if (!string.IsNullOrWhiteSpace(q.Citation))
                {
                    sb.Append(">\n");
                    AppendCitation(sb, q);
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
                // As the HTML rendering does: no javascript: or data: image, only its words.
                if ((img.Alt ?? img.Caption) is { Length: > 0 } words)
                {
                    sb.Append(EscapeLine(words)).Append("\n\n");
                }

                break;
            case ImageBlock img:
                sb.Append("![").Append(EscapeLine(img.Alt ?? img.Caption ?? string.Empty)).Append("](").Append(Destination(img.Source)).Append(')');
                if (!string.IsNullOrWhiteSpace(img.Caption))
                {
                    sb.Append('\n');
                    AppendCaption(sb, img.Caption, img.CaptionInlines);
                }

                sb.Append("\n\n");
                break;
        }
    }

    /// <summary>
    /// A quote's paragraphs with their links and formatting, each line of the rendered runs behind "> ", paragraphs
    /// apart by a "&gt;" line. A line break inside a paragraph is a hard break ("\" at the line's end), as the HTML's
    /// &lt;br&gt;.
    /// </summary>
    private static void AppendQuoteParagraphs(StringBuilder sb, IReadOnlyList<IReadOnlyList<Inline>> paragraphs)
    {
        var rendered = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(">\n");
            }

            rendered.Clear();
            AppendInlines(rendered, paragraphs[i]);
            var start = 0;
            for (var k = 0; k <= rendered.Length; k++)
            {
                if (k == rendered.Length || rendered[k] == '\n')
                {
                    sb.Append("> ").Append(rendered, start, k - start).Append('\n');
                    start = k + 1;
                }
            }
        }
    }

    /// <summary>
    /// A caption in emphasis on one line. One with links or formatting is wrapped in <c>&lt;em&gt;</c> tags, inside which
    /// its runs are written as a paragraph's: '*' delimiters around runs that open or close with their own emphasis
    /// would pair with those instead.
    /// </summary>
    private static void AppendCaption(StringBuilder sb, string caption, IReadOnlyList<Inline> runs)
    {
        if (runs.Count <= 1 && (runs.Count == 0 || runs[0] is { Style: InlineStyle.None, Href: null }))
        {
            // Emphasis opens only before a letter and closes only after one: "* x" is a list item, and "*    x" one holding code.
            sb.Append('*').Append(EscapeLine(caption.Trim())).Append('*');
            return;
        }

        sb.Append("<em>");
        var start = sb.Length;
        AppendInlines(sb, OneLineRuns(runs));
        OneLine(sb, start);
        sb.Append("</em>");
    }

    /// <summary>A quote's attribution as its last quoted line, "— " before it, with its links and formatting.</summary>
    private static void AppendCitation(StringBuilder sb, QuoteBlock q)
    {
        var runs = q.CitationInlines;
        if (runs.Count <= 1 && (runs.Count == 0 || runs[0] is { Style: InlineStyle.None, Href: null }))
        {
            sb.Append("> — ").Append(Escape(q.Citation!)).Append('\n');
            return;
        }

        AppendQuoteParagraphs(sb, [[new Inline("— "), .. runs]]);
    }

    /// <summary>
    /// A definition list's term in bold: CommonMark has no definition lists (Markdig's and Pandoc's "Term / : definition"
    /// is an extension, and needs the definition's extent), and bold is how a glossary written by hand marks its names.
    /// </summary>
    private static List<Inline> Strengthened(IReadOnlyList<Inline> inlines)
    {
        var strong = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            strong.Add(inline.IsLineBreak ? inline : inline with { Style = inline.Style | InlineStyle.Strong });
        }

        return strong;
    }

    /// <summary>
    /// A cell's runs on one line, as a GFM row needs: a line break is a space there (the body text reads the cell's
    /// words the same way), and a line feed inside a run's text one too, before the escapes would make it a hard break.
    /// </summary>
    private static IReadOnlyList<Inline> OneLineRuns(IReadOnlyList<Inline> inlines)
    {
        List<Inline>? changed = null;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            var text = inline.Text;
            if (text.Contains('\n', StringComparison.Ordinal))
            {
                changed ??= [.. inlines];
                changed[i] = inline.IsLineBreak ? new Inline(" ") : inline with { Text = text.Replace('\n', ' ') };
            }
        }

        return changed ?? inlines;
    }

    /// <summary>Turns the carriage returns written since <paramref name="start"/> into spaces (see <see cref="OneLine(string)"/>).</summary>
    private static void OneLine(StringBuilder sb, int start)
    {
        for (var i = start; i < sb.Length; i++)
        {
            if (sb[i] is '\r' or '\n')
            {
                sb[i] = ' ';
            }
        }
    }

    /// <param name="sb">The Markdown.</param>
    /// <param name="inlines">The runs.</param>
    /// <param name="cell">Whether the runs are a table cell's: GFM splits a row at every '|' outside a backslash escape,
    /// code spans included, so code is written as a <c>&lt;code&gt;</c> element whose text is escaped as other text is.</param>
    private static void AppendInlines(StringBuilder sb, IReadOnlyList<Inline> inlines, bool cell = false)
    {
        var blockStart = sb.Length;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            if (inline.IsLineBreak)
            {
                // A backslash line break cannot end a paragraph; at the very end it would print a stray '\'.
                if (i < inlines.Count - 1)
                {
                    sb.Append("\\\n");
                }

                continue;
            }

            var text = inline.Text;
            var start = 0;
            var end = text.Length;
            var styled = inline.Style != InlineStyle.None;
            if (styled)
            {
                // Emphasis must not start or end with white space (CommonMark's flanking rules): move it outside.
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
            }

            sb.Append(Escape(text[..start], AtLineStart(sb, blockStart), dropIndents: true));
            if (start == end)
            {
                continue;
            }

            var link = inline.Href is { Length: > 0 } href && UrlSafety.IsSafe(href);
            if (link)
            {
                EscapeBang(sb);
                sb.Append('[');
            }

            var lineStart = !link && AtLineStart(sb, blockStart);
            AppendStyled(sb, text[start..end], inline.Style, link ? ']' : NextChar(inlines, i, end < text.Length), lineStart, cell);
            if (link)
            {
                sb.Append("](").Append(Destination(inline.Href!));
                if (inline.Title is { Length: > 0 } title)
                {
                    // '|' escaped too: in a table cell a bare one would end the cell inside the title.
                    sb.Append(" \"").Append(OneLine(EscapeEntities(title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                        .Replace("|", "\\|", StringComparison.Ordinal)))).Append('"');
                }

                sb.Append(')');
            }

            sb.Append(Escape(text[end..]));
        }
    }

    /// <summary>Whether what is written next starts a line of the block that began at <paramref name="blockStart"/>: a
    /// run after a line break, or after a run whose white space was all left out (<see cref="Escape"/>).</summary>
    private static bool AtLineStart(StringBuilder sb, int blockStart) => sb.Length == blockStart || sb[^1] == '\n';

    /// <summary>
    /// Escapes a '!' that ends the text before a link: "Sign up now!" then a link made "![…](…)", an image, which a
    /// renderer fetched from the link's address in place of the link. Escape sees one run, so it cannot tell.
    /// </summary>
    private static void EscapeBang(StringBuilder sb)
    {
        if (sb.Length == 0 || sb[^1] != '!')
        {
            return;
        }

        // An odd run of backslashes before it escapes it already.
        var backslashes = 0;
        for (var i = sb.Length - 2; i >= 0 && sb[i] == '\\'; i--)
        {
            backslashes++;
        }

        if (backslashes % 2 == 0)
        {
            sb.Insert(sb.Length - 1, '\\');
        }
    }

    /// <summary>
    /// The run's text with its formatting: code spans innermost, then sub/sup (raw HTML, which CommonMark allows
    /// inline), then <c>*</c> and <c>**</c>, then GFM's <c>~~</c> for struck text outermost. Where a delimiter would
    /// not be read as one (punctuation next to a letter, or another delimiter just before it), the
    /// <c>&lt;em&gt;</c>/<c>&lt;strong&gt;</c>/<c>&lt;del&gt;</c> tags are used instead, so the formatting never
    /// turns into stray asterisks or tildes.
    /// </summary>
    private static void AppendStyled(StringBuilder sb, string core, InlineStyle style, char next, bool lineStart, bool cell)
    {
        var code = (style & InlineStyle.Code) != 0;
        if (code && sb.Length >= 2 && sb[^1] == '`' && sb[^2] == '\\')
        {
            // A code span cannot open right after a backtick, even an escaped one: "\``x`" was all text. The text's
            // backtick is written as an entity instead.
            sb.Length -= 2;
            sb.Append("&#96;");
        }

        var inner = code && cell ? "<code>" + Escape(core, atLineStart: false) + "</code>"
            : code ? CodeSpan(core) : Escape(core, lineStart, dropIndents: true).Replace("\n", "\\\n", StringComparison.Ordinal);
        // Sup inside sub, as the HTML rendering nests them (HtmlRenderer.StyleTags), so both give one tree.
        if ((style & InlineStyle.Superscript) != 0)
        {
            inner = "<sup>" + inner + "</sup>";
        }

        if ((style & InlineStyle.Subscript) != 0)
        {
            inner = "<sub>" + inner + "</sub>";
        }

        var strong = (style & InlineStyle.Strong) != 0;
        var emphasis = (style & InlineStyle.Emphasis) != 0;
        var deleted = (style & InlineStyle.Deleted) != 0;
        var tildes = false;
        if (deleted)
        {
            // What stands just inside the tildes: a '*' or a tag's '<' when the run is also emphasised, both punctuation.
            var prev = sb.Length > 0 ? sb[^1] : ' ';
            var (first, last) = strong || emphasis ? ('*', '*') : (inner[0], inner[^1]);
            tildes = prev != '~' && Flanks(prev, first) && Flanks(next, last);
            sb.Append(tildes ? "~~" : "<del>");
            next = tildes ? '~' : '<';
        }

        AppendEmphasis(sb, inner, strong, emphasis, next);
        if (deleted)
        {
            sb.Append(tildes ? "~~" : "</del>");
        }
    }

    private static void AppendEmphasis(StringBuilder sb, string inner, bool strong, bool emphasis, char next)
    {
        if (!strong && !emphasis)
        {
            sb.Append(inner);
            return;
        }

        var prev = sb.Length > 0 ? sb[^1] : ' ';
        var delimiters = prev != '*' && Flanks(prev, inner[0]) && Flanks(next, inner[^1]);
        if (delimiters)
        {
            var marks = strong && emphasis ? "***" : strong ? "**" : "*";
            sb.Append(marks).Append(inner).Append(marks);
            return;
        }

        sb.Append(emphasis ? "<em>" : string.Empty).Append(strong ? "<strong>" : string.Empty).Append(inner)
            .Append(strong ? "</strong>" : string.Empty).Append(emphasis ? "</em>" : string.Empty);
    }

    // A '*' run between `outside` and `inside` opens (or closes) emphasis when the inner side is not punctuation,
    // or the outer side is white space or punctuation (CommonMark's left- and right-flanking delimiter runs).
    private static bool Flanks(char outside, char inside) =>
        !IsMarkdownPunctuation(inside) || char.IsWhiteSpace(outside) || IsMarkdownPunctuation(outside);

    private static bool IsMarkdownPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>The first character written after run <paramref name="i"/>'s formatted text (white space at the end of the paragraph).</summary>
    private static char NextChar(IReadOnlyList<Inline> inlines, int i, bool trailingSpace)
    {
        if (trailingSpace || i + 1 >= inlines.Count)
        {
            return ' ';
        }

        var next = inlines[i + 1];
        if (next.IsLineBreak || next.Text.Length == 0)
        {
            return next.IsLineBreak ? '\\' : ' ';
        }

        if (next.Href is { Length: > 0 } href && UrlSafety.IsSafe(href))
        {
            return '[';
        }

        if (next.Style != InlineStyle.None && !char.IsWhiteSpace(next.Text[0]))
        {
            return '*';
        }

        return Escape(next.Text[..1], atLineStart: false)[0];
    }

    /// <summary>A code span whose backtick string is longer than any backtick run inside (backslashes do not escape in code).</summary>
    private static string CodeSpan(string code)
    {
        code = code.Replace('\n', ' ');
        var ticks = new string('`', LongestBacktickRun(code) + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') || (code.StartsWith(' ') && code.EndsWith(' ')) ? " " : string.Empty;
        return ticks + pad + code + pad + ticks;
    }

    /// <summary>Where the writing is in one list: the next item, its indentation and depth, whether it takes the second
    /// marker (<c>*</c>, <c>)</c>), whether a blank line must come before its first item, and whether its markers can
    /// show the page's numbers (<see cref="MarkersFit"/>).</summary>
    private readonly record struct ListFrame(ListBlock List, int Index, int Indent, int Depth, bool Alternate, bool Separate, bool Fits);

    /// <param name="sb">The Markdown.</param>
    /// <param name="root">The list.</param>
    /// <param name="alternate">Whether the list follows one of its kind, with which it would otherwise merge.</param>
    private static void AppendList(StringBuilder sb, ListBlock root, bool alternate)
    {
        var stack = new Stack<ListFrame>();
        stack.Push(new ListFrame(root, 0, 0, 1, alternate, Separate: false, MarkersFit(root)));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            var (list, index, indent, depth) = (frame.List, frame.Index, frame.Indent, frame.Depth);
            if (index >= list.Items.Count)
            {
                continue;
            }

            if (index == 0 && frame.Separate)
            {
                sb.Append('\n');
            }

            stack.Push(frame with { Index = index + 1, Separate = false });
            var item = list.Items[index];
            var marker = Marker(list, index, frame.Alternate, frame.Fits);
            sb.Append(' ', indent).Append(marker);
            var start = sb.Length;
            AppendInlines(sb, item.Inlines);
            if (sb.Length == start)
            {
                sb.Append(' ');
            }

            sb.Append('\n');
            // Lists nested past MaxListDepth continue at that depth: Markdown renderers refuse deeper nesting
            // (Markdig throws), and a hostile page can nest lists as deep as the nesting guard allows.
            if (depth >= MaxListDepth)
            {
                for (var i = item.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(new ListFrame(item.Children[i], 0, indent, depth, Alternate: false, Separate: false, MarkersFit(item.Children[i])));
                }

                continue;
            }

            PushNested(stack, item, indent + marker.Length, depth + 1);
        }
    }

    /// <summary>
    /// Pushes an item's nested lists (the first on top), each marked as the Markdown must write it to stay a list of
    /// its own. Right under a line of text, a list that cannot interrupt a paragraph (numbered from other than 1, or
    /// opening with an empty item) was read as more of that text, its markers and words run into the item's line, or
    /// made the line a heading (<c>-</c> under it is a setext underline); a blank line comes before it. A list after
    /// one of its kind takes the other marker, or the two were read as one.
    /// </summary>
    private static void PushNested(Stack<ListFrame> stack, ListItem item, int indent, int depth)
    {
        var children = item.Children;
        if (children.Count == 0)
        {
            return;
        }

        Span<bool> alternate = children.Count <= 64 ? stackalloc bool[children.Count] : new bool[children.Count];
        for (var i = 1; i < children.Count; i++)
        {
            alternate[i] = children[i].Ordered == children[i - 1].Ordered && !alternate[i - 1];
        }

        var underText = !string.IsNullOrWhiteSpace(item.Text);
        for (var i = children.Count - 1; i >= 0; i--)
        {
            var child = children[i];
            var fits = MarkersFit(child);
            var separate = (i > 0 || underText) && child.Items.Count > 0
                && ((child.Ordered && MarkerNumber(child, 0, fits) != 1) || string.IsNullOrWhiteSpace(child.Items[0].Text));
            stack.Push(new ListFrame(child, 0, indent, depth, alternate[i], separate, fits));
        }
    }

    private static string Marker(ListBlock list, int index, bool alternate, bool fits) =>
        list.Ordered
            ? MarkerNumber(list, index, fits).ToString(CultureInfo.InvariantCulture) + (alternate ? ") " : ". ")
            : alternate ? "* " : "- ";

    /// <summary>The number the page shows on the item when the list's markers can show them all (<paramref name="fits"/>); else the item's place from 1.</summary>
    private static long MarkerNumber(ListBlock list, int index, bool fits) => fits ? list.NumberOf(index) : index + 1;

    /// <summary>
    /// Whether the list's markers can show the numbers the page shows (its <c>start</c>, counting down when reversed,
    /// and each item's own <c>value</c>): all of them 0 to nine digits. Otherwise the items are numbered from 1.
    /// Renderers number a list from its first marker up, so a reversed list, or one whose items set their numbers,
    /// reads right as text but counts up from the first once rendered: Markdown cannot say otherwise.
    /// </summary>
    private static bool MarkersFit(ListBlock list)
    {
        if (!list.Ordered)
        {
            return true;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.NumberOf(i) is < 0 or > 999_999_999)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendTable(StringBuilder sb, TableBlock table)
    {
        // GFM has no spans, so the grid's columns are the offsets at which some row starts a cell. A span reaching over
        // columns in which no row starts a cell adds only empty cells, to every row: a colspan of 1000 (the most
        // TableReader keeps) in one row would pad each of the table's rows with a thousand cells. So the grid has no
        // more columns than the table has cells.
        var starts = new List<int>();
        foreach (var row in table.Rows)
        {
            var offset = 0;
            foreach (var cell in row)
            {
                starts.Add(offset);
                offset += Span(cell);
            }
        }

        starts.Sort();
        var columns = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            if (columns == 0 || starts[i] != starts[columns - 1])
            {
                starts[columns++] = starts[i];
            }
        }

        starts.RemoveRange(columns, starts.Count - columns);
        if (columns == 0)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            AppendCaption(sb, table.Caption, table.CaptionInlines);
            sb.Append("\n\n");
        }

        // GFM tables need exactly one header row; without one, an empty header keeps the grid.
        var first = table.HeaderRowCount > 0 ? 1 : 0;
        AppendRow(sb, first == 1 ? table.Rows[0] : null, starts);
        sb.Append('|');
        for (var i = 0; i < columns; i++)
        {
            sb.Append(" --- |");
        }

        sb.Append('\n');
        for (var r = first; r < table.Rows.Count; r++)
        {
            AppendRow(sb, table.Rows[r], starts);
        }

        sb.Append('\n');
    }

    /// <summary>A cell's span as TableReader bounds it, for models built by hand (a span under 1 would start two cells
    /// at one offset, a huge one overflow the offsets).</summary>
    private static int Span(TableCell cell) => Math.Clamp(cell.ColumnSpan, 1, 1000);

    private static void AppendRow(StringBuilder sb, IReadOnlyList<TableCell>? row, List<int> starts)
    {
        sb.Append('|');
        var written = 0;
        if (row is not null)
        {
            var offset = 0;
            foreach (var cell in row)
            {
                // A spanning cell's text stands once, in its first column, as in the body text: repeated in each
                // column it covers, a long cell spanning many would multiply the page's text in the Markdown.
                // Escape already turns '|' into "\|"; escaping again left a bare '|' that split the cell.
                sb.Append(' ');
                var start = sb.Length;
                AppendInlines(sb, OneLineRuns(cell.Inlines), cell: true);
                OneLine(sb, start);
                sb.Append(" |");
                written++;
                offset += Span(cell);
                for (; written < starts.Count && starts[written] < offset; written++)
                {
                    sb.Append("  |");
                }
            }
        }

        for (; written < starts.Count; written++)
        {
            sb.Append("  |");
        }

        sb.Append('\n');
    }

    // In a <...> destination a backslash escapes the closing '>' and a line break ends the link, either of which
    // would let the following text take part in the link; percent-encoding them keeps the URL one token. A '|' would
    // end a table cell inside the address (GFM splits a row before it reads links), so it is percent-encoded too. An entity is
    // escaped, as in a title: a renderer decodes "&amp;" in either, and the address or title the page gave changed.
    private static string Destination(string url) =>
        "<" + EscapeEntities(url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)) + ">";

    /// <summary>Each '&amp;' that starts an entity written as <c>&amp;amp;</c>, for a link's address and title. Not as
    /// <c>\&amp;</c>, as in text: Markdig removes the backslash from a title or an address and then decodes the entity.</summary>
    private static string EscapeEntities(string text)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text, 0, amp, text.Length + 8);
        for (var i = amp; i < text.Length; i++)
        {
            if (text[i] == '&' && IsEntity(text, i))
            {
                sb.Append("&amp;");
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A backtick fence longer than any backtick run in the code: a fixed fence could be closed by a line of the
    /// code itself, after which the rest of the code would be read as Markdown (links, raw HTML).
    /// </summary>
    private static string Fence(string code) => new('`', Math.Max(3, LongestBacktickRun(code) + 1));

    private static int LongestBacktickRun(string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
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

    private static string EscapeLine(string text) => OneLine(Escape(text));

    /// <summary>
    /// For what must stay on one line (a heading, a cell, an image's alt, a link's title): a carriage return ends a
    /// line in Markdown as a line feed does, and attribute values keep one from a <c>&amp;#13;</c>. Two of them made
    /// a blank line that ended a link title early, and the rest of the title (unescaped inside the quotes) was read
    /// as Markdown: raw HTML with an event handler.
    /// </summary>
    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Escapes the characters that would otherwise start Markdown syntax.</summary>
    /// <param name="text">The text.</param>
    /// <param name="atLineStart">Whether the text starts a line; false for a run after another in a paragraph, where a
    /// ':' is common ("**Note**: ...") and starts nothing.</param>
    /// <param name="dropIndents">Whether the spaces and tabs that begin a line (the text's first, when it starts one,
    /// and each after a line feed) are left out: in a paragraph, a list item or a quote, four of them or a tab made an
    /// indented code block, and fewer let a list marker, a heading's '#' or a quote's '&gt;' behind them start its
    /// block, where the HTML shows the line's words (it collapses white space, as Markdown does within a line).</param>
    private static string Escape(string text, bool atLineStart = true, bool dropIndents = false)
    {
        StringBuilder? sb = null;
        // Where the current line's text begins, after any left-out indentation; whether it is the text's first line, and
        // whether all of its text so far is digits, or Roman numerals (a list's number when a '.' or ')' follows).
        var lineText = 0;
        var firstLine = true;
        var digitsOnly = true;
        var romanOnly = true;
        var dropping = dropIndents && atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (dropping && c is ' ' or '\t')
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                lineText = i + 1;
                continue;
            }

            dropping = false;
            // Markdig's list extras (UseAdvancedExtensions) number a list with a letter ("a.", "B)") or a Roman numeral too.
            var number = i > lineText && (digitsOnly || romanOnly || (i == lineText + 1 && char.IsAsciiLetter(text[lineText])));
            digitsOnly = char.IsAsciiDigit(c) && digitsOnly;
            romanOnly = c is 'i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm' or 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M' && romanOnly;
            if (c == '\n')
            {
                (lineText, firstLine, dropping, digitsOnly, romanOnly) = (i + 1, false, dropIndents, true, true);
            }

            if (c == '{')
            {
                // '{' opens an attribute block in Markdig's generic attributes (UseAdvancedExtensions): "{onclick=...}"
                // after a word or at a heading's end gave the element an event handler. A heading's trailing block is
                // found in the raw line, before backslash escapes are read, so '{' is written as an entity instead.
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append("&#123;");
                continue;
            }

            // '&' starts an entity, which a renderer decodes ("&amp;lt;" in the page's text showed as "<"); "1)" starts
            // an ordered list as "1." does, and ':' at a line's start a definition or a custom container (":::"). For
            // Markdig's advanced extensions: '^' opens superscript, a footer ("^^") and a figure ("^^^", on which Markdig
            // throws); "==" marks text, "++" inserts it, and '""' opens a citation.
            var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '^'
                || (c == '&' && IsEntity(text, i))
                || (c is '-' or '+' or '=' && i == lineText)
                || (c is '=' or '+' or '"' && ((i > 0 && text[i - 1] == c) || (i + 1 < text.Length && text[i + 1] == c)))
                || (c == ':' && ((i == lineText && (atLineStart || !firstLine)) || IsAutolinkColon(text, i)))
                || (c == '.' && IsAutolinkWww(text, i))
                || (c is '.' or ')' && number)
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

    /// <summary>Whether an entity a CommonMark renderer decodes starts at <paramref name="amp"/>: a name of letters and digits
    /// (up to 31), "#" and up to 7 digits, or "#x" and up to 6 hex digits, then ';' ("AT&amp;T" is left alone).</summary>
    private static bool IsEntity(string text, int amp)
    {
        var i = amp + 1;
        var named = i >= text.Length || text[i] != '#';
        var hex = !named && i + 1 < text.Length && text[i + 1] is 'x' or 'X';
        i += named ? 0 : hex ? 2 : 1;
        var max = named ? 31 : hex ? 6 : 7;
        var start = i;
        while (i < text.Length && i - start < max
            && (named ? char.IsAsciiLetterOrDigit(text[i]) : hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';';
    }

    /// <summary>
    /// The ':' of "scheme://" and the '.' of a word "www.": GFM renderers (GitHub, Markdig's and goldmark's autolinks)
    /// make a bare URL in the text a link, reading its characters raw, so the backslashes of the other escapes went into
    /// the link's address and text ("tram\_plans" gave …/tram%5C_plans). Escaping the trigger keeps the URL text, as the
    /// HTML rendering shows it.
    /// </summary>
    private static bool IsAutolinkColon(string text, int colon) =>
        colon > 0 && char.IsAsciiLetter(text[colon - 1]) && text.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal);

    private static bool IsAutolinkWww(string text, int dot) =>
        dot >= 3 && text.AsSpan(dot - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && (dot == 3 || !char.IsLetterOrDigit(text[dot - 4]));
}
