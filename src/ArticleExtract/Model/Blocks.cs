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

/// <summary>A paragraph: inline runs of text and links.</summary>
public sealed record ParagraphBlock : Block
{
    /// <summary>Creates a paragraph from its inline runs.</summary>
    public ParagraphBlock(IReadOnlyList<Inline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        Inlines = inlines;
        Text = InlineText.Join(inlines);
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.Paragraph;

    /// <inheritdoc/>
    public override string Text { get; }

    /// <summary>The paragraph's runs, links kept as <see cref="Inline.Href"/>.</summary>
    public IReadOnlyList<Inline> Inlines { get; }
}

/// <summary>One item of a <see cref="ListBlock"/>; it may hold nested lists.</summary>
/// <param name="Inlines">The item's own text runs.</param>
/// <param name="Children">Lists nested inside the item.</param>
public sealed record ListItem(IReadOnlyList<Inline> Inlines, IReadOnlyList<ListBlock> Children)
{
    /// <summary>The item's own text (without nested lists).</summary>
    public string Text => InlineText.Join(Inlines);
}

/// <summary>An ordered or unordered list.</summary>
public sealed record ListBlock : Block
{
    /// <summary>Creates a list.</summary>
    public ListBlock(bool ordered, IReadOnlyList<ListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Ordered = ordered;
        Items = items;
    }

    /// <inheritdoc/>
    public override BlockType Type => BlockType.List;

    /// <summary>Whether the list is numbered (<c>&lt;ol&gt;</c>).</summary>
    public bool Ordered { get; }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<ListItem> Items { get; }

    /// <summary>Items one per line, nested items indented by two spaces.</summary>
    public override string Text => InlineText.ListText(this);
}

/// <summary>A block quotation.</summary>
/// <param name="Paragraphs">The quoted paragraphs' text.</param>
/// <param name="Citation">The attribution (<c>cite</c>, <c>footer</c>), when marked.</param>
public sealed record QuoteBlock(IReadOnlyList<string> Paragraphs, string? Citation = null) : Block
{
    /// <inheritdoc/>
    public override BlockType Type => BlockType.Quote;

    /// <summary>The quoted paragraphs, then the attribution on its own line ("— Name").</summary>
    public override string Text => Citation is null ? string.Join("\n\n", Paragraphs) : string.Join("\n\n", Paragraphs) + "\n\n— " + Citation;
}

/// <summary>One cell of a <see cref="TableBlock"/>.</summary>
/// <param name="Text">The cell's text.</param>
/// <param name="IsHeader">Whether the cell is a header cell (<c>th</c>).</param>
/// <param name="ColumnSpan">How many columns the cell spans (at least 1).</param>
public sealed record TableCell(string Text, bool IsHeader = false, int ColumnSpan = 1);

/// <summary>A data table (layout tables are unwrapped into blocks instead).</summary>
/// <param name="Rows">The rows; each row's cells in order.</param>
/// <param name="HeaderRowCount">How many leading rows are header rows.</param>
/// <param name="Caption">The table's caption, when it has one.</param>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TableCell>> Rows, int HeaderRowCount, string? Caption = null) : Block
{
    /// <inheritdoc/>
    public override BlockType Type => BlockType.Table;

    /// <summary>One line per row, cells separated by a tab.</summary>
    public override string Text => InlineText.TableText(this);
}

/// <summary>Preformatted code or text; whitespace is kept as written.</summary>
/// <param name="Code">The code, line breaks and indentation kept.</param>
/// <param name="Language">The language when the markup names it (<c>class="language-x"</c>).</param>
public sealed record CodeBlock(string Code, string? Language = null) : Block
{
    /// <inheritdoc/>
    public override BlockType Type => BlockType.Code;

    /// <inheritdoc/>
    public override string Text => Code;
}

/// <summary>An image with its alternative text and caption.</summary>
/// <param name="Source">The image URL (absolute when the page URL is known).</param>
/// <param name="Alt">The alternative text, when given.</param>
/// <param name="Caption">The caption (<c>figcaption</c>), when given.</param>
public sealed record ImageBlock(string Source, string? Alt = null, string? Caption = null) : Block
{
    /// <inheritdoc/>
    public override BlockType Type => BlockType.Image;

    /// <summary>The caption, else empty: images add no words to <see cref="Article.Body"/>.</summary>
    public override string Text => Caption ?? string.Empty;
}
