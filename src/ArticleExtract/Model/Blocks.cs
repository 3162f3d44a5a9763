namespace ArticleExtract;

/// <summary>The kind of a <see cref="Block"/>, also its <c>type</c> in JSON.</summary>
public enum BlockType
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,
    /// <summary>An ordered or unordered list.</summary>
    List,
    /// <summary>A block quotation.</summary>
    Quote,
    /// <summary>A data table.</summary>
    Table,
    /// <summary>Preformatted code or text, whitespace kept.</summary>
    Code,
    /// <summary>An image with its alternative text and caption.</summary>
    Image,
}

/// <summary>One block of article content. Every block has a plain-text form in <see cref="Text"/>.</summary>
public abstract record Block
{
    private protected Block() { }

    /// <summary>The kind of block.</summary>
    public abstract BlockType Type { get; }

    /// <summary>The block's plain text (for an image: its caption, else empty).</summary>
    public abstract string Text { get; }
}

/// <summary>A paragraph: inline runs of text, formatting, links and line breaks. Equality is by content.</summary>
public sealed record ParagraphBlock : Block
{
    /// <summary>Creates a paragraph from its inline runs.</summary>
    /// <param name="inlines">The runs, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inlines"/> is null.</exception>
    public ParagraphBlock(IReadOnlyList<Inline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        Inlines = ReadOnlyView.Of(inlines);
        Text = InlineText.Join(inlines);
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Paragraph;

    /// <inheritdoc/>
    public override string Text { get; }

    /// <summary>The paragraph's runs, links kept as <see cref="Inline.Href"/>.</summary>
    public IReadOnlyList<Inline> Inlines { get; }

    /// <summary>
    /// Whether the paragraph is a term a definition list defines (<c>&lt;dt&gt;</c>): the paragraphs after it, up to the
    /// next term, are its definition. A glossary's or a reference page's names read as names this way, not as lines of
    /// text; the renderings mark them (HTML <c>&lt;dfn&gt;</c>, Markdown bold, JSON <c>"term": true</c>).
    /// </summary>
    public bool IsTerm { get; init; }

    /// <inheritdoc/>
    public bool Equals(ParagraphBlock? other) => other is not null && IsTerm == other.IsTerm && ModelEquality.Sequence(Inlines, other.Inlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Text);
}

/// <summary>One item of a <see cref="ListBlock"/>; it may hold nested lists. Equality is by content.</summary>
/// <param name="Inlines">The item's own text runs.</param>
/// <param name="Children">Lists nested inside the item.</param>
/// <exception cref="ArgumentNullException"><paramref name="Inlines"/> or <paramref name="Children"/> is null.</exception>
public sealed record ListItem(IReadOnlyList<Inline> Inlines, IReadOnlyList<ListBlock> Children)
{
    private readonly IReadOnlyList<Inline> _inlines = ReadOnlyView.Of(Inlines);
    private readonly IReadOnlyList<ListBlock> _children = ReadOnlyView.Of(Children);
    private DerivedText? _text;

    /// <summary>The item's own text runs.</summary>
    public IReadOnlyList<Inline> Inlines { get => _inlines; init => _inlines = ReadOnlyView.Of(value, nameof(Inlines)); }

    /// <summary>Lists nested inside the item.</summary>
    public IReadOnlyList<ListBlock> Children { get => _children; init => _children = ReadOnlyView.Of(value, nameof(Children)); }

    /// <summary>
    /// The number the page gives this item of a numbered list (<c>&lt;li value="7"&gt;</c>), from which the items after it
    /// count on; <see langword="null"/> when the item takes the next number. <see cref="ListBlock.NumberOf"/> reads it.
    /// </summary>
    public int? Value { get; init; }

    /// <summary>The item's own text (without nested lists).</summary>
    public string Text => DerivedText.Get(ref _text, Inlines, null, this, static item => InlineText.Join(item.Inlines));

    /// <inheritdoc/>
    public bool Equals(ListItem? other) =>
        other is not null && Value == other.Value && ModelEquality.Sequence(Inlines, other.Inlines) && ModelEquality.Sequence(Children, other.Children);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Children.Count);
}

/// <summary>An ordered or unordered list. Equality is by content, nested lists included.</summary>
public sealed record ListBlock : Block
{
    private DerivedText? _text;

    // Whether an item sets its own number (ListItem.Value), and the numbers worked out once for that case.
    private readonly bool _valued;
    private ListNumbers? _numbers;

    /// <summary>Creates a list.</summary>
    /// <param name="ordered">Whether the list is numbered.</param>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public ListBlock(bool ordered, IReadOnlyList<ListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Ordered = ordered;
        Items = ReadOnlyView.Of(items);
        for (var i = 0; i < Items.Count && !_valued; i++)
        {
            _valued = Items[i].Value is not null;
        }
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.List;

