namespace ArticleExtract.Tests.Structure;

/// <summary>A page with every block kind (Fixtures/rich-article.html), with the exact model expected.</summary>
public sealed class RichArticleTests
{
    private static readonly Article Article = Fixture.Extract("rich-article.html");

    private static List<Block> AllBlocks => Article.Sections.SelectMany(s => s.Blocks).ToList();

    [Fact]
    public void Sections_follow_the_headings_with_their_levels()
    {
        Assert.Equal([(null, 0), ("The three new lines", 2), ("Costs and timetable", 2), ("What critics say", 2), ("The data", 3)],
            Article.Sections.Select(s => (s.Heading, s.Level)));
        Assert.Equal("How the new tram network will work", Article.Title);
    }

    [Fact]
    public void A_paragraph_keeps_its_links_as_absolute_spans()
    {
        var p = Assert.IsType<ParagraphBlock>(Article.Sections[0].Blocks[0]);
        Assert.Equal("The city's transport authority published the final plan for the northern tram network on Monday, ending a decade of debate.", p.Text);
        Assert.Equal([
            new Inline("The city's "),
            new Inline("transport authority", "https://news.example.com/topics/transport"),
            new Inline(" published the "),
            new Inline("final") { Style = InlineStyle.Emphasis },
            new Inline(" plan for the northern tram network on Monday, ending a decade of debate."),
        ], p.Inlines);
    }

    [Fact]
    public void A_figure_takes_the_largest_source_and_its_caption()
    {
        var image = Assert.IsType<ImageBlock>(Article.Sections[0].Blocks[1]);
        Assert.Equal(new ImageBlock("https://news.example.com/img/map-1600.webp", "Map of the network", "The planned lines, with the depot in the north."), image);
        Assert.DoesNotContain("planned lines", Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_lists_keep_their_shape()
    {
        var list = Assert.IsType<ListBlock>(Article.Sections[1].Blocks[1]);
        Assert.False(list.Ordered);
        Assert.Equal(["Line 7, through the harbour district", "Line 8, along the river", "Line 9, to the university"], list.Items.Select(i => i.Text));
        var nested = Assert.Single(list.Items[0].Children);
        Assert.True(nested.Ordered);
        Assert.Equal(["Opens in 2027", "Runs every six minutes"], nested.Items.Select(i => i.Text));
        Assert.Equal("Line 7, through the harbour district\n  Opens in 2027\n  Runs every six minutes\nLine 8, along the river\nLine 9, to the university", list.Text);
    }

    [Fact]
    public void A_data_table_keeps_header_rows_cells_spans_and_caption()
    {
        var table = Assert.IsType<TableBlock>(Article.Sections[2].Blocks[0]);
        Assert.Equal("Budget by line", table.Caption);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal([new TableCell("Line", true), new TableCell("Cost (million euros)", true), new TableCell("Opening", true)], table.Rows[0]);
        Assert.Equal([new TableCell("Depot and vehicles", false, 2), new TableCell("2026")], table.Rows[3]);
    }

    [Fact]
    public void Lazy_images_come_from_data_src_and_noscript_copies()
    {
        var images = Article.Sections[2].Blocks.OfType<ImageBlock>().ToList();
        Assert.Equal([new ImageBlock("https://news.example.com/img/depot.jpg", "The depot"), new ImageBlock("https://news.example.com/img/workshop.jpg", "The workshop")], images);
    }

    [Fact]
    public void A_quote_keeps_its_attribution()
    {
        var quote = Assert.IsType<QuoteBlock>(Assert.Single(Article.Sections[3].Blocks));
        Assert.Equal(["The network is welcome, but the costs are still too optimistic."], quote.Paragraphs);
        Assert.Equal("Anna Berg, city auditor", quote.Citation);
    }

    [Fact]
    public void Code_keeps_its_whitespace_and_language()
    {
        var code = Assert.IsType<CodeBlock>(Article.Sections[4].Blocks[1]);
        Assert.Equal("def riders(line):\n    return BASE[line] * 1.15", code.Code);
        Assert.Equal("python", code.Language);
    }

    [Fact]
    public void The_lead_image_falls_back_to_the_first_content_image()
    {
        Assert.Equal("https://news.example.com/img/map-1600.webp", Article.LeadImage);
    }

    [Fact]
    public void Body_is_every_text_block_in_order()
    {
        Assert.Equal(
            """
            The city's transport authority published the final plan for the northern tram network on Monday, ending a decade of debate.

            The three new lines

            Each line connects a northern district with the central station:

            Line 7, through the harbour district
              Opens in 2027
              Runs every six minutes
            Line 8, along the river
            Line 9, to the university

            Costs and timetable

            Line	Cost (million euros)	Opening
            7	310	2027
            8	245	2028
            Depot and vehicles	2026

            What critics say

            The network is welcome, but the costs are still too optimistic.

            — Anna Berg, city auditor

            The data

            The authority published its ridership model as a script:

            def riders(line):
                return BASE[line] * 1.15
            """.ReplaceLineEndings("\n"), Article.Body);
    }
}
