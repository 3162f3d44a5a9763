using System.Text.Json;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArticleExtract.Tests.Rendering;

/// <summary>The four renderings of the rich fixture, checked by parsing them back with real parsers.</summary>
public sealed class RenderingTests
{
    private static readonly Article Article = Fixture.Extract("rich-article.html");

    [Fact]
    public void Markdown_parses_back_into_the_same_structure()
    {
        var doc = Markdown.Parse(Article.ToMarkdown(), new MarkdownPipelineBuilder().UsePipeTables().Build());
        var headings = doc.Descendants<HeadingBlock>().Select(h => (h.Level, Text: h.Inline!.Descendants<LiteralInline>().Aggregate("", (a, l) => a + l.Content))).ToList();
        Assert.Equal([(1, "How the new tram network will work"), (2, "The three new lines"), (2, "Costs and timetable"), (2, "What critics say"), (3, "The data")], headings);

        var table = Assert.Single(doc.Descendants<Table>());
        Assert.Equal(4, table.Count);

        var code = Assert.Single(doc.Descendants<FencedCodeBlock>());
        Assert.Equal("python", code.Info);
        Assert.Equal("def riders(line):\n    return BASE[line] * 1.15", code.Lines.ToString());

        var links = doc.Descendants<LinkInline>().ToList();
        Assert.Contains(links, l => !l.IsImage && l.Url == "https://news.example.com/topics/transport");
        Assert.Contains(links, l => l.IsImage && l.Url == "https://news.example.com/img/map-1600.webp");

        var lists = doc.Descendants<Markdig.Syntax.ListBlock>().ToList();
        Assert.Contains(lists, l => l.IsOrdered && l.Count == 2);
        Assert.Contains(lists, l => !l.IsOrdered && l.Count == 3);
        Assert.Single(doc.Descendants<Markdig.Syntax.QuoteBlock>());
    }

    [Fact]
    public void Markdown_escapes_text_that_would_otherwise_be_syntax()
    {
        var html = TestPages.Article("<p>Prices rose by *5%* in [some] districts_with_underscores and # signs, see <a href=\"javascript:alert(1)\">this</a> please.</p>");
        var markdown = ArticleExtractor.Default.Extract(html).ToMarkdown();
        var rendered = Markdown.ToHtml(markdown);
        Assert.Contains("*5%*", rendered, StringComparison.Ordinal);
        Assert.Contains("[some] districts_with_underscores", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_clean_semantic_markup()
    {
        var doc = new HtmlParser().ParseDocument(Article.ToHtml());
        Assert.Equal(3, doc.QuerySelectorAll("section h2").Length);
        Assert.Single(doc.QuerySelectorAll("section h3"));
        Assert.Equal("Budget by line", doc.QuerySelector("table caption")?.TextContent);
        Assert.Equal("2", doc.QuerySelector("td[colspan]")?.GetAttribute("colspan"));
        Assert.Equal("https://news.example.com/topics/transport", doc.QuerySelector("p a")?.GetAttribute("href"));
        Assert.Equal("language-python", doc.QuerySelector("pre code")?.GetAttribute("class"));
        Assert.Equal(3, doc.QuerySelectorAll("figure img").Length);
        Assert.Empty(doc.QuerySelectorAll("script, style, iframe, [style], [onclick]"));
    }

    [Fact]
    public void Json_has_the_documented_schema()
    {
        using var json = JsonDocument.Parse(Article.ToJson());
        var root = json.RootElement;
        Assert.Equal("How the new tram network will work", root.GetProperty("title").GetString());
        Assert.Equal("City Herald", root.GetProperty("siteName").GetString());
        Assert.Equal("extracted", root.GetProperty("outcome").GetString());
        var blocks = root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray()).ToList();
        Assert.Equal(["paragraph", "image", "paragraph", "list", "table", "image", "image", "quote", "paragraph", "code"], blocks.Select(b => b.GetProperty("type").GetString()));
        var list = blocks[3];
        Assert.False(list.GetProperty("ordered").GetBoolean());
        Assert.Equal("Opens in 2027", list.GetProperty("items")[0].GetProperty("lists")[0].GetProperty("items")[0].GetProperty("text").GetString());
        var table = blocks[4];
        Assert.Equal(1, table.GetProperty("headerRows").GetInt32());
        Assert.Equal(2, table.GetProperty("rows")[3][0].GetProperty("colSpan").GetInt32());
        Assert.Equal("https://news.example.com/topics/transport", blocks[0].GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal("python", blocks[9].GetProperty("language").GetString());
        Assert.Equal("Anna Berg, city auditor", blocks[7].GetProperty("citation").GetString());
    }

    [Fact]
    public void Text_is_the_title_then_the_body()
    {
        Assert.Equal("How the new tram network will work\n\n" + Article.Body + "\n", Article.ToText());
    }
}
