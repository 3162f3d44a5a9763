using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// A list's text indents nested items two spaces a level, up to the Markdown's 16 levels: indentation that grew with
/// depth cost the square of a chain's depth in spaces.
/// </summary>
public sealed class DeepListTextTests
{
    private static ListBlock Chain(int depth)
    {
        var list = new ListBlock(false, [new ListItem([new Inline("innermost")], [])]);
        for (var level = depth - 1; level >= 0; level--)
        {
            list = new ListBlock(level % 2 == 0, [new ListItem([new Inline($"level {level}")], [list])]);
        }

        return list;
    }

    [Fact]
    public void Indentation_stops_growing_at_sixteen_levels()
    {
        var lines = Chain(40).Text.Split('\n');
        Assert.Equal(41, lines.Length);
        Assert.Equal("level 0", lines[0]);
        Assert.Equal("  level 1", lines[1]);
        Assert.Equal(new string(' ', 30) + "level 15", lines[15]);
        Assert.Equal(new string(' ', 32) + "level 16", lines[16]);
        Assert.Equal(new string(' ', 32) + "level 39", lines[39]);
        Assert.Equal(new string(' ', 32) + "innermost", lines[40]);
    }

    [Fact]
    public void A_model_nested_a_hundred_thousand_deep_has_text_a_body_and_renderings()
    {
        // 10^10 spaces of indentation: the builder threw ArgumentOutOfRangeException from ListBlock.Text.
        var list = Chain(100_000);
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 2, [list])], ExtractionOutcome.Extracted);
        Assert.InRange(list.Text.Length, 1, 100_001 * 50);
        Assert.Equal(list.Text, article.Body);
        Assert.InRange(article.ToText().Length, 1, 100_001 * 50);
        Assert.InRange(article.ToMarkdown().Length, 1, 100_001 * 60);
        Assert.InRange(article.ToHtml().Length, 1, 100_001 * 60);
    }

    [Fact]
    public void A_page_of_lists_at_the_nesting_cap_has_a_body_of_its_size()
    {
        // Each "<ul><li>x" of 12 bytes became an item indented by up to 512 spaces (the guard's cap of 256 elements
        // deep): 5 MB of body from a 220 kB page.
        var html = TestPages.Article(Hostile.Repeat("<ul><li>item", 10_000) + Hostile.Repeat("</li></ul>", 10_000));
        var article = Hostile.Extract(html);
        Assert.NotNull(article);
        Assert.Contains(TestPages.P3, article.Body, StringComparison.Ordinal);
        Assert.True(article.Body.Length < 4 * html.Length, $"{article.Body.Length} chars of body from a page of {html.Length}");
        Assert.True(article.ToJson().Length < 8 * html.Length);
    }
}
