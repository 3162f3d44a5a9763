using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// One walk of the body for both readers of the visible page: the date scanner, which skips comment threads, sidebars,
/// navigation and scripts whole, and the byline candidates, which see every element.
/// The walk descends where either consumer wants to; a subtree the date scanner declined is kept from it (no
/// <c>Enter</c>, no <c>Exit</c>) until the walk leaves that subtree, so each consumer sees exactly what a walk of
/// its own would have shown it. The one exception is a declined thread's opening post, which the walk looks for as it
/// passes and feeds to the date scanner whole, as the scanner's own search would (<see cref="DateScanner.DeferOpeningPosts"/>).
/// </summary>
internal struct BodyWalk : IDomVisitor
{
    private readonly DateScanner _dates;
    private readonly BylineCandidates _bylines;

    /// <summary>The element whose subtree the date scanner declined, while the walk is inside it for the bylines.</summary>
    private IElement? _datesSkipped;

    /// <summary>How many more elements of the declined subtree may be its opening post; 0 when none is looked for.</summary>
    private int _searchLeft;

    /// <summary>The opening posts being fed to the date scanner, each with the declined container it lies in (rare: a thread page's one).</summary>
    private Stack<(IElement Post, IElement Container)>? _posts;

    private BodyWalk(DateScanner dates, BylineCandidates bylines)
    {
        _dates = dates;
        _bylines = bylines;
        dates.DeferOpeningPosts();
    }

    /// <summary>Feeds <paramref name="body"/> to <paramref name="dates"/> and to <paramref name="bylines"/>.</summary>
    public static void Run(IElement body, DateScanner dates, BylineCandidates bylines)
    {
        var walk = new BodyWalk(dates, bylines);
        DomWalker.Walk(body, ref walk);
        bylines.Finish();
    }

    public readonly bool EnterOther(INode node) => _datesSkipped is null && _dates.EnterNonElement(node);

    public bool EnterElement(Element e)
    {
        // Both consumers read an element's class, id and mark attributes: read once for both.
        var marks = ElementMarks.Of(e);
        if (_searchLeft > 0)
        {
            _searchLeft--;
            if (DateScanner.IsOpeningPost(marks))
            {
                // The declined thread's opening post: its subtree is the date scanner's again.
                (_posts ??= new()).Push((e, _datesSkipped!));
                _datesSkipped = null;
                _searchLeft = 0;
            }
        }

        var dates = _datesSkipped is null && _dates.EnterElement(e, marks);
        _bylines.Enter(e, marks);
        if (!dates && _datesSkipped is null)
        {
            _datesSkipped = e;
            _searchLeft = _dates.TakeOpeningPostWanted() ? MetadataThresholds.MaxOpeningPostSearch : 0;
        }

        return true;
    }

    public void Exit(Element e)
    {
        if (_datesSkipped is null)
        {
            _dates.ExitElement(e);
        }
        else if (ReferenceEquals(_datesSkipped, e))
        {
            _datesSkipped = null;
            _searchLeft = 0;
        }

        if (_posts is { Count: > 0 } && ReferenceEquals(_posts.Peek().Post, e))
        {
            // Past the opening post: the rest of its container stays declined (one post per container, as the search found).
            _datesSkipped = _posts.Pop().Container;
        }

        _bylines.Exit(e);
    }
}
