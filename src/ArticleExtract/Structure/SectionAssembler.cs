namespace ArticleExtract.Structure;

/// <summary>
/// Stage 6c: groups the filtered reading flow into sections. Real headings start sections; so do paragraphs
/// that are only bold text and read like a heading (short, no closing punctuation, followed by body text), which
/// is how many CMSs mark sub-headings. A heading with nothing under it is dropped.
/// </summary>
internal static class SectionAssembler
{
    private const int MaxPseudoHeadingLength = 120;

    public static IReadOnlyList<Section> Assemble(List<FlowItem> items)
    {
        PromotePseudoHeadings(items);

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

            Close(sections, heading, level, blocks, items, i);
            heading = item.Heading;
            level = item.Level;
            blocks = [];
        }

        Close(sections, heading, level, blocks, items, items.Count);
        return sections;
    }

    private static void Close(List<Section> sections, string? heading, int level, List<Block> blocks, List<FlowItem> items, int next)
    {
        if (blocks.Count > 0)
        {
            sections.Add(new Section(heading, level, blocks));
            return;
        }

        // An empty heading survives only as the parent of a deeper heading that follows it.
        if (heading is not null && next < items.Count && items[next].IsHeading && items[next].Level > level && HasBlockAfter(items, next))
        {
            sections.Add(new Section(heading, level, []));
        }
    }

    private static bool HasBlockAfter(List<FlowItem> items, int from)
    {
        for (var i = from; i < items.Count; i++)
        {
            if (!items[i].IsHeading)
            {
                return true;
            }
        }

        return false;
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

    private static bool LooksLikeHeading(string text)
    {
        if (text.Length is 0 or > MaxPseudoHeadingLength || text.Contains('\n'))
        {
            return false;
        }

        var last = text[^1];
        return last is not ('.' or ',' or ';' or ':' or '!' or '…' or '"' or '”' or '»');
    }
}
