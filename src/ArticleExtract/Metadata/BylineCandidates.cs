using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// What <see cref="BylineFinder"/> reads, gathered in one walk of the body: the elements marked as bylines or author
/// boxes and the lines that open like a byline ("By …"), each with its place in document order, outside comment
/// threads, sidebars and other foreign containers (known from the walk's own stack, not from an ancestor walk per
/// element); and the places of the scopes it reads them in: the headline's article, the page's main element, the body.
/// </summary>
internal sealed class BylineCandidates
{
    private const byte OpenForeign = 1;
    private const byte OpenForeignBox = 2;
    private const byte OpenArticle = 4;
    private const byte OpenCode = 8;

    private readonly Stack<byte> _open = new();

    // The containers of the headline and of the article: never foreign, whatever their class says.
    private readonly PageLayout _layout;
    private readonly List<Scope> _articles = [];
    private int _order;
    private int _seen;
    private int _foreign;
    private int _foreignBox;
    private int _code;
    private bool _h1Seen;
    private int _articleCount;
    private Scope _firstArticle;

    private BylineCandidates(IElement? headline, IElement? articleScope)
    {
        _layout = new PageLayout(headline, articleScope);
    }

    /// <summary>A subtree by its element's place in document order: it holds the orders after its own, up to its end.</summary>
    /// <param name="Element">The element; null when the page has none.</param>
    /// <param name="Start">The element's own order.</param>
    /// <param name="End">The first order after its subtree.</param>
    /// <param name="SeenBefore">How many marked-or-attributed elements came up to and with the element itself.</param>
    internal readonly record struct Scope(IElement? Element, int Start, int End, int SeenBefore)
    {
        public bool Holds(int order) => order > Start && order < End;
    }

    /// <summary>An element marked as a byline or an author box.</summary>
    /// <param name="Element">The element.</param>
    /// <param name="Order">Its place in document order.</param>
    /// <param name="Seen">How many elements with a class, an id or an author mark came up to and with it.</param>
    /// <param name="IsBox">Whether it is a box about the writer rather than the byline itself.</param>
    internal readonly record struct Marking(IElement Element, int Order, int Seen, bool IsBox);

    /// <summary>A short element whose first text opens with a byline word.</summary>
    internal readonly record struct Line(IElement Element, int Order);

    public List<Marking> Marked { get; } = [];

    public List<Line> Lines { get; } = [];

    /// <summary>The <c>&lt;article&gt;</c> around the page's first <c>&lt;h1&gt;</c>; on a page without one, its only <c>&lt;article&gt;</c>.</summary>
    public Scope ArticleOfHeadline { get; private set; }

    /// <summary>The page's first <c>&lt;main&gt;</c>.</summary>
    public Scope Main { get; private set; }

    public Scope Body { get; private set; }

    /// <summary>The candidates of <paramref name="body"/>, in a walk of their own (the metadata reader shares the date scanner's, <see cref="BodyWalk"/>).</summary>
    public static BylineCandidates Collect(IElement body)
    {
        var page = Start(null, null);
        var walk = new Walk(page);
        DomWalker.Walk(body, ref walk);
        page.Finish();
        return page;
    }

    /// <summary>Candidates to be fed by a walk of the body: <c>Enter</c> and <see cref="Exit"/> for every element, then <see cref="Finish"/>.</summary>
    /// <param name="headline">The page's headline, whose containers are never foreign; null when it has none.</param>
    /// <param name="articleScope">The headline's article or the page's main element, whose containers are never foreign.</param>
    internal static BylineCandidates Start(IElement? headline = null, IElement? articleScope = null) => new(headline, articleScope);

    internal void Finish()
    {
        if (!_h1Seen && _articleCount == 1)
        {
            // A headline outside every article leaves the articles to teasers and cards; with no headline, a lone article is the one.
            ArticleOfHeadline = _firstArticle;
        }
    }

    /// <summary>Reads an element the walk reached; the candidates want every element, so the walk always descends.</summary>
    internal bool Enter(Element e) => Enter(e, ElementMarks.Of(e));

    /// <summary>Reads an element with its <paramref name="marks"/>, read once for every consumer of a shared walk.</summary>
    internal bool Enter(Element e, in ElementMarks marks)
    {
        var order = ++_order;
        var (attributes, classWords, idWords) = marks;
        var kinds = marks.Kinds;
        var authorLink = (kinds & NameKinds.Link) != 0 && IsAuthorPage(attributes.Href);
        if (authorLink || attributes.Class is not null || attributes.Id is not null || BylineFinder.HasToken(attributes.Rel, "author") || BylineFinder.HasToken(attributes.ItemProp, "author"))
        {
            _seen++;
            Mark(e, order, classWords | idWords, authorLink || IsMarked(attributes, classWords, idWords));
        }

        // Code is never a byline: "ORDER BY" and "GROUP BY" open lines there.
        // The opening first: AngleSharp counts the child elements by reading every child.
        if (order > 1 && _foreignBox == 0 && _code == 0 && (kinds & NameKinds.Line) != 0
            && BylineFinder.OpensWithBylineWord(BylineFinder.FirstText(e)) && e.ChildElementCount <= 4)
        {
            Lines.Add(new Line(e, order));
        }

        Open(e, marks.Name, kinds, order, classWords, idWords);
        return true;
    }

