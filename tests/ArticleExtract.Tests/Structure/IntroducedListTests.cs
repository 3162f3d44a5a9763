using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A list of links that the article's prose announces with a colon ("a few courses to start with:") is part of the
/// article, however much of it is link text; the same list with no sentence introducing it, or introduced by a
/// line of links, is still taken for a link list.
/// </summary>
public sealed class IntroducedListTests
{
    private const string Title = "How to start learning to bake bread";

    private const string Lead = "If you would rather learn from a teacher than from a book, there are a few good courses to start with:";

    private const string After = "Whichever you choose, bake the same loaf every week for a month before moving on to anything harder.";

    private static readonly string[] Courses = ["Sourdough from scratch", "The weekend bread class", "Baking with whole grains", "Shaping and scoring loaves"];

    private static FlowItem Paragraph(string text, bool linked = false) =>
        FlowItem.ForBlock(new ParagraphBlock([new Inline(text, linked ? "https://bakery.example/more" : null)]), text.Length, linked ? text.Length : 0);

    private static FlowItem LinkList()
    {
        var items = Courses.Select((c, i) => new ListItem([new Inline(c, $"https://bakery.example/courses/{i}")], [])).ToList();
        var list = new ListBlock(false, items);
        return FlowItem.ForBlock(list, list.Text.Length, list.Text.Length);
    }

    private static bool KeepsList(List<FlowItem> flow) =>
        BoilerplateFilter.Apply(flow, Title, null, ExtractionFavor.Balanced).Any(item => item.Block is ListBlock);

    [Fact]
    public void A_link_list_introduced_by_a_sentence_ending_in_a_colon_is_kept()
    {
        Assert.True(KeepsList([Paragraph(Lead), LinkList(), Paragraph(After)]));
    }

    [Fact]
    public void A_link_list_after_prose_without_a_colon_is_dropped()
    {
        Assert.False(KeepsList([Paragraph(Lead.TrimEnd(':') + "."), LinkList(), Paragraph(After)]));
    }

    [Fact]
    public void A_link_list_after_a_short_or_linked_lead_is_dropped()
    {
        Assert.False(KeepsList([Paragraph("Read more:"), LinkList(), Paragraph(After)]));
        Assert.False(KeepsList([Paragraph(Lead, linked: true), LinkList(), Paragraph(After)]));
    }

    [Fact]
    public void A_link_list_ending_the_flow_is_dropped()
    {
        Assert.False(KeepsList([Paragraph(After), Paragraph(Lead), LinkList()]));
    }

    [Fact]
    public void The_extractor_keeps_an_introduced_link_list_in_the_article()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { UseSecondOpinion = false });
        var items = string.Concat(Courses.Select((c, i) => $"<li><a href=\"/courses/{i}\">{c}</a></li>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>{Title}</title></head>
            <body><header><nav><a href="/">Crumb Kitchen</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></nav></header>
            <main><article><h1>{Title}</h1>
            <p>Bread needs only flour, water, salt and time, yet a first loaf often comes out flat and dense. The reason is nearly always the dough being rushed, not the recipe being wrong.</p>
            <p>{Lead}</p>
            <ul>{items}</ul>
            <p>{After} A plain white loaf teaches you how dough should feel at every stage, which no recipe can describe.</p>
            </article></main>
            <footer><p>Crumb Kitchen, recipes for home bakers.</p></footer></body></html>
            """;
        var body = extractor.Extract(html, new Uri("https://crumbkitchen.example/learn/start-baking-bread")).Body;
        foreach (var c in Courses)
        {
            Assert.Contains(c, body, StringComparison.Ordinal);
        }
    }
}
