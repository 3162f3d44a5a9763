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
/// index's walk mostly). A text test comes after it, so that elements skip the scan for <see cref="IText"/>.</para>
/// </remarks>
internal static class DomWalker
{
    /// <summary>
    /// Visits <paramref name="root"/>'s subtree in document order. <paramref name="enter"/> is called for every node
    /// reached and returns whether to descend into it; <paramref name="exit"/> is called, for every element entered
    /// with a descent, after its children (the root included).
    /// </summary>
    public static void Walk<TState>(INode root, ref TState state, EnterFunc<TState> enter, ExitAction<TState>? exit)
        where TState : allows ref struct
    {
        // path[k] holds the child list of the node k levels below the root, that node, and the index in the list of
        // the child being visited: moving on reads the list kept here instead of asking AngleSharp for the parent and
        // its children at every step. Walks of one block stay within the stack buffer, a whole page's rents once; a list
        // grown per walk was a few hundred bytes on each of a page's walks.
        var buffer = default(FrameBuffer);
        Span<Frame> path = buffer;
        Frame[]? rented = null;
        var depth = 0;
        var node = root;
        try
        {
            while (true)
            {
                if (enter(node, ref state))
                {
                    var children = NodeAccess.ChildNodes(node);
                    var count = children.Length;
                    if (count != 0)
                    {
                        if (depth == path.Length)
                        {
                            path = rented = Grown(path, rented);
                        }

                        path[depth++] = new Frame(children, node, count);
                        node = children[0];
                        continue;
                    }

                    if (exit is not null && node is Element)
                    {
                        exit(node, ref state);
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
                        break;
                    }

                    depth--;
                    var parent = frame.Parent;
                    if (exit is not null)
                    {
                        exit(parent, ref state);
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

    /// <summary>The node as an element, else null: the class test the walks use (see the remarks above).</summary>
    public static IElement? AsElement(INode node) => node is Element ? Unsafe.As<IElement>(node) : null;

    /// <summary>
    /// The node as an element, without a check: for the node an exit callback of <see cref="Walk{TState}"/> gets, which
    /// is always an element (the root aside, which callers pass an element for). A cast to <see cref="IElement"/>
    /// searched the node's interfaces on every exit.
    /// </summary>
    public static Element AsElementUnchecked(INode node)
    {
        System.Diagnostics.Debug.Assert(node is Element, "walks exit elements only");
        return Unsafe.As<Element>(node);
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

                    path[depth++] = new Frame(children, node, count);
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
    private struct Frame(INodeList children, INode parent, int count)
    {
        public readonly INodeList Children = children;
        public readonly INode Parent = parent;
        public readonly int Count = count;
        public int Index;
    }

    /// <summary><see cref="StackDepth"/> frames on the stack (frames hold references, so no <c>stackalloc</c>).</summary>
    [InlineArray(StackDepth)]
    private struct FrameBuffer
    {
        private Frame first;
    }

    public delegate bool EnterFunc<TState>(INode node, ref TState state) where TState : allows ref struct;

    public delegate void ExitAction<TState>(INode node, ref TState state) where TState : allows ref struct;
}
