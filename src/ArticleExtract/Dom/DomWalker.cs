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
        // path[k] is the index, in its parent's child list, of the node k + 1 levels below the root.
        var path = new List<int>();
        var node = root;
        while (true)
        {
            var descend = enter(node, ref state);
            if (descend && node.HasChildNodes)
            {
                node = node.ChildNodes[0];
                path.Add(0);
                continue;
            }

            if (descend && exit is not null && node is IElement)
            {
                exit(node, ref state);
            }

            // Climb until a next sibling exists, closing every element we leave.
            while (true)
            {
                if (path.Count == 0)
                {
                    return;
                }

                var parent = node.Parent!;
                var siblings = parent.ChildNodes;
                var next = path[^1] + 1;
                if (next < siblings.Length)
                {
                    path[^1] = next;
                    node = siblings[next];
                    break;
                }

                path.RemoveAt(path.Count - 1);
                node = parent;
                if (exit is not null)
                {
                    exit(node, ref state);
                }
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
        var path = new List<int>();
        INode node = root;
        while (true)
        {
            if (node.HasChildNodes)
            {
                node = node.ChildNodes[0];
                path.Add(0);
            }
            else
            {
                while (true)
                {
                    if (path.Count == 0)
                    {
                        yield break;
                    }

                    var parent = node.Parent!;
                    var next = path[^1] + 1;
                    if (next < parent.ChildNodes.Length)
                    {
                        path[^1] = next;
                        node = parent.ChildNodes[next];
                        break;
                    }

                    path.RemoveAt(path.Count - 1);
                    node = parent;
                }
            }

            if (node is IElement element)
            {
                yield return element;
            }
        }
    }

    public delegate bool EnterFunc<TState>(INode node, ref TState state) where TState : allows ref struct;

    public delegate void ExitAction<TState>(INode node, ref TState state) where TState : allows ref struct;
}
