namespace ArticleExtract.Structure;

/// <summary>
/// Stage 6c: groups the filtered reading flow into sections. Real headings start sections; so do paragraphs
/// that are only bold text and read like a heading (short, no closing punctuation, followed by body text), which
/// is how many CMSs mark sub-headings. A heading with nothing under it is dropped, except in a listing's reading a
/// heading that reads as an entry's title: there an entry may be its title alone (a category page's posts, the last
/// with no picture or teaser after it). A label ("Latest", "Content feed": a word or two, or printed on every card) still goes.
/// </summary>
internal static class SectionAssembler
{
    private const int MaxPseudoHeadingLength = 120;

    /// <summary>The sections of a reading flow.</summary>
    /// <param name="items">The filtered flow.</param>
    /// <param name="entries">Whether the flow is a listing's entries, whose titles are kept with nothing under them.</param>
    /// <returns>The sections.</returns>
    public static IReadOnlyList<Section> Assemble(List<FlowItem> items, bool entries = false)
    {
        PromotePseudoHeadings(items);
        var titles = EntryTitles(items, entries);

        // Whether a block follows an empty heading is asked of every one; scanning ahead each time made a run of
        // headings with nothing between them cost the square of its length.
        var lastBlock = items.Count - 1;
        while (lastBlock >= 0 && items[lastBlock].IsHeading)
        {
            lastBlock--;
        }

        var sections = new List<Section>();
        string? heading = null;
        var level = 0;
        var blocks = new List<Block>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!item.IsHeading)
            {
                blocks.Add(item.Block!);
                continue;
            }

            Close(sections, heading, level, blocks, items, i, lastBlock, titles);
            heading = item.Heading;
            level = item.Level;
            blocks = [];
        }

        Close(sections, heading, level, blocks, items, items.Count, lastBlock, titles);
        return sections;
    }

    // lastBlock: the index of the flow's last block (not a heading), -1 when it has none.
    private static void Close(List<Section> sections, string? heading, int level, List<Block> blocks, List<FlowItem> items, int next, int lastBlock, HashSet<string>? titles)
    {
        if (blocks.Count > 0)
        {
            sections.Add(new Section(heading, level, blocks));
            return;
        }

        // An empty heading survives only as a listing's entry title, or as the parent of a deeper heading that follows it.
        if (heading is not null && (titles?.Contains(heading) == true || (next < items.Count && items[next].IsHeading && items[next].Level > level && lastBlock > next)))
        {
            sections.Add(new Section(heading, level, []));
        }
        else if (heading is not null && IsProse(heading))
        {
            // Sentences a page builder set in a heading's tag (a service page's pitch in an <h6>) with nothing under
            // them: the text is the page's, read as a paragraph of the section before.
            AddParagraph(sections, heading);
        }
    }

    /// <summary>
    /// Whether a heading's text is prose rather than a title: at least <see cref="Cleaning.Thresholds.ProseHeadingChars"/>
    /// characters ending as a sentence ends.
    /// </summary>
    private static bool IsProse(string heading) =>
        heading.Length >= Cleaning.Thresholds.ProseHeadingChars && heading.AsSpan().TrimEnd() is [.., '.' or '!' or '?' or '…'];

    private static void AddParagraph(List<Section> sections, string text)
    {
        var paragraph = new ParagraphBlock([new Inline(text)]);
        if (sections.Count == 0)
        {
            sections.Add(new Section(null, 0, [paragraph]));
            return;
        }

        var last = sections[^1];
        sections[^1] = last with { Blocks = [.. last.Blocks, paragraph] };
    }

    /// <summary>
    /// The headings of a listing's reading that read as entries' titles: a phrase of at least
    /// <see cref="Cleaning.Thresholds.KindEntryTitleWords"/> words, printed once in the flow (a label such as "Latest"
    /// on every card is not a title). Null for any other reading.
    /// </summary>
    private static HashSet<string>? EntryTitles(List<FlowItem> items, bool entries)
    {
        if (!entries)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Heading is { } h && h.AsSpan().Count(' ') + 1 >= Cleaning.Thresholds.KindEntryTitleWords)
            {
                counts[h] = counts.GetValueOrDefault(h) + 1;
            }
        }

        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (h, n) in counts)
        {
            if (n == 1)
            {
                titles.Add(h);
            }
        }

        return titles;
    }

    private static void PromotePseudoHeadings(List<FlowItem> items)
    {
        var deepestReal = 0;
        foreach (var item in items)
        {
            if (item.IsHeading)
            {
                deepestReal = Math.Max(deepestReal, item.Level);
            }
        }

        var level = deepestReal == 0 ? 2 : Math.Min(6, deepestReal + 1);
        for (var i = 0; i < items.Count - 1; i++)
        {
            var item = items[i];
            if (item.Block is ParagraphBlock p && item.AllBold && LooksLikeHeading(p.Text) && IsBody(items[i + 1]))
            {
                items[i] = FlowItem.ForHeading(p.Text, level);
            }
        }
    }

    private static bool IsBody(FlowItem next) =>
        next.Block is ListBlock or QuoteBlock or TableBlock || (next.Block is ParagraphBlock && !next.AllBold);

    internal static bool LooksLikeHeading(string text)
    {
        if (text.Length is 0 or > MaxPseudoHeadingLength || text.Contains('\n'))
        {
            return false;
        }

        var last = text[^1];
        return last is not ('.' or ',' or ';' or ':' or '!' or '…' or '"' or '”' or '»');
    }
}
