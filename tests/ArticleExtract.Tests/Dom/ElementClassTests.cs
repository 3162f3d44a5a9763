using AngleSharp.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>
/// The walks tell elements by AngleSharp's <see cref="Element"/> class (a cheaper type test than the interface), and
/// below their root by the node type: that holds only while every element type AngleSharp has derives from Element, and
/// only those are of the element type.
/// </summary>
public sealed class ElementClassTests
{
    [Fact]
    public void Every_element_type_of_AngleSharp_derives_from_Element()
    {
        var types = typeof(Element).Assembly.GetTypes()
            .Where(t => t is { IsInterface: false } && typeof(IElement).IsAssignableFrom(t) && !typeof(Element).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(types);
    }

    [Fact]
    public void A_parsed_page_holds_only_Element_elements()
    {
        var document = ArticleExtract.Parsing.DocumentParser.Parse(
            "<html><body><p>Tide <b>tables</b></p><svg><circle r=\"2\"/></svg><math><mi>x</mi></math><my-widget>text</my-widget></body></html>");
        Assert.All(document.QuerySelectorAll("*"), element => Assert.IsAssignableFrom<Element>(element));
    }

    [Fact]
    public void Every_attribute_type_of_AngleSharp_is_Attr()
    {
        // The noise classifier reads attributes through the Attr class (a direct call) and skips anything else.
        var types = typeof(Attr).Assembly.GetTypes()
            .Where(t => t is { IsInterface: false } && typeof(IAttr).IsAssignableFrom(t) && t != typeof(Attr))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(types);
    }

    [Fact]
    public void Every_node_type_of_AngleSharp_derives_from_Node()
    {
        // The walks read a node's type through the Node class (a field read), below a root they test by class. Attr is
        // an INode too, but no child list holds an attribute.
        var types = typeof(Node).Assembly.GetTypes()
            .Where(t => t is { IsInterface: false } && typeof(INode).IsAssignableFrom(t) && !typeof(Node).IsAssignableFrom(t) && t != typeof(Attr))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(types);
    }

    [Fact]
    public void A_node_is_of_the_element_type_exactly_when_it_is_an_Element()
    {
        // The walks tell elements by node type below the root and then treat them as Element: the two must agree on
        // every kind of node a page holds.
        var document = ArticleExtract.Parsing.DocumentParser.Parse(
            "<!DOCTYPE html><html><head><title>t</title><!-- c --><script>x</script><style>p{}</style></head><body><p>Tide <b>tables</b><br><img src=a.png>"
            + "</p><template><i>later</i></template><svg><circle r=\"2\"/><foreignObject><p>in</p></foreignObject></svg><math><mi>x</mi></math>"
            + "<my-widget>text</my-widget><table><tr><td>cell</td></tr></table><select><option>o</option></select><![CDATA[d]]></body></html>");
        var nodes = new List<INode> { document };
        for (var k = 0; k < nodes.Count; k++)
        {
            nodes.AddRange(nodes[k].ChildNodes);
        }

        Assert.True(nodes.Count > 30);
        Assert.All(nodes, node =>
        {
            var concrete = Assert.IsAssignableFrom<Node>(node);
            Assert.Equal(concrete.NodeType == NodeType.Element, node is Element);
        });
    }
}
