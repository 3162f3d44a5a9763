using ArticleExtract.Tests.Robustness;
using CsCheck;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// The Markdown round trip (<see cref="MarkdownRoundTrip"/>) over generated articles: every block kind, nested lists
/// numbered from anywhere, inline runs with every format, links with titles, all made of words and of the page text that
/// looks like Markdown (markers, fences, entities, pipes, brackets, bare URLs). Runs as the fuzz tests run
/// (<see cref="FuzzRun"/>; README.md beside them): ARTICLEEXTRACT_FUZZ_ITERATIONS for a longer run.
/// </summary>
/// <remarks>
/// Left out, as what Markdown cannot write or no page gives: a reversed list (Markdown numbers every list upwards,
/// see MarkdownRenderer.MarkerNumber), a line break ending a paragraph (invisible in HTML, a stray '\' in Markdown), a
/// link without text, two code runs side by side (a code span cannot close where the next opens), an image without alt text (the Markdown gives it its caption's, the HTML an empty one), white space at the end of a run or a line (the model collapses and trims it), and line breaks
/// inside code, titles, headings, cells and alt text (Markdown has none there). And an empty item holding a list that
/// needs a blank line before it: Markdig ends such an item at the blank line (a quirk; CommonMark's own parser keeps it).
/// </remarks>
public sealed class MarkdownRoundTripPropertyTests
{
    private static readonly string[] Tokens =
    [
        "tram", "council", "line", "route", "1.", "10.", "100)", "2024.", "#", "##", "C#", "-", "+", "*", "_", "**", "__", "`", "``", "```", "~~~", "~",
        ">", "=", "===", "---", "***", "|", "a|b", "<div>", "</p>", "<!--", "-->", "&lt;div&gt;", "&amp;", "&copy;", "&#123;", "AT&T", "[x]", "[", "]",
        "(", ")", "![", "!", "\\", "{#id}", "{", "}", ":", ":::", "https://x.example/a_b#c_d", "www.x.example/*x*", "snake_case", "2*3", "\"quoted\"",
        "'", "^", "$5", "==", "++", "é", "北京",
    ];

    private static readonly string[] Urls = ["https://news.example.com/a", "/relative/path_name", "https://x.example/a b(c)", "https://x.example/?q=1&r=2", "https://x.example/a|b"];

    private static readonly Gen<string> Words =
        Gen.Select(Gen.OneOf(Tokens), Gen.OneOf(" ", " ", string.Empty), (t, s) => t + s).Array[1, 6].Select(parts => string.Concat(parts).Trim());

