namespace ArticleExtract.Kinds;

/// <summary>Leaves blocks out of a reading's sections, in reading order, and gives back the same list when none is left out.</summary>
internal static class SectionFilter
{
    /// <summary>The sections with only the blocks <paramref name="keep"/> accepts, asked once per block in reading order.</summary>
    /// <param name="sections">The sections.</param>
    /// <param name="keep">Whether to keep a block (it may remember what it has seen).</param>
    /// <returns>The sections, the same list when every block is kept.</returns>
    public static IReadOnlyList<Section> Keep(IReadOnlyList<Section> sections, Func<Block, bool> keep)
    {
        List<Section>? result = null;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            List<Block>? kept = null;
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                var block = section.Blocks[b];
                if (keep(block))
                {
                    kept?.Add(block);
                    continue;
                }

                kept ??= Prefix(section.Blocks, b);
            }

            if (kept is not null && result is null)
            {
                result = Prefix(sections, s);
            }

            result?.Add(kept is null ? section : section with { Blocks = kept });
        }

        return result ?? sections;
    }

    private static List<T> Prefix<T>(IReadOnlyList<T> items, int count)
    {
        var list = new List<T>(items.Count);
        for (var i = 0; i < count; i++)
        {
            list.Add(items[i]);
        }

        return list;
    }
}