    /// <summary>Whether the list is numbered (<c>&lt;ol&gt;</c>).</summary>
    public bool Ordered { get; }

    /// <summary>
    /// The number the page shows on the first item of a numbered list: its <c>start</c> attribute, else 1, or for a
    /// <see cref="Reversed"/> list without one the number of items. Read only when <see cref="Ordered"/>.
    /// </summary>
    public int Start { get; init; } = 1;

    /// <summary>Whether the numbers count down from <see cref="Start"/> (<c>&lt;ol reversed&gt;</c>).</summary>
    public bool Reversed { get; init; }

    /// <summary>
    /// The number the page shows on item <paramref name="index"/> (from 0) of a numbered list: <see cref="Start"/>, counting
    /// up (down when <see cref="Reversed"/>) from item to item, and from an item's own <see cref="ListItem.Value"/> on
    /// where it has one. An index past either end goes on counting from that end.
    /// </summary>
    /// <param name="index">The item's position in <see cref="Items"/>.</param>
    public long NumberOf(int index)
    {
        if (!_valued)
        {
            return Reversed ? (long)Start - index : (long)Start + index;
        }

        // Worked out once for all items (a renderer asks for each), again only for a copy with another Start or order.
        var numbers = Volatile.Read(ref _numbers);
        if (numbers is null || numbers.Start != Start || numbers.Reversed != Reversed)
        {
            numbers = new ListNumbers(this);
            Volatile.Write(ref _numbers, numbers);
        }

        return numbers.Of(index);
    }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<ListItem> Items { get; }

    /// <summary>Items one per line, nested items indented by two spaces a level (at most 16 levels deep).</summary>
    public override string Text => DerivedText.Get(ref _text, Items, null, this, InlineText.ListText);

    /// <inheritdoc/>
    public bool Equals(ListBlock? other) => ModelEquality.Lists(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Ordered, Items.Count, Items.Count > 0 ? Items[0].Text : null);
}

/// <summary>A block quotation. Equality is by content.</summary>
/// <param name="Paragraphs">The quoted paragraphs' text.</param>
/// <param name="Citation">The attribution (<c>cite</c>, <c>footer</c>), when marked.</param>
/// <exception cref="ArgumentNullException"><paramref name="Paragraphs"/> is null.</exception>
public sealed record QuoteBlock(IReadOnlyList<string> Paragraphs, string? Citation = null) : Block
{
    private readonly IReadOnlyList<string> _paragraphs = ReadOnlyView.Of(Paragraphs);
    private DerivedText? _text;

    /// <summary>The quoted paragraphs' text.</summary>
    public IReadOnlyList<string> Paragraphs { get => _paragraphs; init => _paragraphs = ReadOnlyView.Of(value, nameof(Paragraphs)); }

    // The runs given for the paragraphs, kept with the Paragraphs they were given for; and the plain runs made for others.
    private QuoteRuns? _runs;
    private QuoteRuns? _plainRuns;

    /// <summary>
    /// The quoted paragraphs with their formatting and links (a quote that names its source links to it): one list of
    /// runs per entry of <see cref="Paragraphs"/>, whose text each reads as. A quote made from strings alone, or a copy
    /// given other <see cref="Paragraphs"/> after these runs, reads each paragraph as one plain run.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value does not hold one list of runs per paragraph, or one of its lists is null.</exception>
    public IReadOnlyList<IReadOnlyList<Inline>> ParagraphInlines
    {
        get
        {
            if (_runs is { } given && ReferenceEquals(given.Paragraphs, _paragraphs))
            {
                return given.Runs;
            }

            var plain = Volatile.Read(ref _plainRuns);
            if (plain is null || !ReferenceEquals(plain.Paragraphs, _paragraphs))
            {
                plain = QuoteRuns.Plain(_paragraphs);
                Volatile.Write(ref _plainRuns, plain);
            }

            return plain.Runs;
        }

        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ParagraphInlines));
            if (value.Count != _paragraphs.Count)
            {
                throw new ArgumentException("One list of runs is needed for each paragraph.", nameof(ParagraphInlines));
            }

            _runs = new QuoteRuns(_paragraphs, ReadOnlyView.Rows(value, nameof(ParagraphInlines)));
        }
    }

    private TextRuns? _citationRuns;
    private TextRuns? _plainCitationRuns;

    /// <summary>
    /// The attribution with its formatting and links (a credit that links to the speaker's page or the source), read as
    /// <see cref="Citation"/> reads; empty when there is none. A quote whose citation was given as a string alone, or a
    /// copy given another <see cref="Citation"/> after these runs, reads it as one plain run.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A run is null.</exception>
    public IReadOnlyList<Inline> CitationInlines
    {
        get => TextRuns.Get(_citationRuns, ref _plainCitationRuns, Citation);
        init => _citationRuns = TextRuns.Given(Citation, value, nameof(CitationInlines));
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Quote;

    /// <summary>The quoted paragraphs, then the attribution on its own line ("— Name"); a blank attribution adds no line.</summary>
    public override string Text => DerivedText.Get(ref _text, Paragraphs, Citation, this,
        static q => string.IsNullOrWhiteSpace(q.Citation) ? string.Join("\n\n", q.Paragraphs) : string.Join("\n\n", q.Paragraphs) + "\n\n— " + q.Citation);

    /// <inheritdoc/>
    public bool Equals(QuoteBlock? other) =>
        other is not null && string.Equals(Citation, other.Citation, StringComparison.Ordinal) && ModelEquality.Sequence(Paragraphs, other.Paragraphs)
        && ModelEquality.Rows(ParagraphInlines, other.ParagraphInlines) && ModelEquality.Sequence(CitationInlines, other.CitationInlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Paragraphs.Count, Citation);
}

