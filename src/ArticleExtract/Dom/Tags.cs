using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>What the pipeline needs to know about each HTML tag, looked up once per element.</summary>
[Flags]
internal enum TagTraits : ushort
{
    None = 0,
    /// <summary>Starts a new line of text in a browser (block-level, table parts, list items, headings).</summary>
    Block = 1 << 0,
    /// <summary>Never article text: scripts, styles, form controls, embedded objects.</summary>
    NonContent = 1 << 1,
    Heading = 1 << 2,
    Link = 1 << 3,
    List = 1 << 4,
    ListItem = 1 << 5,
    Bold = 1 << 6,
    /// <summary>Semantic page chrome: nav, aside, header, footer.</summary>
    Chrome = 1 << 7,
    Image = 1 << 8,
    Table = 1 << 9,
    Preformatted = 1 << 10,
    Quote = 1 << 11,
    Figure = 1 << 12,
    LineBreak = 1 << 13,
    /// <summary>The markup's own word for the page's content: article, main.</summary>
    Landmark = 1 << 14,
}

internal static class Tags
{
    // Looked up for every element by several stages: the index, the flow, the decision's text.
    private static readonly NameTable<TagTraits> Table = new(Build());

    /// <summary>The traits of an element; AngleSharp gives HTML elements' local names in lower case.</summary>
    public static TagTraits Of(IElement element) => Of(element.LocalName);

    /// <summary>The traits of a local name; <see cref="TagTraits.None"/> for a name not listed.</summary>
    internal static TagTraits Of(string name) => Table.Of(name);

    public static int HeadingLevel(IElement element) => HeadingLevel(element.LocalName);

    /// <summary>The level of a heading's tag name (h1 to h6), 0 for any other name.</summary>
    public static int HeadingLevel(string localName) => localName is [ 'h', >= '1' and <= '6' and var d ] ? d - '0' : 0;

    private static Dictionary<string, TagTraits> Build()
    {
        var d = new Dictionary<string, TagTraits>(StringComparer.Ordinal);
        void Set(TagTraits traits, params string[] names)
        {
            foreach (var n in names)
            {
                d[n] = d.GetValueOrDefault(n) | traits;
            }
        }

        Set(TagTraits.Block, "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "caption", "legend", "listing", "xmp", "plaintext", "frameset", "noscript");
        Set(TagTraits.NonContent, "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "select", "option",
            "textarea", "input", "button", "svg", "canvas", "video", "audio", "map", "link", "meta", "head", "title", "base",
            "frame", "frameset", "noframes", "noembed", "datalist", "output", "progress", "meter", "dialog", "slot", "portal", "param", "source", "track");
        Set(TagTraits.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Set(TagTraits.Link, "a");
        Set(TagTraits.List, "ul", "ol", "menu", "dir");
        Set(TagTraits.ListItem, "li");
        Set(TagTraits.Bold, "b", "strong");
        Set(TagTraits.Chrome, "nav", "aside", "header", "footer");
        Set(TagTraits.Image, "img", "picture");
        Set(TagTraits.Table, "table");
        Set(TagTraits.Preformatted, "pre", "listing", "xmp", "plaintext");
        Set(TagTraits.Quote, "blockquote");
        Set(TagTraits.Figure, "figure");
        Set(TagTraits.LineBreak, "br");
        Set(TagTraits.Landmark, "article", "main");
        return d;
    }
}
