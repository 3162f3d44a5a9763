using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArticleExtract.Decision;

/// <summary>
/// Gradient-boosted regression trees read from the small text file the training tool writes
/// (<c>benchmarks/ArticleExtract.Training</c>), evaluated here so the library needs no ML package. The score is
/// the bias plus each tree's weighted leaf value; a node sends a row left when its feature is at most the threshold.
/// </summary>
internal sealed class TreeEnsemble
{
    // All trees' nodes in one flat array, and all leaves in another, each already multiplied by its tree's weight: the
    // trees are read once per candidate block, so this is the decision's inner loop. A node's four fields sit together,
    // so a step down a tree reads one cache line instead of four arrays; its children are numbered in the flat arrays
    // (a leaf as ~its index), so a step adds no tree's offset, and each tree starts at _roots[t] (a leaf for a tree
    // without nodes).
    private readonly int[] _roots;
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly double _bias;

    // Per feature, whether some node tests it.
    private readonly bool[] _read;

    private TreeEnsemble(string[] features, Tree[] trees, double bias)
    {
        Features = features;
        _bias = bias;
        _read = new bool[features.Length];
        foreach (var tree in trees)
        {
            foreach (var feature in tree.Feature)
            {
                _read[feature] = true;
            }
        }

        _roots = new int[trees.Length];
        (_nodes, _leaves) = (new Node[trees.Sum(t => t.Feature.Length)], new double[trees.Sum(t => t.Leaves.Length)]);
        var (nodes, leaves) = (0, 0);
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            _roots[t] = tree.Feature.Length == 0 ? ~leaves : nodes;
            for (var k = 0; k < tree.Feature.Length; k++)
            {
                _nodes[nodes + k] = new Node(tree.Feature[k], tree.Threshold[k], Child(tree.Left[k], nodes, leaves, tree), Child(tree.Right[k], nodes, leaves, tree));
            }

            for (var k = 0; k < tree.Leaves.Length; k++)
            {
                _leaves[leaves + k] = tree.Weight * tree.Leaves[k];
            }

            (nodes, leaves) = (nodes + tree.Feature.Length, leaves + tree.Leaves.Length);
        }
    }

    /// <summary>A child's number in the flat arrays: a node's (0 or more) or a leaf's (~index), checked against its tree.</summary>
    private static int Child(int child, int nodes, int leaves, Tree tree) =>
        child >= 0
            ? child < tree.Feature.Length ? nodes + child : throw new FormatException($"A tree node points at node {child}, of {tree.Feature.Length}.")
            : ~child < tree.Leaves.Length ? ~(leaves + ~child) : throw new FormatException($"A tree node points at leaf {~child}, of {tree.Leaves.Length}.");

    /// <summary>The feature names, in row order.</summary>
    public string[] Features { get; }

    /// <summary>Whether some node of some tree tests the row's value at <paramref name="column"/>.</summary>
    public bool Reads(int column) => column >= 0 && column < _read.Length && _read[column];

    public int TreeCount => _roots.Length;

    /// <summary>The bias plus each tree's weighted leaf for <paramref name="row"/>, added in the trees' order.</summary>
    /// <exception cref="ArgumentException">The row is shorter than the model's feature list.</exception>
    public double Score(ReadOnlySpan<float> row)
    {
        if (row.Length < Features.Length)
        {
            throw new ArgumentException($"A row of {row.Length} features, the model reads {Features.Length}.", nameof(row));
        }

        // Unchecked reads: every node's feature is below Features.Length (checked when the file was read), and every
        // child is a node or a leaf of its own tree (checked when the arrays were built).
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var leaves = ref MemoryMarshal.GetArrayDataReference(_leaves);
        ref var values = ref MemoryMarshal.GetReference(row);
        var score = _bias;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                ref readonly var at = ref Unsafe.Add(ref nodes, node);
                node = Unsafe.Add(ref values, at.Feature) <= at.Threshold ? at.Left : at.Right;
            }

            score += Unsafe.Add(ref leaves, ~node);
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
