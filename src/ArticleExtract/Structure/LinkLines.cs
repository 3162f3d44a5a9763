using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// A paragraph whose lines (separated by <c>&lt;br&gt;</c>) are links, one to a line, is a list written the old way:
/// table-layout pages and their successors set a navigation column, a "More news" box or a story's related links as
/// <c>&lt;a&gt;…&lt;/a&gt;&lt;br&gt;</c> lines instead of <c>&lt;ul&gt;</c>. Read as one paragraph, such a box is
/// kept whatever its links when it is long (a paragraph of 300 characters or more is never judged by its link share);
/// read as the list it is, it is judged as every other list of links. Also where such a paragraph's first line is a
/// bold title over its text (<see cref="BoldLeadEnd"/>).
/// </summary>
internal static class LinkLines
{
    /// <summary>
    /// The paragraph's runs as blocks: the lines before a run of <see cref="Thresholds.LinkLinesAsList"/> or more link
    /// lines as a paragraph, the run as a list, and so on; null when the paragraph holds no such run (the usual case).
    /// </summary>
    public static List<FlowItem>? Split(List<Inline> inlines)
    {
        if (!MayHoldRun(inlines))
        {
            return null;
        }

        var lines = Lines(inlines);
        List<FlowItem>? parts = null;
        var pending = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var run = i;
            while (run < lines.Count && IsLinkLine(inlines, lines[run]))
            {
                run++;
            }

            if (run - i < Thresholds.LinkLinesAsList)
            {
                i = Math.Max(run, i + 1);
                continue;
            }

            // A label in bold on the line above ("<b>More news</b>") is the list's own first line.
            var start = i > pending && IsLabelLine(inlines, lines[i - 1]) ? i - 1 : i;
            parts ??= [];
            AddParagraph(parts, inlines, lines, pending, start);
            AddList(parts, inlines, lines, start, run);
            pending = i = run;
        }

        if (parts is not null)
        {
            AddParagraph(parts, inlines, lines, pending, lines.Count);
        }

