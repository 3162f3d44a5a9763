namespace ArticleExtract.Tests.Structure;

/// <summary>
/// What a reader sees on the page survives into the model and the renderings: markup written the way common
/// generators (WordPress, Jekyll, MkDocs, Sphinx, Docusaurus) write it.
/// </summary>
public sealed class PageFidelityTests
{
    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://cityherald.example/news/trams"));

    private static List<Block> Blocks(string inside) => Extract(inside).Sections.SelectMany(s => s.Blocks).ToList();

    [Theory]
    // WordPress's code block, and Jekyll's Rouge: the <pre> has a class of its own, the language is on the <code>.
    [InlineData("<pre class=\"wp-block-code\"><code class=\"language-python\">print(\"tram\")\nprint(\"line\")</code></pre>")]
    // MkDocs and Sphinx (Pygments): an empty span before the <code>.
    [InlineData("<pre><span></span><code class=\"language-python\">print(\"tram\")\nprint(\"line\")</code></pre>")]
    // Jekyll: the language on the wrapper two levels up.
    [InlineData("<div class=\"language-python highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>print(\"tram\")\nprint(\"line\")</code></pre></div></div>")]
    public void A_code_block_keeps_the_language_its_highlighter_names(string code)
    {
        var block = Assert.Single(Blocks(code).OfType<CodeBlock>());
        Assert.Equal("python", block.Language);
        Assert.Equal("print(\"tram\")\nprint(\"line\")", block.Code);
        Assert.Contains("```python\nprint(\"tram\")", Extract(code).ToMarkdown(), StringComparison.Ordinal);
    }

    [Theory]
    // WordPress's image block (since 6.1): the caption's class holds the word "caption".
    [InlineData("<figure class=\"wp-block-image size-large\"><img src=\"/img/tram.jpg\" alt=\"A tram\"><figcaption class=\"wp-element-caption\">The new tram at the depot.</figcaption></figure>")]
    // The [caption] shortcode in an HTML5 theme: the whole figure is a "wp-caption".
    [InlineData("<figure id=\"attachment_12\" class=\"wp-caption aligncenter\"><img src=\"/img/tram.jpg\" alt=\"A tram\"><figcaption class=\"wp-caption-text\">The new tram at the depot.</figcaption></figure>")]
    // The same shortcode in an older theme: a div, and the caption a paragraph.
    [InlineData("<div id=\"attachment_12\" class=\"wp-caption aligncenter\"><img src=\"/img/tram.jpg\" alt=\"A tram\"><p class=\"wp-caption-text\">The new tram at the depot.</p></div>")]
    // A caption line right after its image.
    [InlineData("<div class=\"image-container\"><img src=\"/img/tram.jpg\" alt=\"A tram\"><span class=\"image-caption\">The new tram at the depot.</span></div>")]
    public void A_captioned_image_keeps_image_and_caption_when_the_markup_calls_them_captions(string figure)
    {
        var article = Extract(figure);
        var image = Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>());
        Assert.Equal("https://cityherald.example/img/tram.jpg", image.Source);
        Assert.Equal("A tram", image.Alt);
        Assert.Equal("The new tram at the depot.", image.Caption);
        Assert.Equal(1, TestPages.Count(article.ToMarkdown(), "The new tram at the depot."));
        Assert.DoesNotContain("The new tram", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_spanning_rows_leaves_the_cells_below_it_in_their_columns()
    {
        const string table = "<table><thead><tr><th>Model</th><th>Mode</th><th>Torque</th></tr></thead><tbody>"
            + "<tr><th rowspan=\"2\">X2</th><td>soft</td><td>45 Nm</td></tr><tr><td>hard</td><td>65 Nm</td></tr>"
            + "<tr><th>X3</th><td>soft</td><td>50 Nm</td></tr></tbody></table>";
        var article = Extract(table);
        var block = Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>());
        Assert.Equal("Model\tMode\tTorque\nX2\tsoft\t45 Nm\n\thard\t65 Nm\nX3\tsoft\t50 Nm", block.Text);
        Assert.Contains("|  | hard | 65 Nm |", article.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_spanning_rows_in_every_row_costs_work_bounded_by_the_table()
    {
        // Each row's cell reaches down a thousand rows, so each row would get one more empty cell than the row above.
        var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<tr><td rowspan=\"1000\">{i}</td></tr>"));
        var table = Assert.Single(Blocks("<table><tr><th>Stop</th></tr>" + rows + "</table>").OfType<TableBlock>());
        Assert.Equal(2001, table.Rows.Count);
        Assert.InRange(table.Rows.Sum(r => r.Count), 2001, 2001 * 5);
    }

    [Theory]
    // MkDocs and Sphinx with "#" as the permalink mark, written right after the words.
    [InlineData("<h2 id=\"fares\">Fares<a class=\"headerlink\" href=\"#fares\" title=\"Permanent link\">#</a></h2>")]
    // A link to the heading before the words, with no space between.
    [InlineData("<h2 id=\"fares\"><a class=\"anchor\" href=\"#fares\" aria-hidden=\"true\">#</a>Fares</h2>")]
    public void A_heading_keeps_no_permalink_mark(string heading)
    {
        var section = Assert.Single(Extract(heading + "<p>Fares stay the same for the first year of the new lines, the transport authority said on Tuesday.</p>").Sections, s => s.Heading is not null);
        Assert.Equal("Fares", section.Heading);
    }

    [Theory]
    // Pygments and Sphinx, Rouge (Jekyll): the numbers in a table cell beside the code.
    [InlineData("<div class=\"highlight-python notranslate\"><table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre>1\n2</pre></div></td><td class=\"code\"><div class=\"highlight\"><pre><span></span>x = 1\nprint(x)\n</pre></div></td></tr></table></div>")]
    [InlineData("<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td><td class=\"rouge-code\"><pre>x = 1\nprint(x)\n</pre></td></tr></tbody></table>")]
    // Pygments' inline numbers (Sphinx's default since 3.2): a span before each line.
    [InlineData("<div class=\"highlight\"><pre><span></span><span class=\"linenos\">1</span>x = 1\n<span class=\"linenos\">2</span>print(x)\n</pre></div>")]
    public void Line_numbers_beside_the_code_are_not_code(string listing)
    {
        var code = Assert.Single(Blocks(listing).OfType<CodeBlock>());
        Assert.Equal("x = 1\nprint(x)", code.Code);
    }

    [Fact]
    public void An_ordered_list_keeps_the_numbers_the_page_shows()
    {
        var article = Extract("<ol start=\"3\"><li>Board at the front door.</li><li>Validate the ticket.</li></ol><ol reversed><li>Third stop.</li><li>Second stop.</li><li>Last stop.</li></ol>");
        var markdown = article.ToMarkdown();
        Assert.Contains("3. Board at the front door.\n4. Validate the ticket.", markdown, StringComparison.Ordinal);
        var html = article.ToHtml();
        Assert.Contains("<ol start=\"3\"><li>Board", html, StringComparison.Ordinal);
        Assert.Contains("<ol reversed><li>Third stop.", html, StringComparison.Ordinal);
        // The second list follows one of its kind, so it takes the other marker: with '.' both were one list.
        Assert.Contains("3) Third stop.\n2) Second stop.\n1) Last stop.", markdown, StringComparison.Ordinal);
        var json = article.ToJson();
        Assert.Contains("\"ordered\":true,\"start\":3,\"items\":[{\"text\":\"Board", json, StringComparison.Ordinal);
        Assert.Contains("\"ordered\":true,\"start\":3,\"reversed\":true,\"items\":[{\"text\":\"Third", json, StringComparison.Ordinal);
    }
}
