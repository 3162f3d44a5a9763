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
    // All trees' nodes and leaves in one flat array, each tree in preorder: a node's left child is the entry after it,
    // its right child `Right` entries on, a leaf (Feature < 0) holds its value already multiplied by its tree's weight,
    // and each tree starts at _roots[t]. The trees are read once per candidate block, so this is the decision's inner
    // loop: a step left moves to the next entry without waiting for a load (a child read from the node cost a load's
    // latency at every step), and the leaf is read from the entry reached.
    private readonly int[] _roots;
    private readonly Node[] _nodes;
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
        _nodes = new Node[trees.Sum(t => t.Feature.Length + t.Leaves.Length)];
        var count = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            _roots[t] = count;
            count = Lay(trees[t], _nodes, count);
        }
    }

    /// <summary>
    /// Writes <paramref name="tree"/>'s nodes and leaves in preorder into <paramref name="entries"/> from
    /// <paramref name="at"/> (an explicit stack: a model file sets the depth) and returns where the next tree starts.
    /// </summary>
    /// <exception cref="FormatException">A node points outside its tree, or at a node or leaf another node points at too.</exception>
    private static int Lay(Tree tree, Node[] entries, int at)
    {
        var seenNodes = new bool[tree.Feature.Length];
        var seenLeaves = new bool[tree.Leaves.Length];
        // A child to write, and the entry of the node whose right child it is (-1 for the root and left children).
        var pending = new Stack<(int Child, int RightOf)>();
        pending.Push((tree.Feature.Length == 0 ? ~0 : 0, -1));
        while (pending.TryPop(out var next))
        {
            var (child, rightOf) = next;
            if (rightOf >= 0)
            {
                entries[rightOf] = entries[rightOf] with { Right = at - rightOf };
            }

            if (child < 0)
            {
                var leaf = ~child;
                if (leaf >= tree.Leaves.Length || seenLeaves[leaf])
                {
                    throw new FormatException($"A tree node points at leaf {leaf}, of {tree.Leaves.Length}, or at one another node points at.");
                }

                seenLeaves[leaf] = true;
                entries[at++] = Node.Leaf(tree.Weight * tree.Leaves[leaf]);
                continue;
            }

            if (child >= tree.Feature.Length || seenNodes[child])
            {
                throw new FormatException($"A tree node points at node {child}, of {tree.Feature.Length}, or at one another node points at.");
            }

            seenNodes[child] = true;
            pending.Push((tree.Right[child], at));
            pending.Push((tree.Left[child], -1));
            entries[at++] = new Node(tree.Feature[child], tree.Threshold[child], 0);
        }

        return at;
    }

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
        // tree was laid out whole, each node followed by its left subtree and its right child where Right says.
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var values = ref MemoryMarshal.GetReference(row);
        var score = _bias;
        foreach (var root in _roots)
        {
            ref var at = ref Unsafe.Add(ref nodes, root);
            while (at.Feature >= 0)
            {
                // Two branches, not one select: the processor follows its guess down the tree while the value loads.
                if (Unsafe.Add(ref values, at.Feature) <= at.Threshold)
                {
                    at = ref Unsafe.Add(ref at, 1);
                }
                else
                {
                    at = ref Unsafe.Add(ref at, at.Right);
                }
            }

            score += at.Value;
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

    /// <summary>
    /// A node (its feature, its threshold, how many entries on its right child stands) or a leaf (a negative feature and
    /// its weighted value), in the 16 bytes the node took before leaves shared its array.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 16)]
    private struct Node(int feature, float threshold, int right)
    {
        [FieldOffset(0)]
        public int Feature = feature;

        [FieldOffset(4)]
        public float Threshold = threshold;

        [FieldOffset(8)]
        public int Right = right;

        [FieldOffset(8)]
        public double Value;

        public static Node Leaf(double value) => new(-1, 0, 0) { Value = value };
    }

    private sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves);
}