        return parts;
    }

    /// <summary>
    /// Where the paragraph's first line ends when that line is a title set in bold above the text (<c>&lt;b&gt;Title&lt;/b&gt;&lt;br&gt;text</c>,
    /// how pages without heading tags head a story or a part of it): all of it bold, no link, read as a heading reads
    /// (<see cref="SectionAssembler.LooksLikeHeading"/>), and over a line that is not a link; -1 otherwise.
    /// </summary>
    public static int BoldLeadEnd(List<Inline> inlines)
    {
        var end = 0;
        while (end < inlines.Count && !inlines[end].IsLineBreak)
        {
            var inline = inlines[end];
            if ((inline.IsLink || (inline.Style & InlineStyle.Strong) == 0) && HasWordCharacter(inline.Text))
            {
                return -1;
            }

            end++;
        }

        if (end == 0 || end >= inlines.Count - 1)
        {
            return -1;
        }

        // Over lines of links the bold line is the box's label, judged with its links ("Sponsored links").
        var next = end + 1;
        while (next < inlines.Count && !inlines[next].IsLineBreak)
        {
            next++;
        }

        if (IsLinkLine(inlines, (end + 1, next)))
        {
            return -1;
        }

        var lead = InlineText.Join(inlines.GetRange(0, end)).Trim();
        return HasWordCharacter(lead) && SectionAssembler.LooksLikeHeading(lead) ? end : -1;
    }

    /// <summary>Whether the runs hold enough line breaks and links for a run of link lines (a cheap test first).</summary>
    private static bool MayHoldRun(List<Inline> inlines)
    {
        var breaks = 0;
        var links = 0;
        foreach (var inline in inlines)
        {
            if (inline.IsLineBreak)
            {
                breaks++;
            }
            else if (inline.IsLink)
            {
                links++;
            }
        }

        return breaks >= Thresholds.LinkLinesAsList - 1 && links >= Thresholds.LinkLinesAsList;
    }

    /// <summary>Each line's runs as a start and an end (exclusive) in the paragraph's runs.</summary>
    private static List<(int Start, int End)> Lines(List<Inline> inlines)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var k = 0; k <= inlines.Count; k++)
        {
            if (k == inlines.Count || inlines[k].IsLineBreak)
            {
                lines.Add((start, k));
                start = k + 1;
            }
        }

        return lines;
    }

    /// <summary>A line that is a link and nothing else that a reader reads: bullets, separators and spaces aside.</summary>
    private static bool IsLinkLine(List<Inline> inlines, (int Start, int End) line)
    {
        var linked = false;
        for (var k = line.Start; k < line.End; k++)
        {
            var inline = inlines[k];
            if (inline.IsLink)
            {
                linked |= HasWordCharacter(inline.Text);
            }
            else if (HasWordCharacter(inline.Text))
            {
                return false;
            }
        }

        return linked;
    }

    /// <summary>
    /// A short line without links, all of it in bold: the name of the box of links below it ("SECTIONS", "More
    /// news"). Left apart, it would read as a sub-heading over whatever follows once the links are dropped. A line
    /// ending in a colon stays with the text above it, as a paragraph introducing a <c>&lt;ul&gt;</c> does.
    /// </summary>
    private static bool IsLabelLine(List<Inline> inlines, (int Start, int End) line)
    {
        var (chars, bold) = (0, 0);
        for (var k = line.Start; k < line.End; k++)
        {
            var inline = inlines[k];
            if (inline.IsLink && HasWordCharacter(inline.Text))
            {
                return false;
            }

            var (visible, strong) = Count(inline);
            chars += visible;
            bold += strong;
        }

        return chars > 0 && chars <= Thresholds.TeaserTitleMaxChars && bold == chars;
    }

    private static bool HasWordCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddParagraph(List<FlowItem> parts, List<Inline> inlines, List<(int Start, int End)> lines, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        var runs = new List<Inline>();
        for (var k = lines[from].Start; k < lines[to - 1].End; k++)
        {
            runs.Add(inlines[k]);
        }

        // The line break before the list, if the paragraph ends there, carries nothing.
        while (runs.Count > 0 && (runs[^1].IsLineBreak || runs[^1].Text.Trim().Length == 0))
        {
            runs.RemoveAt(runs.Count - 1);
        }

        if (runs.Count > 0)
        {
            var (visible, links, bold) = Measure(runs);
            parts.Add(FlowItem.ForBlock(new ParagraphBlock(runs), visible, links, bold == visible));
        }
    }

    private static void AddList(List<FlowItem> parts, List<Inline> inlines, List<(int Start, int End)> lines, int from, int to)
    {
        var items = new List<ListItem>(to - from);
        var (visible, links) = (0, 0);
        for (var l = from; l < to; l++)
        {
            var runs = new List<Inline>();
            for (var k = lines[l].Start; k < lines[l].End; k++)
            {
                var inline = inlines[k];
                // Bullets and separators around the link are decoration once it is a list item.
                if (inline.IsLink || HasWordCharacter(inline.Text))
                {
                    runs.Add(inline with { Text = runs.Count == 0 ? inline.Text.TrimStart() : inline.Text });
                }
            }

            var (v, n, _) = Measure(runs);
            visible += v;
            links += n;
            items.Add(new ListItem(runs, []));
        }

        parts.Add(FlowItem.ForBlock(new ListBlock(false, items), visible, links));
    }

    /// <summary>Non-space characters of the runs, those inside links, and those in bold.</summary>
    internal static (int Visible, int Links, int Bold) Measure(List<Inline> runs)
    {
        var (visible, links, bold) = (0, 0, 0);
        foreach (var run in runs)
        {
            var (chars, strong) = Count(run);
            visible += chars;
            links += run.IsLink ? chars : 0;
            bold += strong;
        }

        return (visible, links, bold);
    }

    /// <summary>A run's non-space characters, and how many of them are bold.</summary>
    private static (int Chars, int Bold) Count(Inline run)
    {
        var chars = 0;
        foreach (var c in run.Text)
        {
            chars += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return (chars, (run.Style & InlineStyle.Strong) != 0 ? chars : 0);
    }
}