    /// <summary>White space before the words of a run or a quote's line, as a model built by hand may have it: the
    /// extractor collapses it, but four spaces or a tab at a line's start made an indented code block.</summary>
    private static readonly Gen<string> Indented =
        Gen.Select(Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.OneOf(" ", "  ", "   ", "    ", "\t", " \t", "      "))), Words, (indent, words) => indent + words);

    private static readonly Gen<string?> MaybeWords = Gen.Frequency((1, Gen.Const((string?)null)), (2, Words.Select(w => (string?)w)));

    private static readonly Gen<Inline> Run =
        Gen.Select(Indented, Gen.Int[0, 31], Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.OneOf(Urls).Select(u => (string?)u))), MaybeWords,
            (text, style, href, title) => new Inline(text, href) { Style = style % 3 == 0 ? InlineStyle.None : (InlineStyle)style, Title = href is null ? null : title });

    /// <summary>Runs, with line breaks between some of them (never last).</summary>
    private static readonly Gen<List<Inline>> Runs =
        Gen.Select(Run, Gen.Bool).Array[1, 4].Select(parts =>
        {
            var runs = new List<Inline>();
            for (var i = 0; i < parts.Length; i++)
            {
                var run = parts[i].Item1;
                runs.Add(runs.Count > 0 && (runs[^1].Style & run.Style & InlineStyle.Code) != 0 ? run with { Style = run.Style & ~InlineStyle.Code } : run);
                if (parts[i].Item2 && i < parts.Length - 1)
                {
                    runs.Add(Inline.LineBreak);
                }
            }

            return runs;
        });

    private static List<Inline> Plain(string words) => [new Inline(words)];

    /// <summary>A caption or a credit: none, plain words, or runs with links and formats (made as a cell's).</summary>
    private static readonly Gen<TableCell?> Caption = Gen.Frequency(
        (1, Gen.Const((TableCell?)null)), (2, Words.Select(w => (TableCell?)new TableCell(w))), (2, Runs.Select(r => (TableCell?)Cell(OneLine(r), 1))));

    private static QuoteBlock Credited(QuoteBlock quote, TableCell? credit) =>
        credit is null ? quote : quote with { Citation = credit.Text, CitationInlines = credit.Inlines };

    private static TableBlock Captioned(TableBlock table, TableCell? caption) =>
        caption is null ? table : table with { Caption = caption.Text, CaptionInlines = caption.Inlines };

    private static ImageBlock Captioned(ImageBlock image, TableCell? caption) =>
        caption is null ? image : image with { Caption = caption.Text, CaptionInlines = caption.Inlines };

    /// <summary>A cell's runs: no line breaks (a GFM row is one line).</summary>
    private static List<Inline> OneLine(List<Inline> runs) => [.. runs.Where(r => !r.IsLineBreak)];

    /// <summary>A cell from its runs, words apart as a page's cell reads them; one plain run is a cell made from its text alone.</summary>
    private static TableCell Cell(List<Inline> runs, int span)
    {
        var spaced = runs.Select((r, i) => i > 0 && r.Href is null && r.Style == InlineStyle.None ? r with { Text = " " + r.Text } : r).ToList();
        for (var i = 1; i < spaced.Count; i++)
        {
            if (spaced[i].Href is not null || spaced[i].Style != InlineStyle.None)
            {
                spaced.Insert(i++, new Inline(" "));
            }
        }

        var text = string.Concat(spaced.Select(r => r.Text));
        return spaced is [{ Href: null, Style: InlineStyle.None }] || spaced.Count == 0 ? new TableCell(text, ColumnSpan: span) : new TableCell(text, ColumnSpan: span) { Inlines = spaced };
    }

    private static Gen<ListBlock> List(int depth) =>
        Gen.Select(
            Gen.Bool,
            Gen.OneOf(1, 1, 0, 2, 9, 10, 99, 100),
            Gen.Select(Gen.Frequency((5, Runs), (1, Gen.Const(new List<Inline>()))), depth == 0 ? Gen.Const(Array.Empty<ListBlock>()) : List(depth - 1).Array[0, 2], (runs, children) => new ListItem(runs.Count == 0 && children.Length > 0 ? [new Inline("item")] : runs, children)).Array[1, 3],
            (ordered, start, items) => new ListBlock(ordered, items) { Start = start });

    private static readonly Gen<Block> Block = Gen.OneOf<Block>(
        Runs.Select(r => (Block)new ParagraphBlock(r)),
        List(2).Select(l => (Block)l),
        Gen.Select(Indented.Array[1, 3].Select(lines => string.Join('\n', lines)).Array[1, 3], Caption, (paragraphs, citation) => (Block)Credited(new QuoteBlock(paragraphs), citation)),
        Gen.Select(Gen.Int[1, 3], Gen.Int[0, 1], Caption, (columns, header, caption) => (columns, header, caption)).SelectMany(t =>
            Gen.Select(Gen.Frequency((4, Words.Select(Plain)), (2, Runs.Select(OneLine)), (1, Gen.Const(new List<Inline>()))), Gen.Int[1, 2], (runs, span) => Cell(runs, span)).Array[t.columns].Array[1, 3]
                .Select(rows => (Block)Captioned(new TableBlock(rows, t.header), t.caption))),
        Gen.Select(Words.Array[1, 4], Gen.OneOf<string?>(null, "python", "c++"), (lines, language) => (Block)new CodeBlock(string.Join('\n', lines), language)),
        Gen.Select(Gen.OneOf(Urls), Gen.Frequency((1, Gen.Const((string?)string.Empty)), (2, Words.Select(w => (string?)w))), Caption,
            (src, alt, caption) => (Block)Captioned(new ImageBlock(src, alt), caption)));

    private static readonly Gen<Article> Articles =
        Gen.Select(MaybeWords, Gen.Select(MaybeWords, Gen.Int[2, 4], Block.Array[1, 4], (heading, level, blocks) => (heading, level, blocks)).Array[1, 3], (title, sections) =>
            new Article(ArticleMetadata.Empty with { Title = title }, [.. sections.Select((s, i) => new Section(i == 0 ? null : s.heading ?? "Part", i == 0 ? 0 : s.level, s.blocks))], ExtractionOutcome.Extracted));

    [Fact]
    public void The_markdown_of_any_article_shows_what_its_html_shows()
    {
        FuzzRun.Run("markdown round trip", Articles, MarkdownRoundTrip.AssertSame, a => a.ToMarkdown(), ciIterations: 400, ciStream: 33, ciSeed: 0x33F);
    }
}
