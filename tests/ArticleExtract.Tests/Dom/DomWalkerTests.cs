using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>
/// The walks keep their path in a small stack buffer and move to a rented array past it: a page nested deeper than
/// the buffer must be walked in the same order, entered and left the same number of times. A visitor sees every node in
/// document order, elements and other nodes apart, and leaves every element it descended into after its children.
/// </summary>
public sealed class DomWalkerTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
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

        var walk = new Log(_ => true);
        DomWalker.Walk(document.Body, ref walk);
        Assert.Equal(expected, walk.Entered.Skip(1).ToList());
        Assert.Equal(walk.Entered.Count, walk.Left.Count);
        Assert.Equal(depth + 2, walk.Texts);

        // Every element is left after all of its descendants, the root last.
        Assert.Same(document.Body, walk.Left[^1]);
        var left = walk.Left.Select((element, at) => (element, at)).ToDictionary(p => p.element, p => p.at);
        Assert.All(expected, e => Assert.True(left[e] < left[(IElement)e.ParentElement!]));
    }

    [Fact]
    public void Nodes_are_entered_and_elements_left_in_document_order()
    {
        var document = new HtmlParser().ParseDocument("<body><div><p>a<b>b</b></p><br><!-- c --><p>d</p></div></body>");
        var walk = new Log(_ => true);
        DomWalker.Walk(document.Body!, ref walk);
        Assert.Equal(
            ["<body", "<div", "<p", "'a'", "<b", "'b'", ">b", ">p", "<br", ">br", "!comment", "<p", "'d'", ">p", ">div", ">body"],
            walk.Events);
    }

    [Fact]
    public void A_declined_element_is_not_descended_into_nor_left()
    {
        var document = new HtmlParser().ParseDocument("<body><p>a</p><aside><p>skipped</p><p>too</p></aside><p>b</p></body>");
        var walk = new Log(e => e.LocalName != "aside");
        DomWalker.Walk(document.Body!, ref walk);
        Assert.Equal(["<body", "<p", "'a'", ">p", "<aside", "<p", "'b'", ">p", ">body"], walk.Events);
    }

    [Fact]
    public void A_declined_root_is_all_the_walk_sees()
    {
        var document = new HtmlParser().ParseDocument("<body><p>a</p></body>");
        var walk = new Log(_ => false);
        DomWalker.Walk(document.Body!, ref walk);
        Assert.Equal(["<body"], walk.Events);
    }

    [Fact]
    public void A_document_root_is_entered_as_a_node_and_never_left()
    {
        var document = new HtmlParser().ParseDocument("<html><head><title>t</title></head><body>x</body></html>");
        var walk = new Log(_ => true, descendOther: true);
        DomWalker.Walk(document, ref walk);
        Assert.Equal(
            ["!document", "<html", "<head", "<title", "'t'", ">title", ">head", "<body", "'x'", ">body", ">html"],
            walk.Events);
    }

    [Fact]
    public void A_walk_left_by_an_exception_can_be_walked_again()
    {
        // A deep page rents its path; a visitor that throws leaves through the walk's finally, which gives it back.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "<p>deep</p>" + string.Concat(Enumerable.Repeat("</div>", 100)) + "</body></html>";
        var document = new HtmlParser().ParseDocument(html);
        var throwing = new Log(e => e.LocalName == "p" ? throw new InvalidOperationException("stop") : true);
        Assert.Throws<InvalidOperationException>(() => DomWalker.Walk(document.Body!, ref throwing));

        var walk = new Log(_ => true);
        DomWalker.Walk(document.Body!, ref walk);
        Assert.Equal(102, walk.Entered.Count);
        Assert.Equal(102, walk.Left.Count);
    }

    [Fact]
    public void Leaving_a_descendant_walk_early_and_starting_again_reads_the_same()
    {
        var document = new HtmlParser().ParseDocument("<body><div><p>a</p><p>b</p></div><ul><li>c</li></ul></body>");
        var first = DomWalker.Descendants(document.Body!).First(e => e.LocalName == "p");
        Assert.Equal("a", first.TextContent);
        Assert.Equal(["div", "p", "p", "ul", "li"], DomWalker.Descendants(document.Body!).Select(e => e.LocalName));
    }

    /// <summary>Writes down what the walk calls: "&lt;name" entering an element, "&gt;name" leaving it, a text in
    /// quotes, "!name" for any other node.</summary>
    private readonly struct Log(Func<IElement, bool> descend, bool descendOther = false) : IDomVisitor
    {
        public List<string> Events { get; } = [];

        public List<IElement> Entered { get; } = [];

        public List<IElement> Left { get; } = [];

        public int Texts => Events.Count(e => e.StartsWith('\''));

        public bool EnterElement(Element element)
        {
            Events.Add("<" + element.LocalName);
            Entered.Add(element);
            return descend(element);
        }

        public bool EnterOther(INode node)
        {
            Events.Add(node is IText text ? "'" + text.Data + "'" : "!" + node.NodeName.TrimStart('#'));
            return descendOther;
        }

        public void Exit(Element element)
        {
            Events.Add(">" + element.LocalName);
            Left.Add(element);
        }
    }
}
