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
    private static readonly (string Name, NameKinds Kinds)[] Named =
    [
        .. Each(NameKinds.Line, "div", "p", "span", "li", "em", "strong", "small", "address", "h2", "h3", "h4", "h5", "h6", "b", "i", "font"),
        ("a", NameKinds.Line | NameKinds.Link),
        ("article", NameKinds.Article),
        ("main", NameKinds.Main),
        ("h1", NameKinds.H1),
        .. Each(NameKinds.Code, "pre", "code"),
        ("time", NameKinds.Time),
        .. Each(NameKinds.Undated, "script", "style", "noscript", "template", "svg", "select", "iframe", "form"),
        ("nav", NameKinds.Nav),
        ("blockquote", NameKinds.Quote),
        .. Each(NameKinds.FooterOrAside, "footer", "aside"),
        .. Each(NameKinds.Root, "body", "html"),
    ];

    // A slot per name, by its length and two of its characters (no two of the names above share one: checked when built);
    // a name is then compared with the one name of its slot, by reference first (AngleSharp gives known elements the
    // very strings of these literals), where a switch over the names cost 2% of the metadata stage.
    private const int Slots = 256;
    private static readonly string?[] SlotNames = new string?[Slots];
    private static readonly NameKinds[] SlotKinds = Build();

    public static NameKinds Of(string name)
    {
        if (name.Length == 0)
        {
            return NameKinds.None;
        }

        var slot = Slot(name);
        var known = SlotNames[slot];
        return ReferenceEquals(known, name) || string.Equals(known, name, StringComparison.Ordinal) ? SlotKinds[slot] : NameKinds.None;
    }

    private static int Slot(string name) => (name.Length + name[0] + (name[name.Length / 2] * 7)) & (Slots - 1);

    private static NameKinds[] Build()
    {
        var kinds = new NameKinds[Slots];
        foreach (var (name, kind) in Named)
        {
            var slot = Slot(name);
            if (SlotNames[slot] is { } other)
            {
                throw new InvalidOperationException($"Element names '{other}' and '{name}' share a slot: change ElementNames.Slot.");
            }

            SlotNames[slot] = name;
            kinds[slot] = kind;
        }

        return kinds;
    }

    private static (string, NameKinds)[] Each(NameKinds kinds, params string[] names) => Array.ConvertAll(names, name => (name, kinds));
}