/// <summary>One cell of a <see cref="TableBlock"/>.</summary>
/// <param name="Text">The cell's text.</param>
/// <param name="IsHeader">Whether the cell is a header cell (<c>th</c>).</param>
/// <param name="ColumnSpan">How many columns the cell spans (at least 1).</param>
/// <exception cref="ArgumentNullException"><paramref name="Text"/> is null.</exception>
public sealed record TableCell(string Text, bool IsHeader = false, int ColumnSpan = 1)
{
    private readonly string _text = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The cell's text.</summary>
    public string Text { get => _text; init => _text = value ?? throw new ArgumentNullException(nameof(Text)); }

    private TextRuns? _runs;
    private TextRuns? _plainRuns;

    /// <summary>
    /// The cell's text with its formatting and links, as a paragraph's runs: a price list's struck old price
    /// (<see cref="InlineStyle.Deleted"/>), a row's link to what it names. Read as <see cref="Text"/> reads; a cell made
    /// from a string alone, or a copy given another <see cref="Text"/> after these runs, is one plain run (none when
    /// empty).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A run is null.</exception>
    public IReadOnlyList<Inline> Inlines
    {
        get => TextRuns.Get(_runs, ref _plainRuns, _text);
        init => _runs = TextRuns.Given(_text, value, nameof(Inlines));
    }

    /// <inheritdoc/>
    public bool Equals(TableCell? other) =>
        other is not null && IsHeader == other.IsHeader && ColumnSpan == other.ColumnSpan && string.Equals(_text, other._text, StringComparison.Ordinal)
        && ModelEquality.Sequence(Inlines, other.Inlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_text, IsHeader, ColumnSpan);
}

