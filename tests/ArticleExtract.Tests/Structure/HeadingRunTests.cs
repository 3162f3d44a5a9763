using ArticleExtract.Structure;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A run of headings with nothing between them: each empty heading followed by a deeper one asked whether any block
/// came later in the flow, scanning ahead, so the run cost the square of its length.
/// </summary>
[Collection(Hostile.Collection)]
public sealed class HeadingRunTests
{
    [Fact]
    public void Empty_parent_headings_keep_their_place_only_above_a_later_block()
    {
        var flow = new List<FlowItem>
        {
            FlowItem.ForHeading("Part one", 2),
            FlowItem.ForHeading("Chapter", 3),
            FlowItem.ForBlock(new ParagraphBlock([new Inline(TestPages.P1)]), TestPages.P1.Length, 0),
            FlowItem.ForHeading("Part two", 2),
            FlowItem.ForHeading("Orphan", 3),
        };
        var sections = SectionAssembler.Assemble(flow);
        Assert.Equal([("Part one", 0), ("Chapter", 1)], sections.Select(s => (s.Heading, s.Blocks.Count)));
    }

    [Fact]
    public void A_long_run_of_alternating_headings_is_linear()
    {
        // 800,000 headings, h2 and h3 in turn, then one paragraph: about 1.6·10^11 steps of scanning ahead on main
        // (a minute and a half), milliseconds in one pass. The hang guard counts CPU time on the thread where it can.
        const int Headings = 800_000;
        var flow = new List<FlowItem>(Headings + 1);
        for (var i = 0; i < Headings; i++)
        {
            flow.Add(FlowItem.ForHeading(i % 2 == 0 ? "Part" : "Chapter", i % 2 == 0 ? 2 : 3));
        }

        flow.Add(FlowItem.ForBlock(new ParagraphBlock([new Inline(TestPages.P1)]), TestPages.P1.Length, 0));
        var sections = Hostile.WithinLimit(() => SectionAssembler.Assemble(flow), TimeSpan.FromSeconds(10));
        // Every h2 stands above a later block; an h3 is followed by an h2, not a deeper heading, and goes, but the last.
        Assert.Equal((Headings / 2) + 1, sections.Count);
        Assert.All(sections.SkipLast(1), s => Assert.Equal(("Part", 2), (s.Heading, s.Level)));
        Assert.Equal(TestPages.P1, Assert.Single(sections[^1].Blocks).Text);
    }

    [Fact]
    public void A_page_of_alternating_headings_before_its_article_extracts()
    {
        var html = TestPages.Article(Hostile.Repeat("<h2>Part</h2><h3>Chapter</h3>", 20_000));
        var article = Hostile.Extract(html);
        Assert.NotNull(article);
        Assert.Contains(TestPages.P3, article.Body, StringComparison.Ordinal);
    }
}
