using System.Text.Json;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A glossary written as a definition list: each term (<c>dt</c>) names what the lines after it define. Unmarked,
/// the terms read as short lines among the definitions and a reader cannot tell the names from the text.
/// </summary>
public sealed class DefinitionListTermTests
{
    private const string Glossary =
        "<h2>Glossary</h2><dl><dt>Headway</dt><dd>The time between two trams on the same line, in minutes, at the busiest hour.</dd>"
        + "<dt>Catenary</dt><dd>The overhead wire that carries the power the trams draw as they run along the line.</dd>"
        + "<dt><a href=\"/glossary/depot\">Depot</a></dt><dd>The yard where trams are kept, cleaned and repaired overnight.</dd></dl>";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static List<ParagraphBlock> Paragraphs(Article article) => article.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().ToList();

    [Fact]
    public void Terms_are_marked_and_definitions_are_not()
    {
        var paragraphs = Paragraphs(Extract(Glossary));
        Assert.Equal(new[] { "Headway", "Catenary", "Depot" }, paragraphs.Where(p => p.IsTerm).Select(p => p.Text));
        Assert.False(paragraphs.Single(p => p.Text.StartsWith("The time between", StringComparison.Ordinal)).IsTerm);
        Assert.NotEqual(new ParagraphBlock([new Inline("Headway")]), new ParagraphBlock([new Inline("Headway")]) { IsTerm = true });
    }

    [Fact]
    public void Every_rendering_marks_the_terms()
    {
        var article = Extract(Glossary);
        var html = new HtmlParser().ParseDocument(article.ToHtml());
        Assert.Equal(new[] { "Headway", "Catenary", "Depot" }, html.QuerySelectorAll("p > dfn").Select(d => d.TextContent));
        Assert.Equal("https://news.example.com/glossary/depot", html.QuerySelector("dfn > a")?.GetAttribute("href"));

        var markdown = article.ToMarkdown();
        Assert.Contains("**Headway**\n\nThe time between", markdown, StringComparison.Ordinal);
        Assert.Contains("[**Depot**](<https://news.example.com/glossary/depot>)", markdown, StringComparison.Ordinal);
        var fromMarkdown = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown)).QuerySelectorAll("p > strong").Select(s => s.TextContent);
        Assert.Equal(new[] { "Headway", "Catenary" }, fromMarkdown);

        using var json = JsonDocument.Parse(article.ToJson());
        var terms = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.TryGetProperty("term", out var t) && t.GetBoolean()).Select(b => b.GetProperty("text").GetString());
        Assert.Equal(new[] { "Headway", "Catenary", "Depot" }, terms);

        // The plain text keeps the words as they were.
        Assert.Contains("Headway\n\nThe time between", article.Body, StringComparison.Ordinal);
    }
}
