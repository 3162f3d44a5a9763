namespace ArticleExtract.Structure;

/// <summary>
/// One item of the article's reading flow before it is grouped into sections: a heading, or a block with the
/// facts the boilerplate filter needs about it.
/// </summary>
internal readonly record struct FlowItem(Block? Block, string? Heading, int Level, bool AllBold, int VisibleChars, int LinkChars)
{
    public bool IsHeading => Heading is not null;

    /// <summary>Whether the block is the first read inside a link that wraps blocks (a card whose whole box is one link).</summary>
    public bool CardLinkTitle { get; init; }

    /// <summary>Whether the block is a definition list's term (<c>dt</c>), the name its definition describes.</summary>
    public bool DefinitionTerm { get; init; }

    /// <summary>
    /// Whether the item is part of a run of teaser cards titled by plain headings after a related-content heading
    /// (<see cref="TeaserRun"/>): left out of an article, kept on the other kinds of page, where such cards (a service
    /// page's related programmes, a shop's categories) are the page's own content.
    /// </summary>
    public bool TeaserCard { get; init; }

    /// <summary>
    /// Whether the item is a heading that opens like a label of other articles ("Related work", "Recommended reading for
    /// beginners") and has running prose right after it (<see cref="BoilerplateFilter.IsRunningProse"/>): it heads the
    /// article's own section, and the boilerplate filter keeps it.
    /// </summary>
    public bool HeadsProse { get; init; }

    /// <summary>The index ordinal of the element entered last when the item was read (inside the element that gave it); -1 when not recorded.</summary>
    public int From { get; init; } = -1;

    public string Text => Heading ?? Block!.Text;

    public double LinkDensity => VisibleChars == 0 ? 0 : (double)LinkChars / VisibleChars;

    public static FlowItem ForHeading(string text, int level) => new(null, text, level, false, text.Length, 0);

    public static FlowItem ForBlock(Block block, int visibleChars, int linkChars, bool allBold = false) =>
        new(block, null, 0, allBold, visibleChars, linkChars);
}