    private static readonly string[] AuthorPathSegments = Vocabulary.Words("authors", "author-path-segments");

    private static readonly System.Buffers.SearchValues<string> AuthorPathSearch = System.Buffers.SearchValues.Create(AuthorPathSegments, StringComparison.OrdinalIgnoreCase);

    /// <summary>"/author/jane-doe/": a link to the writer's page, the byline of templates that mark it no other way.</summary>
    /// <remarks>Every link of the page comes here, so the href is scanned once, slash by slash, and a segment is compared
    /// only where its first letter follows the slash (the segments are lower case and start with '/').</remarks>
    internal static bool IsAuthorPage(string? href)
    {
        // Most links name no such segment anywhere: one vectorised search rules them out before the slash-by-slash scan.
        if (href is null || href.Length < 10 || href.AsSpan().IndexOfAny(AuthorPathSearch) < 0)
        {
            return false;
        }

        for (var at = href.IndexOf('/'); at >= 0 && at + 1 < href.Length; at = href.IndexOf('/', at + 1))
        {
            var letter = char.ToLowerInvariant(href[at + 1]);
            foreach (var segment in AuthorPathSegments)
            {
                // A name follows the segment: "/author/" alone is the list of all authors.
                var end = at + segment.Length;
                if (segment[1] == letter && end < href.Length && href[end] is not ('?' or '#')
                    && string.Compare(href, at, segment, 0, segment.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsMarked(MarkAttributes attributes, ClassWordFlags classWords, ClassWordFlags idWords) =>
        (attributes.Rel is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (attributes.ItemProp is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (classWords & (ClassWordFlags.Author | ClassWordFlags.NotName)) == ClassWordFlags.Author
        || (idWords & (ClassWordFlags.Author | ClassWordFlags.NotName)) == ClassWordFlags.Author;

    private void Mark(IElement e, int order, ClassWordFlags words, bool marked)
    {
        // "author-box", "about-author", "author-bio": a block about the writer, whose name is its heading or first strong link.
        if ((words & ClassWordFlags.Author) != 0 && (words & ClassWordFlags.Box) != 0)
        {
            if (_foreignBox == 0 && order > 1)
            {
                Marked.Add(new Marking(e, order, _seen, true));
            }
        }
        else if (marked && _foreign == 0 && order > 1)
        {
            Marked.Add(new Marking(e, order, _seen, false));
        }
    }

    private void Open(IElement e, string name, NameKinds kinds, int order, ClassWordFlags classWords, ClassWordFlags idWords)
    {
        var isArticle = (kinds & NameKinds.Article) != 0;
        var foreign = BylineFinder.IsForeignContainer(kinds, classWords, idWords, _articles.Count > 0 || isArticle) && !_layout.Holds(e);
        var code = (kinds & NameKinds.Code) != 0;
        var flags = (byte)((foreign ? OpenForeign : 0) | (foreign && !BylineFinder.OnlyAWidget(name, classWords, idWords) ? OpenForeignBox : 0) | (isArticle ? OpenArticle : 0) | (code ? OpenCode : 0));
        _open.Push(flags);
        _code += code ? 1 : 0;
        _foreign += foreign ? 1 : 0;
        _foreignBox += (flags & OpenForeignBox) != 0 ? 1 : 0;
        var scope = new Scope(e, order, int.MaxValue, _seen);
        if (order == 1)
        {
            Body = scope;
        }

        if (isArticle)
        {
            _articles.Add(scope);
            if (++_articleCount == 1)
            {
                _firstArticle = scope;
            }
        }
        else if ((kinds & NameKinds.Main) != 0 && Main.Element is null)
        {
            Main = scope;
        }
        else if ((kinds & NameKinds.H1) != 0 && !_h1Seen)
        {
            _h1Seen = true;
            ArticleOfHeadline = _articles.Count > 0 ? _articles[^1] : default;
        }
    }

    internal void Exit(IElement e)
    {
        var flags = _open.Pop();
        _foreign -= (flags & OpenForeign) != 0 ? 1 : 0;
        _foreignBox -= (flags & OpenForeignBox) != 0 ? 1 : 0;
        _code -= (flags & OpenCode) != 0 ? 1 : 0;
        var end = _order + 1;
        if ((flags & OpenArticle) != 0)
        {
            _articles.RemoveAt(_articles.Count - 1);
            if (e == _firstArticle.Element)
            {
                _firstArticle = _firstArticle with { End = end };
            }
        }

        if (e == ArticleOfHeadline.Element)
        {
            ArticleOfHeadline = ArticleOfHeadline with { End = end };
        }

        if (e == Main.Element)
        {
            Main = Main with { End = end };
        }
    }

    /// <summary>The candidates as the visitor of a walk of their own.</summary>
    private readonly struct Walk(BylineCandidates page) : IDomVisitor
    {
        public bool EnterElement(Element element) => page.Enter(element);

        public bool EnterOther(INode node) => false;

        public void Exit(Element element) => page.Exit(element);
    }
}
