namespace ArticleExtract.Decision;

/// <summary>
/// The second look of the keep/drop decision: what the first trees said about a block's neighbours, siblings, the
/// rules' container and the whole page. A block among kept blocks is likely kept, one among menus likely not; the
/// first trees see each block alone. Computed from plain arrays so the training tool can feed it the scores a
/// model trained without the page gave (out of fold), as the library's model sees pages it never trained on.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>The names of the features appended to <see cref="BlockFeatures.Names"/> for the second trees.</summary>
    public static readonly string[] Names =
    [
        "own_score", "prev_score", "next_score", "window_score", "siblings_score", "siblings_log", "page_score", "root_score",
    ];

    /// <summary>Scores are clipped to this magnitude: a very sure block says no more about its neighbours than a sure one.</summary>
    public const double Clip = 8;

    /// <summary>How many blocks on each side make a block's window.</summary>
    public const int Window = 3;

    public static int Count => Names.Length;

    /// <summary>The full feature names of the second trees: the block's own features, then these.</summary>
    public static string[] AllNames() => [.. BlockFeatures.Names, .. Names];

    /// <summary>Writes the context features of every block after its own features.</summary>
    /// <param name="parents">Each block's parent (any ids below <paramref name="parentCount"/>; blocks sharing one are siblings).</param>
    /// <param name="chars">Each block's own characters: longer blocks weigh more in every mean.</param>
    /// <param name="inRoot">Whether each block is inside the rules' container.</param>
    /// <param name="scores">The first trees' scores.</param>
    /// <param name="parentCount">One more than the largest parent id.</param>
    /// <param name="rows">The second trees' rows, <see cref="BlockFeatures.Count"/> own features already in place.</param>
    public static void Fill(ReadOnlySpan<int> parents, ReadOnlySpan<int> chars, ReadOnlySpan<bool> inRoot, ReadOnlySpan<double> scores,
        int parentCount, Span<float> rows)
    {
        var n = scores.Length;
        var width = BlockFeatures.Count + Count;
        var sum = new double[parentCount];
        var weight = new double[parentCount];
        var count = new int[parentCount];
        double pageSum = 0, pageWeight = 0, rootSum = 0, rootWeight = 0;
        for (var i = 0; i < n; i++)
        {
            var s = Clipped(scores[i]);
            var w = Weight(chars[i]);
            sum[parents[i]] += s * w;
            weight[parents[i]] += w;
            count[parents[i]]++;
            pageSum += s * w;
            pageWeight += w;
            if (inRoot[i])
            {
                rootSum += s * w;
                rootWeight += w;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var row = rows.Slice((i * width) + BlockFeatures.Count, Count);
            var own = Clipped(scores[i]);
            var w = Weight(chars[i]);
            row[0] = (float)own;
            row[1] = i > 0 ? (float)Clipped(scores[i - 1]) : 0;
            row[2] = i + 1 < n ? (float)Clipped(scores[i + 1]) : 0;
            double windowSum = 0, windowWeight = 0;
            for (var j = Math.Max(0, i - Window); j <= Math.Min(n - 1, i + Window); j++)
            {
                if (j != i)
                {
                    windowSum += Clipped(scores[j]) * Weight(chars[j]);
                    windowWeight += Weight(chars[j]);
                }
            }

            row[3] = windowWeight > 0 ? (float)(windowSum / windowWeight) : 0;
            var p = parents[i];
            var others = weight[p] - w;
            row[4] = others > 1e-9 ? (float)((sum[p] - (own * w)) / others) : (float)own;
            row[5] = MathF.Log(count[p]);
            row[6] = pageWeight > 0 ? (float)(pageSum / pageWeight) : 0;
            row[7] = rootWeight > 0 ? (float)(rootSum / rootWeight) : 0;
        }
    }

    private static double Clipped(double score) => Math.Clamp(score, -Clip, Clip);

    /// <summary>A block weighs by the log of its length: a paragraph counts more than a label, but not a hundred times more.</summary>
    private static double Weight(int chars) => Math.Log(2 + chars);
}
