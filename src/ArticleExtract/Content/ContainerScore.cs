using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Content;

/// <summary>
/// How a container is scored: by the rules (<see cref="ContentLocator"/>: running text less α times the rest) or by
/// the learned decision (characters of the blocks it keeps less a weight times those it drops). Both prefer the
/// deeper of two equal candidates, and both read a table-layout row as its columns (<see cref="LayoutRows"/>).
/// </summary>
internal readonly struct ContainerScore
{
    private readonly DocumentIndex _index;
    private readonly int[] _kept;
    private readonly int[] _dropped;
    private readonly double _weight;
    private readonly bool _rules;

    private ContainerScore(DocumentIndex index, int[] kept, int[] dropped, double weight, bool rules) =>
        (_index, _kept, _dropped, _weight, _rules) = (index, kept, dropped, weight, rules);

    /// <summary>The rules' score: <see cref="DocumentIndex.Good"/> less <paramref name="alpha"/> times <see cref="DocumentIndex.Bad"/>.</summary>
    public static ContainerScore Rules(DocumentIndex index, double alpha) => new(index, index.Good, index.Bad, alpha, rules: true);

    /// <summary>The rules' score with the running text and the rest per element given (<see cref="StoryCells"/>).</summary>
    public static ContainerScore Rules(DocumentIndex index, int[] good, int[] bad, double alpha) => new(index, good, bad, alpha, rules: true);

    /// <summary>The learned decision's score: kept characters less <paramref name="droppedWeight"/> times dropped ones.</summary>
    public static ContainerScore Learned(DocumentIndex index, int[] kept, int[] dropped, double droppedWeight) =>
        new(index, kept, dropped, droppedWeight, rules: false);

    /// <summary>Whether the element holds text that argues for it: running text (rules) or a kept block (model).</summary>
    public bool HoldsText(int e) => _kept[e] > 0 && !(_rules && _index.InNoise[e]);

    /// <summary>
    /// The element's score. Markup that names the article body is strong but not decisive evidence to the rules:
    /// some themes put the same class on teasers.
    /// </summary>
    public double Of(int e) =>
        (_kept[e] - (_weight * _dropped[e])) * (_rules && _index.ContentHint[e] ? 1.15 : 1);

    /// <summary>The best-scoring block among the elements from <paramref name="from"/> to <paramref name="to"/> (exclusive); -1 when none scores above zero.</summary>
    public int Best(int from, int to)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var e = from; e < to; e++)
        {
            if (!HoldsText(e) || (_index.Traits[e] & TagTraits.Block) == 0)
            {
                continue;
            }

            // ">=" keeps the deeper of two equal candidates: document order visits ancestors first.
            var score = Of(e);
            if (score >= bestScore && score > 0)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
    }
}
