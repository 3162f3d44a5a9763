using System.Buffers;
using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Content;

/// <summary>
/// A story cell of a table-layout page often holds the story as <c>&lt;br&gt;</c>-broken text and, in the same
/// cell, a box of links written as <c>&lt;a&gt;…&lt;/a&gt;&lt;br&gt;</c> lines ("More news", "Related stories").
/// The index reads the cell as one unit of text, over the link share of running text once the box is long, so the
/// story proves nothing and the container falls back to the page (and to a side column's prose). Read the way the
/// sections read it (<see cref="Structure.LinkLines"/>: a run of three or more lines that are each a link and nothing
/// else is a list), the lines outside such runs are the unit's running text when they are long enough and mostly
/// not links.
/// </summary>
internal static class StoryCells
{
    /// <summary>
    /// The rules' running-text and other characters per element with such units read line by line: null when the page
    /// has none (the usual case), else arrays rented from the shared pool for the caller to return.
    /// </summary>
    public static (int[] Good, int[] Bad)? Rescored(DocumentIndex index)
    {
        int[]? goodDelta = null;
        int[]? badDelta = null;
        for (var e = 0; e < index.Count; e++)
        {
            if (!MayHoldStory(index, e) || ProseChars(index, e, out var runs) is not (var prose and > 0))
            {
                continue;
            }

            (goodDelta, badDelta) = (goodDelta ?? Zeroed(index.Count), badDelta ?? Zeroed(index.Count));
            goodDelta[e] = prose;
            badDelta[e] = prose + (runs / 2);
        }

        if (goodDelta is null || badDelta is null)
        {
            return null;
        }

        var good = ArrayPool<int>.Shared.Rent(index.Count);
        var bad = ArrayPool<int>.Shared.Rent(index.Count);
        for (var e = index.Count - 1; e >= 0; e--)
        {
            if (e > 0)
            {
                goodDelta[index.Parent[e]] += goodDelta[e];
                badDelta[index.Parent[e]] += badDelta[e];
            }

            // The prose lines move from the unit's other characters to its running text; the link lines, which the
            // sections read as lists of links and leave out, count half, as recognised noise does.
            good[e] = index.Good[e] + goodDelta[e];
            bad[e] = Math.Max(0, index.Bad[e] - badDelta[e]);
        }

        ArrayPool<int>.Shared.Return(goodDelta);
        ArrayPool<int>.Shared.Return(badDelta);
        return (good, bad);
    }

    /// <summary>A block outside noise whose unit is no running text for its links alone, with enough text outside them for some.</summary>
    private static bool MayHoldStory(DocumentIndex index, int e)
    {
        var chars = index.UnitChars[e];
        return chars - index.UnitLinkChars[e] >= Thresholds.StoryCellMinProseChars && !index.InNoise[e] && !index.IsRunningText(e)
            && index.UnitLinkChars[e] > Thresholds.StoryCellLinkShare * chars && (index.Traits[e] & TagTraits.Block) != 0;
    }

    /// <summary>
    /// Characters of the unit's lines outside runs of link lines, when they read as running text, else 0;
    /// <paramref name="runs"/>: the characters of the runs.
    /// </summary>
    private static int ProseChars(DocumentIndex index, int e, out int runs)
    {
        runs = 0;
        var lines = new LineTally();
        var root = index.Elements[e];
        var (node, d, linkDepth) = (root.FirstChild, e, InsideLink(index, e) ? 1 : 0);
        while (node is not null)
        {
            var descend = false;
            if (node is IText text)
            {
                lines.Add(VisibleText.Measure(text.Data, Thresholds.UnbrokenStringChars, out _), linkDepth > 0, text.Data);
            }
            else if (node is IElement element)
            {
                if (++d >= index.SubtreeEnd[e] || !ReferenceEquals(index.Elements[d], element))
                {
                    return 0;
                }

                var traits = index.Traits[d];
                if ((traits & (TagTraits.Block | TagTraits.LineBreak)) != 0)
                {
                    // A line break ends a line; a block is a unit of its own, and ends one too.
                    lines.EndLine();
                    d = index.SubtreeEnd[d] - 1;
                }
                else if (index.Noise[d] != NoiseKind.NonContent && element.FirstChild is not null)
                {
                    descend = true;
                    linkDepth += (traits & TagTraits.Link) != 0 ? 1 : 0;
                }
            }

            if (descend)
            {
                node = node.FirstChild;
                continue;
            }

            while (node is not null && !ReferenceEquals(node, root) && node.NextSibling is null)
            {
                node = node.Parent;
                linkDepth -= node is IElement up && !ReferenceEquals(up, root) && (Tags.Of(up) & TagTraits.Link) != 0 ? 1 : 0;
            }

            node = node is null || ReferenceEquals(node, root) ? null : node.NextSibling;
        }

        lines.Finish();
        runs = lines.Runs;
        return lines.Prose >= Thresholds.StoryCellMinProseChars && lines.ProseLinks <= Thresholds.StoryCellLinkShare * lines.Prose ? lines.Prose : 0;
    }

    private static bool InsideLink(DocumentIndex index, int e)
    {
        for (var a = e; a >= 0; a = index.Parent[a])
        {
            if ((index.Traits[a] & TagTraits.Link) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Zeroed(int n)
    {
        var array = ArrayPool<int>.Shared.Rent(n);
        Array.Clear(array, 0, n);
        return array;
    }

    /// <summary>The unit's lines as they end: runs of link lines set apart, the rest counted as prose.</summary>
    private struct LineTally
    {
        private int _chars;
        private int _links;
        private bool _words;
        private int _run;
        private int _runChars;
        private int _runLinks;

        public int Prose { get; private set; }

        public int ProseLinks { get; private set; }

        public int Runs { get; private set; }

        public void Add(int chars, bool link, string text)
        {
            _chars += chars;
            _links += link ? chars : 0;
            _words |= !link && chars > 0 && HasWordCharacter(text);
        }

        public void EndLine()
        {
            if (_links > 0 && !_words)
            {
                (_run, _runChars, _runLinks) = (_run + 1, _runChars + _chars, _runLinks + _links);
            }
            else
            {
                EndRun();
                (Prose, ProseLinks) = (Prose + _chars, ProseLinks + _links);
            }

            (_chars, _links, _words) = (0, 0, false);
        }

        public void Finish()
        {
            EndLine();
            EndRun();
        }

        private void EndRun()
        {
            if (_run < Thresholds.LinkLinesAsList)
            {
                (Prose, ProseLinks) = (Prose + _runChars, ProseLinks + _runLinks);
            }
            else
            {
                Runs += _runChars;
            }

            (_run, _runChars, _runLinks) = (0, 0, 0);
        }

        private static bool HasWordCharacter(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
