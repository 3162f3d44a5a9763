using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>What an element's name tells the body walk's readers (<see cref="BodyWalk"/>), read once per element.</summary>
[Flags]
internal enum NameKinds
{
    None = 0,

    /// <summary>An element a byline line stands in (<see cref="BylineCandidates"/>): a paragraph, a span, a link, a subheading, small print.</summary>
    /// <remarks>Headings and small print too: "Written by Jane Doe" heads an author box; "WRITTEN BY" sits in <c>&lt;small&gt;</c>
    /// above the name; "by Jane Doe" is often a link to her other articles, alone in its line.</remarks>
    Line = 1,

    /// <summary><c>&lt;a&gt;</c>.</summary>
    Link = 1 << 1,

    /// <summary><c>&lt;article&gt;</c>.</summary>
    Article = 1 << 2,

    /// <summary><c>&lt;main&gt;</c>.</summary>
    Main = 1 << 3,

    /// <summary><c>&lt;h1&gt;</c>.</summary>
    H1 = 1 << 4,

    /// <summary><c>&lt;pre&gt;</c> or <c>&lt;code&gt;</c>: never a byline.</summary>
    Code = 1 << 5,

    /// <summary><c>&lt;time&gt;</c>.</summary>
    Time = 1 << 6,

    /// <summary>A script, a form or the like: the date scanner reads nothing in it.</summary>
    Undated = 1 << 7,

    /// <summary><c>&lt;nav&gt;</c>.</summary>
    Nav = 1 << 8,

    /// <summary><c>&lt;blockquote&gt;</c>.</summary>
    Quote = 1 << 9,

    /// <summary><c>&lt;footer&gt;</c> or <c>&lt;aside&gt;</c>: foreign outside an article.</summary>
    FooterOrAside = 1 << 10,

    /// <summary><c>&lt;body&gt;</c> or <c>&lt;html&gt;</c>: never a foreign container, whatever its class says.</summary>
    Root = 1 << 11,
}

/// <summary>
/// The name tests of the body walk's readers in one lookup per element: each reader compared the element's name with
/// its own few names, a dozen string comparisons an element in all.
/// </summary>
internal static class ElementNames
{
    private static readonly NameTable<NameKinds> Table = new(Build());

    public static NameKinds Of(string name) => Table.Of(name);

    private static Dictionary<string, NameKinds> Build()
    {
        var kinds = new Dictionary<string, NameKinds>(StringComparer.Ordinal);
        void Set(NameKinds kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Set(NameKinds.Line, "div", "p", "span", "li", "em", "strong", "small", "address", "h2", "h3", "h4", "h5", "h6", "b", "i", "font", "a");
        Set(NameKinds.Link, "a");
        Set(NameKinds.Article, "article");
        Set(NameKinds.Main, "main");
        Set(NameKinds.H1, "h1");
        Set(NameKinds.Code, "pre", "code");
        Set(NameKinds.Time, "time");
        Set(NameKinds.Undated, "script", "style", "noscript", "template", "svg", "select", "iframe", "form");
        Set(NameKinds.Nav, "nav");
        Set(NameKinds.Quote, "blockquote");
        Set(NameKinds.FooterOrAside, "footer", "aside");
        Set(NameKinds.Root, "body", "html");
        return kinds;
    }
}
