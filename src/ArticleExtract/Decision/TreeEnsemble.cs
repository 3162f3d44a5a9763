using System.Globalization;
using System.Numerics;
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

    // The same trees feature by feature (QuickScorer's layout; null when a tree has more leaves than a mask holds, or
    // there are too many trees for the stack): every node that tests feature f, sorted by threshold, lies in
    // _cuts[_cutStart[f].._cutStart[f + 1]]. A row sends right exactly the nodes of f whose threshold its value
    // exceeds, a prefix of that run, and each such node rules out the leaves of its left subtree; the leaf a walk
    // would reach is then the leftmost leaf of its tree still possible. The walk waited on a chain of dependent steps
    // and mispredicted about one in three; here a row costs one mispredicted loop exit per feature and a run of
    // independent mask updates. Leaves are numbered left to right (the preorder's order of leaves), so the leftmost
    // possible leaf is the lowest bit set.
    private readonly int[]? _cutStart;
    private readonly Cut[]? _cuts;

    // Each leaf's weighted value, left to right, tree t's from t * _leafStride on (a product, not a table to load).
    private readonly int _leafStride;
    private readonly double[]? _leafValues;

    // At most this many trees score by masks: the masks live on the stack.
    private const int MaxMaskedTrees = 1024;

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

        if (trees.Length is > 0 and <= MaxMaskedTrees && trees.All(t => t.Leaves.Length <= 64))
        {
            _leafStride = trees.Max(t => t.Leaves.Length);
            (_cutStart, _cuts, _leafValues) = Masks(_roots, _nodes, features.Length, _leafStride);
        }
    }

    /// <summary>
    /// The nodes regrouped by feature and threshold, each with the leaves that stay possible when a row goes right at
    /// it, and the leaves' values tree by tree, left to right; read from the preorder layout, where a node's left
    /// subtree is the entries before its right child and the leaves come left to right.
    /// </summary>
    private static (int[] CutStart, Cut[] Cuts, double[] LeafValues) Masks(int[] roots, Node[] nodes, int featureCount, int leafStride)
    {
        var cuts = new List<(int Feature, Cut Cut)>();
        var leafValues = new double[roots.Length * leafStride];

        // Per entry of the tree, how many of its leaves come before it.
        var leavesBefore = new int[nodes.Length + 1];
        for (var t = 0; t < roots.Length; t++)
        {
            var (start, end) = (roots[t], t + 1 < roots.Length ? roots[t + 1] : nodes.Length);
            var leaves = 0;
            for (var i = start; i < end; i++)
            {
                leavesBefore[i] = leaves;
                if (nodes[i].Feature < 0)
                {
                    leafValues[(t * leafStride) + leaves++] = nodes[i].Value;
                }
            }

            leavesBefore[end] = leaves;
            for (var i = start; i < end; i++)
            {
                if (nodes[i].Feature >= 0)
                {
                    // The left subtree's leaves: from the left child's first to the right child's first.
                    var (from, to) = (leavesBefore[i + 1], leavesBefore[i + nodes[i].Right]);
                    var left = (to - from == 64 ? ulong.MaxValue : (1UL << (to - from)) - 1) << from;
                    cuts.Add((nodes[i].Feature, new Cut(nodes[i].Threshold, t, ~left)));
                }
            }
        }

        // Stable: ties keep tree order, though their order does not change the masks.
        var sorted = cuts.OrderBy(c => c.Feature).ThenBy(c => c.Cut.Threshold).ToArray();
        var cutStart = new int[featureCount + 1];
        foreach (var (feature, _) in sorted)
        {
            cutStart[feature + 1]++;
        }

        for (var f = 0; f < featureCount; f++)
        {
            cutStart[f + 1] += cutStart[f];
        }

        return (cutStart, sorted.Select(c => c.Cut).ToArray(), leafValues);
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

    /// <summary>The thresholds the nodes testing column <paramref name="f"/> compare with (for tests).</summary>
    internal IEnumerable<float> ThresholdsOf(int f) =>
        _nodes.Where(n => n.Feature == f).Select(n => n.Threshold);

    /// <summary>The bias plus each tree's weighted leaf for <paramref name="row"/>, added in the trees' order.</summary>
    /// <exception cref="ArgumentException">The row is shorter than the model's feature list.</exception>
    public double Score(ReadOnlySpan<float> row)
    {
        if (row.Length < Features.Length)
        {
            throw new ArgumentException($"A row of {row.Length} features, the model reads {Features.Length}.", nameof(row));
        }

        return _cuts is null ? Walk(row) : ByMasks(row);
    }

    /// <summary>The score by walking each tree from its root (the reference; also for models the masks cannot hold).</summary>
    internal double Walk(ReadOnlySpan<float> row)
    {
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

    /// <summary>How many masks <see cref="Narrow"/> and the page's <see cref="Score(ReadOnlySpan{float}, ReadOnlySpan{ulong}, ReadOnlySpan{int})"/> need: one a tree, or 0 when the model is walked.</summary>
    public int MaskCount => _cuts is null ? 0 : _roots.Length;

    /// <summary>
    /// Applies the nodes that test <paramref name="columns"/> to <paramref name="masks"/> (<see cref="MaskCount"/> of
    /// them, all bits set to start with): the part of a row's scoring that depends on those columns alone, done once
    /// for rows that share their values.
    /// </summary>
    public void Narrow(ReadOnlySpan<float> row, ReadOnlySpan<int> columns, Span<ulong> masks)
    {
        // A walked model has no masks to narrow (MaskCount 0): its score reads the whole row.
        if (_cuts is null)
        {
            return;
        }

        foreach (var f in columns)
        {
            Apply(row, f, masks);
        }
    }

    /// <summary>
    /// The score of a row whose other columns <see cref="Narrow"/> applied to <paramref name="settled"/>: only the
    /// nodes testing <paramref name="columns"/> are read. The same leaves as <see cref="Score(ReadOnlySpan{float})"/>,
    /// added in the same order, when every column some node tests is in one of the two lists.
    /// </summary>
    /// <exception cref="ArgumentException">The row is shorter than the model's feature list.</exception>
    public double Score(ReadOnlySpan<float> row, ReadOnlySpan<ulong> settled, ReadOnlySpan<int> columns)
    {
        if (row.Length < Features.Length)
        {
            throw new ArgumentException($"A row of {row.Length} features, the model reads {Features.Length}.", nameof(row));
        }

        if (_cuts is null)
        {
            return Walk(row);
        }

        Span<ulong> possible = stackalloc ulong[_roots.Length];
        settled.CopyTo(possible);
        foreach (var f in columns)
        {
            Apply(row, f, possible);
        }

        return Leaves(possible);
    }

    /// <summary>The score by the masks (see <see cref="_cuts"/>): the same leaves as the walk, added in the same order.</summary>
    private double ByMasks(ReadOnlySpan<float> row)
    {
        Span<ulong> possible = stackalloc ulong[_roots.Length];
        possible.Fill(ulong.MaxValue);
        for (var f = 0; f < Features.Length; f++)
        {
            Apply(row, f, possible);
        }

        return Leaves(possible);
    }

    /// <summary>Rules out, in each tree, the leaves left of every node of column <paramref name="f"/> that sends the row right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Apply(ReadOnlySpan<float> row, int f, Span<ulong> possible)
    {
        if ((uint)f >= (uint)Features.Length)
        {
            return;
        }

        var cutStart = _cutStart!;
        var (k, end) = (cutStart[f], cutStart[f + 1]);
        var value = row[f];
        ref var cut = ref MemoryMarshal.GetArrayDataReference(_cuts!);
        ref var mask = ref MemoryMarshal.GetReference(possible);

        // Unchecked: the run lies inside _cuts and every cut's tree is below the tree count, the masks' length. A walk
        // sends a row left when its value is at most the threshold, so NaN goes right at every node.
        for (; k < end; k++)
        {
            ref var c = ref Unsafe.Add(ref cut, k);
            if (value <= c.Threshold)
            {
                break;
            }

            Unsafe.Add(ref mask, c.Tree) &= c.Keep;
        }
    }

    /// <summary>The bias plus, tree by tree, the value of the leftmost leaf still possible.</summary>
    private double Leaves(ReadOnlySpan<ulong> possible)
    {
        // Unchecked: the lowest bit set is at most the leaf a walk reaches (never ruled out), below the tree's leaf count.
        ref var values = ref MemoryMarshal.GetArrayDataReference(_leafValues!);
        var score = _bias;
        for (var t = 0; t < possible.Length; t++)
        {
            score += Unsafe.Add(ref values, (t * _leafStride) + BitOperations.TrailingZeroCount(possible[t]));
        }

        return score;
    }

    /// <summary>A node of the masked layout: a row whose value exceeds the threshold keeps only <c>Keep</c>'s leaves of the tree.</summary>
    private readonly record struct Cut(float Threshold, int Tree, ulong Keep);

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
