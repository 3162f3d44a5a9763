using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// One walk of the body for both readers of the visible page: the date scanner, which skips comment threads, sidebars,
/// navigation and scripts whole, and the byline candidates, which see every element.
/// The walk descends where either consumer wants to; a subtree the date scanner declined is kept from it (no
/// <c>Enter</c>, no <c>Exit</c>) until the walk leaves that subtree, so each consumer sees exactly what a walk of
/// its own would have shown it.
/// </summary>
internal struct BodyWalk
{
    private readonly DateScanner _dates;
    private readonly BylineCandidates _bylines;

    /// <summary>The element whose subtree the date scanner declined, while the walk is inside it for the bylines.</summary>
    private IElement? _datesSkipped;

    private BodyWalk(DateScanner dates, BylineCandidates bylines)
    {
        _dates = dates;
        _bylines = bylines;
    }

    /// <summary>Feeds <paramref name="body"/> to <paramref name="dates"/> and to <paramref name="bylines"/>.</summary>
    public static void Run(IElement body, DateScanner dates, BylineCandidates bylines)
    {
        var walk = new BodyWalk(dates, bylines);
        DomWalker.Walk(body, ref walk, static (INode node, ref BodyWalk w) => w.Enter(node), static (INode node, ref BodyWalk w) => w.Exit(node));
        bylines.Finish();
    }

    private bool Enter(INode node)
    {
        if (node is not IElement e)
        {
            return _datesSkipped is null && _dates.Enter(node);
        }

        // Both consumers read an element's class, id and mark attributes: read once for both.
        var marks = ElementMarks.Of(e);
        var dates = _datesSkipped is null && _dates.Enter(e, marks);
        _bylines.Enter(e, marks);
        if (!dates && _datesSkipped is null)
        {
            _datesSkipped = e;
        }

        return true;
    }

    private void Exit(INode node)
    {
        if (_datesSkipped is null)
        {
            _dates.Exit(node);
        }
        else if (ReferenceEquals(_datesSkipped, node))
        {
            _datesSkipped = null;
        }

        _bylines.Exit((IElement)node);
    }
}
