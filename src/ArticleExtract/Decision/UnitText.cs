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
        if (root.ChildNodes is { Length: 1 } children && children[0] is not Element && children[0] is IText only)
        {
            // Most units (a paragraph, a list item, a cell) are one text node: its data is the text as it stands.
            return only.Data;
        }

        var state = (Index: index, Root: root, Text: BuilderCache.Acquire());
        DomWalker.Walk(index.Elements[e], ref state, static (INode n, ref (DocumentIndex Index, IElement Root, StringBuilder Text) s) =>
        {
            if (n is not Element && n is IText t)
            {
                s.Text.Append(t.Data);
                return false;
            }

            if (n is not Element el)
            {
                return false;
            }

            if (ReferenceEquals(el, s.Root))
            {
                return true;
            }

            if (!s.Index.TryGetOrdinal(el, out var o) || s.Index.Noise[o] is NoiseKind.NonContent or NoiseKind.Hidden)
            {
                return false;
            }

            if ((s.Index.Traits[o] & TagTraits.Block) != 0)
            {
                return false;
            }

            if ((s.Index.Traits[o] & TagTraits.LineBreak) != 0)
            {
                s.Text.Append(' ');
            }

            return true;
        }, null);
        return BuilderCache.ToStringAndRelease(state.Text);
    }
}
