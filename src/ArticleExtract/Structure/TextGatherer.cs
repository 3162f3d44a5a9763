using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>Reads the text of one element's subtree (a heading, a caption, a cell), skipping noise.</summary>
internal static class TextGatherer
{
    /// <summary>The subtree's visible text, white space collapsed, block boundaries as spaces.</summary>
    /// <param name="index">The document index.</param>
    /// <param name="e">The element's ordinal.</param>
    /// <param name="includeNoise">Whether to read noise too (to know what noise says); never scripts or hidden text.</param>
    public static string Gather(DocumentIndex index, int e, bool includeNoise = false)
    {
        var state = (Index: index, Collector: new InlineCollector(), IncludeNoise: includeNoise);
        DomWalker.Walk(index.Elements[e], ref state, static (INode n, ref (DocumentIndex Index, InlineCollector Collector, bool IncludeNoise) s) =>
        {
            if (n is not Element && n is IText t)
            {
                s.Collector.Append(t.Data, bold: false);
                return false;
            }

            if (n is not Element el || !s.Index.TryGetOrdinal(el, out var o))
            {
                return false;
            }

            if ((s.Index.Traits[o] & (TagTraits.Block | TagTraits.LineBreak)) != 0)
            {
                s.Collector.SoftBreak();
            }
            else
            {
                s.Collector.Edge(InlineCollector.StyleOf(el.LocalName));
            }

            // Skipped after the break: a noise block still separates the words around it. When reading noise too,
            // only scripts and hidden text stay unread.
            return s.IncludeNoise ? s.Index.Noise[o] is not (Cleaning.NoiseKind.NonContent or Cleaning.NoiseKind.Hidden) : !s.Index.InNoise[o];
        }, null);
        return state.Collector.TakeText();
    }

    /// <summary>The subtree's text exactly as written: white space and line breaks kept.</summary>
    public static string Preformatted(DocumentIndex index, int e)
    {
        var state = (Index: index, Text: new StringBuilder());
        DomWalker.Walk(index.Elements[e], ref state, static (INode n, ref (DocumentIndex Index, StringBuilder Text) s) =>
        {
            if (n is not Element && n is IText t)
            {
                s.Text.Append(t.Data);
                return false;
            }

            if (n is not Element el || !s.Index.TryGetOrdinal(el, out var o) || s.Index.Noise[o] is Cleaning.NoiseKind.NonContent)
            {
                return false;
            }

            if ((s.Index.Traits[o] & TagTraits.LineBreak) != 0)
            {
                s.Text.Append('\n');
            }

            return true;
        }, null);

        // The parser already drops one leading newline after <pre>; trailing ones are layout.
        return state.Text.ToString().TrimEnd('\n', '\r', ' ', '\t');
    }
}
