using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
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
        return Read(index, e, new GatherWalk(index, new InlineCollector(), includeNoise, skipPermalinks: false, readCaptions: false));
    }

    /// <summary>
    /// A caption's visible text, read even where the caption's own class words gave it a caption verdict
    /// (WordPress's "wp-element-caption", "wp-caption-text"): those verdicts keep captions out of the running
    /// text, not away from their image. Other noise inside (a share button, hidden text) stays unread.
    /// </summary>
    public static string Caption(DocumentIndex index, int e)
    {
        return Read(index, e, new GatherWalk(index, new InlineCollector(), includeNoise: false, skipPermalinks: false, readCaptions: true));
    }

    /// <summary>
    /// A heading's visible text without the link to the heading itself that documentation generators put before or
    /// after the words ("#", "¶" or nothing but a zero-width space): written with no space between, its mark would
    /// be glued to the words ("Installation#"), where the marks the heading's text is cleaned of can no longer be
    /// told from the words' own ("C#").
    /// </summary>
    public static string Heading(DocumentIndex index, int e)
    {
        return Read(index, e, new GatherWalk(index, new InlineCollector(), includeNoise: false, skipPermalinks: true, readCaptions: false));
    }

    /// <summary>
    /// <see cref="Gather"/>'s text (a cell's), and its runs with links and formatting when it has any (else null). The
    /// words and spaces are those <see cref="Gather"/> reads: the links and formats only split them into runs.
    /// </summary>
    public static string Runs(DocumentIndex index, int e, UrlResolver urls, out List<Inline>? runs, bool includeNoise = false)
    {
        return ReadRuns(index, e, new GatherWalk(index, new InlineCollector(), includeNoise, skipPermalinks: false, readCaptions: false, urls), out runs);
    }

    /// <summary><see cref="Caption"/>'s text, and its runs with links and formatting when it has any (else null).</summary>
    public static string CaptionRuns(DocumentIndex index, int e, UrlResolver urls, out List<Inline>? runs)
    {
        return ReadRuns(index, e, new GatherWalk(index, new InlineCollector(), includeNoise: false, skipPermalinks: false, readCaptions: true, urls), out runs);
    }

    private static string ReadRuns(DocumentIndex index, int e, GatherWalk walk, out List<Inline>? runs)
    {
        DomWalker.Walk(index.Elements[e], ref walk);
        return walk.Collector.TakeText(out runs);
    }

    private static string Read(DocumentIndex index, int e, GatherWalk walk)
    {
        DomWalker.Walk(index.Elements[e], ref walk);
        return walk.Collector.TakeText();
    }

    /// <summary>Whether the element is a link to an anchor on the page whose text is a permalink mark or nothing.</summary>
    private static bool IsPermalink(Element element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href || href[0] != '#')
        {
            return false;
        }

        var text = element.TextContent.Trim().Trim('\u200B', '\uFEFF');
        return text.Length == 0 || Array.IndexOf(Lexicon.HeadingPermalinkMarks, text) >= 0;
    }

    /// <summary>The subtree's text exactly as written: white space and line breaks kept.</summary>
    public static string Preformatted(DocumentIndex index, int e)
    {
        var walk = new PreformattedWalk(index, new StringBuilder());
        DomWalker.Walk(index.Elements[e], ref walk);

        // The parser already drops one leading newline after <pre>; trailing ones are layout.
        return walk.Text.ToString().TrimEnd('\n', '\r', ' ', '\t');
    }

    // With urls given, links and formatting are kept as runs (see Runs); they change no word or space.
    private readonly struct GatherWalk(DocumentIndex index, InlineCollector collector, bool includeNoise, bool skipPermalinks, bool readCaptions, UrlResolver? urls = null) : IDomVisitor
    {
        public InlineCollector Collector => collector;

        public bool EnterElement(Element element)
        {
            if (!index.TryGetOrdinal(element, out var o) || (skipPermalinks && IsPermalink(element)))
            {
                return false;
            }

            if ((index.Traits[o] & (TagTraits.Block | TagTraits.LineBreak)) != 0)
            {
                collector.SoftBreak();
            }
            else
            {
                collector.Edge(InlineCollector.StyleOf(element.LocalName));
            }

            // Skipped after the break: a noise block still separates the words around it. When reading noise too,
            // only scripts and hidden text stay unread.
            // Reading a caption, the walk got here through elements that are no noise or captions, so only the
            // element's own verdict counts.
            var read = includeNoise ? index.Noise[o] is not (NoiseKind.NonContent or NoiseKind.Hidden)
                : readCaptions ? index.Noise[o] is NoiseKind.None or NoiseKind.Caption
                : !index.InNoise[o];
            if (read && urls is not null)
            {
                if ((index.Traits[o] & TagTraits.Link) != 0)
                {
                    collector.StartLink(urls.Link(element.GetAttribute("href")), element.GetAttribute("title"));
                }
                else
                {
                    collector.StartStyle(InlineCollector.StyleOf(element.LocalName));
                }
            }

            return read;
        }

        public bool EnterOther(INode node)
        {
            if (node is IText t)
            {
                collector.Append(t.Data, bold: false);
            }

            return false;
        }

        public void Exit(Element element)
        {
            // Only an element that was entered is left, so links and formats pair. No edge here: the words stay as
            // Gather reads them.
            if (urls is null || !index.TryGetOrdinal(element, out var o))
            {
                return;
            }

            if ((index.Traits[o] & TagTraits.Link) != 0)
            {
                collector.EndLink();
            }
            else
            {
                collector.EndStyle(InlineCollector.StyleOf(element.LocalName));
            }
        }
    }

    private readonly struct PreformattedWalk(DocumentIndex index, StringBuilder text) : IDomVisitor
    {
        public StringBuilder Text => text;

        public bool EnterElement(Element element)
        {
            // Pygments' inline line numbers, a span before each line, are no part of the code.
            if (!index.TryGetOrdinal(element, out var o) || index.Noise[o] is NoiseKind.NonContent || LineNumbers.IsGutter(element, 0))
            {
                return false;
            }

            if ((index.Traits[o] & TagTraits.LineBreak) != 0)
            {
                text.Append('\n');
            }

            return true;
        }

        public bool EnterOther(INode node)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }

            return false;
        }

        public void Exit(Element element)
        {
        }
    }
}