/// <summary>A data table (layout tables are unwrapped into blocks instead). Equality is by content.</summary>
/// <param name="Rows">The rows; each row's cells in order.</param>
/// <param name="HeaderRowCount">How many leading rows are header rows.</param>
/// <param name="Caption">The table's caption, when it has one.</param>
/// <exception cref="ArgumentNullException"><paramref name="Rows"/> or one of its rows is null.</exception>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TableCell>> Rows, int HeaderRowCount, string? Caption = null) : Block
{
    private readonly IReadOnlyList<IReadOnlyList<TableCell>> _rows = ReadOnlyView.Rows(Rows);

    /// <summary>The rows; each row's cells in order.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get => _rows; init => _rows = ReadOnlyView.Rows(value, nameof(Rows)); }

    private TextRuns? _captionRuns;
    private TextRuns? _plainCaptionRuns;

    /// <summary>
    /// The caption with its formatting and links (a source's link, a unit in italics), read as <see cref="Caption"/>
    /// reads; empty when there is none. A caption given as a string alone, or a copy given another
    /// <see cref="Caption"/> after these runs, is one plain run.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A run is null.</exception>
    public IReadOnlyList<Inline> CaptionInlines
    {
        get => TextRuns.Get(_captionRuns, ref _plainCaptionRuns, Caption);
        init => _captionRuns = TextRuns.Given(Caption, value, nameof(CaptionInlines));
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Table;

    private DerivedText? _text;

    /// <summary>One line per row, cells separated by a tab.</summary>
    public override string Text => DerivedText.Get(ref _text, Rows, null, this, InlineText.TableText);

    /// <inheritdoc/>
    public bool Equals(TableBlock? other)
    {
        if (other is null || HeaderRowCount != other.HeaderRowCount || !string.Equals(Caption, other.Caption, StringComparison.Ordinal)
            || Rows.Count != other.Rows.Count || !ModelEquality.Sequence(CaptionInlines, other.CaptionInlines))
        {
            return false;
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            if (!ModelEquality.Sequence(Rows[i], other.Rows[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Rows.Count, HeaderRowCount, Caption);
}

/// <summary>Preformatted code or text; whitespace is kept as written.</summary>
/// <param name="Code">The code, line breaks and indentation kept.</param>
/// <param name="Language">The language when the markup names it (<c>class="language-x"</c>).</param>
/// <exception cref="ArgumentNullException"><paramref name="Code"/> is null.</exception>
public sealed record CodeBlock(string Code, string? Language = null) : Block
{
    private readonly string _code = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>The code, line breaks and indentation kept.</summary>
    public string Code { get => _code; init => _code = value ?? throw new ArgumentNullException(nameof(Code)); }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Code;

    /// <inheritdoc/>
    public override string Text => Code;
}

/// <summary>An image with its alternative text and caption.</summary>
/// <param name="Source">The image URL (absolute when the page URL is known): http(s), or relative when no base is known. An image whose every source is of another scheme is left out.</param>
/// <param name="Alt">The alternative text, when given.</param>
/// <param name="Caption">The caption (<c>figcaption</c>), when given.</param>
/// <exception cref="ArgumentNullException"><paramref name="Source"/> is null.</exception>
public sealed record ImageBlock(string Source, string? Alt = null, string? Caption = null) : Block
{
    private readonly string _source = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The image URL.</summary>
    public string Source { get => _source; init => _source = value ?? throw new ArgumentNullException(nameof(Source)); }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Image;

    /// <summary>The caption, else empty: images add no words to <see cref="Article.Body"/>.</summary>
    public override string Text => Caption ?? string.Empty;

    private TextRuns? _captionRuns;
    private TextRuns? _plainCaptionRuns;

    /// <summary>
    /// The caption with its formatting and links (a photographer's credit linking to the agency, a title in italics),
    /// read as <see cref="Caption"/> reads; empty when there is none. A caption given as a string alone, or a copy given
    /// another <see cref="Caption"/> after these runs, is one plain run.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A run is null.</exception>
    public IReadOnlyList<Inline> CaptionInlines
    {
        get => TextRuns.Get(_captionRuns, ref _plainCaptionRuns, Caption);
        init => _captionRuns = TextRuns.Given(Caption, value, nameof(CaptionInlines));
    }

    /// <inheritdoc/>
    public bool Equals(ImageBlock? other) =>
        other is not null && string.Equals(_source, other._source, StringComparison.Ordinal) && string.Equals(Alt, other.Alt, StringComparison.Ordinal)
        && string.Equals(Caption, other.Caption, StringComparison.Ordinal) && ModelEquality.Sequence(CaptionInlines, other.CaptionInlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, _source, Alt, Caption);
}

/// <summary>The numbers of a list whose items set their own (<see cref="ListItem.Value"/>), for one start and order.</summary>
internal sealed class ListNumbers
{
    private readonly long[] _numbers;

    public ListNumbers(ListBlock list)
    {
        Start = list.Start;
        Reversed = list.Reversed;
        var step = Reversed ? -1L : 1L;
        _numbers = new long[list.Items.Count];
        for (var i = 0; i < _numbers.Length; i++)
        {
            _numbers[i] = list.Items[i].Value ?? (i == 0 ? Start : _numbers[i - 1] + step);
        }
    }

    public int Start { get; }

    public bool Reversed { get; }

    public long Of(int index)
    {
        if (_numbers.Length == 0)
        {
            return Reversed ? (long)Start - index : (long)Start + index;
        }

        var nearest = Math.Clamp(index, 0, _numbers.Length - 1);
        return _numbers[nearest] + ((Reversed ? -1L : 1L) * ((long)index - nearest));
    }
}

/// <summary>A quote's runs, one list per paragraph, and the paragraphs they were made for.</summary>
internal sealed class QuoteRuns(IReadOnlyList<string> paragraphs, IReadOnlyList<IReadOnlyList<Inline>> runs)
{
    public IReadOnlyList<string> Paragraphs { get; } = paragraphs;

    public IReadOnlyList<IReadOnlyList<Inline>> Runs { get; } = runs;

    public static QuoteRuns Plain(IReadOnlyList<string> paragraphs)
    {
        var runs = new IReadOnlyList<Inline>[paragraphs.Count];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = paragraphs[i].Length == 0 ? [] : [new Inline(paragraphs[i])];
        }

        return new QuoteRuns(paragraphs, runs);
    }
}
