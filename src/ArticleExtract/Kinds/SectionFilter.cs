namespace ArticleExtract.Kinds;

/// <summary>
/// Leaves blocks out of a reading's sections, or replaces them, in reading order, and gives back the same list when
/// none changes.
/// </summary>
internal static class SectionFilter
{
    /// <summary>The sections with only the blocks <paramref name="keep"/> accepts, asked once per block in reading order.</summary>
    /// <param name="sections">The sections.</param>
    /// <param name="keep">Whether to keep a block (it may remember what it has seen).</param>
    /// <returns>The sections, the same list when every block is kept.</returns>
    public static IReadOnlyList<Section> Keep(IReadOnlyList<Section> sections, Func<Block, bool> keep) =>
        Rewrite(sections, block => keep(block) ? block : null);

    /// <summary>The sections with each block replaced by what <paramref name="map"/> gives for it, asked once per block in
    /// reading order.</summary>
    /// <param name="sections">The sections.</param>
    /// <param name="map">The block to keep in a block's place: the block itself when it stays as it is.</param>
    /// <returns>The sections, the same list when every block stays as it is.</returns>
    public static IReadOnlyList<Section> Map(IReadOnlyList<Section> sections, Func<Block, Block> map) => Rewrite(sections, map);

    /// <summary>The sections with each block replaced by what <paramref name="rewrite"/> gives (null leaves it out); the
    /// lists are copied only from the first block that changes.</summary>
    private static IReadOnlyList<Section> Rewrite(IReadOnlyList<Section> sections, Func<Block, Block?> rewrite)
    {
        List<Section>? result = null;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            List<Block>? blocks = null;
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                var block = section.Blocks[b];
                var replacement = rewrite(block);
                if (!ReferenceEquals(replacement, block))
                {
                    blocks ??= Prefix(section.Blocks, b);
                }

                if (replacement is not null)
                {
                    blocks?.Add(replacement);
                }
            }

            if (blocks is not null && result is null)
            {
                result = Prefix(sections, s);
            }

            result?.Add(blocks is null ? section : section with { Blocks = blocks });
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
