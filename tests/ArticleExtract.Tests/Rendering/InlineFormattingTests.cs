using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// Inline formatting from page to model to Markdown, HTML and JSON. Markdown is checked by what a CommonMark
/// renderer (Markdig) makes of it: the same tree as our own HTML rendering of the same model.
/// </summary>
public sealed class InlineFormattingTests
{
    private const string Formatted =
        "<p>The council's <strong>final vote</strong> was <em>narrower</em> than expected: the <code>tram_budget()</code> line "
        + "rose to 10<sup>6</sup> euros and CO<sub>2</sub> targets were kept.<br>A second line follows the break, with "
        + "<a href=\"/votes\" title=\"All the votes\">the full record</a> and <strong><em>both styles</em></strong> at once.</p>";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static ParagraphBlock ParagraphWith(Article article, string words) =>
        article.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().First(p => p.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void The_model_keeps_each_format_as_a_run()
    {
        var p = ParagraphWith(Extract(Formatted), "final vote");
        Assert.Contains(new Inline("final vote") { Style = InlineStyle.Strong }, p.Inlines);
        Assert.Contains(new Inline("narrower") { Style = InlineStyle.Emphasis }, p.Inlines);
        Assert.Contains(new Inline("tram_budget()") { Style = InlineStyle.Code }, p.Inlines);
        Assert.Contains(new Inline("6") { Style = InlineStyle.Superscript }, p.Inlines);
        Assert.Contains(new Inline("2") { Style = InlineStyle.Subscript }, p.Inlines);
        Assert.Contains(Inline.LineBreak, p.Inlines);
        Assert.Contains(new Inline("the full record", "https://news.example.com/votes") { Title = "All the votes" }, p.Inlines);
        Assert.Contains(new Inline("both styles") { Style = InlineStyle.Strong | InlineStyle.Emphasis }, p.Inlines);
        // Text stays plain: words and the line break, no markup.
        Assert.StartsWith("The council's final vote was narrower than expected: the tram_budget() line rose to 106 euros and CO2 targets were kept.\nA second line", p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_renders_to_the_same_tree_as_the_html_rendering()
    {
        var article = Extract(Formatted);
        AssertSameParagraphs(article);
        var markdown = article.ToMarkdown();
        Assert.Contains("**final vote**", markdown, StringComparison.Ordinal);
        Assert.Contains("*narrower*", markdown, StringComparison.Ordinal);
        Assert.Contains("`tram_budget()`", markdown, StringComparison.Ordinal);
        Assert.Contains("[the full record](<https://news.example.com/votes> \"All the votes\")", markdown, StringComparison.Ordinal);
    }

    [Theory]
    // Emphasis next to punctuation inside a word: '*' would not flank, so the tags are used.
    [InlineData("<p>She said<strong>\"never\"</strong>twice, and the council went on with the agenda of the evening meeting.</p>")]
    // Two formats back to back: "**a***b*" would be misread.
    [InlineData("<p>The words <strong>bold</strong><em>italic</em> sit side by side in this sentence about the tram network plans.</p>")]
    // Asterisks and underscores inside formatted text stay literal.
    [InlineData("<p>The line <strong>*starred* and _under_</strong> and <em>2 * 3 = 6</em> appear in the council's published budget notes.</p>")]
    // Backticks inside code, and code at the edges of a link.
    [InlineData("<p>Run <code>echo `date`</code> or <a href=\"/docs\"><code>``raw``</code> docs</a> to see the timetable for the northern lines.</p>")]
    // Spaces inside the formatting tags move outside the delimiters.
    [InlineData("<p>The<strong> spaced </strong>word and <em> another one </em>here, in a paragraph about the new tram network.</p>")]
    // Link text that is all emphasis, and a title with quotes and backslashes.
    [InlineData("<p>Read <a href=\"/r\" title='The \"full\" C:\\ report'><em>the report</em></a> before the council meeting on the tram plans next week.</p>")]
    public void Markdown_keeps_emphasis_in_awkward_places(string paragraph)
    {
        AssertSameParagraphs(Extract(paragraph));
    }

    [Fact]
    public void Markdown_from_a_hand_built_model_escapes_every_run()
    {
        var inlines = new List<Inline>
        {
            new("# not a heading *nor* [a link](x) ") { Style = InlineStyle.Strong },
            new("<script>alert(1)</script>") { Style = InlineStyle.Emphasis },
            new("`x`") { Style = InlineStyle.Code },
            new("click", "javascript:alert(1)") { Title = "\"><img src=x onerror=alert(1)>" },
        };
        var built = new ParagraphBlock(inlines);
        var markdown = Markdown.ToHtml(RenderOne(built, b => b.ToMarkdown()));
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", markdown, StringComparison.Ordinal);
        Assert.Contains("# not a heading *nor* [a link](x)", WebUtility(markdown), StringComparison.Ordinal);
        var html = RenderOne(built, b => b.ToHtml());
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("img, script, a"));
    }

    [Fact]
    public void Json_lists_the_runs_with_their_marks_and_keeps_links()
    {
        using var json = JsonDocument.Parse(Extract(Formatted).ToJson());
        var block = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .First(b => b.GetProperty("text").GetString()!.Contains("final vote", StringComparison.Ordinal));
        var runs = block.GetProperty("inlines").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == "final vote" && r.GetProperty("marks")[0].GetString() == "strong");
        Assert.Contains(runs, r => r.TryGetProperty("lineBreak", out var lb) && lb.GetBoolean());
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == "both styles" && r.GetProperty("marks").GetArrayLength() == 2);
        var link = Assert.Single(block.GetProperty("links").EnumerateArray());
        Assert.Equal("https://news.example.com/votes", link.GetProperty("href").GetString());
        Assert.Equal("All the votes", link.GetProperty("title").GetString());

        // A plain paragraph does not repeat its words in "inlines".
        var plain = json.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0];
        Assert.Equal(TestPages.P1, plain.GetProperty("text").GetString());
        Assert.False(plain.TryGetProperty("inlines", out _));
    }

    [Fact]
    public void Blocks_and_inlines_compare_by_content()
    {
        Assert.Equal(new ParagraphBlock([new Inline("a"), new Inline("b", "https://x.example/")]), new ParagraphBlock(new List<Inline> { new("a"), new("b", "https://x.example/") }));
        Assert.NotEqual(new ParagraphBlock([new Inline("a")]), new ParagraphBlock([new Inline("a") { Style = InlineStyle.Strong }]));

        ListBlock List(string deepest) => new(false, [new ListItem([new Inline("top")], [new ListBlock(true, [new ListItem([new Inline(deepest)], [])])])]);
        Assert.Equal(List("deep"), List("deep"));
        Assert.Equal(List("deep").GetHashCode(), List("deep").GetHashCode());
        Assert.NotEqual(List("deep"), List("other"));

        TableBlock Table() => new([[new TableCell("h", true)], [new TableCell("v")]], 1, "cap");
        Assert.Equal(Table(), Table());
        Assert.Equal(new QuoteBlock(["q"], "c"), new QuoteBlock(new List<string> { "q" }, "c"));
        Assert.Equal(new Section("H", 2, [new ParagraphBlock([new Inline("x")])]), new Section("H", 2, [new ParagraphBlock([new Inline("x")])]));

        // Two extractions of one page give equal models.
        Assert.Equal(Extract(Formatted).Sections.SelectMany(s => s.Blocks), Extract(Formatted).Sections.SelectMany(s => s.Blocks));
    }

    [Fact]
    public void A_with_copy_computes_its_own_text()
    {
        var table = new TableBlock([[new TableCell("a")]], 0);
        Assert.Equal("a", table.Text);
        var changed = table with { Rows = [[new TableCell("b")]] };
        Assert.Equal("b", changed.Text);
        var quote = new QuoteBlock(["q"]);
        Assert.Equal("q", quote.Text);
        Assert.Equal("q\n\n— Ann", (quote with { Citation = "Ann" }).Text);
    }

    private static string RenderOne(ParagraphBlock block, Func<Article, string> render)
    {
        // Article's constructor is internal (the tests see internals): one section around the hand-built block.
        return render(new Article(ArticleMetadata.Empty, [new Section(null, 0, [block])], ExtractionOutcome.Extracted));
    }

    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);

    /// <summary>Markdig's HTML of our Markdown and our HTML, paragraph by paragraph, compared as trees.</summary>
    private static void AssertSameParagraphs(Article article)
    {
        var parser = new HtmlParser();
        var fromMarkdown = parser.ParseDocument(Markdown.ToHtml(article.ToMarkdown())).QuerySelectorAll("p").Select(Shape).ToList();
        var fromHtml = parser.ParseDocument(article.ToHtml()).QuerySelectorAll("p").Select(Shape).ToList();
        Assert.Equal(fromHtml.Count, fromMarkdown.Count);
        for (var i = 0; i < fromHtml.Count; i++)
        {
            Assert.Equal(fromHtml[i], fromMarkdown[i]);
        }
    }

    /// <summary>The paragraph's tree (<see cref="MarkdownRoundTrip.Tree"/>), its line feeds as spaces and white space beside
    /// a line break left out, where a renderer may put it or not; the spaces between other runs still count.</summary>
    private static string Shape(IElement p) =>
        MarkdownRoundTrip.Tree(p).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<br></br> ", "<br></br>", StringComparison.Ordinal).Replace(" <br>", "<br>", StringComparison.Ordinal);
}
