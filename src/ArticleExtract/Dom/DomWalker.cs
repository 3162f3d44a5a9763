using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Document-order traversal without recursion or an explicit stack: it follows first-child, next-sibling and
/// parent links, so its memory is constant and no page depth can overflow the call stack.
/// </summary>
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
        var node = root;
        while (true)
        {
            var descend = enter(node, ref state);
            if (descend && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            if (descend && exit is not null && node is IElement)
            {
                exit(node, ref state);
            }

            // Climb until a next sibling exists, closing every element we leave.
            while (true)
            {
                if (node == root)
                {
                    return;
                }

                if (node.NextSibling is { } sibling)
                {
                    node = sibling;
                    break;
                }

                node = node.Parent!;
                if (exit is not null)
                {
                    exit(node, ref state);
                }
            }
        }
    }

    public delegate bool EnterFunc<TState>(INode node, ref TState state) where TState : allows ref struct;

    public delegate void ExitAction<TState>(INode node, ref TState state) where TState : allows ref struct;
}
