using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Gathers the dates the body states, in one walk: <c>&lt;time&gt;</c> elements (the attribute checked against
/// the element's own text), <c>itemprop</c> dates and date-marked elements' <c>datetime</c>, <c>content</c> or
/// <c>title</c> (hAtom's <c>&lt;abbr title&gt;</c>), and date phrases in short lines of text. Comment threads,
/// sidebars, navigation and quotations are skipped whole, except a container that holds the headline or the article (a theme's "sidebar"
/// that is in fact the main column).
/// </summary>
internal sealed class DateScanner
{
    private readonly IElement? _headline;
    private readonly PageLayout _layout;
    private readonly IElement? _articleScope;
    private readonly string? _language;
    private readonly List<(DateCandidate Candidate, int Order, IElement? Element)> _found = [];

    // The element the text or markup being read stands in: where each candidate was found (ListDates). For a text node
    // the node itself is kept and its parent asked only when a date is found there (Add): AngleSharp's ParentElement
    // tests the parent against IElement, a search of its interfaces, and most text holds no date.
    private IElement? _source;
    private INode? _sourceText;
    private readonly List<(ArticleDate Date, DateRole Role, bool Named, bool Stated)> _phrases = [];
    private readonly Stack<(IElement Element, DateRole Role)> _marked = new();

    // The last readings of FindPhrases, oldest overwritten first.
    private readonly (string Text, string Before, (ArticleDate Date, DateRole Role, bool Named, bool Stated)[]? Found)[] _recent = new (string, string, (ArticleDate, DateRole, bool, bool)[]?)[4];
    private int _recentNext;

    // The last lines' full dates (DatePhrases.Dates), whatever text came before them: the same line is read again after
    // another text (a date line whole, then its <time>; a piece alone, then as a text node), and each reading ran the regex.
    private readonly (string? Text, DatePhrases.Dated[] Dates)[] _recentDates = new (string?, DatePhrases.Dated[])[4];
    private int _recentDatesNext;
    private int _order;
    private int _headlineOrder = -1;
    private bool _proseSeen;
    private int _bylineOrder;

    // The pieces Pieces reads, one list for every element it reads (it is not reentered): a list per call was most of its
    // garbage, and most calls end before a date is looked for.
    private readonly List<string> _pieceTexts = new(MetadataThresholds.MaxDatePieces);

    // The date-marked element whose pieces were read as one date (Pieces): elements inside it are not read so again.
    private IElement? _pieces;

    // The column beside the article being read for its labelled publication date alone (EntersMetaColumn).
    private IElement? _metaColumn;

    // In a shared walk (BodyWalk) a declined thread container's opening post is looked for as the walk passes it,
    // not by a search of its own: see DeferOpeningPosts.
    private bool _deferOpeningPosts;
    private int _inArticle;
    private int _inTime;
    private const int PreviousLength = 40;
    private (string Source, int Start, int Length) _previous = (string.Empty, 0, 0);
    private string? _previousText = string.Empty;

    private DateScanner(IElement? headline, IElement? articleScope, string? language)
    {
        _headline = headline;
        _articleScope = articleScope;
        _language = language;
        _layout = new PageLayout(headline, articleScope);
    }

    /// <summary>The body's date candidates, with their distance to <paramref name="headline"/>, in a walk of their own
    /// (the metadata reader shares it with the byline candidates, <see cref="BodyWalk"/>).</summary>
    public static List<DateCandidate> Scan(IElement body, IElement? headline, IElement? articleScope, string? language)
    {
        var scanner = Start(headline, articleScope, language);
        var walk = new Walk(scanner);
        DomWalker.Walk(body, ref walk);
        return scanner.Candidates();
    }

    /// <summary>A scanner to be fed by a walk of the body: <see cref="EnterElement"/> or <see cref="EnterNonElement"/> for
    /// every node reached, <see cref="ExitElement"/> for every element it let the walk descend into, then <see cref="Candidates"/>.</summary>
    internal static DateScanner Start(IElement? headline, IElement? articleScope, string? language) => new(headline, articleScope, language);

    /// <summary>
    /// Lets the walk that feeds this scanner find a declined thread container's opening post itself: <see cref="EnterElement"/>
    /// then only sets <see cref="OpeningPostWanted"/>, and the walk feeds the first of the container's first
    /// <see cref="MetadataThresholds.MaxOpeningPostSearch"/> elements that <see cref="IsOpeningPost"/> accepts, subtree and
    /// all, as the search would have. Why: the walk reads those elements anyway for the bylines, and a search of its own
    /// per comment list, sidebar and menu read up to 200 elements twice.
    /// </summary>
    internal void DeferOpeningPosts() => _deferOpeningPosts = true;

    /// <summary>Set when the last element declined is a thread container whose opening post the feeding walk must look for; read once.</summary>
    internal bool OpeningPostWanted { get; private set; }

    /// <summary>Whether an element's class or id marks a thread's opening post.</summary>
    internal static bool IsOpeningPost(in ElementMarks marks) => ((marks.ClassWords | marks.IdWords) & ClassWordFlags.OpeningPost) != 0;

    /// <summary>Reads and clears <see cref="OpeningPostWanted"/>.</summary>
    internal bool TakeOpeningPostWanted()
    {
        var wanted = OpeningPostWanted;
        OpeningPostWanted = false;
        return wanted;
    }

    /// <summary>The date candidates found, with their distance to the headline.</summary>
    internal List<DateCandidate> Candidates()
    {
        var result = new List<DateCandidate>(_found.Count);
        var listed = DateLists.ItemDates(_found, _headline, _articleScope);
        for (var i = 0; i < _found.Count; i++)
        {
            if (listed is not null && listed[i])
            {
                continue;
            }

            var (candidate, order, _) = _found[i];
            var distance = _headlineOrder < 0 ? int.MaxValue : order - _headlineOrder;
            result.Add(candidate with { Distance = distance });
        }

        DateLists.RemoveEntryRuns(result);
        return result;
    }

    /// <summary>
    /// Reads an element the walk reached, with its <paramref name="marks"/> as the walk read them (once, for every
    /// consumer of the shared walk, <see cref="BodyWalk"/>); false when its subtree holds nothing for the dates (skipped whole).
    /// </summary>
    internal bool EnterElement(Element e, in ElementMarks marks) => Admits(marks.Kinds) && Read(e, marks);

    // The walk has gathered its quota of candidates or passed its quota of elements: nothing more is read.
    private bool Spent => _found.Count >= MetadataThresholds.MaxDateCandidates || _order >= MetadataThresholds.MaxElementsWalked;

    /// <summary>Reads a node the walk reached that is no element (a text, a comment).</summary>
    internal bool EnterNonElement(INode node)
    {
        if (!Spent && node.NodeType == NodeType.Text && _inTime == 0)
        {
            // Most text nodes are the white space between elements, which Text reads as nothing: their parent is not asked for.
            var raw = node.TextContent;
            if (!raw.AsSpan().IsWhiteSpace())
            {
                _sourceText = node;
                Text(raw);
            }
        }

        return false;
    }

    /// <summary>Whether an element is read at all: not once the quotas are spent, never a script, a form or the like.</summary>
    private bool Admits(NameKinds kinds) => !Spent && (kinds & NameKinds.Undated) == 0;

    /// <summary>Reads an element <see cref="Admits"/> let in; false when its subtree is skipped whole.</summary>
    private bool Read(Element e, in ElementMarks marks)
    {
        _order++;
        _source = e;
        _sourceText = null;
        if (e == _headline)
        {
            _headlineOrder = _order;
            _proseSeen = false;
        }

        var words = marks.ClassWords | marks.IdWords;
        if ((IsForeignContainer(e, marks.Kinds, words) && !_layout.Holds(e) && !EntersMetaColumn(e, marks.Kinds, words)) || IsMetaColumnCard(e))
        {
            // A thread whose replies container also holds the opening post: that one post's dates are the page's.
            if ((words & ClassWordFlags.ForeignDates) != 0 && _deferOpeningPosts)
            {
                OpeningPostWanted = true;
            }
            else if ((words & ClassWordFlags.ForeignDates) != 0 && OpeningPost(e) is { } opening)
            {
                var walk = new Walk(this);
                DomWalker.Walk(opening, ref walk);
            }

            return false;
        }

        if (e == _articleScope)
        {
            _inArticle++;
        }

        var classRole = ClassRole(words);
        if (classRole is { } marked)
        {
            _marked.Push((e, marked));
        }

        Markup(e, marks.Attributes, marks.Kinds, classRole);
        return true;
    }

    /// <summary>
    /// The date an element's markup states: a <c>&lt;time&gt;</c>, an <c>itemprop</c> or RDFa <c>property</c>, a
    /// date-marked element's attribute or pieces, else an attribute that hints at one (<see cref="Hinted"/>).
    /// </summary>
    private void Markup(Element e, in MarkAttributes attributes, NameKinds kinds, DateRole? classRole)
    {
        var propRole = ItempropRole(attributes.ItemProp ?? attributes.Property);
        if ((kinds & NameKinds.Time) != 0)
        {
            _inTime++;
            Time(e, classRole ?? CurrentRole(), propRole);
            return;
        }

        if (propRole is { } itemRole)
        {
            Attribute(e, itemRole, allowText: true);
            return;
        }

        if (classRole is not null && attributes.HasDateValue)
        {
            Attribute(e, classRole.Value, allowText: false);
            return;
        }

        if (classRole is not null && _pieces is null && e.ChildElementCount > 0)
        {
            Pieces(e, classRole.Value);
        }
        // Nearness first: AngleSharp counts the child elements by reading every child, and most elements are far from both.
        else if (classRole is null && _pieces is null && NearHeadlineOrByline() && e.ChildElementCount > 1)
        {
            Pieces(e, marked: null);
        }

        if (attributes.HasDateValue || attributes.DataDate is not null)
        {
            Hinted(e, attributes.DataDate);
        }
    }

    /// <summary>
    /// A date an element keeps in an attribute no date markup names: a script's own element (<c>&lt;relative-time
    /// datetime&gt;</c>), a tooltip with the full date over "3 days ago" (<c>&lt;span title="March 5, 2021 10:15"&gt;</c>,
    /// hAtom's <c>&lt;abbr title&gt;</c> without its class), a <c>data-*</c> attribute named for a date. The page's own
    /// date, read as a hint (<see cref="DateCandidate.Hint"/>): it counts near the headline only. Edits (<c>&lt;ins&gt;</c>,
    /// <c>&lt;del&gt;</c>), images and calendar cells are not read.
    /// </summary>
    private void Hinted(Element e, string? dataName)
    {
        if (e.LocalName is "ins" or "del" or "img" or "iframe" or "td" or "th" or "option" or "button" or "input" or "meta" or "link")
        {
            return;
        }

        var role = CurrentRole();
        var date = DateParser.Parse(e.GetAttribute("datetime"), _language);
        if (date is null && e.GetAttribute("title") is { } title && DateParser.LooksLikeDate(title))
        {
            date = DateParser.Parse(title.Trim().TrimEnd('.', ','), _language);
        }

        if (date is null && dataName is not null && DateParser.Parse(e.GetAttribute(dataName), _language) is { } data)
        {
            date = data;
            role = DataRole(dataName) ?? role;
        }

        if (date is { } d)
        {
            Add(d, role, DateSource.Attribute, hint: true);
        }
    }

    /// <summary>The role a <c>data-*</c> attribute's name gives its date ("data-published", "data-modified"), or null.</summary>
    private static DateRole? DataRole(string name) =>
        name.Contains("modified", StringComparison.Ordinal) || name.Contains("updated", StringComparison.Ordinal) ? DateRole.Modified
            : name.Contains("publish", StringComparison.Ordinal) || name.Contains("created", StringComparison.Ordinal) || name.Contains("posted", StringComparison.Ordinal) ? DateRole.Published
            : null;

    /// <summary>Leaves an element the scanner let the walk descend into.</summary>
    internal void ExitElement(Element e)
    {
        if (_marked.Count > 0 && _marked.Peek().Element == e)
        {
            _marked.Pop();
        }

        if (e == _articleScope)
        {
            _inArticle--;
        }

        if (e.LocalName == "time")
        {
            _inTime--;
        }

        if (ReferenceEquals(_pieces, e))
        {
            _pieces = null;
        }

        if (ReferenceEquals(_metaColumn, e))
        {
            _metaColumn = null;
        }
    }

    /// <summary>A card or a list item in the meta column: another post's teaser, with its own "Posted" line.</summary>
    private bool IsMetaColumnCard(Element e) => _metaColumn is not null && e.LocalName is "article" or "li";

    /// <summary>
    /// Whether a foreign container is a column beside the article, marked so by a sidebar word and nothing else, on a
    /// page with a headline: read then (<see cref="_metaColumn"/>) for the one date that matters there, the publication
    /// the page labels in its meta column ("Published" over "July 8, 2025").
    /// </summary>
    private bool EntersMetaColumn(Element e, NameKinds kinds, ClassWordFlags words)
    {
        if (_headline is null || (words & (ClassWordFlags.SidebarDates | ClassWordFlags.ForeignDates)) != ClassWordFlags.SidebarDates
            || IsForeignElement(e, kinds))
        {
            return false;
        }

        // A part of the column named after it ("sidebar-top", "sidebar-bottom") is read as the column is.
        _metaColumn ??= e;
        return true;
    }

    /// <summary>
    /// A date set out in pieces in a date-marked element: a calendar badge (<c>&lt;span&gt;29&lt;/span&gt;&lt;span&gt;Jun&lt;/span&gt;&lt;span&gt;2019&lt;/span&gt;</c>),
    /// an icon between day and month. No text node holds it whole, so the text nodes read alone find nothing; the element's
    /// text, its pieces joined by spaces as the reader sees them set apart, holds it. Read only when the pieces alone give
    /// fewer dates than their whole, and only for a short element (a date line, not a block that holds one).
    /// An element no class marks for a date (<paramref name="marked"/> null) is read so only near the headline or a
    /// byline, only when it holds inline elements alone, and only as the page writes it (<see cref="UnmarkedWhole"/>).
    /// </summary>
    private void Pieces(IElement e, DateRole? marked)
    {
        var pieces = _pieceTexts;
        pieces.Clear();
        var budget = MetadataThresholds.MaxDatePieceNodes;
        if (!CollectPieces(e, pieces, ref budget, inlineOnly: marked is null) || (marked is null && pieces.Count < 2))
        {
            return;
        }

        var whole = marked is null ? UnmarkedWhole(e, pieces) : Joined(pieces);
        if (whole.Length > MetadataThresholds.MaxDateLineLength || !DatePhrases.MayHoldDate(whole) || (marked is null && DatePhrases.IsSentence(whole)))
        {
            return;
        }

        // The whole first: when it holds no more dates than the pieces read so far, the rest need no reading.
        FindPhrases(whole, PreviousText);
        if (_phrases.Count == 0)
        {
            return;
        }

        var fromWhole = _phrases.ToArray();
        var alone = 0;
        foreach (var piece in pieces)
        {
            if (alone >= fromWhole.Length)
            {
                return;
            }

            if (DatePhrases.MayHoldDate(piece))
            {
                FindPhrases(piece, string.Empty);
                alone += _phrases.Count;
            }
        }

        if (fromWhole.Length <= alone)
        {
            return;
        }

        _pieces = e;
        var label = marked ?? DateRole.Unknown;
        foreach (var (date, role, named, stated) in fromWhole)
        {
            Add(date, role == DateRole.Unknown ? label : role, DateSource.Visible, named, stated || (role == DateRole.Unknown && label != DateRole.Unknown));
        }
    }

    /// <summary>Whether the element being read stands just after the headline or a byline line, where a page's date line stands.</summary>
    private bool NearHeadlineOrByline() =>
        (_headlineOrder >= 0 && _order - _headlineOrder <= MetadataThresholds.SplitDateAfterHeadline)
        || (_bylineOrder > 0 && _order - _bylineOrder <= MetadataThresholds.DateAfterByline);

    /// <summary>
    /// The text of an element no class marks for a date, as a reader sees it: its text as the page writes it, the spaces
    /// and commas between the pieces its own (<c>&lt;span&gt;March&lt;/span&gt; &lt;span&gt;5&lt;/span&gt;, &lt;span&gt;2021&lt;/span&gt;</c>);
    /// the pieces joined by spaces only when their own classes name them day, month and year. Numbers side by side
    /// with nothing between them (a row of figures) read as no date.
    /// </summary>
    private static string UnmarkedWhole(IElement e, List<string> pieces)
    {
        var named = 0;
        foreach (var child in e.Children)
        {
            if (NamesDatePiece(child.GetAttribute("class")))
            {
                named++;
            }
        }

        if (named >= 2)
        {
            return Joined(pieces);
        }

        var text = string.Join(' ', ElementText.Of(e).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Abutting(text, pieces) ? string.Empty : text;
    }

    /// <summary>Whether two pieces of <paramref name="text"/> meet letter to letter or digit to digit with nothing between them ("5" "Mar" "2021" as "5Mar2021").</summary>
    private static bool Abutting(string text, List<string> pieces)
    {
        var position = 0;
        foreach (var piece in pieces)
        {
            var start = text.IndexOf(piece, position, StringComparison.Ordinal);
            if (start < 0)
            {
                return false;
            }

            if (start > 0 && start == position && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(piece[0]))
            {
                return true;
            }

            position = start + piece.Length;
        }

        return false;
    }

    /// <summary>Whether a class value has a word naming a part of a date ("day", "month", "year").</summary>
    private static bool NamesDatePiece(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            foreach (var piece in MetadataLexicon.DatePieceClassWords)
            {
                if (word.Equals(piece, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Fills <see cref="_phrases"/> with the date phrases of <paramref name="text"/> read after <paramref name="before"/>
    /// (<see cref="DatePhrases.Find"/>), or with what the same reading found when it is one of the last few: a
    /// date-marked element's whole line, a <c>&lt;time&gt;</c> inside it and its text node are the same line read after
    /// the same text, and nested date-marked elements read the same pieces again; each reading ran the date-phrase regex.
    /// </summary>
    private void FindPhrases(string text, string before)
    {
        _phrases.Clear();
        foreach (var (recentText, recentBefore, found) in _recent)
        {
            if (found is not null && string.Equals(recentText, text, StringComparison.Ordinal) && string.Equals(recentBefore, before, StringComparison.Ordinal))
            {
                _phrases.AddRange(found);
                return;
            }
        }

        DatePhrases.Label(text, before, _language, DatesOf(text), _phrases);
        _recent[_recentNext] = (text, before, _phrases.ToArray());
        _recentNext = (_recentNext + 1) % _recent.Length;
    }

    /// <summary>The full dates of a line (<see cref="DatePhrases.Dates"/>), kept for the last few lines.</summary>
    private DatePhrases.Dated[] DatesOf(string text)
    {
        foreach (var (recentText, dates) in _recentDates)
        {
            if (string.Equals(recentText, text, StringComparison.Ordinal))
            {
                return dates;
            }
        }

        var found = DatePhrases.Dates(text, _language);
        _recentDates[_recentDatesNext] = (text, found);
        _recentDatesNext = (_recentDatesNext + 1) % _recentDates.Length;
        return found;
    }

    /// <summary>The pieces joined by a space, but for a comma or a full stop, which keeps to the piece before it ("Jun 29, 2019").</summary>
    private static string Joined(List<string> pieces)
    {
        var builder = BuilderCache.Acquire();
        foreach (var piece in pieces)
        {
            if (builder.Length > 0 && piece[0] is not (',' or '.'))
            {
                builder.Append(' ');
            }

            builder.Append(piece);
        }

        return BuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>
    /// The non-empty text nodes of <paramref name="e"/>, trimmed; false when there are too many for a date line, or more
    /// nodes than <paramref name="budget"/> (which also bounds the depth of the recursion on a deeply nested page).
    /// </summary>
    private static bool CollectPieces(IElement e, List<string> pieces, ref int budget, bool inlineOnly = false)
    {
        foreach (var child in e.ChildNodes)
        {
            if (--budget < 0)
            {
                return false;
            }

            if (child is IText text)
            {
                // A text longer than a date line makes the element a block that holds text, not a date set out in pieces.
                if (text.Data.Length > MetadataThresholds.MaxDateLineLength)
                {
                    return false;
                }

                var t = text.Data.Trim();
                if (t.Length > 0)
                {
                    if (pieces.Count == MetadataThresholds.MaxDatePieces)
                    {
                        return false;
                    }

                    pieces.Add(t);
                }
            }
            else if (child is IElement inner && inlineOnly && !IsInlinePiece(inner))
            {
                return false;
            }
            else if (child is IElement other && other.LocalName is not ("script" or "style" or "noscript" or "template" or "svg") && !CollectPieces(other, pieces, ref budget, inlineOnly))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An element a date line sets its pieces in: a span, a link, emphasis, an icon; not a block, a time or a list.</summary>
    private static bool IsInlinePiece(IElement e) =>
        e.LocalName is "span" or "a" or "b" or "strong" or "em" or "i" or "small" or "abbr" or "font" or "sup" or "br";

    /// <summary>The first element among the first few in <paramref name="container"/> whose class or id marks a thread's opening post.</summary>
    private static IElement? OpeningPost(IElement container)
    {
        var seen = 0;
        foreach (var child in DomWalker.Descendants(container))
        {
            if (++seen > MetadataThresholds.MaxOpeningPostSearch)
            {
                break;
            }

            if (IsOpeningPost(ElementMarks.Of(child)))
            {
                return child;
            }
        }

        return null;
    }

    private DateRole CurrentRole() => _marked.Count > 0 ? _marked.Peek().Role : DateRole.Unknown;

    private void Text(string raw)
    {
        var span = raw.AsSpan().Trim();
        if (span.Length == 0)
        {
            return;
        }

        // Most text holds no year: only a line that may hold a date is made a string of its own.
        if (span.Length <= MetadataThresholds.MaxDateLineLength && DatePhrases.MayHoldAnyDate(span))
        {
            var text = span.ToString();
            FindPhrases(text, PreviousText);
            // A date alone in its own element just after a byline line ("Written by Jane Doe" / "April 8, 2024") is
            // that byline's: the article's publication, stated by the page, wherever the pair stands.
            var afterByline = _phrases.Count == 1 && _phrases[0].Role == DateRole.Unknown && _bylineOrder > 0
                && _order - _bylineOrder <= MetadataThresholds.DateAfterByline && DatePhrases.StandsAlone(text);
            var sentence = DatePhrases.IsSentence(text);
            foreach (var (date, role, named, stated) in _phrases)
            {
                var marked = CurrentRole();
                if (afterByline && marked == DateRole.Unknown)
                {
                    Add(date, DateRole.Published, DateSource.Visible, named, stated: true);
                    continue;
                }

                if (sentence && role == DateRole.Unknown && marked == DateRole.Unknown)
                {
                    // "The law takes effect on January 1, 2022, officials said.": a date the prose tells of, not the page's.
                    continue;
                }

                Add(date, role == DateRole.Unknown ? marked : role, DateSource.Visible, named, stated || (role == DateRole.Unknown && marked != DateRole.Unknown));
            }
        }
        else if (span.Length <= MetadataThresholds.MaxBylineLength && BylineFinder.OpensWithBylineWord(span))
        {
            _bylineOrder = _order;
        }
        else if (span.Length > MetadataThresholds.MaxDateLineLength && !_proseSeen)
        {
            // Only the first paragraph of prose (after the headline, when there is one) can open with the report's dateline.
            _proseSeen = true;
            if (DatePhrases.Dateline(span, _language) is { } dateline)
            {
                Add(dateline, DateRole.Unknown, DateSource.Dateline);
            }
        }

        // The label of a date often stands in its own element just before it ("<span>Updated</span> <time>…").
        var start = span.Length <= PreviousLength ? 0 : span.Length - PreviousLength;
        _previous = (raw, raw.Length - raw.AsSpan().TrimStart().Length + start, Math.Min(span.Length, PreviousLength));
        _previousText = null;
    }

    /// <summary>The last characters of the last text read, made a string only when a date needs it.</summary>
    private string PreviousText => _previousText ??= _previous.Source.Substring(_previous.Start, _previous.Length);

    private ReadOnlySpan<char> PreviousSpan => _previous.Source.AsSpan(_previous.Start, _previous.Length);

    /// <summary>
    /// A <c>&lt;time&gt;</c>: its own text is what the reader sees, so a full date there wins over a disagreeing
    /// <c>datetime</c>; the attribute adds the time and offset when both name the same day.
    /// </summary>
    private void Time(Element time, DateRole role, DateRole? itempropRole)
    {
        // A role from the markup (a class, itemprop, pubdate) is the page's own label.
        var stated = role != DateRole.Unknown;
        if (role == DateRole.Unknown && time.HasAttribute("pubdate"))
        {
            role = DateRole.Published;
        }

        if (role == DateRole.Unknown && itempropRole is { } itemRole)
        {
            role = itemRole;
        }

        stated |= role != DateRole.Unknown;

        var attribute = DateParser.Parse(time.GetAttribute("datetime"), _language);
        var text = ElementText.Of(time).Trim();
        ArticleDate? shown = null;
        var named = false;
        if (text.Length is > 0 and <= MetadataThresholds.MaxDateLineLength && DatePhrases.MayHoldAnyDate(text))
        {
            FindPhrases(text, PreviousText);
            if (_phrases.Count > 0)
            {
                shown = _phrases[0].Date;
                named = _phrases[0].Named;
                if (role == DateRole.Unknown)
                {
                    role = _phrases[0].Role;
                    stated = _phrases[0].Stated;
                }
            }
        }

        if (shown is null && text.Length <= MetadataThresholds.MaxDateLineLength && DatePhrases.AfterMemberLabel(PreviousSpan))
        {
            // "Joined: <time datetime=…>": a member's join date in a post's profile.
            return;
        }

        if (role == DateRole.Unknown)
        {
            role = DatePhrases.RoleOf(PreviousSpan, out _, out var labelEnd);
            stated = role != DateRole.Unknown && DatePhrases.EndsWithLabel(PreviousSpan, labelEnd);
        }

        if (shown is { } s)
        {
            Add(attribute is { } a && a.Date == s.Date && (s.Time is null || s.Time == a.Time) ? a : s, role, DateSource.Visible, named, stated);
        }
        else if (attribute is { } a)
        {
            Add(a, role, DateSource.Attribute);
        }
    }

    private void Attribute(Element e, DateRole role, bool allowText)
    {
        var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.GetAttribute("title");
        if (DateParser.Parse(value, _language) is { } date)
        {
            Add(date, role, DateSource.Attribute);
        }
        else if (allowText && e.LocalName != "meta" && e.ChildElementCount <= 3 && MetadataReader.Clean(ElementText.Of(e)) is { Length: <= MetadataThresholds.MaxDateLineLength } text
            && DateParser.Parse(DatelineWords.StripLabel(text), _language) is { } shown)
        {
            Add(shown, role, DateSource.Visible, stated: role != DateRole.Unknown);
        }
    }

    private void Add(ArticleDate date, DateRole role, DateSource source, bool named = false, bool stated = false, bool hint = false)
    {
        // In a column beside the article only a labelled publication near the headline is the article's; the other
        // dates there are the items' of a list (recent posts, events), and a label far below the headline is one of theirs.
        if (_metaColumn is not null && (source != DateSource.Visible || role != DateRole.Published || !stated
            || (_headlineOrder >= 0 && _order - _headlineOrder > MetadataThresholds.ElementsAfterHeadline)))
        {
            return;
        }

        // Before the headline only its near neighbours matter: a long teaser list above it would fill the quota.
        if (_headlineOrder < 0 && _headline is not null && _found.Count >= MetadataThresholds.MaxDateCandidates / 2)
        {
            _found.RemoveAt(0);
        }

        var where = _sourceText is { } text ? text.ParentElement : _source;
        _found.Add((new DateCandidate(date, role, source, 0, _inArticle > 0) { NamedMonth = named, Stated = stated, Hint = hint }, _order, where));
    }

    /// <summary>
    /// Navigation, a footer or aside outside the article, a container whose class names other items (comments, related),
    /// and a quotation: an embedded post ("— Team (@team) October 31, 2021") or a quoted message carries the date of what
    /// it quotes, never the article's.
    /// </summary>
    private static bool IsForeignContainer(Element e, NameKinds kinds, ClassWordFlags words) =>
        IsForeignElement(e, kinds) || (words & (ClassWordFlags.ForeignDates | ClassWordFlags.SidebarDates)) != 0;

    /// <summary>Navigation, a quotation, and a footer or aside outside the article: foreign by their element alone.</summary>
    private static bool IsForeignElement(Element e, NameKinds kinds) =>
        (kinds & (NameKinds.Nav | NameKinds.Quote)) != 0 || ((kinds & NameKinds.FooterOrAside) != 0 && !BylineFinder.InArticle(e));

    /// <summary>
    /// The role a microdata <c>itemprop</c> or an RDFa <c>property</c> names: schema.org's "datePublished", "dateModified",
    /// Dublin Core's "dcterms:issued", "dcterms:modified", Open Graph's "article:published_time".
    /// </summary>
    private static DateRole? ItempropRole(string? prop) =>
        prop is null ? null
            : prop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) || prop.Contains("dcterms:modified", StringComparison.OrdinalIgnoreCase)
                || prop.Contains("modified_time", StringComparison.OrdinalIgnoreCase) ? DateRole.Modified
            : prop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || prop.Contains("dateCreated", StringComparison.OrdinalIgnoreCase)
                || prop.Contains("dcterms:issued", StringComparison.OrdinalIgnoreCase) || prop.Contains("dcterms:created", StringComparison.OrdinalIgnoreCase)
                || prop.Contains("published_time", StringComparison.OrdinalIgnoreCase) ? DateRole.Published
            : null;

    /// <summary>The role a class or id gives an element ("updated", "published", "date"), or null when it names no date.</summary>
    private static DateRole? ClassRole(ClassWordFlags words) =>
        (words & ClassWordFlags.Updated) != 0 ? DateRole.Modified
            : (words & ClassWordFlags.Published) != 0 ? DateRole.Published
            : (words & ClassWordFlags.Date) != 0 ? DateRole.Unknown
            : null;

    /// <summary>The scanner as the visitor of a walk of its own.</summary>
    private readonly struct Walk(DateScanner scanner) : IDomVisitor
    {
        public bool EnterElement(Element element)
        {
            // The name first: a script or a form is passed over before its attributes are read.
            var kinds = ElementNames.Of(element.LocalName);
            return scanner.Admits(kinds) && scanner.Read(element, ElementMarks.Of(element, kinds));
        }

        public bool EnterOther(INode node) => scanner.EnterNonElement(node);

        public void Exit(Element element) => scanner.ExitElement(element);
    }
}
