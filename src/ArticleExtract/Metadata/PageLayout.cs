using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The containers of the page's headline and of its article (or main element): the page's layout, never a foreign
/// container to the metadata walk whatever their class says ("fixed-sidebar" on the grid that holds the main column).
/// </summary>
internal sealed class PageLayout
{
    // Few (a depth's worth), and compared by reference: hashing an element for a set cost more than the comparisons.
    private readonly List<IElement> _wrappers = [];

    public PageLayout(IElement? headline, IElement? articleScope)
    {
        Add(headline);
        Add(articleScope);
    }

    /// <summary>Whether <paramref name="e"/> holds the headline or the article.</summary>
    public bool Holds(IElement e)
    {
        foreach (var wrapper in _wrappers)
        {
            if (ReferenceEquals(wrapper, e))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (!_wrappers.Contains(e))
            {
                _wrappers.Add(e);
            }
        }
    }
}
