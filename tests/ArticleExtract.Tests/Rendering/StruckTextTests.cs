using System.Text.Json;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// Struck text (<c>del</c>, <c>s</c>, <c>strike</c>): a correction's old figure, a price before a sale. Read as plain
/// words, the figure the page withdrew stands beside the one it gave instead, and a reader cannot tell which is true.
/// </summary>
public sealed class StruckTextTests
{
    private const string Correction =
        "<p>The single fare will be <del>2.50 euros</del> 2.80 euros from May, and <s>paper</s> tickets bought before then "
        + "<strike>expire at once</strike> stay valid until June, the transport authority said in its notice.</p>";

    // GitHub-flavoured Markdown, which the Markdown rendering writes: strikethrough is its extension.
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static ParagraphBlock ParagraphWith(Article article, string words) =>
        article.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().First(p => p.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void The_model_marks_each_struck_run_and_the_text_stays_plain()
    {
        var p = ParagraphWith(Extract(Correction), "single fare");
        Assert.Contains(new Inline("2.50 euros") { Style = InlineStyle.Deleted }, p.Inlines);
        Assert.Contains(new Inline("paper") { Style = InlineStyle.Deleted }, p.Inlines);
        Assert.Contains(new Inline("expire at once") { Style = InlineStyle.Deleted }, p.Inlines);
        Assert.DoesNotContain(p.Inlines, i => i.Text.Contains("2.80", StringComparison.Ordinal) && i.Style != InlineStyle.None);
        Assert.StartsWith("The single fare will be 2.50 euros 2.80 euros from May, and paper tickets", p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rendering_marks_the_struck_words()
    {
        var article = Extract(Correction);
        Assert.Contains("<del>2.50 euros</del> 2.80 euros", article.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("~~2\\.50 euros~~ 2.80 euros", article.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("2.50 euros 2.80 euros", article.ToText(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(article.ToJson());
        var runs = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .First(b => b.GetProperty("text").GetString()!.Contains("single fare", StringComparison.Ordinal)).GetProperty("inlines").EnumerateArray();
        var struck = runs.First(r => r.GetProperty("text").GetString() == "2.50 euros");
        Assert.Equal("deleted", Assert.Single(struck.GetProperty("marks").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("<p>The fare <del>rose</del> fell by ten cents, the authority said after the council meeting on the tram plans.</p>")]
    // Punctuation inside the struck text next to letters outside: "~~" would not be read as one, so <del> is written.
    [InlineData("<p>The fare was<del>\"2.50\"</del>2.80 euros, the authority said after the council meeting on the tram plans.</p>")]
    // Struck and emphasised at once, and struck text beside bold.
    [InlineData("<p>The fare <del><strong><em>rose</em></strong></del><strong>fell</strong> by ten cents after the council meeting on the tram plans.</p>")]
    // A tilde in the text stays a tilde.
    [InlineData("<p>The fare of <del>~2 euros</del> ~3 euros was set after the council meeting on the tram plans for the north.</p>")]
    public void Markdown_reads_back_as_the_html_rendering(string paragraph)
    {
        var article = Extract(paragraph);
        var parser = new HtmlParser();
        var fromMarkdown = parser.ParseDocument(Markdown.ToHtml(article.ToMarkdown(), Gfm)).QuerySelectorAll("p").Select(p => p.InnerHtml).ToList();
        var fromHtml = parser.ParseDocument(article.ToHtml()).QuerySelectorAll("p").Select(p => p.InnerHtml).ToList();
        Assert.Equal(fromHtml, fromMarkdown);
        Assert.Contains(fromHtml, p => p.Contains("<del>", StringComparison.Ordinal));
    }
}
