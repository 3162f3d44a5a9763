using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The elements the metadata reader looks up by name, gathered in one walk of the document: each
/// <c>GetElementsByTagName</c> walked the whole page again, and the reader asked for six names. The page-kind
/// classifier reads its JSON-LD scripts and microdata types from the same walk.
/// </summary>
internal sealed class PageElements
{
    private PageElements()
    {
    }

    public List<IElement> Metas { get; } = [];

    public List<IElement> Links { get; } = [];

    public List<IElement> Scripts { get; } = [];

    public List<IElement> H1s { get; } = [];

    /// <summary>The page's <c>&lt;h2&gt;</c> and <c>&lt;h3&gt;</c> elements, and its <c>&lt;font&gt;</c> elements of a large
    /// size: a page without an article headline in an h1 (a blog whose h1 is its name) sets it one level down, and a
    /// table-layout page sets it in large type.</summary>
    public List<IElement> Subheadings { get; } = [];

    public List<IElement> Mains { get; } = [];

    public List<IElement> Articles { get; } = [];

    /// <summary>The document's first <c>&lt;base href&gt;</c>: looked up by selector, it cost a walk of its own on every page.</summary>
    public IElement? Base { get; private set; }

    /// <summary>The URL the page's relative URLs resolve against (<see cref="UrlResolver.DocumentBase"/>), from this walk's elements.</summary>
    public Uri? BaseUrl(Uri? pageUrl) => UrlResolver.DocumentBase(Base, Links, Metas, pageUrl);

    /// <summary>The page's own address (<see cref="UrlResolver.PageAddress"/>): the caller's URL, else the one the page states.</summary>
    public Uri? Address(Uri? pageUrl) => UrlResolver.PageAddress(Links, Metas, pageUrl);

    /// <summary>Elements with an <c>itemtype</c> attribute (microdata), for the page-kind classifier: gathering them here
    /// spares it a walk of its own.</summary>
    public List<IElement> ItemTyped { get; } = [];

    /// <summary>Every element of these names in <paramref name="document"/>, in document order.</summary>
    public static PageElements Collect(IDocument document) => Collect(document, null);

    /// <summary>
    /// Every element of these names in <paramref name="document"/>, in document order; the same walk hands every
    /// element inside the body to <paramref name="disclosures"/>, whose panels are marked once it is done.
    /// </summary>
    public static PageElements Collect(IDocument document, Cleaning.Disclosures.Gatherer? disclosures)
    {
        var walk = new Walk(new PageElements(), document, disclosures);
        DomWalker.Walk(document, ref walk);
        disclosures?.Mark();
        return walk.Page;
    }

    private void Enter(Element e)
    {
        // Its local name read by a direct call on AngleSharp's Element class, not through IElement.
        var list = e.LocalName switch
        {
            "meta" => Metas,
            "link" => Links,
            "script" => Scripts,
            "h1" => H1s,
            "h2" or "h3" => Subheadings,
            "font" when IsLargeType(e.GetAttribute("size")) => Subheadings,
            "main" => Mains,
            "article" => Articles,
            _ => null,
        };
        list?.Add(e);
        if (Base is null && e.LocalName == "base" && e.HasAttribute("href"))
        {
            Base = e;
        }

        if (HasItemType(e))
        {
            ItemTyped.Add(e);
        }
    }

    /// <summary>
    /// Whether a <c>&lt;font size&gt;</c> is larger than the text's default (3): "4" to "7", or "+1" to "+4"; how
    /// pages before CSS set a headline.
    /// </summary>
    internal static bool IsLargeType(string? size)
    {
        var value = size.AsSpan().Trim();
        return value.Length switch
        {
            1 => value[0] is >= '4' and <= '7',
            2 => value[0] == '+' && value[1] is >= '1' and <= '4',
            _ => false,
        };
    }

    /// <summary>Whether the element has an <c>itemtype</c> attribute, as <c>HasAttribute</c> answers it, without lower-casing
    /// the name asked for on every element of the page (the parser stores attribute names lower-cased).</summary>
    private static bool HasItemType(Element e)
    {
        var attributes = NodeAccess.Attributes(e);
        var count = attributes.Length;
        for (var i = 0; i < count; i++)
        {
            if (attributes[i] is Attr { Name: "itemtype" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The collection as the walk's visitor, with the document walked.</summary>
    private struct Walk(PageElements page, IDocument root, Cleaning.Disclosures.Gatherer? disclosures) : IDomVisitor
    {
        // Whether the walk is inside the gatherer's body (entered, not yet left).
        private bool _inBody;

        public readonly PageElements Page => page;

        public bool EnterElement(Element element)
        {
            page.Enter(element);
            if (disclosures is not null)
            {
                if (_inBody)
                {
                    disclosures.Visit(element);
                }
                else if (ReferenceEquals(element, disclosures.Body))
                {
                    _inBody = true;
                }
            }

            return true;
        }

        // Past the root, no node but an element has children: a reference test where NodeType was a call through the
        // interface on every text node of the page.
        public readonly bool EnterOther(INode node) => ReferenceEquals(node, root);

        public void Exit(Element element)
        {
            if (_inBody && ReferenceEquals(element, disclosures!.Body))
            {
                _inBody = false;
            }
        }
    }
}
