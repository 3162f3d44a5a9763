using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The headline finder tests "in an article or main column" by walking up the parents instead of AngleSharp's
/// <c>Closest</c>, which parses its selector on every call: the answers must be the selector's on every element.
/// </summary>
public class ClosestWithoutSelectorTests
{
    private const string Page = """
        <!DOCTYPE html><html><body>
        <header><h1>Site</h1><nav><a href="/">Home</a></nav></header>
        <div role="main"><section><h1>In a role main</h1><p>Text <b>bold</b></p></section></div>
        <div role="Main"><h1>Role with a capital</h1></div>
        <div ROLE="main"><h1>Attribute name in capitals</h1></div>
        <div role="main banner"><h1>Two roles</h1></div>
        <div role=" main"><h1>Spaced role</h1></div>
        <MAIN><div><h1>In main</h1></div></MAIN>
        <Article><div><div><h2>Deep in an article</h2><span>x</span></div></div></Article>
        <aside><h1>Aside</h1><svg><article><text>In an SVG article</text></article><foreignObject><main><p>Foreign main</p></main></foreignObject></svg></aside>
        <math><main><mi>x</mi></main></math>
        <template><article><h1>Template</h1></article></template>
        <footer><p>Footer</p></footer>
        </body></html>
        """;

    [Fact]
    public void In_article_or_main_answers_as_the_selector_on_every_element()
    {
        var document = new HtmlParser().ParseDocument(Page);
        var elements = document.All.ToList();
        Assert.True(elements.Count > 30);
        foreach (var element in elements)
        {
            Assert.Equal(element.Closest("article, main, [role=main]") is not null, HeadlineFinder.InArticleOrMain(element));
        }
    }

    [Fact]
    public void The_scope_is_the_article_the_selector_finds()
    {
        var document = new HtmlParser().ParseDocument(Page);
        foreach (var element in document.All)
        {
            if (element.Closest("article") is { } article)
            {
                Assert.Same(article, HeadlineFinder.Scope([], [], element));
            }
        }
    }
}
