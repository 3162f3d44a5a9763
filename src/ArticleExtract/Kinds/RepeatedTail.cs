namespace ArticleExtract.Kinds;

/// <summary>
/// On a listing or a shop, the end of a card that reads its beginning again is left out: a card is often written twice
/// in one item, once for small screens and once for large ones (the page shows one), or as a summary line for screen
/// readers followed by the same fields shown one by one. A reader reads the card once. Only when the words of the
/// item's tail all appear before it, and the tail is at least <see cref="Cleaning.Thresholds.KindRepeatedTailWords"/>
/// words long and starts no earlier than a third of the item; headings, tables and nested lists stay as they are.
/// </summary>
internal static class RepeatedTail
{
    /// <summary>The sections with each paragraph and list item cut before a tail that repeats its own words.</summary>
    /// <param name="sections">The page's sections, in reading order.</param>
    /// <returns>The sections, the same list when no item repeats itself.</returns>
    public static IReadOnlyList<Section> Without(IReadOnlyList<Section> sections) => SectionFilter.Map(sections, Cut);

    private static Block Cut(Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph when Shortened(paragraph.Inlines) is { } inlines:
                return new ParagraphBlock(inlines);
            case ListBlock list:
                List<ListItem>? items = null;
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var item = list.Items[i];
                    var shortened = Shortened(item.Inlines);
                    if (shortened is not null && items is null)
                    {
                        items = [.. list.Items.Take(i)];
                    }

                    items?.Add(shortened is null ? item : item with { Inlines = shortened });
                }

                return items is null ? block : new ListBlock(list.Ordered, items) { Start = list.Start, Reversed = list.Reversed };
            default:
                return block;
        }
    }

    /// <summary>The runs up to the repeating tail, or null when the runs do not repeat themselves.</summary>
    internal static List<Inline>? Shortened(IReadOnlyList<Inline> inlines)
    {
        var words = Words(inlines);
        var n = words.Count;
        if (n < 2 * Cleaning.Thresholds.KindRepeatedTailWords)
        {
            return null;
        }

        // Words are counted as spans of their runs' text: no string per word.
        var before = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var tail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in words)
        {
            var word = Text(inlines, w);
            before[word] = (before.TryGetValue(word, out var count) ? count : 0) + 1;
        }

        // Walking the tail's start backwards, moving one word at a time from before the tail into it: once a word of
        // the tail is missing before it, every longer tail misses it too, so one pass finds the longest repeating tail.
        var start = -1;
        for (var i = n - 1; i >= n / 3; i--)
        {
            var word = Text(inlines, words[i]);
            var inTail = tail[word] = (tail.TryGetValue(word, out var seen) ? seen : 0) + 1;
            var left = before[word] -= 1;
            if (inTail > left)
            {
                break;
            }

            start = i;
        }

        return start >= 0 && n - start >= Cleaning.Thresholds.KindRepeatedTailWords && (n - start) * Cleaning.Thresholds.KindRepeatedTailShare >= n ? Before(inlines, words[start]) : null;
    }

    private static ReadOnlySpan<char> Text(IReadOnlyList<Inline> inlines, (int Inline, int Offset, int Length) word) =>
        inlines[word.Inline].Text.AsSpan(word.Offset, word.Length);

    private static List<Inline> Before(IReadOnlyList<Inline> inlines, (int Inline, int Offset, int Length) at)
    {
        var kept = new List<Inline>(at.Inline + 1);
        for (var i = 0; i < at.Inline; i++)
        {
            kept.Add(inlines[i]);
        }

        var head = inlines[at.Inline].Text[..at.Offset].TrimEnd();
        if (head.Length > 0)
        {
            kept.Add(inlines[at.Inline] with { Text = head });
        }

        // No run ends in a space or a line break it no longer needs.
        while (kept.Count > 0 && kept[^1].Text.TrimEnd() is var last && last.Length < kept[^1].Text.Length)
        {
            if (last.Length == 0)
            {
                kept.RemoveAt(kept.Count - 1);
            }
            else
            {
                kept[^1] = kept[^1] with { Text = last };
            }
        }

        return kept;
    }

    private static List<(int Inline, int Offset, int Length)> Words(IReadOnlyList<Inline> inlines)
    {
        var words = new List<(int, int, int)>();
        for (var i = 0; i < inlines.Count; i++)
        {
            var text = inlines[i].Text;
            var position = 0;
            while (WordSpans.Next(text, ref position, out var start, out var length))
            {
                words.Add((i, start, length));
            }
        }

        return words;
    }
}
