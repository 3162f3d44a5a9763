using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Kinds;

/// <summary>
/// Finds the page's run of repeated records: the entries of a listing, the cards of a service or collection page,
/// the posts of a thread. Structure, not vocabulary: siblings that share a tag and a class signature, each holding
/// text outside noise, are one record type; the run with the most such text wins. One pass over the index to sum
/// each subtree's text, one over each element's children to group them.
/// </summary>
internal static class RepeatedItems
{
    /// <summary>The run found: its parent, the region to read (the parent, or an ancestor that adds only a title or an intro), and its size.</summary>
    /// <param name="Parent">The element whose children are the records.</param>
    /// <param name="Region">The element to read.</param>
    /// <param name="Items">How many records.</param>
    /// <param name="ItemChars">Visible characters outside noise in the records.</param>
    /// <param name="RegionChars">Visible characters outside noise in the region.</param>
    /// <param name="LinkShare">Share of the records' text inside links.</param>
    public readonly record struct Run(int Parent, int Region, int Items, int ItemChars, int RegionChars, double LinkShare);

    /// <summary>The largest run of records on the page, or null when there is none worth reading.</summary>
    /// <param name="index">The page's index.</param>
    /// <returns>The run.</returns>
    public static Run? Find(DocumentIndex index)
    {
        var n = index.Count;
        if (n == 0)
        {
            return null;
        }

        // Text outside noise per subtree, by prefix sums over document order: a subtree is a range of ordinals.
        var clean = new int[n + 1];
        var links = new int[n + 1];
        for (var e = 0; e < n; e++)
        {
            var own = index.InNoise[e] ? 0 : index.UnitChars[e];
            clean[e + 1] = clean[e] + own;
            links[e + 1] = links[e] + (index.InNoise[e] ? 0 : index.UnitLinkChars[e]);
        }

        Run? best = null;
        var groups = new Dictionary<ulong, (int Count, int Chars, int Links)>();
        for (var p = 0; p < n; p++)
        {
            // The cells and rows of a layout table are the page's grid, not records (and a data table is read as a table).
            if (index.InNoise[p] || (index.Traits[p] & TagTraits.Block) == 0 || index.Elements[p].LocalName is "td" or "th" or "tr" or "tbody" or "table"
                || ChildCount(index, p) < Thresholds.KindMinItems)
            {
                continue;
            }

            groups.Clear();
            for (var c = p + 1; c < index.SubtreeEnd[p]; c = index.SubtreeEnd[c])
            {
                var chars = clean[index.SubtreeEnd[c]] - clean[c];
                if (index.InNoise[c] || chars == 0)
                {
                    continue;
                }

                var key = Signature(index, c);
                var linkChars = links[index.SubtreeEnd[c]] - links[c];
                var g = groups.GetValueOrDefault(key);
                groups[key] = (g.Count + 1, g.Chars + chars, g.Links + linkChars);
            }

            foreach (var (_, g) in groups)
            {
                if (g.Count < Thresholds.KindMinItems || g.Chars < Thresholds.KindMinItems * Thresholds.KindMinItemChars
                    || (double)g.Chars / g.Count < MinItemChars(g.Count) || (best is { } b && g.Chars <= b.ItemChars))
                {
                    continue;
                }

                best = new Run(p, p, g.Count, g.Chars, clean[index.SubtreeEnd[p]] - clean[p], g.Chars == 0 ? 0 : (double)g.Links / g.Chars);
            }
        }

        return best is { } found ? Widen(index, clean, found) : null;
    }

    /// <summary>Climbs from the records' parent while an ancestor adds little text (the list's title, an intro), not a page around it.</summary>
    private static Run Widen(DocumentIndex index, int[] clean, Run run)
    {
        var region = run.Parent;
        var chars = run.RegionChars;
        for (var a = index.Parent[region]; a > 0 && !index.InNoise[a]; a = index.Parent[a])
        {
            var aChars = clean[index.SubtreeEnd[a]] - clean[a];
            if (aChars > chars * Thresholds.KindRegionGrowth)
            {
                break;
            }

            (region, chars) = (a, aChars);
        }

        return run with { Region = region, RegionChars = chars };
    }

    /// <summary>
    /// The characters a record must hold on average in a run of <paramref name="count"/>: a few short siblings are a
    /// menu's links, but a long run of them is a shop's grid of cards that each show little more than a name and a
    /// price (<see cref="Thresholds.KindLongRunItems"/>).
    /// </summary>
    private static int MinItemChars(int count) =>
        count >= Thresholds.KindLongRunItems ? Thresholds.KindLongRunMinItemChars : Thresholds.KindMinItemChars;

    /// <summary>Visible characters outside noise in the subtree of <paramref name="e"/>, counted as the records' text is.</summary>
    /// <param name="index">The page's index.</param>
    /// <param name="e">The element.</param>
    /// <returns>The characters.</returns>
    internal static int CleanChars(DocumentIndex index, int e)
    {
        var chars = 0;
        for (var i = e; i < index.SubtreeEnd[e]; i++)
        {
            chars += index.InNoise[i] ? 0 : index.UnitChars[i];
        }

        return chars;
    }

    private static int ChildCount(DocumentIndex index, int p)
    {
        var count = 0;
        for (var c = p + 1; c < index.SubtreeEnd[p]; c = index.SubtreeEnd[c])
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Tag and first class word with digits dropped: "post-17" and "post-18" are one record type, and the words after
    /// the first (a category, a state) vary from record to record. A 64-bit FNV-1a hash, not a string: this runs for
    /// every child of every block, and a string each would be most of the page's garbage.
    /// </summary>
    internal static ulong Signature(DocumentIndex index, int e)
    {
        const ulong Prime = 1099511628211;
        var element = index.Elements[e];
        var hash = 14695981039346656037;
        foreach (var ch in element.LocalName)
        {
            hash = (hash ^ ch) * Prime;
        }

        var cls = element.GetAttribute("class").AsSpan().Trim();
        var space = cls.IndexOfAny(' ', '\t', '\n');
        var first = space < 0 ? cls : cls[..space];
        if (first.IsEmpty)
        {
            return hash;
        }

        // The separator keeps "div" + "x" apart from "divx" + nothing.
        hash = (hash ^ '.') * Prime;
        foreach (var ch in first[..Math.Min(first.Length, 64)])
        {
            if (!char.IsAsciiDigit(ch))
            {
                hash = (hash ^ ch) * Prime;
            }
        }

        return hash;
    }
}
