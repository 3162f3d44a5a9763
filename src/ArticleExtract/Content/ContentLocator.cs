using System.Buffers;
using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Content;

/// <summary>
/// Stage 5: finds the element that holds the article. Every element not inside noise is scored as
/// <c>good − α·bad</c>: the characters of running-text paragraphs it would bring in, minus a fraction of the
/// characters of everything else (noise, link lists, short fragments). The best element is the smallest one that
/// gathers the article's paragraphs without dragging in the page around them; a wrapper that adds a sibling lead
/// paragraph wins over its child, one that adds a sidebar loses.
/// </summary>
internal static class ContentLocator
{
    /// <summary>
    /// The chosen container; the root itself when the page has visible text but no paragraph long enough to be
    /// running text (a short note, a one-line page); -1 when it has no visible text outside noise.
    /// </summary>
    public static int Locate(DocumentIndex index, ExtractionFavor favor)
    {
        var alpha = favor switch
        {
            ExtractionFavor.Precision => 0.45,
            ExtractionFavor.Recall => 0.15,
            _ => 0.3,
        };

        var best = Best(index, alpha);

        // The teasers of other pages inside the container argue for a wider one than the article needs.
        if (TeaserCards.Strip(index, best))
        {
            best = Best(index, alpha);
        }

        if (best < 0 && index.Count > 0 && !index.InNoise[0] && index.Chars[0] > index.LinkChars[0])
        {
            best = 0;
        }

        return best;
    }

    private static int Best(DocumentIndex index, double alpha)
    {
        if (StoryCells.Rescored(index) is not var (good, bad))
        {
            var scores = ContainerScore.Rules(index, alpha);
            return LayoutRows.Column(index, scores.Best(0, index.Count), scores);
        }

        try
        {
            var scores = ContainerScore.Rules(index, good, bad, alpha);
            return LayoutRows.Column(index, scores.Best(0, index.Count), scores);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(good);
            ArrayPool<int>.Shared.Return(bad);
        }
    }
}
