using System.Buffers;
using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Document-order traversal without recursion: it descends through first children and moves on by the index of
/// each node in its parent's child list, so no page depth can overflow the call stack.
/// </summary>
/// <remarks>
/// Why indices and not <see cref="INode.NextSibling"/>: AngleSharp finds a node's next sibling by searching the
/// parent's child list, so a walk through 100,000 siblings by <c>NextSibling</c> took quadratic time (7 s) on a
/// hostile page. The index path costs one <see langword="int"/> per level, and depth is bounded by the nesting guard.
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
        // path[k] is the index, in its parent's child list, of the node k + 1 levels below the root. Pages stay far
        // shallower than the stack buffer; a list grown per walk was a few hundred bytes on each of a page's walks.
        Span<int> path = stackalloc int[StackDepth];
        int[]? rented = null;
        var depth = 0;
        var node = root;
        try
        {
            while (true)
            {
                var descend = enter(node, ref state);
                if (descend && node.HasChildNodes)
                {
                    node = node.ChildNodes[0];
                    if (depth == path.Length)
                    {
                        path = rented = Grown(path, rented);
                    }

                    path[depth++] = 0;
                    continue;
                }

                if (descend && exit is not null && node is IElement)
                {
                    exit(node, ref state);
                }

                // Climb until a next sibling exists, closing every element we leave.
                while (true)
                {
                    if (depth == 0)
                    {
                        return;
                    }

                    var parent = node.Parent!;
                    var siblings = parent.ChildNodes;
                    var next = path[depth - 1] + 1;
                    if (next < siblings.Length)
                    {
                        path[depth - 1] = next;
                        node = siblings[next];
                        break;
                    }

                    depth--;
                    node = parent;
                    if (exit is not null)
                    {
                        exit(node, ref state);
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The elements below <paramref name="root"/> (not the root itself) in document order, lazily, the way
    /// <c>QuerySelectorAll("*")</c> orders them but without building the list or matching selectors: a caller
    /// that stops at its first hit reads only what comes before it.
    /// </summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        // An iterator cannot hold a stack buffer across its yields: a rented array, given back when the caller's
        // foreach ends (or is left early, which disposes the iterator).
        var path = ArrayPool<int>.Shared.Rent(StackDepth);
        var depth = 0;
        INode node = root;
        try
        {
            while (true)
            {
                if (node.HasChildNodes)
                {
                    node = node.ChildNodes[0];
                    if (depth == path.Length)
                    {
                        path = Grown(path, path);
                    }

                    path[depth++] = 0;
                }
                else
                {
                    while (true)
                    {
                        if (depth == 0)
                        {
                            yield break;
                        }

                        var parent = node.Parent!;
                        var next = path[depth - 1] + 1;
                        if (next < parent.ChildNodes.Length)
                        {
                            path[depth - 1] = next;
                            node = parent.ChildNodes[next];
                            break;
                        }

                        depth--;
                        node = parent;
                    }
                }

                if (node is IElement element)
                {
                    yield return element;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(path);
        }
    }

    /// <summary>Path entries kept on the stack before a walk rents a longer array.</summary>
    private const int StackDepth = 128;

    /// <summary>A rented copy of <paramref name="path"/> twice as long; <paramref name="rented"/>, the array it may
    /// be, goes back to the pool.</summary>
    private static int[] Grown(ReadOnlySpan<int> path, int[]? rented)
    {
        var longer = ArrayPool<int>.Shared.Rent(path.Length * 2);
        path.CopyTo(longer);
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return longer;
    }

    public delegate bool EnterFunc<TState>(INode node, ref TState state) where TState : allows ref struct;

    public delegate void ExitAction<TState>(INode node, ref TState state) where TState : allows ref struct;
}
