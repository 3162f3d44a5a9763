using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// The teaser cards that follow a related-content heading ("Related", "Trending", "More from …", "Lesen Sie auch")
/// written among the article's own blocks, with no box around them that the heading could close: each card is a
/// linked title (a heading or a link-heavy line) or a linked thumbnail, with maybe a date and a one-line teaser.
/// The run goes from the heading up to the next heading of the article, the first paragraph longer than a teaser
/// (running prose is never taken) or the end of the container; it is dropped only when every block in it is part of
/// a card and it holds at least <see cref="Thresholds.TeaserMinCards"/> titles or thumbnails. A card may be titled by
/// a plain heading (the other page's title, not a link) when its thumbnail or a link stands next to it; such a run is
/// only marked (<see cref="FlowItem.TeaserCard"/>), as feature cards on a service page look the same.
/// </summary>
internal sealed class TeaserRun
{
    private int _start = -1;
    private int _anchors;
    private int _lines;
    private int _plainTitles;
    private bool _other;

    // The anchors counted when the last title was met, whether that title was a plain one with no picture or link
    // before it (since the title before it), and whether a plain title had none on either side: a card's picture comes
    // before its plain title or its link (the writer's, "Read more") after it, while an article's own sub-heading
    // stands between text alone.
    private int _anchorsAtTitle;
    private bool _pendingPlain;
    private bool _bareTitle;

    // The run as it stood at its first plain title: when the cards under plain titles turn out to be the article's
    // own section (prose follows), the linked cards before it are still judged alone, as before such titles counted.
    private int _checkpoint = -1;
    private int _checkpointAnchors;
    private int _checkpointLines;
    private bool _checkpointOther;

    /// <summary>Whether a related heading was met and the run has not ended yet.</summary>
    public bool Active => _start >= 0;

    /// <summary>Starts a run after a related-content heading; <paramref name="start"/> is the first flow item of the run.</summary>
    public void Start(int start)
    {
        _start = start;
        _anchors = 0;
        _lines = 0;
        _plainTitles = 0;
        _other = false;
        _checkpoint = -1;
        _anchorsAtTitle = 0;
        _pendingPlain = false;
        _bareTitle = false;
    }

    /// <summary>Forgets the run without dropping anything (the heading's own box was skipped whole).</summary>
    public void Cancel() => _start = -1;

    /// <summary>A heading inside the run that is a card's title: its text is a link to another page.</summary>
    public void AddTitle()
    {
        EndGap();
        _anchors++;
        _anchorsAtTitle = _anchors;
    }

    /// <summary>
    /// A short heading inside the run that is not a link: a card's title when the card's picture, or a link around or
    /// under it, leads to the other page (a theme that links the card's picture or its "Read more", not its title).
    /// The run is teasers only when each such title has a picture or a link just before or after it: a section of the
    /// article under a related heading ("Recommended gear") writes its own sub-headings with text alone.
    /// </summary>
    /// <param name="at">The flow item the heading will be.</param>
    public void AddPlainTitle(int at)
    {
        if (_checkpoint < 0)
        {
            _checkpoint = at;
            _checkpointAnchors = _anchors;
            _checkpointLines = _lines;
            _checkpointOther = _other;
        }

        _pendingPlain = !EndGap();
        _plainTitles++;
    }

    // Ends the stretch since the last title; returns whether it held a picture or a link.
    private bool EndGap()
    {
        var anchored = _anchors > _anchorsAtTitle;
        _bareTitle |= _pendingPlain && !anchored;
        _pendingPlain = false;
        _anchorsAtTitle = _anchors;
        return anchored;
    }

    /// <summary>
    /// Ends the run at running prose: the items up to its first plain title are removed when they read as teaser
    /// cards on their own (what follows that title, prose included, is the article's); otherwise nothing is.
    /// </summary>
    public void EndBeforeProse(List<FlowItem> items)
    {
        if (_start >= 0 && _checkpoint >= 0)
        {
            TryDrop(items, _checkpoint, _checkpointAnchors, 0, _checkpointLines, _checkpointOther);
        }

        _start = -1;
    }

    /// <summary>
    /// Whether the flow item goes on with the run (it is then added to the flow, to be dropped with the run if the
    /// run is teasers); running prose does not, and the run must be closed before it.
    /// </summary>
    public bool Continues(FlowItem item)
    {
        if (item.IsHeading)
        {
            return false;
        }

        var block = item.Block!;
        var chars = item.VisibleChars;
        if (block is ImageBlock)
        {
            _anchors++;
        }
        else if (block is ParagraphBlock or ListBlock && chars <= Thresholds.TeaserMaxChars && (item.LinkDensity >= Thresholds.TeaserRunLinkShare || item.CardLinkTitle))
        {
            // A linked title, or a line of links ("Read more", a category and the title), or the first line of a
            // card whose whole box is one link (its title, or its rank number before the title).
            _anchors++;
        }
        else if (block is ParagraphBlock && chars <= Thresholds.TeaserRunMaxLineChars)
        {
            // A date, a category, a one-line teaser.
            _lines++;
        }
        else if (block is ParagraphBlock)
        {
            return false;
        }
        else
        {
            _other = true;
        }

        return true;
    }

    /// <summary>Ends the run: its items are removed from <paramref name="items"/> when they read as teaser cards.</summary>
    public void Close(List<FlowItem> items)
    {
        if (_start < 0)
        {
            return;
        }

        EndGap();
        if ((_bareTitle || !TryDrop(items, items.Count, _anchors, _plainTitles, _lines, _other)) && _checkpoint >= 0)
        {
            TryDrop(items, _checkpoint, _checkpointAnchors, 0, _checkpointLines, _checkpointOther);
        }

        _start = -1;
    }

    private bool TryDrop(List<FlowItem> items, int end, int anchors, int plainTitles, int lines, bool other)
    {
        var cards = anchors + plainTitles;
        if (!other && anchors >= plainTitles && cards >= Thresholds.TeaserMinCards && lines > 0 && lines <= Thresholds.TeaserRunMaxCardLines * cards && _start < end
            && ArticleBefore(items, _start) >= Math.Max(Thresholds.TeaserMinArticleChars, Thresholds.TeaserArticleOverCards * RunChars(items, _start, end)))
        {
            if (plainTitles == 0)
            {
                items.RemoveRange(_start, end - _start);
                return true;
            }

            // Cards under plain titles look like a service page's own feature cards: the page's kind, told later,
            // decides (FlowItem.TeaserCard).
            for (var i = _start; i < end; i++)
            {
                items[i] = items[i] with { TeaserCard = true };
            }

            return true;
        }

        return false;
    }

    // Teasers follow an article: a listing's or a home page's sections of cards, each under its own "Trending" or
    // "Most popular" heading, have no running prose above them. Prose is what the flow keeps as such elsewhere.
    private static int ArticleBefore(List<FlowItem> items, int start)
    {
        var chars = 0;
        for (var i = 0; i < start; i++)
        {
            if (items[i].Block is ParagraphBlock && items[i].VisibleChars >= Thresholds.TeaserRunProseChars && items[i].LinkDensity < Thresholds.TeaserRunProseLinkShare)
            {
                chars += items[i].VisibleChars;
            }
        }

        return chars;
    }

    private static int RunChars(List<FlowItem> items, int start, int end)
    {
        var chars = 0;
        for (var i = start; i < end; i++)
        {
            chars += items[i].VisibleChars;
        }

        return chars;
    }
}
