using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Dates of a list of sibling items: related stories, recent posts or events set out as list items or cards with no class
/// to name them, each item with a date of its own and no label. Several different days each in an item of its own are
/// the items' dates, and none of them dates the page.
/// </summary>
internal static class DateLists
{
    /// <summary>
    /// For each of <paramref name="found"/>, whether it is an unlabelled date of such a list (true: not the page's), or
    /// null when none is. Items are the sibling elements of one tag under one parent that hold the dates, found within
    /// <see cref="MetadataThresholds.MaxDateListDepth"/> levels above each date; a list is at least
    /// <see cref="MetadataThresholds.MinDateListItems"/> short items holding at least two different days. An item that
    /// holds the headline or the article is the page itself, never one of a list's items.
    /// </summary>
    public static bool[]? ItemDates(List<(DateCandidate Candidate, int Order, IElement? Element)> found, IElement? headline, IElement? articleScope)
    {
        if (found.Count < MetadataThresholds.MinDateListItems)
        {
            return null;
        }

        var groups = new Dictionary<(INode Parent, string Tag), Group>();
        for (var i = 0; i < found.Count; i++)
        {
            var (candidate, _, element) = found[i];
            if (element is null || !Unlabelled(candidate))
            {
                continue;
            }

            var item = element;
            for (var level = 0; level < MetadataThresholds.MaxDateListDepth && item?.ParentElement is { } parent; level++)
            {
                var key = ((INode)parent, item.LocalName);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = new Group();
                }

                group.Add(item, candidate.Value.Date, i);
                item = parent;
            }
        }

        bool[]? listed = null;
        foreach (var group in groups.Values)
        {
            if (group.IsList(headline, articleScope))
            {
                listed ??= new bool[found.Count];
                foreach (var i in group.Members)
                {
                    listed[i] = true;
                }
            }
        }

        return listed;
    }

    /// <summary>
    /// Removes from <paramref name="candidates"/> (the body's, in document order, their distances to the headline set) the
    /// dates of runs of entries: <see cref="MetadataThresholds.MinEntryRun"/> or more dates of one kind (read from the
    /// text or from an attribute, with one role), each within <see cref="MetadataThresholds.EntryRunGap"/> elements of the
    /// one before, on <see cref="MetadataThresholds.MinEntryRunDays"/> different days at least. A listing's stories, a
    /// podcast's episodes, an events calendar set out so; the items need not be siblings under one parent nor short, as
    /// <see cref="ItemDates"/> wants them. An article's own date line stands apart from such a run by its body, longer than
    /// the gap, and a run of one day is a thread's posts, whose first is the page's.
    /// </summary>
    public static void RemoveEntryRuns(List<DateCandidate> candidates)
    {
        if (candidates.Count < MetadataThresholds.MinEntryRun)
        {
            return;
        }

        bool[]? inRun = null;
        var chain = new List<int>();
        foreach (var source in (ReadOnlySpan<DateSource>)[DateSource.Visible, DateSource.Attribute])
        {
            foreach (var role in (ReadOnlySpan<DateRole>)[DateRole.Unknown, DateRole.Published, DateRole.Modified])
            {
                chain.Clear();
                for (var i = 0; i < candidates.Count; i++)
                {
                    var c = candidates[i];
                    if (c.Source != source || c.Role != role || c.Distance == int.MaxValue)
                    {
                        continue;
                    }

                    if (chain.Count > 0 && c.Distance - candidates[chain[^1]].Distance > MetadataThresholds.EntryRunGap)
                    {
                        MarkRun(candidates, chain, ref inRun);
                        chain.Clear();
                    }

                    chain.Add(i);
                }

                MarkRun(candidates, chain, ref inRun);
            }
        }

        if (inRun is null)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!inRun[i])
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>Marks the chain's dates as a run's when it is long enough and names enough different days.</summary>
    private static void MarkRun(List<DateCandidate> candidates, List<int> chain, ref bool[]? inRun)
    {
        if (chain.Count < MetadataThresholds.MinEntryRun)
        {
            return;
        }

        // Each date is compared with the distinct days found so far, at most MinEntryRunDays of them: linear in the chain
        // however many dates share one day.
        Span<DateOnly> found = stackalloc DateOnly[MetadataThresholds.MinEntryRunDays];
        var days = 0;
        for (var i = 0; i < chain.Count && days < found.Length; i++)
        {
            var day = candidates[chain[i]].Value.Date;
            if (!found[..days].Contains(day))
            {
                found[days++] = day;
            }
        }

        if (days < MetadataThresholds.MinEntryRunDays)
        {
            return;
        }

        inRun ??= new bool[candidates.Count];
        foreach (var i in chain)
        {
            inRun[i] = true;
        }
    }

    /// <summary>A date nothing labels: no role said by its wording or markup, read from the page's text or a plain attribute.</summary>
    private static bool Unlabelled(DateCandidate c) =>
        c.Role == DateRole.Unknown && !c.Stated && c.Source is DateSource.Visible or DateSource.Attribute;

    private sealed class Group
    {
        private readonly HashSet<IElement> _items = [];
        private readonly HashSet<DateOnly> _days = [];

        public List<int> Members { get; } = [];

        public void Add(IElement item, DateOnly day, int index)
        {
            _items.Add(item);
            _days.Add(day);
            Members.Add(index);
        }

        /// <summary>Enough short items with at least two different days, none of them the page's own headline or article.</summary>
        public bool IsList(IElement? headline, IElement? articleScope)
        {
            if (_items.Count < MetadataThresholds.MinDateListItems || _days.Count < 2)
            {
                return false;
            }

            foreach (var item in _items)
            {
                if ((headline is not null && item.Contains(headline)) || (articleScope is not null && item.Contains(articleScope))
                    || ElementText.LongerThan(item, MetadataThresholds.MaxDateListItemText))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
