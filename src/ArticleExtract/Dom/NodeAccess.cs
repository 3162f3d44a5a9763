using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// A node's child list and an element's attribute list, read from AngleSharp's <see cref="Node"/> and
/// <see cref="Element"/> classes by direct calls. Through <see cref="INode.ChildNodes"/> and
/// <see cref="IElement.Attributes"/> each read is an interface call on receivers of a dozen element and text classes,
/// which the runtime resolves through a shared stub's lookup every time: on every element each page-wide walk enters,
/// about 1.5% of an extraction's samples (perf, the steady state). Both properties are internal to AngleSharp (their list classes too), hence the
/// accessors; every node AngleSharp builds derives from <see cref="Node"/> and every element from <see cref="Element"/>
/// (tests check both, and that the lists are the ones the interfaces give), and any other node is read through the
/// interface.
/// </summary>
internal static class NodeAccess
{
    /// <summary>The node's children, as <see cref="INode.ChildNodes"/> gives them.</summary>
    public static INodeList ChildNodes(INode node) =>
        node is Node concrete ? Unsafe.As<INodeList>(NodeChildNodes(concrete)) : node.ChildNodes;

    /// <summary>The element's attributes, as <see cref="IElement.Attributes"/> gives them.</summary>
    public static INamedNodeMap Attributes(IElement element) =>
        element is Element concrete ? Attributes(concrete) : element.Attributes;

    /// <summary>The element's attributes, as <see cref="IElement.Attributes"/> gives them.</summary>
    public static INamedNodeMap Attributes(Element element) => Unsafe.As<INamedNodeMap>(ElementAttributes(element));

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ChildNodes")]
    [return: UnsafeAccessorType("AngleSharp.Dom.NodeList, AngleSharp")]
    private static extern object NodeChildNodes(Node node);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Attributes")]
    [return: UnsafeAccessorType("AngleSharp.Dom.NamedNodeMap, AngleSharp")]
    private static extern object ElementAttributes(Element element);
}
