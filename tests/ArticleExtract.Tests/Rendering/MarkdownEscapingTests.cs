using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// Page text that looks like Markdown syntax stays text: the Markdown, rendered by Markdig (plain CommonMark, and
/// with the extensions many sites turn on), gives the blocks and the words the HTML rendering gives.
/// </summary>
public sealed class MarkdownEscapingTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().Build();

    private static readonly MarkdownPipeline Advanced = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    // An entity in the text: "&lt;" must show as "&lt;", not be decoded into "<".
    [InlineData("<p>Write &amp;lt;b&amp;gt; for a tag and &amp;amp; for an ampersand, the council's web team told the staff.</p>")]
    // "1)" opens an ordered list as "1." does.
    [InlineData("<p>1) First, the northern tram line will be extended past the hospital by the end of 2027.</p>")]
    [InlineData("<p>The timetable for the northern lines<br>2) Second, the fares stay the same for all riders next year.</p>")]
    // A colon at a line's start makes a definition list, ":::" a custom container (Markdig extensions).
    [InlineData("<p>The northern tram lines<br>: a definition of the council's plan for the districts</p>")]
    [InlineData("<p>::: warning about the northern tram lines and the council vote on the extension</p>")]
    // Generic attributes: "{#id .class}" would vanish into the element's attributes.
    [InlineData("<h2>Costs of the line {#costs .money}</h2><p>The line will cost more than the council first said in its plan.</p>")]
    [InlineData("<p>The <b>council</b>{.loud} voted on the plan for the northern tram lines on Tuesday night.</p>")]
    public void Markdown_renders_page_text_as_the_same_blocks_and_words(string fragment)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article(insideArticle: "<p>" + TestPages.P2 + "</p>" + fragment + "<p>" + TestPages.P3 + "</p>"));
        var expected = Blocks(article.ToHtml());
        Assert.Contains(expected, b => b.Contains("council", StringComparison.Ordinal) || b.Contains("tram", StringComparison.Ordinal));
        Assert.Equal(expected, Blocks(Markdown.ToHtml(article.ToMarkdown(), Plain)));
        Assert.Equal(expected, Blocks(Markdown.ToHtml(article.ToMarkdown(), Advanced)));
    }

    [Fact]
    public void Punctuation_that_starts_nothing_where_it_stands_is_left_as_it_is()
    {
        // A ':' after a run inside a line, and an '&' that begins no entity ('#' is always escaped, as a heading's mark).
        var article = ArticleExtractor.Default.Extract(TestPages.Article(insideArticle:
            "<p>" + TestPages.P2 + "</p><p><b>Note</b>: the northern tram lines, AT&amp;T &amp; R&amp;D &amp;c &amp;#x; &amp;#12345678; included, open in spring.</p><p>"
            + TestPages.P3 + "</p>"));
        var markdown = article.ToMarkdown();
        Assert.Contains("**Note**: the northern tram lines, AT&T & R&D &c &\\#x; &\\#12345678; included", markdown, StringComparison.Ordinal);
        Assert.Contains("the northern tram lines, AT&amp;T &amp; R&amp;D &amp;c &amp;#x; &amp;#12345678; included", Markdown.ToHtml(markdown, Plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Image_alt_and_link_title_with_carriage_returns_stay_one_image_and_one_link()
    {
        var inlines = new List<Inline> { new("the link", "https://example.org/x") { Title = "a\r\r<b>b</b>" } };
        var article = new Article(
            ArticleMetadata.Empty,
            [new Section(null, 0, [new ParagraphBlock(inlines), new ImageBlock("https://example.org/i.png", "alt\r\rtext", null)])],
            ExtractionOutcome.Extracted);
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(article.ToMarkdown(), Plain));
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("a  <b>b</b>", link.GetAttribute("title"));
        Assert.Equal("the link", link.TextContent);
        var image = Assert.Single(document.QuerySelectorAll("img"));
        Assert.Equal("alt  text", image.GetAttribute("alt"));
        Assert.Empty(document.QuerySelectorAll("b"));
    }

    [Theory]
    // Markdig's advanced extensions read ordinary text as syntax of their own: a letter or a Roman numeral and a '.' or
    // ')' at a line's start as a list (ListExtras), ^x^ and ~x~ as superscript and subscript, ==x== and ++x++ as marked
    // and inserted text (EmphasisExtras), $x$ as math, ""x"" as a citation, "^^ x" at a line's start as a footer, and
    // "^^^" opened a figure that made Markdig throw. The README's rendering section says how far the Markdown goes.
    [InlineData("a. The first option the council put to the vote")]
    [InlineData("B) The second option, with iv) a fourth")]
    [InlineData("iv. The fourth option on the list")]
    [InlineData("Area grew to 12 km^2^ while CO~2~ fell")]
    [InlineData("The ==marked== words and the ++inserted++ ones")]
    [InlineData("Fares rose from $5 to $7 this year")]
    [InlineData("He called it \"\"the plan\"\" twice")]
    [InlineData("^^ a footer line")]
    [InlineData("^^^ fig")]
    public void Text_stays_text_under_markdigs_advanced_extensions(string text)
    {
        var article = new Article(
            ArticleMetadata.Empty,
            [new Section(null, 0, [new ParagraphBlock([new Inline(text)]), new ParagraphBlock([new Inline("Before the break"), Inline.LineBreak, new Inline(text)])])],
            ExtractionOutcome.Extracted);

        Assert.Equal(MarkdownRoundTrip.FromHtml(article), MarkdownRoundTrip.FromMarkdown(article, Advanced));
    }

    /// <summary>Each block's name and its words, white space collapsed.</summary>
    private static List<string> Blocks(string html)
    {
        var blocks = new List<string>();
        // A line break is a space between words in either rendering.
        html = html.Replace("<br>", " ", StringComparison.Ordinal).Replace("<br />", " ", StringComparison.Ordinal);
        foreach (var e in new HtmlParser().ParseDocument(html).QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, dt, dd, div, ol, ul, dl, figure, table"))
        {
            var name = e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? "h" : e.LocalName;
            blocks.Add(name + ": " + string.Join(' ', e.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        }

        return blocks;
    }
}
