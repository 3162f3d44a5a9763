using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Gathers the dates the body states, in one walk: <c>&lt;time&gt;</c> elements (the attribute checked against
/// the element's own text), <c>itemprop</c> dates and date-marked elements' <c>datetime</c>, <c>content</c> or
/// <c>title</c> (hAtom's <c>&lt;abbr title&gt;</c>), and date phrases in short lines of text. Comment threads,
/// sidebars and navigation are skipped whole, except a container that holds the headline (a theme's "sidebar"
/// that is in fact the main column).
/// </summary>
internal sealed class DateScanner
{
    private readonly IElement? _headline;
    private readonly HashSet<IElement> _headlineAncestors = [];
    private readonly IElement? _articleScope;
    private readonly string? _language;
    private readonly List<(DateCandidate Candidate, int Order)> _found = [];
    private readonly List<(ArticleDate Date, DateRole Role)> _phrases = [];
    private readonly Stack<(IElement Element, DateRole Role)> _marked = new();
    private int _order;
    private int _headlineOrder = -1;
    private int _inArticle;
    private int _inTime;
    private string _previousText = string.Empty;

    private DateScanner(IElement? headline, IElement? articleScope, string? language)
    {
        _headline = headline;
        _articleScope = articleScope;
        _language = language;
        for (var e = headline; e is not null; e = e.ParentElement)
        {
            _headlineAncestors.Add(e);
        }
    }

    /// <summary>The body's date candidates, with their distance to <paramref name="headline"/>.</summary>
    public static List<DateCandidate> Scan(IElement body, IElement? headline, IElement? articleScope, string? language)
    {
        var scanner = new DateScanner(headline, articleScope, language);
        DomWalker.Walk(body, ref scanner, static (INode node, ref DateScanner s) => s.Enter(node), static (INode node, ref DateScanner s) => s.Exit(node));
        var result = new List<DateCandidate>(scanner._found.Count);
        foreach (var (candidate, order) in scanner._found)
        {
            var distance = scanner._headlineOrder < 0 ? int.MaxValue : order - scanner._headlineOrder;
            result.Add(candidate with { Distance = distance });
        }

        return result;
    }

    private bool Enter(INode node)
    {
        if (_found.Count >= MetadataThresholds.MaxDateCandidates || _order >= MetadataThresholds.MaxElementsWalked)
        {
            return false;
        }

        if (node is not IElement e)
        {
            if (node.NodeType == NodeType.Text && _inTime == 0)
            {
                Text(node.TextContent);
            }

            return false;
        }

        if (e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "iframe" or "form")
        {
            return false;
        }

        _order++;
        if (e == _headline)
        {
            _headlineOrder = _order;
        }

        if (IsForeignContainer(e) && !_headlineAncestors.Contains(e))
        {
            return false;
        }

        if (e == _articleScope)
        {
            _inArticle++;
        }

        var classRole = ClassRole(e);
        if (classRole is { } marked)
        {
            _marked.Push((e, marked));
        }

        if (e.LocalName == "time")
        {
            _inTime++;
            Time(e, classRole ?? CurrentRole());
        }
        else if (ItempropRole(e) is { } itemRole)
        {
            Attribute(e, itemRole, allowText: true);
        }
        else if (classRole is not null && (e.HasAttribute("datetime") || e.HasAttribute("content") || e.HasAttribute("title")))
        {
            Attribute(e, classRole.Value, allowText: false);
        }

        return true;
    }

    private void Exit(INode node)
    {
        if (node is not IElement e)
        {
            return;
        }

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
    }

    private DateRole CurrentRole() => _marked.Count > 0 ? _marked.Peek().Role : DateRole.Unknown;

    private void Text(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length <= MetadataThresholds.MaxDateLineLength && DatePhrases.MayHoldDate(text))
        {
            _phrases.Clear();
            DatePhrases.Find(text, _previousText, _language, _phrases);
            foreach (var (date, role) in _phrases)
            {
                Add(date, role == DateRole.Unknown ? CurrentRole() : role, DateSource.Visible);
            }
        }

        // The label of a date often stands in its own element just before it ("<span>Updated</span> <time>…").
        _previousText = text.Length <= 40 ? text : text[^40..];
    }

    /// <summary>
    /// A <c>&lt;time&gt;</c>: its own text is what the reader sees, so a full date there wins over a disagreeing
    /// <c>datetime</c>; the attribute adds the time and offset when both name the same day.
    /// </summary>
    private void Time(IElement time, DateRole role)
    {
        if (role == DateRole.Unknown && time.HasAttribute("pubdate"))
        {
            role = DateRole.Published;
        }

        if (role == DateRole.Unknown && ItempropRole(time) is { } itemRole)
        {
            role = itemRole;
        }

        var attribute = DateParser.Parse(time.GetAttribute("datetime"), _language);
        var text = time.TextContent.Trim();
        ArticleDate? shown = null;
        if (text.Length is > 0 and <= MetadataThresholds.MaxDateLineLength && DatePhrases.MayHoldDate(text))
        {
            _phrases.Clear();
            DatePhrases.Find(text, _previousText, _language, _phrases);
            if (_phrases.Count > 0)
            {
                shown = _phrases[0].Date;
                if (role == DateRole.Unknown)
                {
                    role = _phrases[0].Role;
                }
            }
        }

        if (role == DateRole.Unknown)
        {
            role = DatePhrases.RoleOf(_previousText.AsSpan());
        }

        if (shown is { } s)
        {
            Add(attribute is { } a && a.Date == s.Date && (s.Time is null || s.Time == a.Time) ? a : s, role, DateSource.Visible);
        }
        else if (attribute is { } a)
        {
            Add(a, role, DateSource.Attribute);
        }
    }

    private void Attribute(IElement e, DateRole role, bool allowText)
    {
        var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.GetAttribute("title");
        if (DateParser.Parse(value, _language) is { } date)
        {
            Add(date, role, DateSource.Attribute);
        }
        else if (allowText && e.LocalName != "meta" && e.ChildElementCount <= 3 && MetadataReader.Clean(e.TextContent) is { Length: <= MetadataThresholds.MaxDateLineLength } text
            && DateParser.Parse(DatelineWords.StripLabel(text), _language) is { } shown)
        {
            Add(shown, role, DateSource.Visible);
        }
    }

    private void Add(ArticleDate date, DateRole role, DateSource source)
    {
        // Before the headline only its near neighbours matter: a long teaser list above it would fill the quota.
        if (_headlineOrder < 0 && _headline is not null && _found.Count >= MetadataThresholds.MaxDateCandidates / 2)
        {
            _found.RemoveAt(0);
        }

        _found.Add((new DateCandidate(date, role, source, 0, _inArticle > 0), _order));
    }

    private static bool IsForeignContainer(IElement e)
    {
        if (e.LocalName == "nav" || (e.LocalName is "footer" or "aside" && e.Closest("article") is null))
        {
            return true;
        }

        if (!e.HasAttribute("class") && !e.HasAttribute("id"))
        {
            return false;
        }

        var tokens = new ClassTokens((e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty));
        while (tokens.Next(out var word))
        {
            if (Contains(MetadataLexicon.ForeignDateContainers, word))
            {
                return true;
            }
        }

        return false;
    }

    private static DateRole? ItempropRole(IElement e)
    {
        var prop = e.GetAttribute("itemprop");
        if (prop is null)
        {
            return null;
        }

        return prop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) ? DateRole.Modified
            : prop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || prop.Contains("dateCreated", StringComparison.OrdinalIgnoreCase) ? DateRole.Published
            : null;
    }

    /// <summary>The role a class or id gives an element ("updated", "published", "date"), or null when it names no date.</summary>
    private static DateRole? ClassRole(IElement e)
    {
        if (!e.HasAttribute("class") && !e.HasAttribute("id"))
        {
            return null;
        }

        DateRole? role = null;
        var tokens = new ClassTokens((e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty));
        while (tokens.Next(out var word))
        {
            if (Contains(MetadataLexicon.UpdatedClassWords, word))
            {
                return DateRole.Modified;
            }

            if (word.Equals("published", StringComparison.OrdinalIgnoreCase) || word.Equals("pubdate", StringComparison.OrdinalIgnoreCase) || word.Equals("publishdate", StringComparison.OrdinalIgnoreCase))
            {
                role = DateRole.Published;
            }
            else if (role is null && Contains(MetadataLexicon.DateClassWords, word))
            {
                role = DateRole.Unknown;
            }
        }

        return role;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
