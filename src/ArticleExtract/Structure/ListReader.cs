using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>Reads a <c>ul</c>/<c>ol</c> into a <see cref="ListBlock"/>, nested lists included, with an explicit stack.</summary>
internal sealed class ListReader
{
    private readonly DocumentIndex _index;
    private readonly UrlResolver _urls;
    private readonly Stack<Frame> _frames = new();
    private ListBlock? _result;
    private int _visible;
    private int _links;

    // The list read, and how many figures in it are product cards (see FigureBody), counted when a figure needs it.
    private readonly int _list;
    private int _cardFigures = -1;

    private ListReader(DocumentIndex index, int list, UrlResolver urls)
    {
        _index = index;
        _list = list;
        _urls = urls;
    }

    private sealed class Frame(bool ordered, int? start, bool reversed)
    {
        public bool Ordered { get; } = ordered;
        public int? Start { get; } = start;
        public bool Reversed { get; } = reversed;
        public List<ListItem> Items { get; } = [];
        public Item? Current { get; set; }
    }

    private sealed class Item
    {
        public InlineCollector Text { get; } = new();
        public int? Value { get; init; }
        public List<ListBlock> Children { get; } = [];
    }

    public static (ListBlock List, int VisibleChars, int LinkChars) Read(DocumentIndex index, int e, UrlResolver urls)
    {
        var reader = new ListReader(index, e, urls);
        var walk = new Walk(reader);
        DomWalker.Walk(index.Elements[e], ref walk);
        return (reader._result ?? new ListBlock(false, []), reader._visible, reader._links);
    }

    private void EnterOther(INode node)
    {
        if (node is IText text && _frames.Count > 0)
        {
            var frame = _frames.Peek();
            frame.Current ??= new Item();
            frame.Current.Text.Append(text.Data, bold: false);
        }
    }

    private bool Enter(Element element)
    {
        if (!_index.TryGetOrdinal(element, out var e))
        {
            return false;
        }

        if (_index.InNoise[e])
        {
            // A skipped block still separates the words around it, as in the body's paragraphs.
            if ((_index.Traits[e] & (TagTraits.Block | TagTraits.LineBreak)) != 0 && _frames.Count > 0)
            {
                _frames.Peek().Current?.Text.SoftBreak();
            }

            return false;
        }

        var traits = _index.Traits[e];
        if ((traits & TagTraits.List) != 0)
        {
            var ordered = element.LocalName == "ol";
            _frames.Push(new Frame(ordered, ordered ? ParseStart(element.GetAttribute("start")) : null, ordered && element.HasAttribute("reversed")));
            return true;
        }

        var current = _frames.Count > 0 ? _frames.Peek() : null;
        if (current is null)
        {
            return false;
        }

        if ((traits & TagTraits.ListItem) != 0)
        {
            CloseItem(current);
            // An item of a numbered list may set its own number, which the items after it count on from.
            current.Current = new Item { Value = current.Ordered ? ParseStart(element.GetAttribute("value")) : null };
            return true;
        }

        current.Current ??= new Item();
        if ((traits & TagTraits.LineBreak) != 0)
        {
            current.Current.Text.LineBreak();
            return false;
        }

        if ((traits & TagTraits.Link) != 0)
        {
            current.Current.Text.StartLink(_urls.Link(element.GetAttribute("href")), element.GetAttribute("title"));
            return true;
        }

        if ((traits & TagTraits.Image) != 0 || element.LocalName == "figcaption"
            || ((traits & TagTraits.Figure) != 0 && !FigureBody.Reads(_index, e, _list, ref _cardFigures)))
        {
            // Pictures and captions are no list text; a figure that is a card (its name, its price) is.
            return false;
        }

        if ((traits & TagTraits.Block) != 0)
        {
            current.Current.Text.SoftBreak();
        }

        var style = InlineCollector.StyleOf(element.LocalName);
        current.Current.Text.StartStyle(style);
        current.Current.Text.Edge(style);
        return true;
    }

    private void Exit(Element element)
    {
        if (!_index.TryGetOrdinal(element, out var e) || _frames.Count == 0)
        {
            return;
        }

        var traits = _index.Traits[e];
        var frame = _frames.Peek();
        if ((traits & TagTraits.List) != 0)
        {
            CloseItem(frame);
            _frames.Pop();
            var list = new ListBlock(frame.Ordered, frame.Items)
            {
                Start = frame.Start ?? (frame.Reversed ? frame.Items.Count : 1),
                Reversed = frame.Reversed,
            };
            if (_frames.Count == 0)
            {
                _result = list;
            }
            else if (list.Items.Count > 0)
            {
                var parent = _frames.Peek();
                parent.Current ??= new Item();
                parent.Current.Children.Add(list);
            }
        }
        else if ((traits & TagTraits.ListItem) != 0)
        {
            CloseItem(frame);
        }
        else if ((traits & TagTraits.Link) != 0)
        {
            frame.Current?.Text.EndLink();
        }
        else
        {
            var style = InlineCollector.StyleOf(element.LocalName);
            frame.Current?.Text.EndStyle(style);
            frame.Current?.Text.Edge(style);
        }
    }

    private void CloseItem(Frame frame)
    {
        var item = frame.Current;
        frame.Current = null;
        if (item is null)
        {
            return;
        }

        _visible += item.Text.VisibleChars;
        _links += item.Text.LinkChars;
        var inlines = item.Text.Take();
        if (inlines.Count > 0 || item.Children.Count > 0)
        {
            frame.Items.Add(new ListItem(inlines, item.Children) { Value = item.Value });
        }
    }

    /// <summary>
    /// An <c>ol</c>'s <c>start</c> or an <c>li</c>'s <c>value</c> as browsers read it (HTML's rules for parsing integers): leading ASCII white space,
    /// an optional sign, then the digits up to the first other character; null without digits. Kept within
    /// ±<see cref="MaxStart"/>, the most a Markdown list marker can show.
    /// </summary>
    private static int? ParseStart(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var i = 0;
        while (i < value.Length && value[i] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            i++;
        }

        var negative = i < value.Length && value[i] == '-';
        if (i < value.Length && value[i] is '-' or '+')
        {
            i++;
        }

        long n = 0;
        var digits = false;
        for (; i < value.Length && char.IsAsciiDigit(value[i]); i++)
        {
            digits = true;
            n = Math.Min(MaxStart, (n * 10) + (value[i] - '0'));
        }

        return digits ? (int)(negative ? -n : n) : null;
    }

    /// <summary>CommonMark's longest list marker number: nine digits.</summary>
    private const int MaxStart = 999_999_999;

    /// <summary>The reader as the walk's visitor: a struct, so that the walk calls the reader directly.</summary>
    private readonly struct Walk(ListReader reader) : IDomVisitor
    {
        public bool EnterElement(Element element) => reader.Enter(element);

        public bool EnterOther(INode node)
        {
            reader.EnterOther(node);
            return false;
        }

        public void Exit(Element element) => reader.Exit(element);
    }
}
