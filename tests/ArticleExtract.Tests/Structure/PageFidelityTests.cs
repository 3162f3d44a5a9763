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
}
