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
/// interface. So is every node when the accessors do not fit the AngleSharp the application runs with (see
/// <see cref="IsDirect"/>).
/// </summary>
internal static class NodeAccess
{
    /// <summary>
    /// Whether the direct calls are used: checked once, on a small page, that both accessors bind and give the very
    /// lists the interfaces give. Why: an application may run us with a newer AngleSharp than the one we were built
    /// against (NuGet takes the highest version asked for), whose internal members may have been renamed or retyped; a
    /// failed binding would then throw on every page, and a retyped list would be read as the wrong type. The check
    /// turns either into the interface calls, about 1.5% slower, never into an error.
    /// </summary>
    internal static readonly bool IsDirect = Probe();

    /// <summary>The node's children, as <see cref="INode.ChildNodes"/> gives them.</summary>
    public static INodeList ChildNodes(INode node) =>
        IsDirect && node is Node concrete ? Unsafe.As<INodeList>(NodeChildNodes(concrete)) : node.ChildNodes;

    /// <summary>The element's children, as <see cref="INode.ChildNodes"/> gives them: no class test.</summary>
    public static INodeList ChildNodes(Element element) =>
        IsDirect ? Unsafe.As<INodeList>(NodeChildNodes(element)) : ((INode)element).ChildNodes;

    /// <summary>The element's attributes, as <see cref="IElement.Attributes"/> gives them.</summary>
    public static INamedNodeMap Attributes(IElement element) =>
        element is Element concrete ? Attributes(concrete) : element.Attributes;

    /// <summary>The element's attributes, as <see cref="IElement.Attributes"/> gives them.</summary>
    public static INamedNodeMap Attributes(Element element) =>
        IsDirect ? Unsafe.As<INamedNodeMap>(ElementAttributes(element)) : ((IElement)element).Attributes;

    /// <summary>
    /// The element's attributes as AngleSharp keeps them, in the order <see cref="IElement.Attributes"/> gives them; empty
    /// when <see cref="IsDirect"/> is false (read through <see cref="Attributes(Element)"/> then). Why: a per-element reader
    /// of a few attributes paid an interface call for each item and for the count, and a type test of each item.
    /// </summary>
    public static ReadOnlySpan<Attr> AttributeItems(Element element) =>
        IsDirect ? NamedNodeMapItems(ElementAttributes(element)) : default;

    private static bool Probe()
    {
        try
        {
            var document = Parsing.DocumentParser.Parse("<p class=probe>x</p>");
            if (document.QuerySelector("p") is not Element p || document is not Node root)
            {
                return false;
            }

            // Typed checks, not Unsafe.As: this is where a list of another type would show.
            return NodeChildNodes(root) is INodeList children && ReferenceEquals(children, ((INode)root).ChildNodes)
                && ElementAttributes(p) is INamedNodeMap attributes && ReferenceEquals(attributes, ((IElement)p).Attributes)
                && NamedNodeMapItems(attributes) is { Length: 1 } items && ReferenceEquals(items[0], attributes[0]);
        }
        catch (Exception)
        {
            // MissingMethodException, MissingFieldException, TypeLoadException or whatever a future runtime throws
            // for an accessor that no longer binds: any of them means the interfaces, which always work.
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ChildNodes")]
    [return: UnsafeAccessorType("AngleSharp.Dom.NodeList, AngleSharp")]
    private static extern object NodeChildNodes(Node node);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Attributes")]
    [return: UnsafeAccessorType("AngleSharp.Dom.NamedNodeMap, AngleSharp")]
    private static extern object ElementAttributes(Element element);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Items")]
    private static extern ReadOnlySpan<Attr> NamedNodeMapItems([UnsafeAccessorType("AngleSharp.Dom.NamedNodeMap, AngleSharp")] object map);
}
