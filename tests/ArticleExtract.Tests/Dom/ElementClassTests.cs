using AngleSharp.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>
/// The walks tell elements by AngleSharp's <see cref="Element"/> class (a cheaper type test than the interface): that
/// holds only while every element type AngleSharp has derives from it.
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
}
