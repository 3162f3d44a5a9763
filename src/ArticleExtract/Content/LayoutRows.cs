using ArticleExtract.Analysis;

namespace ArticleExtract.Content;

/// <summary>
/// The columns of a table-layout page are its cells side by side in one row: the story in one <c>&lt;td&gt;</c>,
/// the navigation, a weather box, a poll or the advertising in its siblings. A story never flows from one column into
/// the next, so a row is no container: when the best-scoring element is a row whose cells both hold running text
/// (the side column's boxes are prose too), the container is the best cell's best element instead.
/// </summary>
internal static class LayoutRows
{
    /// <summary>The best element of the row's best cell when <paramref name="best"/> is a row of two or more cells holding running text; else <paramref name="best"/>.</summary>
    public static int Column(DocumentIndex index, int best, ContainerScore scores)
    {
        // A column may hold a nested layout table whose row is the next best: bounded by the page's depth of tables.
        while (best >= 0 && index.Elements[best].LocalName == "tr" && BestCell(index, best, scores) is var cell and >= 0)
        {
            var within = scores.Best(cell, index.SubtreeEnd[cell]);
            best = within >= 0 ? within : cell;
        }

        return best;
    }

    /// <summary>The row's best-scoring cell when at least two of its cells hold running text; -1 otherwise.</summary>
    private static int BestCell(DocumentIndex index, int row, ContainerScore scores)
    {
        var (cell, cellScore, withText) = (-1, 0.0, 0);
        for (var c = row + 1; c < index.SubtreeEnd[row]; c = index.SubtreeEnd[c])
        {
            if (!scores.HoldsText(c) || index.Elements[c].LocalName is not ("td" or "th"))
            {
                continue;
            }

            withText++;
            var score = scores.Of(c);
            if (score > cellScore)
            {
                (cell, cellScore) = (c, score);
            }
        }

        return withText >= 2 ? cell : -1;
    }
}
