using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>
/// Stage 6: walks the chosen content element once, in document order, and turns it into the reading flow:
/// headings and blocks (paragraphs, lists, quotes, tables, code, images). Elements the index marks as noise are
/// stepped over, never removed. Block boundaries always separate text, so words from neighbouring elements are
/// never glued together.
/// </summary>
internal sealed class SectionBuilder
{
    private readonly DocumentIndex _index;
    private readonly UrlResolver _urls;
    private readonly List<FlowItem> _items = [];
    private readonly InlineCollector _paragraph = new();
    private readonly bool _insideQuote;
    private readonly CancellationToken _cancellationToken;
    private int _boldDepth;
    private int _steps;

    private SectionBuilder(DocumentIndex index, UrlResolver urls, bool insideQuote, CancellationToken cancellationToken)
    {
        _index = index;
        _urls = urls;
        _insideQuote = insideQuote;
        _cancellationToken = cancellationToken;
    }

    public static List<FlowItem> Build(DocumentIndex index, int root, UrlResolver urls, CancellationToken cancellationToken)
    {
        var builder = new SectionBuilder(index, urls, insideQuote: false, cancellationToken);
        builder.Run(index.Elements[root]);
        return builder._items;
    }

    private void Run(IElement root)
    {
        var self = this;
        DomWalker.Walk(root, ref self, static (INode n, ref SectionBuilder b) => b.Enter(n), static (INode n, ref SectionBuilder b) => b.Exit(n));
        FlushParagraph();
    }

    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            _paragraph.Append(text.Data, _boldDepth > 0);
            return false;
        }

        if (node is not IElement element || !_index.TryGetOrdinal(element, out var e))
        {
            return false;
        }

        if (_index.InNoise[e])
        {
            // A skipped block still separates the words around it ("alpha<div class=share>…</div>omega" gave
            // "alphaomega", found by the fuzz test's words-come-from-the-page property).
            if ((_index.Traits[e] & (TagTraits.Block | TagTraits.LineBreak)) != 0)
            {
                _paragraph.SoftBreak();
            }

            return false;
        }

        if ((++_steps & 1023) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        var traits = _index.Traits[e];
        if (traits == TagTraits.None || traits == TagTraits.Bold)
        {
            if (traits == TagTraits.Bold)
            {
                _boldDepth++;
            }

            return true;
        }

        if ((traits & TagTraits.LineBreak) != 0)
        {
            if (_paragraph.EndsWithLineBreak)
            {
                // Two line breaks in a row are how many pages separate paragraphs.
                FlushParagraph();
            }
            else
            {
                _paragraph.LineBreak();
            }

            return false;
        }

        if ((traits & TagTraits.Link) != 0)
        {
            var href = element.GetAttribute("href");
            _paragraph.StartLink(_urls.Resolve(href) ?? string.Empty);
            return true;
        }

        if ((traits & TagTraits.Heading) != 0)
        {
            FlushParagraph();
            var headingText = TextGatherer.Gather(_index, e);
            if (headingText.Length > 0)
            {
                _items.Add(FlowItem.ForHeading(headingText, Tags.HeadingLevel(element)));
            }

            return false;
        }

        if ((traits & TagTraits.List) != 0)
        {
            FlushParagraph();
            var (list, visible, links) = ListReader.Read(_index, e, _urls);
            if (list.Items.Count > 0)
            {
                _items.Add(FlowItem.ForBlock(list, visible, links));
            }

            return false;
        }

        if ((traits & TagTraits.Table) != 0 && TableReader.IsDataTable(_index, e))
        {
            FlushParagraph();
            var table = TableReader.Read(_index, e);
            if (table.Rows.Count > 0)
            {
                _items.Add(FlowItem.ForBlock(table, table.Text.Length, 0));
            }

            return false;
        }

        if ((traits & TagTraits.Preformatted) != 0)
        {
            FlushParagraph();
            var code = TextGatherer.Preformatted(_index, e);
            if (code.Trim().Length > 0)
            {
                _items.Add(FlowItem.ForBlock(new CodeBlock(code, CodeLanguage(element)), code.Length, 0));
            }

            return false;
        }

        if ((traits & TagTraits.Quote) != 0 && !_insideQuote)
        {
            FlushParagraph();
            AddQuote(element);
            return false;
        }

        if ((traits & TagTraits.Figure) != 0 || element.LocalName == "figcaption")
        {
            return EnterFigure(e);
        }

        if ((traits & TagTraits.Image) != 0)
        {
            if (element.LocalName == "img" && ImageSource.Find(element, _urls) is { } src)
            {
                FlushParagraph();
                _items.Add(FlowItem.ForBlock(new ImageBlock(src, NullIfEmpty(element.GetAttribute("alt"))), 0, 0));
            }

            return element.LocalName == "picture";
        }

        if ((traits & TagTraits.Block) != 0)
        {
            FlushParagraph();
        }

        return true;
    }

    private void Exit(INode node)
    {
        if (node is not IElement element || !_index.TryGetOrdinal(element, out var e))
        {
            return;
        }

        var traits = _index.Traits[e];
        if (traits == TagTraits.Bold)
        {
            _boldDepth--;
        }
        else if ((traits & TagTraits.Link) != 0)
        {
            _paragraph.EndLink();
        }
        else if ((traits & TagTraits.Block) != 0)
        {
            FlushParagraph();
        }
    }

    private bool EnterFigure(int e)
    {
        var element = _index.Elements[e];
        if (element.LocalName == "figcaption")
        {
            // A caption outside a figure we understood: captions never join the running text.
            return false;
        }

        IElement? img = null;
        IElement? caption = null;
        for (var d = e + 1; d < _index.SubtreeEnd[e]; d++)
        {
            var local = _index.Elements[d].LocalName;
            if (img is null && local == "img" && !_index.InNoise[d])
            {
                img = _index.Elements[d];
            }
            else if (caption is null && local == "figcaption")
            {
                caption = _index.Elements[d];
            }
        }

        if (img is null)
        {
            // A figure around a quote, table or embed: read it as an ordinary container.
            FlushParagraph();
            return true;
        }

        FlushParagraph();
        if (ImageSource.Find(img, _urls) is { } src)
        {
            string? captionText = null;
            if (caption is not null && _index.TryGetOrdinal(caption, out var c))
            {
                captionText = NullIfEmpty(TextGatherer.Gather(_index, c));
            }

            _items.Add(FlowItem.ForBlock(new ImageBlock(src, NullIfEmpty(img.GetAttribute("alt")), captionText), 0, 0));
        }

        return false;
    }

    private void AddQuote(IElement element)
    {
        var inner = new SectionBuilder(_index, _urls, insideQuote: true, _cancellationToken);
        inner.Run(element);
        var paragraphs = new List<string>();
        var visible = 0;
        var links = 0;
        foreach (var item in inner._items)
        {
            if (item.Block is ImageBlock)
            {
                continue;
            }

            var text = item.Text;
            if (text.Length > 0)
            {
                paragraphs.Add(text);
                visible += item.VisibleChars;
                links += item.LinkChars;
            }
        }

        if (paragraphs.Count == 0)
        {
            return;
        }

        string? citation = null;
        var last = paragraphs[^1];
        if (paragraphs.Count > 1 && last.Length < 120 && (last.StartsWith('—') || last.StartsWith('–') || last.StartsWith('-')))
        {
            citation = last.TrimStart('—', '–', '-', ' ');
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        _items.Add(FlowItem.ForBlock(new QuoteBlock(paragraphs, citation), visible, links));
    }

    private void FlushParagraph()
    {
        if (_paragraph.IsEmpty)
        {
            _paragraph.Take();
            return;
        }

        var visible = _paragraph.VisibleChars;
        var links = _paragraph.LinkChars;
        var allBold = _paragraph.PlainChars == 0;
        var inlines = _paragraph.Take();
        if (inlines.Count > 0)
        {
            _items.Add(FlowItem.ForBlock(new ParagraphBlock(inlines), visible, links, allBold));
        }
    }

    private static string? CodeLanguage(IElement pre)
    {
        var cls = pre.GetAttribute("class") ?? pre.FirstElementChild?.GetAttribute("class");
        if (cls is null)
        {
            return null;
        }

        foreach (var part in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("language-", StringComparison.OrdinalIgnoreCase))
            {
                return part[9..];
            }

            if (part.StartsWith("lang-", StringComparison.OrdinalIgnoreCase))
            {
                return part[5..];
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
