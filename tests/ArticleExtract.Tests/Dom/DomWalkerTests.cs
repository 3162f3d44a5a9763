using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>
/// The walks keep their path in a small stack buffer and move to a rented array past it: a page nested deeper than
/// the buffer must be walked in the same order, entered and left the same number of times.
/// </summary>
public sealed class DomWalkerTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(600)]
    public void Deep_pages_are_walked_in_document_order(int depth)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>x</span>", depth))
            + "<p>end</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>after</p></body></html>";
        var document = new HtmlParser().ParseDocument(html);
        var expected = document.Body!.QuerySelectorAll("*").ToList();

        Assert.Equal(expected, DomWalker.Descendants(document.Body).ToList());

        var walk = new Visits([], 0);
        DomWalker.Walk(document.Body, ref walk, static (INode node, ref Visits v) =>
        {
            if (node is IElement e)
            {
                v.Entered.Add(e);
            }

            return true;
        }, static (INode node, ref Visits v) => v.Left++);
        Assert.Equal(expected, walk.Entered.Skip(1).ToList());
        Assert.Equal(walk.Entered.Count, walk.Left);
    }

    [Fact]
    public void Leaving_a_descendant_walk_early_and_starting_again_reads_the_same()
    {
        var document = new HtmlParser().ParseDocument("<body><div><p>a</p><p>b</p></div><ul><li>c</li></ul></body>");
        var first = DomWalker.Descendants(document.Body!).First(e => e.LocalName == "p");
        Assert.Equal("a", first.TextContent);
        Assert.Equal(["div", "p", "p", "ul", "li"], DomWalker.Descendants(document.Body!).Select(e => e.LocalName));
    }

    private record struct Visits(List<IElement> Entered, int Left);
}
