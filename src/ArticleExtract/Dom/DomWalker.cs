using System.Buffers;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Document-order traversal without recursion: it descends through first children and moves on by the index of
/// each node in its parent's child list, so no page depth can overflow the call stack.
/// </summary>
/// <remarks>
/// Why indices and not <see cref="INode.NextSibling"/>: AngleSharp finds a node's next sibling by searching the
/// parent's child list, so a walk through 100,000 siblings by <c>NextSibling</c> took quadratic time (7 s) on a
/// hostile page. The path keeps, per level, the child list, its length, its owner and the index in it (so moving on asks
/// AngleSharp nothing but the next item), and depth is bounded by the nesting guard. The tree must not change during a
/// walk (no caller changes it: the pipeline's few changes to the document run after the walks that find them).
/// <para>The walks tell elements by AngleSharp's <see cref="Element"/> class, not the <see cref="IElement"/> interface:
/// every element AngleSharp builds derives from it (a test checks), and a class test climbs two or three base types where
/// an interface test scans the dozen interfaces of an element's type (about 1% of an extraction's samples, in the
/// index's walk mostly). Below the root, where every node is AngleSharp's, the node type tells the same for a field read
/// (<see cref="AsChildElement"/>). Visitors test for <see cref="IText"/> only among the nodes that are no element.</para>
/// </remarks>
internal static class DomWalker
{
    /// <summary>
    /// Visits <paramref name="root"/>'s subtree in document order, calling <paramref name="visitor"/>'s methods (see
    /// <see cref="IDomVisitor"/>). Generic over a struct so that the runtime compiles the loop once per visitor and
    /// calls its methods directly, most of them inlined: a delegate per node was an indirect call the JIT cannot see
    /// through, paid a few thousand times on every page-wide walk.
    /// </summary>
    public static void Walk<TVisitor>(INode root, ref TVisitor visitor)
        where TVisitor : struct, IDomVisitor, allows ref struct
    {
        // path[k] holds the child list of the node k levels below the root, that node (null for a root that is no
        // element: it gets no exit), and the index in the list of the child being visited: moving on reads the list kept
        // here instead of asking AngleSharp for the parent and its children at every step. Walks of one block stay within
        // the stack buffer, a whole page's rents once; a list grown per walk was a few hundred bytes on each of a page's walks.
        var buffer = default(FrameBuffer);
        Span<Frame> path = buffer;
        Frame[]? rented = null;
        var depth = 0;
        var node = root;
        // One element test per node: the visitor gets the element typed, and no exit needs a test of its own.
        var element = root as Element;
        try
        {
            while (true)
            {
                if (element is not null ? visitor.EnterElement(element) : visitor.EnterOther(node))
                {
                    var children = element is not null ? NodeAccess.ChildNodes(element) : NodeAccess.ChildNodes(node);
                    var count = children.Length;
                    if (count != 0)
                    {
                        if (depth == path.Length)
                        {
                            path = rented = Grown(path, rented);
                        }

                        path[depth++] = new Frame(children, element, count);
                        node = children[0];
                        element = AsChildElement(node);
                        continue;
                    }

                    if (element is not null)
                    {
                        visitor.Exit(element);
                    }
                }

                // Climb until a next sibling exists, closing every element we leave.
                while (true)
                {
                    if (depth == 0)
                    {
                        return;
                    }

                    ref var frame = ref path[depth - 1];
                    var next = frame.Index + 1;
                    if (next < frame.Count)
                    {
                        frame.Index = next;
                        node = frame.Children[next];
                        element = AsChildElement(node);
                        break;
                    }

                    depth--;
                    if (frame.Parent is { } parent)
                    {
                        visitor.Exit(parent);
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Frame>.Shared.Return(rented, clearArray: true);
            }
        }
    }

    /// <summary>
    /// A node of a child list as an element, else null, told by its node type: a field read, where a class test was a
    /// call that climbs the node's base types (0.9% of an extraction's samples, from the walks). Every node in
    /// AngleSharp's child lists is a <see cref="Node"/>, and only its <see cref="Element"/> class is of the element type
    /// (tests check both, on every node of a page).
    /// </summary>
    private static Element? AsChildElement(INode node)
    {
        var element = Unsafe.As<Node>(node).NodeType == NodeType.Element ? Unsafe.As<Element>(node) : null;
        System.Diagnostics.Debug.Assert(element is not null == node is Element, "the element type is the Element class");
        return element;
    }

    /// <summary>
    /// The elements below <paramref name="root"/> (not the root itself) in document order, lazily, the way
    /// <c>QuerySelectorAll("*")</c> orders them but without building the list or matching selectors: a caller
    /// that stops at its first hit reads only what comes before it.
    /// </summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        // An iterator cannot hold a stack buffer across its yields: a rented array, given back (cleared, so the pool
        // holds no page) when the caller's foreach ends or is left early, which disposes the iterator.
        var path = ArrayPool<Frame>.Shared.Rent(StackDepth);
        var depth = 0;
        INode node = root;
        try
        {
            while (true)
            {
                var children = NodeAccess.ChildNodes(node);
                var count = children.Length;
                if (count != 0)
                {
                    if (depth == path.Length)
                    {
                        path = Grown(path, path);
                    }

                    path[depth++] = new Frame(children, null, count);
                    node = children[0];
                }
                else
                {
                    while (true)
                    {
                        if (depth == 0)
                        {
                            yield break;
                        }

                        var next = path[depth - 1].Index + 1;
                        var siblings = path[depth - 1].Children;
                        if (next < path[depth - 1].Count)
                        {
                            path[depth - 1].Index = next;
                            node = siblings[next];
                            break;
                        }

                        depth--;
                    }
                }

                if (node is Element element)
                {
                    yield return element;
                }
            }
        }
        finally
        {
            ArrayPool<Frame>.Shared.Return(path, clearArray: true);
        }
    }

    /// <summary>
    /// Path entries kept on the stack before a walk rents a longer array. Most walks are of one block (a paragraph's own
    /// text, a byline line) a few levels deep, and the runtime zeroes the whole buffer on every call (frames hold
    /// references): at 128 frames (3 KB) that zeroing was about 2% of an extraction. A whole-page walk deeper than this
    /// rents once.
    /// </summary>
    private const int StackDepth = 32;

    /// <summary>A rented copy of <paramref name="path"/> twice as long; <paramref name="rented"/>, the array it may
    /// be, goes back to the pool.</summary>
    private static Frame[] Grown(ReadOnlySpan<Frame> path, Frame[]? rented)
    {
        var longer = ArrayPool<Frame>.Shared.Rent(path.Length * 2);
        path.CopyTo(longer);
        if (rented is not null)
        {
            ArrayPool<Frame>.Shared.Return(rented, clearArray: true);
        }

        return longer;
    }

    /// <summary>One level of a walk's path: a node entered with a descent, its child list and that list's length (read
    /// once: each read is a call through AngleSharp's interface, and no walk changes the tree), and the index in that
    /// list of the child being visited.</summary>
    private struct Frame(INodeList children, Element? parent, int count)
    {
        public readonly INodeList Children = children;
        public readonly Element? Parent = parent;
        public readonly int Count = count;
        public int Index;
    }

    /// <summary><see cref="StackDepth"/> frames on the stack (frames hold references, so no <c>stackalloc</c>).</summary>
    [InlineArray(StackDepth)]
    private struct FrameBuffer
    {
        private Frame first;
    }
}

/// <summary>
/// What <see cref="DomWalker.Walk{TVisitor}(INode, ref TVisitor)"/> calls at each node, implemented by a struct per walk.
/// The walk tells elements once per node (see <see cref="DomWalker"/>'s remarks) and hands them over typed, so no
/// visitor tests a node's type for its exit, and none tests an element for <see cref="IText"/>.
/// </summary>
internal interface IDomVisitor
{
    /// <summary>Called for every element reached; returns whether to descend into it (and exit it afterwards).</summary>
    bool EnterElement(Element element);

    /// <summary>Called for every other node reached (text, comments, a root that is no element); returns whether to
    /// descend into its children, which only a document or fragment root has. Such a node gets no exit.</summary>
    bool EnterOther(INode node);

    /// <summary>Called for every element <see cref="EnterElement"/> accepted, after its children.</summary>
    void Exit(Element element);
}
