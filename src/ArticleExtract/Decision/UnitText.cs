using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Decision;

/// <summary>
/// The text a block owns directly: its inline text, not that of the blocks nested in it (each of those is a
/// candidate of its own). Scripts and hidden text are never read; noise verdicts are ignored, since the decision
/// weighs them rather than obeys them.
/// </summary>
internal static class UnitText
{
    public static string Of(DocumentIndex index, int e)
    {
        var root = index.Elements[e];
        var children = NodeAccess.ChildNodes(root);
        // Most units (a paragraph, a list item, a cell) are one text node: its data is the text as it stands. Every node
        // of AngleSharp's tree is a Node: its type is a field read, where a type test climbed the node's classes.
        if (children.Length == 1 && children[0] is var child && Unsafe.As<Node>(child).NodeType == NodeType.Text && child is IText only)
        {
            return only.Data;
        }

        var state = new Walk(index, root, e + 1, BuilderCache.Acquire());
        DomWalker.Walk(root, ref state);
        return BuilderCache.ToStringAndRelease(state.Text);
    }

    /// <summary>The walk: the index, the unit's element, the ordinal the next element is expected at, the text.</summary>
    private struct Walk(DocumentIndex index, IElement root, int next, StringBuilder text) : IDomVisitor
    {
        public readonly DocumentIndex Index = index;
        public readonly IElement Root = root;
        public int Next = next;
        public readonly StringBuilder Text = text;

        public bool EnterElement(Element element)
        {
            if (ReferenceEquals(element, Root))
            {
                return true;
            }

            // The walk meets the elements in the index's order: the one after the last element it entered, or after the
            // last subtree it stepped over, is almost always the element at hand. The index's own lookup is the fallback.
            var o = Next;
            if ((o >= Index.Count || !ReferenceEquals(Index.Elements[o], element)) && !Index.TryGetOrdinal(element, out o))
            {
                return false;
            }

            var descend = Index.Noise[o] is not (NoiseKind.NonContent or NoiseKind.Hidden) && (Index.Traits[o] & TagTraits.Block) == 0;
            if (descend && (Index.Traits[o] & TagTraits.LineBreak) != 0)
            {
                Text.Append(' ');
            }

            Next = descend ? o + 1 : Index.SubtreeEnd[o];
            return descend;
        }

        public readonly bool EnterOther(INode node)
        {
            if (node is IText t)
            {
                Text.Append(t.Data);
            }

            return false;
        }

        public readonly void Exit(Element element)
        {
        }
    }
}
