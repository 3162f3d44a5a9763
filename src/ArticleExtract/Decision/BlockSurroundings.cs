using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Decision;

/// <summary>
/// The features that place a candidate among the page's other blocks: how near running text it is, where it stands
/// against the page's first <c>h1</c>, the heading above it, and whether it or its wrappers repeat the siblings' shape
/// (teaser cards, menus and comment lists come as runs of alike elements). Computed from the index in a few linear
/// passes over the candidates and one over the elements; no walk of the DOM.
/// </summary>
internal sealed class BlockSurroundings
{
    /// <summary>The names of these features, appended in this order after the others in <see cref="BlockFeatures.Names"/>.</summary>
    public static readonly string[] Names =
    [
        "prev_running", "next_running", "running_around", "nearest_running_log", "running_before_share",
        "units_from_h1", "has_h1", "heading_above_level", "alike_self_log", "alike_parent_log", "alike_grandparent_log",
        "unit_share_of_parent",
    ];

    /// <summary>The farthest a distance in candidates is counted.</summary>
    private const int MaxDistance = 50;

    private readonly int[] _units;
    private readonly bool[] _running;
    private readonly int[] _nearestRunning;
    private readonly long[] _runningBefore;
    private readonly long _runningTotal;
    private readonly int _h1;
    private readonly int[] _headingAboveLevel;
    private readonly int[] _alike;

    private BlockSurroundings(int[] units, bool[] running, int[] nearestRunning, long[] runningBefore, long runningTotal, int h1, int[] headingAboveLevel, int[] alike)
    {
        (_units, _running, _nearestRunning, _runningBefore, _runningTotal) = (units, running, nearestRunning, runningBefore, runningTotal);
        (_h1, _headingAboveLevel, _alike) = (h1, headingAboveLevel, alike);
    }

    /// <summary>Gathers the page's facts for the candidates <paramref name="units"/> (in document order).</summary>
    public static BlockSurroundings Build(DocumentIndex index, int[] units)
    {
        var m = units.Length;
        var running = new bool[m];
        var nearest = new int[m];
        var before = new long[m];
        var headingLevel = new int[m];
        long total = 0;
        var h1 = -1;
        var last = -MaxDistance - 1;
        var level = 0;
        for (var i = 0; i < m; i++)
        {
            var e = units[i];
            running[i] = index.IsRunningText(e);
            before[i] = total;
            total += running[i] ? index.UnitChars[e] : 0;
            headingLevel[i] = level;
            if ((index.Traits[e] & TagTraits.Heading) != 0)
            {
                level = Tags.HeadingLevel(index.Elements[e]);
                h1 = h1 < 0 && level == 1 ? i : h1;
            }

            last = running[i] ? i : last;
            nearest[i] = Math.Min(i - last, MaxDistance);
        }

        last = m + MaxDistance + 1;
        for (var i = m - 1; i >= 0; i--)
        {
            last = running[i] ? i : last;
            nearest[i] = Math.Min(nearest[i], Math.Min(last - i, MaxDistance));
        }

        return new BlockSurroundings(units, running, nearest, before, total, h1, headingLevel, Alike(index));
    }

    /// <summary>Writes the features of the <paramref name="i"/>th candidate from <paramref name="at"/> in its row.</summary>
    public void Describe(DocumentIndex index, int i, Span<float> row, int at)
    {
        var e = _units[i];
        var m = _units.Length;
        row[at] = i > 0 && _running[i - 1] ? 1 : 0;
        row[at + 1] = i + 1 < m && _running[i + 1] ? 1 : 0;
        var around = 0;
        for (var j = Math.Max(0, i - 2); j <= Math.Min(m - 1, i + 2); j++)
        {
            around += j != i && _running[j] ? 1 : 0;
        }

        row[at + 2] = around;
        row[at + 3] = MathF.Log(1 + _nearestRunning[i]);
        row[at + 4] = _runningTotal <= 0 ? 0 : (float)_runningBefore[i] / _runningTotal;
        row[at + 5] = _h1 < 0 ? 0 : Math.Clamp(i - _h1, -MaxDistance, MaxDistance);
        row[at + 6] = _h1 < 0 ? 0 : 1;
        row[at + 7] = _headingAboveLevel[i];
        var parent = Math.Max(0, index.Parent[e]);
        var grandparent = Math.Max(0, index.Parent[parent]);
        row[at + 8] = MathF.Log(_alike[e]);
        row[at + 9] = MathF.Log(_alike[parent]);
        row[at + 10] = MathF.Log(_alike[grandparent]);
        row[at + 11] = index.Chars[parent] <= 0 ? 0 : (float)index.UnitChars[e] / index.Chars[parent];
    }

    /// <summary>Per element, how many children of its parent share its tag and class (itself included).</summary>
    private static int[] Alike(DocumentIndex index)
    {
        var n = index.Count;
        var alike = new int[n];
        var counts = new Dictionary<(int Parent, string Tag, string? Class), int>(n);
        for (var e = 0; e < n; e++)
        {
            var key = (index.Parent[e], index.Elements[e].LocalName, index.Elements[e].ClassName);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        for (var e = 0; e < n; e++)
        {
            alike[e] = counts[(index.Parent[e], index.Elements[e].LocalName, index.Elements[e].ClassName)];
        }

        return alike;
    }
}
