using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
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
    private readonly InlineCollector _paragraph;
    private readonly bool _insideQuote;
    private readonly ExtractionDeadline _deadline;
    private int _boldDepth;
    private int _steps;
    private int _root;

    // Set when a boilerplate heading ("Related news", "Leave a Reply") is met: the rest of the element that holds
    // it is that section's list or form, so everything up to that element's end is skipped.
    private int _skipRestOf = -1;

    // Set when a boilerplate heading stands in a container that goes on with the article's prose after it (the
    // content element itself, or a body wrapper with a "More:" box in the middle): then only the link lists and
    // short lines right after it are dropped, up to the next heading or the next real paragraph.
    private bool _afterBoilerplateHeading;

    // The container ProseIn last read, and what it found there.
    private int _proseScope = -1;
    private (int First, int LastLong) _prose;

    // Whether a paragraph of prose has been read: a story's head (StoryHead) stands before it.
    private bool _proseSeen;

    // Set when a related-content heading ("Related", "Trending", "More from …") stands among the article's blocks:
    // the teaser cards that follow it (a linked title, a thumbnail, a date, a one-line teaser) are dropped up to the
    // next heading of the article or the first block that is not part of a card (running prose).
    private readonly TeaserRun _teasers = new();

    // A related-content heading that is not a whole boilerplate label ("Related work", "Recommended reading for
    // beginners"), held back until the next item tells what it heads: running prose right after it makes it a heading
    // of the article's own section (a teaser label heads cards: a linked title, a picture, a date), so it is kept.
    private FlowItem? _relatedHeading;

    // The element holding that heading: the prose must stand in it too (a box after the article, its own "About us"
    // paragraph, is no section of the article under that heading).
    private int _relatedHeadingScope;

    // The link being read when it wraps blocks (a card whose whole box is one link: its number, title and teaser are
    // paragraphs inside it); -1 outside one. The paragraphs read inside it lose the link in their runs, so the first
    // of them is marked as the card's linked title for the teaser run, unless a heading inside the link is the title.
    private int _cardLink = -1;
    private bool _cardLinkTitled;

    // The definition term (`<dt>`) being read; -1 outside one. Its paragraph is marked as a term, which names the
    // definition after it even when the name is a link (a reference page's linked property names).
    private int _term = -1;

    // The figure being read as a box of blocks (see FigureBody); -1 outside one. Its caption, read when it was entered,
    // goes to the first image read in it (from item _figureStart on).
    private int _figure = -1;
    private int _figureStart;
    private CaptionRuns? _figureCaption;

    // How many figures in the content are product cards (see FigureBody); counted when the first figure needs it.
    private int _cardFigures = -1;

    /// <summary>The element entered last: where the next item comes from (<see cref="FlowItem.From"/>).</summary>
    private int _entered = -1;

    private SectionBuilder(DocumentIndex index, UrlResolver urls, bool insideQuote, ExtractionDeadline deadline, InlineCollector paragraph)
    {
        _paragraph = paragraph;
        _index = index;
        _urls = urls;
        _insideQuote = insideQuote;
        _deadline = deadline;
    }

    public static List<FlowItem> Build(DocumentIndex index, int root, UrlResolver urls, ExtractionDeadline deadline)
    {
        var builder = new SectionBuilder(index, urls, insideQuote: false, deadline, new InlineCollector());
        builder.Run(index.Elements[root]);
        builder._teasers.Close(builder._items);
        return builder._items;
    }

    private void Run(IElement root)
    {
        _index.TryGetOrdinal(root, out _root);
        var walk = new Walk(this);
        DomWalker.Walk(root, ref walk);
        FlushParagraph();
    }

    private void EnterOther(INode node)
    {
        if (_skipRestOf < 0 && node is IText text)
        {
            AppendText(text.Data);
        }
    }

    private bool Enter(Element element)
    {
        if (_skipRestOf >= 0 || !_index.TryGetOrdinal(element, out var e))
        {
            return false;
        }

        if (_index.InNoise[e])
        {
            StepOverNoise(element, e);
            return false;
        }

        _entered = e;

        if ((++_steps & 1023) == 0)
        {
            _deadline.Check();
        }

        var traits = _index.Traits[e];
        if (traits == TagTraits.None || traits == TagTraits.Bold)
        {
            if (traits == TagTraits.Bold)
            {
                _boldDepth++;
            }

            var style = InlineCollector.StyleOf(element.LocalName);
            _paragraph.StartStyle(style);
            _paragraph.Edge(style);
            return true;
        }

        if ((traits & TagTraits.LineBreak) != 0)
        {
            LineBreak();
            return false;
        }

        if ((traits & TagTraits.Link) != 0)
        {
            var href = element.GetAttribute("href");
            if (_cardLink < 0 && HoldsBlocks(e))
            {
                _cardLink = e;
                _cardLinkTitled = false;
            }

            _paragraph.StartLink(_urls.Link(href), element.GetAttribute("title"));
            return true;
        }

        if ((traits & TagTraits.Heading) != 0)
        {
            EnterHeading(element, e);
            return false;
        }

        if (IsCopyOfPreviousSibling(element, e))
        {
            _paragraph.SoftBreak();
            return false;
        }

        return EnterBlock(element, e, traits);
    }

    private void AppendText(string text)
    {
        if (_paragraph.EndsWithLineBreak && EndsSentence(_paragraph.LastChar) && IsIndented(text))
        {
            // A line indented after a line break that ends a sentence starts a paragraph: typesetting without <p>
            // (old pages, and Chinese and Japanese news, which indent each paragraph by two ideographic spaces).
            // Indented lines after a line that ends otherwise are a checklist's or a form's rows.
            FlushParagraph();
        }

        _paragraph.Append(text, _boldDepth > 0);
    }

    /// <summary>
    /// Whether the block repeats, word for word, the wrapper right before it: site builders render a passage once
    /// per screen size, side by side, and let style sheets show one. Only wrappers of blocks count: a paragraph
    /// said twice in a row is the page's own wording.
    /// </summary>
    private bool IsCopyOfPreviousSibling(IElement element, int e)
    {
        var chars = _index.Chars[e];
        var parent = _index.Parent[e];
        if (chars < Thresholds.CopiedWrapperChars || (_index.Traits[e] & TagTraits.Block) == 0 || parent < 0)
        {
            return false;
        }

        // The previous sibling is the ancestor of the element just before this one that shares its parent.
        var previous = e - 1;
        while (previous > parent && _index.Parent[previous] != parent)
        {
            previous = _index.Parent[previous];
        }

        return previous > parent && _index.Chars[previous] == chars && !_index.InNoise[previous] && HoldsBlocks(e)
            && string.Equals(ElementText.Of(_index.Elements[previous]), ElementText.Of(element), StringComparison.Ordinal);
    }

    private bool HoldsBlocks(int e)
    {
        for (var d = e + 1; d < _index.SubtreeEnd[e]; d++)
        {
            if ((_index.Traits[d] & TagTraits.Block) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void StepOverNoise(Element element, int e)
    {
        // A skipped block still separates the words around it ("alpha<div class=share>…</div>omega" gave
        // "alphaomega", found by the fuzz test's words-come-from-the-page property).
        if ((_index.Traits[e] & (TagTraits.Block | TagTraits.LineBreak)) != 0)
        {
            _paragraph.SoftBreak();
        }

        if (element.LocalName == "noscript" && !_index.InNoise[_index.Parent[e]])
        {
            AddNoscriptImage(element);
        }
        else if (_index.Noise[e] == NoiseKind.Caption && _index.Parent[e] >= 0 && !_index.InNoise[_index.Parent[e]])
        {
            AddCaptioned(element, e);
        }
    }

    /// <summary>
    /// A box the caption verdict stepped over, which is no running text but may be an image's: WordPress's
    /// <c>[caption]</c> box ("wp-caption": the image and its "wp-caption-text" line), or a caption line right after
    /// an image ("image-caption"). The image is kept with its caption, the caption only once.
    /// </summary>
    private void AddCaptioned(Element element, int e)
    {
        var img = CaptionedImage(e);
        if (img < 0)
        {
            if (_items.Count > 0 && _items[^1].Block is ImageBlock { Caption: null } image && _paragraph.IsEmpty
                && element.PreviousElementSibling is { } previous && (previous.LocalName == "img" || previous.QuerySelector("img") is not null)
                && CaptionOf(e) is { } line)
            {
                _items[^1] = _items[^1] with { Block = line.On(image) };
            }

            return;
        }

        var caption = e;
        for (var d = e + 1; d < _index.SubtreeEnd[e]; d++)
        {
            if (_index.Elements[d].LocalName == "figcaption")
            {
                caption = d;
                break;
            }
        }

        // A box with a caption word and no caption ("embed-no-caption", "layout-caption-below" on a bare image) is a
        // layout's frame, stepped over as before.
        if (CaptionOf(caption) is { } text && ImageSource.Find(_index.Elements[img], _urls) is { } src)
        {
            FlushParagraph();
            Add(FlowItem.ForBlock(text.On(new ImageBlock(src, NullIfEmpty(_index.Elements[img].GetAttribute("alt")))), 0, 0));
        }
    }

    /// <summary>The first image in a caption box reached through no noise but captions; -1 when there is none.</summary>
    private int CaptionedImage(int box)
    {
        var end = _index.SubtreeEnd[box];
        var d = box + 1;
        while (d < end)
        {
            if (_index.Noise[d] is not (NoiseKind.None or NoiseKind.Caption))
            {
                d = _index.SubtreeEnd[d];
                continue;
            }

            if (_index.Elements[d].LocalName == "img")
            {
                return d;
            }

            d++;
        }

        return -1;
    }

    private void LineBreak()
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
    }

    private void EnterHeading(IElement element, int e)
    {
        FlushParagraph();
        _relatedHeading = null;
        _cardLinkTitled |= _cardLink >= 0;
        var headingText = HeadingText.Clean(TextGatherer.Heading(_index, e));
        if (_teasers.Active)
        {
            if (IsLinkedTitle(e))
            {
                _teasers.AddTitle();
            }
            else if (IsShortTitle(e) && !BoilerplateFilter.IsBoilerplateHeading(headingText) && !BoilerplateFilter.IsLabelHeading(headingText) && !BoilerplateFilter.IsAuthorBioHeading(headingText))
            {
                _teasers.AddPlainTitle(_items.Count);
            }
            else
            {
                _teasers.Close(_items);
            }
        }

        if (BoilerplateFilter.IsRelatedHeading(headingText))
        {
            _teasers.Start(_items.Count);
            if (!BoilerplateFilter.IsBoilerplateHeading(headingText))
            {
                // "More from …": a label and a name, dropped with the flow's other prefixed labels, unless prose follows
                // and the heading is no label ("Related: …", a colon after its opening) nor a link to another page.
                _relatedHeading = headingText.Contains(':', StringComparison.Ordinal) || IsLinkedTitle(e)
                    ? null
                    : FlowItem.ForHeading(headingText, Tags.HeadingLevel(element)) with { From = _entered };
                _relatedHeadingScope = _index.Parent[e];
                return;
            }
        }

        if (BoilerplateFilter.IsLabelHeading(headingText))
        {
            return;
        }

        if (BoilerplateFilter.IsAuthorBioHeading(headingText) && HeadingScope(e) is var box && box != _root && _index.Chars[box] <= Thresholds.AuthorBoxMaxChars)
        {
            // A box about the writer: the biography, picture and links that follow the heading in it go with it.
            _skipRestOf = box;
            return;
        }

        if (BoilerplateFilter.IsBoilerplateHeading(headingText))
        {
            var scope = HeadingScope(e);
            if (scope == _root || HasProseAfter(e, scope) || HasProseBefore(e, scope))
            {
                _afterBoilerplateHeading = true;
            }
            else
            {
                _skipRestOf = scope;
                _teasers.Cancel();
            }

            return;
        }

        if (headingText.Length > 0)
        {
            Add(FlowItem.ForHeading(headingText, Tags.HeadingLevel(element)));
        }
    }

    // Returns whether the walk goes on into the element's children: blocks read whole (lists, tables, code,
    // quotes, images) are not entered again.
    private bool EnterBlock(Element element, int e, TagTraits traits)
    {
        if ((traits & TagTraits.List) != 0)
        {
            FlushParagraph();
            var (list, visible, links) = ListReader.Read(_index, e, _urls);
            if (list.Items.Count > 0)
            {
                Add(FlowItem.ForBlock(list, visible, links));
            }

            return false;
        }

        if ((traits & TagTraits.Table) != 0 && TableReader.IsDataTable(_index, e))
        {
            FlushParagraph();
            var table = TableReader.Read(_index, e, _urls);
            if (table.Rows.Count > 0)
            {
                Add(FlowItem.ForBlock(table, table.Text.Length, 0));
            }

            return false;
        }

        if ((traits & TagTraits.Preformatted) != 0)
        {
            FlushParagraph();
            if (LineNumbers.IsGutter(element, Thresholds.LineNumberWrapperLevels))
            {
                return false;
            }

            var code = TextGatherer.Preformatted(_index, e);
            if (code.Trim().Length > 0)
            {
                Add(FlowItem.ForBlock(new CodeBlock(code, CodeLanguage(element)), code.Length, 0));
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
            return EnterImage(element);
        }

        if ((traits & TagTraits.Block) != 0)
        {
            FlushParagraph();
            if (element.LocalName == "dt")
            {
                _term = e;
            }
        }

        return true;
    }

    private bool EnterImage(Element element)
    {
        if (element.LocalName == "img" && ImageSource.Find(element, _urls) is { } src)
        {
            FlushParagraph();
            Add(FlowItem.ForBlock(new ImageBlock(src, NullIfEmpty(element.GetAttribute("alt"))), 0, 0));
        }

        return element.LocalName == "picture";
    }

    private void Exit(Element element)
    {
        if (!_index.TryGetOrdinal(element, out var e))
        {
            return;
        }

        if (_skipRestOf == e)
        {
            _skipRestOf = -1;
        }

        var traits = _index.Traits[e];
        if (traits is TagTraits.None or TagTraits.Bold)
        {
            var style = InlineCollector.StyleOf(element.LocalName);
            _paragraph.EndStyle(style);
            _paragraph.Edge(style);
        }

        if (traits == TagTraits.Bold)
        {
            _boldDepth--;
        }
        else if ((traits & TagTraits.Link) != 0)
        {
            _paragraph.EndLink();
            if (_cardLink == e)
            {
                _cardLink = -1;
            }
        }
        else if ((traits & TagTraits.Block) != 0)
        {
            FlushParagraph();
            if (e == _figure)
            {
                LeaveFigure();
            }

            if (e != _root && element.LocalName == "table")
            {
                DropTrailingLabel(e);
            }

            if (_term == e)
            {
                _term = -1;
            }
        }
    }

    /// <summary>
    /// A box of a table-layout page ("Related stories", "On the Web") whose label, a heading or a bold line, is followed
    /// in the box only by links, or by nothing that was read although the box holds more (what the learned decision
    /// left out): the label goes, or once its links are dropped it would head the story's next paragraphs as a
    /// sub-heading. A headline alone in a table of its own (the box holds little more than it) heads what follows.
    /// </summary>
    private void DropTrailingLabel(int table)
    {
        var end = _index.SubtreeEnd[table];
        var i = _items.Count - 1;
        while (i >= 0 && _items[i].From > table && _items[i].From < end && IsLinks(_items[i]))
        {
            i--;
        }

        if (i < 0 || _items[i].From <= table || _items[i].From >= end)
        {
            return;
        }

        var label = _items[i];
        if ((label.IsHeading || (label.Block is ParagraphBlock && label.AllBold)) && label.VisibleChars <= Thresholds.TeaserTitleMaxChars
            && (i < _items.Count - 1 || _index.Chars[table] >= (2 * label.VisibleChars) + Thresholds.BoxLabelMinLeftOut))
        {
            _items.RemoveAt(i);
        }
    }

    private static bool IsLinks(FlowItem item) =>
        item.Block is ParagraphBlock or ListBlock && item.LinkDensity >= Thresholds.BoxLabelLinkShare;

    /// <summary>Whether the heading is a card's title: a short text that is a link to another page.</summary>
    private bool IsLinkedTitle(int heading)
    {
        var chars = _index.Chars[heading];
        return chars > 0 && chars <= Thresholds.TeaserTitleMaxChars && _index.LinkChars[heading] >= Thresholds.TeaserTitleLinkShare * chars;
    }

    /// <summary>Whether the heading is short enough to title a card (the other page's title, not a sentence).</summary>
    private bool IsShortTitle(int heading) => _index.Chars[heading] is > 0 and <= Thresholds.TeaserTitleMaxChars;

    /// <summary>
    /// Whether the heading's container holds a sentence of the story's prose before the heading: then the container is
    /// the article's own, and a widget's heading among its paragraphs does not end it.
    /// </summary>
    private bool HasProseBefore(int heading, int scope) => ProseIn(scope).First < heading;

    /// <summary>Whether the heading's container holds a long running-text paragraph after the heading.</summary>
    private bool HasProseAfter(int heading, int scope) => ProseIn(scope).LastLong >= _index.SubtreeEnd[heading];

    /// <summary>
    /// The container's first paragraph of the story's prose and its last long one (-1 for none), read in one pass and
    /// kept for the container: a page of many widget headings in one container asks again for each.
    /// </summary>
    private (int First, int LastLong) ProseIn(int scope)
    {
        if (scope == _proseScope)
        {
            return _prose;
        }

        var (first, lastLong) = (int.MaxValue, -1);
        for (var d = scope + 1; d < _index.SubtreeEnd[scope]; d++)
        {
            var chars = _index.UnitChars[d];
            if (chars >= Thresholds.StoryHeadProseMinChars && !_index.InNoise[d] && _index.IsRunningText(d))
            {
                first = Math.Min(first, d);
                lastLong = chars >= 150 ? d : lastLong;
            }
        }

        (_proseScope, _prose) = (scope, (first, lastLong));
        return _prose;
    }

    private void Add(FlowItem item)
    {
        // Headings end the run (or go with it, as a card's title) in EnterHeading.
        if (_teasers.Active && !item.IsHeading && !_teasers.Continues(item))
        {
            // Running prose after the heading: the section is the article's own (a "Related work" part), kept.
            _teasers.EndBeforeProse(_items);
        }
        else if (!_teasers.Active && item.Block is ParagraphBlock && item.LinkDensity < Thresholds.TeaserLabelMaxLinkShare && BoilerplateFilter.IsRelatedHeading(item.Block.Text))
        {
            // A related-content label written as a short paragraph, not a heading ("Trending stories in …").
            _teasers.Start(_items.Count);
        }

        if (_afterBoilerplateHeading)
        {
            var prose = item.IsHeading || (item.Block is ParagraphBlock && item.VisibleChars >= 80 && item.LinkDensity < 0.3);
            if (!prose)
            {
                return;
            }

            _afterBoilerplateHeading = false;
        }

        if (_relatedHeading is { } related)
        {
            _relatedHeading = null;
            if (!item.IsHeading && BoilerplateFilter.IsRunningProse(item) && _relatedHeadingScope >= 0
                && _entered > _relatedHeadingScope && _entered < _index.SubtreeEnd[_relatedHeadingScope])
            {
                _items.Add(related with { HeadsProse = true });
            }
        }

        _proseSeen |= item.Block is ParagraphBlock && item.VisibleChars >= Thresholds.StoryHeadProseMinChars && item.LinkDensity < 0.3;
        _items.Add(item with { From = _entered, TeaserCard = item.TeaserCard || InPlainTeaserCard(_entered) });
    }

    private bool InPlainTeaserCard(int e)
    {
        if (_index.PlainTeaserCards is not { } cards || e < 0)
        {
            return false;
        }

        foreach (var card in cards)
        {
            if (e >= card && e < _index.SubtreeEnd[card])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The element whose remaining content a boilerplate heading introduces: its parent, or higher while the
    /// parent holds nothing but the heading (<c>&lt;div class="title"&gt;&lt;h2&gt;Related&lt;/h2&gt;&lt;/div&gt;&lt;ul&gt;…</c>).
    /// </summary>
    private int HeadingScope(int heading)
    {
        var scope = _index.Parent[heading];
        while (scope != _root && scope >= 0 && _index.Chars[scope] <= _index.Chars[heading] + 2)
        {
            scope = _index.Parent[scope];
        }

        return scope < 0 ? _root : scope;
    }

    private bool EnterFigure(int e)
    {
        var element = _index.Elements[e];
        if (element.LocalName == "figcaption")
        {
            if (LabelsCodeOrTable(e))
            {
                // "Listing 4-1: …", "Table 2. …": the label of a code listing or a table, which the text refers to by it.
                FlushParagraph();
                return true;
            }

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
        CaptionRuns? captionText = null;
        if (caption is not null && _index.TryGetOrdinal(caption, out var c))
        {
            captionText = CaptionOf(c);
        }

        if (_figure < 0 && FigureBody.Reads(_index, e, _root, ref _cardFigures))
        {
            // A card or a quote with a portrait: its blocks are read, its image with them, and the caption goes to
            // the first image read in it when the figure is left.
            _figure = e;
            _figureStart = _items.Count;
            _figureCaption = captionText;
            return true;
        }

        AddFigureImages(e, caption, captionText);
        return false;
    }

    /// <summary>
    /// The figure's pictures in order, a source repeated right after itself once (a placeholder's copy): a
    /// before-and-after pair or a small gallery under one caption lost every picture but the first. The caption stands
    /// under them all on the page, so it goes with the last.
    /// </summary>
    private void AddFigureImages(int figure, IElement? caption, CaptionRuns? captionText)
    {
        var first = _items.Count;
        var end = _index.SubtreeEnd[figure];
        for (var d = figure + 1; d < end; d++)
        {
            var element = _index.Elements[d];
            if (ReferenceEquals(element, caption))
            {
                d = _index.SubtreeEnd[d] - 1;
                continue;
            }

            if (element.LocalName == "img" && !_index.InNoise[d] && ImageSource.Find(element, _urls) is { } src
                && !(_items.Count > first && _items[^1].Block is ImageBlock previous && string.Equals(previous.Source, src, StringComparison.Ordinal)))
            {
                Add(FlowItem.ForBlock(new ImageBlock(src, NullIfEmpty(element.GetAttribute("alt"))), 0, 0));
            }
        }

        if (captionText is not null && _items.Count > first && _items[^1].Block is ImageBlock last)
        {
            _items[^1] = _items[^1] with { Block = captionText.On(last) };
        }
    }

    /// <summary>Whether the caption belongs to a figure that frames code or a table and no image.</summary>
    private bool LabelsCodeOrTable(int caption)
    {
        var figure = _index.Parent[caption];
        if (figure < 0 || _index.Elements[figure].LocalName != "figure")
        {
            return false;
        }

        var framed = false;
        for (var d = figure + 1; d < _index.SubtreeEnd[figure]; d++)
        {
            if (d >= caption && d < _index.SubtreeEnd[caption])
            {
                continue;
            }

            var traits = _index.Traits[d];
            if ((traits & TagTraits.Image) != 0)
            {
                return false;
            }

            framed |= (traits & (TagTraits.Preformatted | TagTraits.Table)) != 0;
        }

        return framed;
    }

    /// <summary>Leaves a figure read as a box of blocks: its caption becomes the caption of the first image read in it.</summary>
    private void LeaveFigure()
    {
        for (var i = _figureStart; _figureCaption is not null && i < _items.Count; i++)
        {
            if (_items[i].Block is ImageBlock { Caption: null } image)
            {
                _items[i] = _items[i] with { Block = _figureCaption.On(image) };
                break;
            }
        }

        _figure = -1;
        _figureCaption = null;
    }

    /// <summary>
    /// Lazy-loading pages keep the real image in a <c>&lt;noscript&gt;</c> copy next to a placeholder. The copy is
    /// used when the image before it gave no usable URL (else it would be the same image twice).
    /// </summary>
    private void AddNoscriptImage(Element noscript)
    {
        var previous = noscript.PreviousElementSibling;
        if (previous is { LocalName: "img" } && ImageSource.Find(previous, _urls) is not null)
        {
            return;
        }

        var img = noscript.QuerySelector("img");
        if (img is null || ImageSource.Find(img, _urls) is not { } src || (_items.Count > 0 && _items[^1].Block is ImageBlock last && last.Source == src))
        {
            return;
        }

        FlushParagraph();
        Add(FlowItem.ForBlock(new ImageBlock(src, NullIfEmpty(img.GetAttribute("alt"))), 0, 0));
    }

    private void AddQuote(Element element)
    {
        // Run to its end (its last paragraph flushed) before this reading goes on: it may share the paragraph's builder.
        var inner = new SectionBuilder(_index, _urls, insideQuote: true, _deadline, _paragraph.ForNested());
        inner.Run(element);
        var paragraphs = new List<string>();
        // A quoted paragraph keeps its links and formatting (a quote that names its source links to it); a list or a
        // table quoted is one plain run of its text.
        var runs = new List<IReadOnlyList<Inline>>();
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
                runs.Add(item.Block is ParagraphBlock p ? p.Inlines : [new Inline(text)]);
                visible += item.VisibleChars;
                links += item.LinkChars;
            }
        }

        if (paragraphs.Count == 0)
        {
            return;
        }

        string? citation = null;
        IReadOnlyList<Inline>? citationRuns = null;

        // <blockquote><p>…</p><footer>— Name</footer></blockquote>: the footer is the attribution, not page chrome.
        // Sibling by sibling: Children is a collection object and an iterator for every quote.
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "footer" && _index.TryGetOrdinal(child, out var f))
            {
                var footer = TextGatherer.Runs(_index, f, _urls, out var footerRuns, includeNoise: true);
                citation = NullIfEmpty(footer.TrimStart('—', '–', '-', ' '));
                citationRuns = CaptionRuns.Credit(citation, footerRuns);
            }
        }

        var last = paragraphs[^1];
        if (citation is null && paragraphs.Count > 1 && IsCiteLine(element, last))
        {
            // <blockquote><p>…</p><cite>Name</cite></blockquote> (WordPress's quote block): the name is the credit, written
            // without a dash, not one more quoted line.
            citation = last;
            citationRuns = CaptionRuns.Credit(citation, runs[^1]);
            paragraphs.RemoveAt(paragraphs.Count - 1);
            runs.RemoveAt(runs.Count - 1);
        }
        else if (citation is null && paragraphs.Count > 1 && last.Length < 120 && (last.StartsWith('—') || last.StartsWith('–') || last.StartsWith('-')))
        {
            citation = last.TrimStart('—', '–', '-', ' ');
            citationRuns = CaptionRuns.Credit(citation, runs[^1]);
            paragraphs.RemoveAt(paragraphs.Count - 1);
            runs.RemoveAt(runs.Count - 1);
        }

        var quote = new QuoteBlock(paragraphs, citation) { ParagraphInlines = runs };
        Add(FlowItem.ForBlock(citationRuns is null ? quote : quote with { CitationInlines = citationRuns }, visible, links));
    }

    private void FlushParagraph()
    {
        if (_paragraph.IsEmpty)
        {
            _paragraph.Discard();
            return;
        }

        var visible = _paragraph.VisibleChars;
        var links = _paragraph.LinkChars;
        var allBold = _paragraph.PlainChars == 0;
        var inlines = _paragraph.Take();
        if (inlines.Count > 0)
        {
            var cardTitle = _cardLink >= 0 && !_cardLinkTitled;
            _cardLinkTitled |= cardTitle;
            if (FooterNotice.IsFooter(inlines))
            {
                // A copyright notice over the publisher's address: the page's footer, however long.
                return;
            }

            if (!_proseSeen && StoryHead.HeadEnd(inlines) is var head and >= 0)
            {
                // Kicker, headline, byline, paper and date as line-broken lines over the story: its head, read by the metadata.
                if (head >= inlines.Count - 1)
                {
                    return;
                }

                inlines = inlines.GetRange(head + 1, inlines.Count - head - 1);
                (visible, links, var bold) = LinkLines.Measure(inlines);
                allBold = bold == visible;
            }

            if (LinkLines.Split(inlines) is { } parts)
            {
                // Lines of links, one to a line: a list written with line breaks, read as the list it is.
                foreach (var part in parts)
                {
                    Add(part);
                }

                return;
            }

            if (!allBold && LinkLines.BoldLeadEnd(inlines) is var end and > 0)
            {
                // A bold title line above the text: a paragraph of its own, which the sections read as a sub-heading.
                var lead = inlines.GetRange(0, end);
                var lengths = LinkLines.Measure(lead);
                Add(FlowItem.ForBlock(new ParagraphBlock(lead), lengths.Visible, lengths.Links, allBold: true) with { CardLinkTitle = cardTitle });
                inlines = inlines.GetRange(end + 1, inlines.Count - end - 1);
                (visible, links, _) = LinkLines.Measure(inlines);
                cardTitle = false;
            }

            Add(FlowItem.ForBlock(new ParagraphBlock(inlines) { IsTerm = _term >= 0 }, visible, links, allBold) with { CardLinkTitle = cardTitle, DefinitionTerm = _term >= 0 });
        }
    }

    /// <summary>Whether a line ending in the character ends a sentence (or a quotation that ends one).</summary>
    private static bool EndsSentence(char last) =>
        last is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '\'' or '’' or '。' or '！' or '？' or '」' or '』';

    /// <summary>
    /// Whether the text opens with an indent a browser keeps: <see cref="Thresholds.IndentSpaces"/> or more spaces that
    /// do not collapse (no-break, en, em or ideographic spaces), after any ordinary white space (which collapses).
    /// </summary>
    private static bool IsIndented(string text)
    {
        var kept = 0;
        foreach (var c in text)
        {
            if (c is '\u00A0' or '\u2002' or '\u2003' or '\u3000')
            {
                if (++kept >= Thresholds.IndentSpaces)
                {
                    return true;
                }
            }
            else if (c is not (' ' or '\n' or '\r' or '\t'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The language a highlighter names in a class ("language-python", "lang-js"): on the <c>pre</c>, on a child of it
    /// (the <c>code</c>, which Pygments puts after an empty <c>span</c>, and which keeps the language when the
    /// <c>pre</c> has a class of its own, "wp-block-code" or "highlight"), or on the wrapper around the <c>pre</c>
    /// (Jekyll's "language-ruby highlighter-rouge", two levels up).
    /// </summary>
    private static string? CodeLanguage(Element pre)
    {
        if (LanguageIn(pre.GetAttribute("class")) is { } own)
        {
            return own;
        }

        var child = pre.FirstElementChild;
        for (var i = 0; child is not null && i < Thresholds.CodeLanguageChildren; i++, child = child.NextElementSibling)
        {
            if (LanguageIn(child.GetAttribute("class")) is { } inner)
            {
                return inner;
            }
        }

        var wrapper = pre.ParentElement;
        for (var up = 0; wrapper is not null && up < Thresholds.CodeLanguageWrapperLevels; up++, wrapper = wrapper.ParentElement)
        {
            if (LanguageIn(wrapper.GetAttribute("class")) is { } outer)
            {
                return outer;
            }
        }

        return null;
    }

    private static string? LanguageIn(string? cls)
    {
        if (cls is null)
        {
            return null;
        }

        foreach (var part in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 9 && part.StartsWith("language-", StringComparison.OrdinalIgnoreCase))
            {
                return part[9..];
            }

            if (part.Length > 5 && part.StartsWith("lang-", StringComparison.OrdinalIgnoreCase))
            {
                return part[5..];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the quote's last line is its <c>&lt;cite&gt;</c>: the quote's last element child (or the only element of its
    /// last paragraph) is a cite, nothing but white space after it, and the line reads as the cite's words.
    /// </summary>
    private bool IsCiteLine(Element quote, string last)
    {
        var child = quote.LastElementChild;
        if (child is { LocalName: "p" } && child.ChildElementCount == 1 && child.TextContent.AsSpan().Trim().Length == child.FirstElementChild!.TextContent.AsSpan().Trim().Length)
        {
            child = child.FirstElementChild;
        }

        if (child is not { LocalName: "cite" } || last.Length > Thresholds.CiteLineMaxChars)
        {
            return false;
        }

        for (var after = child.NextSibling; after is not null; after = after.NextSibling)
        {
            if (after is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }
        }

        return _index.TryGetOrdinal((Element)child, out var c) && string.Equals(TextGatherer.Gather(_index, c), last, StringComparison.Ordinal);
    }

    /// <summary>A caption's text (null when it has none) with its runs when they say more than the text.</summary>
    private CaptionRuns? CaptionOf(int caption)
    {
        var read = TextGatherer.CaptionRuns(_index, caption, _urls, out var runs);
        return NullIfEmpty(read) is { } text ? new CaptionRuns(text, ReferenceEquals(text, read) ? runs : null) : null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The builder as the walk's visitor: a struct, so that the walk calls the builder directly.</summary>
    private readonly struct Walk(SectionBuilder builder) : IDomVisitor
    {
        public bool EnterElement(Element element) => builder.Enter(element);

        public bool EnterOther(INode node)
        {
            builder.EnterOther(node);
            return false;
        }

        public void Exit(Element element) => builder.Exit(element);
    }
}
