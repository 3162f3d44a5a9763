using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// The teaser cards that follow a related-content heading ("Related", "Trending", "More from …", "Lesen Sie auch")
/// written among the article's own blocks, with no box around them that the heading could close: each card is a
/// linked title (a heading or a link-heavy line) or a linked thumbnail, with maybe a date and a one-line teaser.
/// The run goes from the heading up to the next heading of the article, the first paragraph longer than a teaser
/// (running prose is never taken) or the end of the container; it is dropped only when every block in it is part of
/// a card and it holds at least <see cref="Thresholds.TeaserMinCards"/> titles or thumbnails.
/// </summary>
internal sealed class TeaserRun
{
    private int _start = -1;
    private int _anchors;
    private int _lines;
    private bool _other;

    /// <summary>Whether a related heading was met and the run has not ended yet.</summary>
    public bool Active => _start >= 0;

    /// <summary>Starts a run after a related-content heading; <paramref name="start"/> is the first flow item of the run.</summary>
    public void Start(int start)
    {
        _start = start;
        _anchors = 0;
        _lines = 0;
        _other = false;
    }

    /// <summary>Forgets the run without dropping anything (the heading's own box was skipped whole).</summary>
    public void Cancel() => _start = -1;

    /// <summary>A heading inside the run that is a card's title: its text is a link to another page.</summary>
    public void AddTitle() => _anchors++;

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

        if (!_other && _anchors >= Thresholds.TeaserMinCards && _lines > 0 && _lines <= Thresholds.TeaserRunMaxCardLines * _anchors && _start < items.Count
            && ArticleBefore(items, _start) >= Math.Max(Thresholds.TeaserMinArticleChars, Thresholds.TeaserArticleOverCards * RunChars(items, _start)))
        {
            items.RemoveRange(_start, items.Count - _start);
        }

        _start = -1;
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

    private static int RunChars(List<FlowItem> items, int start)
    {
        var chars = 0;
        for (var i = start; i < items.Count; i++)
        {
            chars += items[i].VisibleChars;
        }

        return chars;
    }
}
