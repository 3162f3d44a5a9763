using System.Globalization;

namespace ArticleExtract.Decision;

/// <summary>
/// Gradient-boosted regression trees read from the small text file the training tool writes
/// (<c>benchmarks/ArticleExtract.Training</c>), evaluated here so the library needs no ML package. The score is
/// the bias plus each tree's weighted leaf value; a node sends a row left when its feature is at most the threshold.
/// </summary>
internal sealed class TreeEnsemble
{
    // All trees' nodes in one flat array (a tree's nodes from _start[t]), and each leaf already multiplied by its tree's
    // weight: the trees are read once per candidate block, so this is the decision's inner loop. A node's four fields
    // sit together, so a step down a tree reads one cache line instead of four arrays.
    private readonly int[] _start;
    private readonly Node[] _nodes;
    private readonly int[] _leafStart;
    private readonly double[] _leaves;
    private readonly double _bias;

    private TreeEnsemble(string[] features, Tree[] trees, double bias)
    {
        Features = features;
        _bias = bias;
        _start = new int[trees.Length];
        _leafStart = new int[trees.Length];
        var nodes = 0;
        var leaves = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            _start[t] = nodes;
            _leafStart[t] = leaves;
            nodes += trees[t].Feature.Length;
            leaves += trees[t].Leaves.Length;
        }

        (_nodes, _leaves) = (new Node[nodes], new double[leaves]);
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            for (var k = 0; k < tree.Feature.Length; k++)
            {
                _nodes[_start[t] + k] = new Node(tree.Feature[k], tree.Threshold[k], tree.Left[k], tree.Right[k]);
            }

            for (var k = 0; k < tree.Leaves.Length; k++)
            {
                _leaves[_leafStart[t] + k] = tree.Weight * tree.Leaves[k];
            }
        }
    }

    /// <summary>The feature names, in row order.</summary>
    public string[] Features { get; }

    public int TreeCount => _start.Length;

    public double Score(ReadOnlySpan<float> row)
    {
        var score = _bias;
        for (var t = 0; t < _start.Length; t++)
        {
            var start = _start[t];
            var end = t + 1 < _start.Length ? _start[t + 1] : _nodes.Length;
            var node = end == start ? -1 : 0; // a tree of one leaf has no nodes
            while (node >= 0)
            {
                ref readonly var at = ref _nodes[start + node];
                node = row[at.Feature] <= at.Threshold ? at.Left : at.Right;
            }

            score += _leaves[_leafStart[t] + ~node];
        }

        return score;
    }

    /// <summary>Reads the model file: <c>features</c>, <c>bias</c>, then per tree a <c>tree</c> line, its nodes and its leaves.</summary>
    /// <exception cref="FormatException">The text is not a model file.</exception>
    public static TreeEnsemble Parse(TextReader reader)
    {
        string[]? features = null;
        var bias = 0.0;
        var trees = new List<Tree>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#'))
            {
                continue;
            }

            switch (parts[0])
            {
                case "features":
                    features = parts[1..];
                    break;
                case "bias":
                    bias = Number(parts[1]);
                    break;
                case "tree":
                    trees.Add(ReadTree(reader, Number(parts[1]), int.Parse(parts[2], CultureInfo.InvariantCulture), features?.Length ?? 0));
                    break;
                default:
                    throw new FormatException($"Unexpected line in the model file: {parts[0]}");
            }
        }

        return features is null ? throw new FormatException("The model file names no features.") : new TreeEnsemble(features, [.. trees], bias);
    }

    private static Tree ReadTree(TextReader reader, double weight, int nodes, int featureCount)
    {
        var tree = new Tree(weight, new int[nodes], new float[nodes], new int[nodes], new int[nodes], new double[nodes + 1]);
        for (var k = 0; k < nodes; k++)
        {
            var p = (reader.ReadLine() ?? throw new FormatException("The model file ends inside a tree.")).Split(' ');
            tree.Feature[k] = int.Parse(p[0], CultureInfo.InvariantCulture);
            tree.Threshold[k] = float.Parse(p[1], CultureInfo.InvariantCulture);
            tree.Left[k] = int.Parse(p[2], CultureInfo.InvariantCulture);
            tree.Right[k] = int.Parse(p[3], CultureInfo.InvariantCulture);
            if (tree.Feature[k] < 0 || tree.Feature[k] >= featureCount)
            {
                throw new FormatException($"A tree node reads feature {tree.Feature[k]}, of {featureCount}.");
            }
        }

        var leaves = (reader.ReadLine() ?? throw new FormatException("The model file ends before a tree's leaves.")).Split(' ');
        for (var k = 0; k <= nodes; k++)
        {
            tree.Leaves[k] = Number(leaves[k + 1]);
        }

        return tree;
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    private sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves);
}
