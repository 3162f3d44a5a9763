using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Dom;

/// <summary>
/// <see cref="NodeAccess"/> reads AngleSharp's internal child and attribute lists by name: an AngleSharp that renamed
/// them would fail here, and the lists it gives must be the very ones the interfaces give.
/// </summary>
public sealed class NodeAccessTests
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Tides</title><!-- a comment --><meta charset=\"utf-8\"></head>"
        + "<body class=\"post\" id=\"top\"><p data-x=\"1\">Tide <b>tables</b> &amp; times</p><template><i>later</i></template>"
        + "<svg viewBox=\"0 0 2 2\"><circle r=\"2\"/></svg><math><mi>x</mi></math><my-widget hidden>text</my-widget></body></html>";

    [Fact]
    public void The_direct_calls_bind_to_the_AngleSharp_we_ship_with()
    {
        // Were this false, every read would fall back to the interfaces: correct, but the speed-up silently gone.
        Assert.True(NodeAccess.IsDirect);
    }

    [Fact]
    public void Every_node_gives_the_child_list_the_interface_gives()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse(Page);
        var nodes = new List<INode> { document };
        for (var k = 0; k < nodes.Count; k++)
        {
            Assert.Same(nodes[k].ChildNodes, NodeAccess.ChildNodes(nodes[k]));
            nodes.AddRange(nodes[k].ChildNodes);
        }

        // The document, its doctype, elements, text and comments: every kind of node the walks meet.
        Assert.Contains(nodes, n => n.NodeType == NodeType.DocumentType);
        Assert.Contains(nodes, n => n.NodeType == NodeType.Comment);
        Assert.Contains(nodes, n => n.NodeType == NodeType.Text);
        var template = (AngleSharp.Html.Dom.IHtmlTemplateElement)document.QuerySelector("template")!;
        Assert.Same(template.Content.ChildNodes, NodeAccess.ChildNodes(template.Content));
    }

    [Fact]
    public void Every_element_gives_the_attribute_list_the_interface_gives()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse(Page);
        var elements = document.QuerySelectorAll("*");
        Assert.Contains(elements, e => e.Attributes.Length > 1);
        foreach (var element in elements)
        {
            Assert.Same(element.Attributes, NodeAccess.Attributes(element));
            Assert.Same(element.Attributes, NodeAccess.Attributes((Element)element));
        }
    }

    [Fact]
    public void Every_element_gives_the_attributes_the_interface_gives_in_its_order()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse(Page.Replace("<p data-x=\"1\">", "<p data-x=\"1\" class=\"a\" id=\"b\" title=\"c\">", StringComparison.Ordinal));
        var elements = document.QuerySelectorAll("*");
        Assert.Contains(elements, e => e.Attributes.Length > 3);
        foreach (var element in elements)
        {
            var items = NodeAccess.AttributeItems((Element)element);
            Assert.Equal(element.Attributes.Length, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                Assert.Same(element.Attributes[i], items[i]);
            }
        }
    }

    [Fact]
    public void Attributes_set_removed_or_copied_after_parsing_are_read_as_the_interface_reads_them()
    {
        // The second opinion and the disclosure markers change attributes after the parse: the direct read must follow
        // the list as it is now (none, grown past its first capacity, shrunk, replaced in place, copied, made by hand).
        var document = ArticleExtract.Parsing.DocumentParser.Parse("<p class=a class=b id=x>t</p><div>u</div><span id=z data-date=1>v</span>");
        var (p, div, span) = ((Element)document.QuerySelector("p")!, (Element)document.QuerySelector("div")!, (Element)document.QuerySelector("span")!);
        AssertSame(p);
        AssertSame(div);
        Assert.Equal("a", MarkAttributes.Of(p).Class);
        div.SetAttribute("class", "byline");
        for (var i = 0; i < 40; i++)
        {
            div.SetAttribute("data-k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "v");
        }

        div.SetAttribute("id", "late");
        div.ClassList.Add("more");
        AssertSame(div);
        Assert.Equal(("byline more", "late"), (MarkAttributes.Of(div).Class, MarkAttributes.Of(div).Id));
        p.RemoveAttribute("class");
        span.RemoveAttribute("id");
        span.RemoveAttribute("data-date");
        AssertSame(p);
        AssertSame(span);
        Assert.Null(MarkAttributes.Of(p).Class);
        Assert.Equal(default, MarkAttributes.Of(span));
        var copy = (Element)div.Clone(true);
        var made = (Element)document.CreateElement("section");
        AssertSame(made);
        made.SetAttribute("rel", "author");
        AssertSame(copy);
        AssertSame(made);
        Assert.Equal("late", MarkAttributes.Of(copy).Id);
        Assert.Equal("author", MarkAttributes.Of(made).Rel);
    }

    private static void AssertSame(Element element)
    {
        var items = NodeAccess.AttributeItems(element);
        Assert.Equal(((IElement)element).Attributes.Length, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            Assert.Same(((IElement)element).Attributes[i], items[i]);
        }
    }
}
