namespace ArticleExtract.Metadata;

/// <summary>What an element's name tells the body walk's readers (<see cref="BodyWalk"/>), read once per element.</summary>
[Flags]
internal enum NameKinds
{
    None = 0,

    /// <summary>An element a byline line stands in (<see cref="BylineCandidates"/>): a paragraph, a span, a link, a subheading, small print.</summary>
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
/// The name tests of the body walk's readers in one switch per element: each reader compared the element's name with
/// its own few names, a dozen string comparisons an element in all.
/// </summary>
internal static class ElementNames
{
    public static NameKinds Of(string name) => name switch
    {
        "div" or "p" or "span" or "li" or "em" or "strong" or "small" or "address" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "b" or "i" or "font" => NameKinds.Line,
        "a" => NameKinds.Line | NameKinds.Link,
        "article" => NameKinds.Article,
        "main" => NameKinds.Main,
        "h1" => NameKinds.H1,
        "pre" or "code" => NameKinds.Code,
        "time" => NameKinds.Time,
        "script" or "style" or "noscript" or "template" or "svg" or "select" or "iframe" or "form" => NameKinds.Undated,
        "nav" => NameKinds.Nav,
        "blockquote" => NameKinds.Quote,
        "footer" or "aside" => NameKinds.FooterOrAside,
        "body" or "html" => NameKinds.Root,
        _ => NameKinds.None,
    };
}
