using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Metadata;

/// <summary>
/// Finds the byline in the visible page when no metadata names the author: elements marked as such
/// (<c>rel="author"</c>, <c>itemprop="author"</c>, class or id words <c>byline</c>, <c>author</c>,
/// <c>writtenby</c>), then short lines that open with "By …", "Von …", "Par …", "Por …", "Di …", "Door …",
/// "Przez …" or "Автор …". Comments, sidebars, footers and related lists are never read.
/// </summary>
internal static class BylineFinder
{
    // Readability's limit: a byline is a line, not a paragraph.
    private const int MaxBylineLength = 100;
    private const int MaxCandidates = 200;
    private const int MaxMarkedSeen = 20_000;

    private static readonly string[] OpeningWords = MetadataLexicon.BylineLineOpenings;

    private static readonly string[] Stops = MetadataLexicon.BylineStops;

    private static readonly LowerCaseWords JobTitles = new(MetadataLexicon.JobTitles);

    public static List<string> Find(IHtmlDocument document)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        return Find(BylineCandidates.Collect(body));
    }

    /// <summary>The byline read from the candidates a walk of the body gathered.</summary>
    /// <remarks>One walk gathers every marked element and every line that opens like a byline, with its place in the
    /// page; the scopes are then read from those lists, so that the body is not walked again for each scope.</remarks>
    public static List<string> Find(BylineCandidates page)
    {
        // The headline's own article first: a teaser list above it carries other stories' bylines.
        Span<BylineCandidates.Scope> scopes = [page.ArticleOfHeadline, page.Main, page.Body];
        for (var i = 0; i < scopes.Length; i++)
        {
            if (scopes[i].Element is null || (i > 0 && scopes[i].Element == scopes[0].Element) || (i > 1 && scopes[i].Element == scopes[1].Element))
            {
                continue;
            }

            // A role, a desk or a brand in a marked element ("Team Acme") gives way to a person a "Written by" line names
            // in the same scope.
            var marked = Marked(page, scopes[i]);
            if (marked is { Count: > 0 } && IsPerson(marked))
            {
                return marked;
            }

            var line = OpeningLine(page, scopes[i]);
            if (marked is { Count: > 0 } && IsNameLike(marked) && (line is not { Count: > 0 } || !IsPerson(line)))
            {
                return marked;
            }

            if (line is { Count: > 0 } && (marked is null || IsNameLike(line)))
            {
                return line;
            }

            if (marked is { Count: > 0 })
            {
                return marked;
            }
        }

        return [];
    }

    private static List<string>? Marked(BylineCandidates page, BylineCandidates.Scope scope)
    {
        List<string>? roleOnly = null;
        foreach (var candidate in page.Marked)
        {
            if (!scope.Holds(candidate.Order))
            {
                continue;
            }

            if (candidate.Seen - scope.SeenBefore > MaxMarkedSeen)
            {
                break;
            }

            var element = candidate.Element;
            if (candidate.IsBox)
            {
                if (BoxName(element) is { Count: > 0 } boxed)
                {
                    if (IsNameLike(boxed))
                    {
                        return boxed;
                    }

                    roleOnly ??= boxed;
                }

                continue;
            }

            // itemprop=author often wraps a Person whose name is a child; prefer it over the whole block.
            var source = ItempropName(element) ?? element;
            var text = MetadataReader.Clean(source.LocalName == "meta" ? source.GetAttribute("content") : LineText(source));
            if (text is null || text.Length > MaxBylineLength)
            {
                continue;
            }

            // "The Author", "Staff" in one marked element must not hide the name in the next one.
            if (Names(text) is { Count: > 0 } names && !FollowsReviewerLabel(element))
            {
                if (IsNameLike(names))
                {
                    return IsAuthorLink(element) ? LinkedCoAuthors(element, names) : names;
                }

                roleOnly ??= names;
            }
        }

        return roleOnly;
    }

    private static bool IsAuthorLink(IElement element) =>
        element.LocalName == "a" && (HasToken(element.GetAttribute("rel"), "author") || BylineCandidates.IsAuthorPage(element.GetAttribute("href")));

    /// <summary>
    /// "By &lt;a&gt;Jane Doe&lt;/a&gt; and &lt;a&gt;John Roe&lt;/a&gt;", "&lt;a&gt;A&lt;/a&gt;, &lt;a&gt;B&lt;/a&gt;": each author in a link of
    /// their own, side by side with nothing but list marks between them. The names of the whole run, from the first
    /// link; a link that names no person ends it.
    /// </summary>
    private static List<string> LinkedCoAuthors(IElement link, List<string> names)
    {
        // A wrapper around the link alone ("<span><a>…</a></span>, <span><a>…</a></span>") stands for it in the run.
        var item = link;
        for (var i = 0; i < 2 && item.ParentElement is { ChildElementCount: 1, LocalName: "span" or "strong" or "b" or "em" or "li" } wrapper; i++)
        {
            item = wrapper;
        }

        var result = names;
        for (var node = item.NextSibling; node is not null && result.Count < MetadataThresholds.MaxBylineCoAuthors; node = node.NextSibling)
        {
            if (node is not IElement e)
            {
                if (node.NodeType == NodeType.Text && !AuthorCleaner.IsOnlySeparators(node.TextContent))
                {
                    break;
                }

                continue;
            }

            if (SoleAuthorLink(e) is not { } next)
            {
                if (AuthorCleaner.IsOnlySeparators(e.TextContent))
                {
                    continue;
                }

                break;
            }

            if (AuthorCleaner.Clean([LineText(next)], [], NameRule.Person) is not [var name])
            {
                break;
            }

            if (!result.Exists(r => AuthorCleaner.SameName(r, name)))
            {
                result = result == names ? [.. names] : result;
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>The element itself when it is an author link, or the one author link it wraps alone.</summary>
    private static IElement? SoleAuthorLink(IElement element)
    {
        for (var e = element; e is not null; e = e.ChildElementCount == 1 ? e.FirstElementChild : null)
        {
            if (IsAuthorLink(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The first element under <paramref name="element"/> whose <c>itemprop</c> holds "name" (the selector <c>[itemprop~=name]</c>).</summary>
    private static IElement? ItempropName(IElement element)
    {
        foreach (var child in Dom.DomWalker.Descendants(element))
        {
            if (HasToken(child.GetAttribute("itemprop"), "name"))
            {
                return child;
            }
        }

        return null;
    }

    private static bool IsNameLike(List<string> names) => AuthorCleaner.Clean(names, [], NameRule.NameLike).Count > 0;

    private static bool IsPerson(List<string> names) => AuthorCleaner.Clean(names, [], NameRule.Person).Count > 0;

    private static List<string>? BoxName(IElement box)
    {
        var seen = 0;
        foreach (var child in Dom.DomWalker.Descendants(box))
        {
            if (++seen > 50)
            {
                break;
            }

            if (child.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6" or "strong" or "b") && !HasToken(child.GetAttribute("itemprop"), "name")
                && !HasToken(child.GetAttribute("rel"), "author"))
            {
                continue;
            }

            var text = MetadataReader.Clean(LineText(child));
            if (text is { Length: <= MetadataThresholds.MaxAuthorBoxNameLength } && Names(text) is { Count: > 0 } names)
            {
                return names;
            }
        }

        return PlainBoxName(box);
    }

    /// <summary>A box whose name sits in a styled <c>&lt;div&gt;</c>: its first short leaf text that names a person.</summary>
    private static List<string>? PlainBoxName(IElement box)
    {
        var seen = 0;
        foreach (var child in Dom.DomWalker.Descendants(box))
        {
            if (++seen > 50)
            {
                break;
            }

            if (child.ChildElementCount == 0 && MetadataReader.Clean(child.TextContent) is { Length: <= MetadataThresholds.MaxAuthorBoxNameLength } text
                && AuthorCleaner.Clean([text], [], NameRule.Person) is { Count: > 0 } names)
            {
                return names;
            }
        }

        return null;
    }

    private static List<string>? OpeningLine(BylineCandidates page, BylineCandidates.Scope scope)
    {
        var checkedLines = 0;
        List<string>? firstNamed = null;
        foreach (var candidate in page.Lines)
        {
            if (!scope.Holds(candidate.Order))
            {
                continue;
            }

            var element = candidate.Element;
            var text = MetadataReader.Clean(LineText(element));

            // "Written by" alone in its element, the name in the next one.
            if (text is not null && IsOnlyOpening(text) && !IsReviewerLabel(text) && NextText(element) is { Length: <= MaxBylineLength } named)
            {
                text = text.TrimEnd(' ') + " " + named;
            }

            if (text is null || text.Length > MaxBylineLength || !OpensLikeByline(text.Replace(Glue, ' ')))
            {
                continue;
            }

            // "By Team Acme" over the article and "Written by Jane Doe" under it: the person wins over an earlier brand or desk.
            if (Names(text) is { Count: > 0 } names)
            {
                if (IsPerson(names))
                {
                    return names;
                }

                firstNamed ??= names;
            }

            if (++checkedLines > MaxCandidates)
            {
                break;
            }
        }

        return firstNamed;
    }

    /// <summary>
    /// The names in a byline line, cut before its date, place or role ("By Jane Doe | March 3, 2024"). A line read
    /// with <see cref="LineText"/> is tried piece by piece between its glue marks: the first piece naming a person
    /// wins, else the first naming anyone ("CM" avatar initials, then "Craig McCarthy", then "Last updated").
    /// </summary>
    internal static List<string> Names(string line)
    {
        if (line.IndexOf(Glue, StringComparison.Ordinal) < 0)
        {
            return PieceNames(line);
        }

        List<string>? fallback = null;
        var pending = string.Empty;
        foreach (var piece in line.Split(Glue, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "Written by" alone in its element names whoever the next element holds.
            var text = pending.Length > 0 ? pending + " " + piece : piece;
            pending = OpensWithBylineWord(text) && IsOnlyOpening(text) ? text : string.Empty;
            if (pending.Length > 0 || IsReviewerLabel(text))
            {
                continue;
            }

            var names = PieceNames(text);
            if (names.Count > 0 && AuthorCleaner.Clean(names, [], NameRule.Person).Count > 0)
            {
                return names;
            }

            fallback ??= names.Count > 0 ? names : null;
        }

        return fallback ?? [];
    }

    private static List<string> PieceNames(string line)
    {
        var cut = line.Length;
        foreach (var stop in Stops)
        {
            var at = line.IndexOf(stop, StringComparison.Ordinal);
            if (at == 0 && !char.IsWhiteSpace(stop[0]) && !OpensWithBylineWord(line))
            {
                // "Updated March 3", "Reviewed by …": a line that opens with a stop names no writer.
                return [];
            }

            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        // A number starts a date or a time; digits inside a word belong to a handle ("luizjr4", "user3080392").
        for (var i = 0; i < cut; i++)
        {
            if (char.IsDigit(line[i]) && (i == 0 || !char.IsLetterOrDigit(line[i - 1])))
            {
                cut = i;
                break;
            }
        }

        var head = DateParser.TrimTrailingDateWords(WithoutTitle(line[..cut]));
        return AuthorCleaner.Clean([head], [], NameRule.Stated);
    }

    /// <summary>"Rasmus Barslund Founder", "Summer Swann-June": a job title or a month run into the end of a name.</summary>
    private static string WithoutTitle(string head)
    {
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (JobTitles.Contains(words[i].AsSpan().Trim(",.:&")))
            {
                // "Jane Doe, Privacy and Security Expert": the whole role after the comma goes, not only its last word.
                var before = string.Join(' ', words, 0, i);
                var comma = before.LastIndexOf(',');
                return comma > 0 ? before[..comma] : before;
            }
        }

        var last = words.Length > 0 ? words[^1] : string.Empty;
        var dash = last.LastIndexOf('-');
        return dash > 0 && DateParser.IsDateWord(last[(dash + 1)..]) ? head[..head.LastIndexOf(last, StringComparison.Ordinal)] + last[..dash] : head;
    }

    /// <summary>
    /// The text right after a label element ("&lt;strong&gt;Contributors:&lt;/strong&gt; Jane Doe"), else that of the first
    /// of the next few siblings that has any (an avatar picture often sits between label and name).
    /// </summary>
    private static string? NextText(IElement element)
    {
        for (var node = element.NextSibling; node is not null and not IElement; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && MetadataReader.Clean(node.TextContent) is { } bare)
            {
                return bare;
            }
        }

        var next = element.NextElementSibling;
        for (var i = 0; i < 3 && next is not null; i++, next = next.NextElementSibling)
        {
            if (MetadataReader.Clean(LineText(next)) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the element, or one of its two nearest ancestors, comes right after a short label naming a reviewer
    /// ("&lt;span&gt;Fact checked by&lt;/span&gt; &lt;a class="…-name"&gt;Jane Doe&lt;/a&gt;"): that name is the reviewer's, not the writer's.
    /// </summary>
    private static bool FollowsReviewerLabel(IElement element)
    {
        var e = element;
        for (var level = 0; level < 3 && e is not null; level++, e = e.ParentElement)
        {
            if (e.PreviousElementSibling is { } label && LabelText(label) is { Length: <= MetadataThresholds.MaxReviewerLabelLength } text
                && IsOnlyReviewerOpening(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of a label: a few text nodes, at most one child element holding one text node. Null for anything larger,
    /// read without copying it: the same large sibling can stand before thousands of marked candidates.
    /// </summary>
    private static string? LabelText(IElement label)
    {
        var nodes = label.ChildNodes;
        if (nodes.Length > 3)
        {
            return null;
        }

        var length = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i] is IElement child ? (child.ChildNodes.Length == 1 ? child.FirstChild : null) : nodes[i];
            if (node is null || node is IElement)
            {
                return null;
            }

            length += node.NodeType == NodeType.Text ? node.TextContent.Length : 0;
        }

        return length <= MetadataThresholds.MaxReviewerLabelLength * 4 ? MetadataReader.Clean(label.TextContent) : null;
    }

    /// <summary>Whether the text is a reviewer's label and nothing more ("Fact checked by", "Medically reviewed by:").</summary>
    private static bool IsOnlyReviewerOpening(string text)
    {
        var bare = text.AsSpan().TrimEnd(" :");
        foreach (var opening in MetadataLexicon.ReviewerOpenings)
        {
            if (bare.Equals(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Reviewed by", "Fact checked by": the name after such a label is not the writer's.</summary>
    private static bool IsReviewerLabel(string text) =>
        text.Contains("review", StringComparison.OrdinalIgnoreCase) || text.Contains("checked", StringComparison.OrdinalIgnoreCase);

    private static bool IsOnlyOpening(string text)
    {
        var bare = text.AsSpan().TrimEnd(" :");
        foreach (var word in OpeningWords)
        {
            if (bare.Equals(word.AsSpan().TrimEnd(':'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlock(IElement e) =>
        e.LocalName is "div" or "p" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "br" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "section" or "header" or "footer" or "address" or "figure" or "table" or "tr" or "td";

    /// <summary>Marks, in <see cref="LineText"/>, where the texts of two elements meet with nothing between them.</summary>
    internal const char Glue = '\u001F';

    /// <summary>
    /// The element's text with a <see cref="Glue"/> mark where two elements' texts meet letter to letter
    /// ("Supermove" "February 3", "Luke Kim" "December"): markup that lays them out apart (blocks, flex items) runs
    /// a name into a date or a job title in <c>TextContent</c>.
    /// </summary>
    internal static string LineText(IElement element)
    {
        // The thread's builder: a new one per line was a builder and its chunks for every byline candidate.
        var walk = new LineWalk(Dom.BuilderCache.Acquire());
        Dom.DomWalker.Walk(element, ref walk);
        return Dom.BuilderCache.ToStringAndRelease(walk.Text);
    }

    /// <summary>The element's first text, when it comes before any child element: where a byline's opening word sits.</summary>
    internal static ReadOnlySpan<char> FirstText(Element element)
    {
        // By index: enumerating the child list allocated an enumerator for every line-like element of the page. The
        // list by a direct call (NodeAccess): through the interface the call is dispatched over a dozen element classes.
        var children = Dom.NodeAccess.ChildNodes(element);
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            // AngleSharp's Element class: a class check, where IElement searched the node's interfaces.
            if (node is Element)
            {
                return default;
            }

            if (node.NodeType == NodeType.Text && node.TextContent.AsSpan().TrimStart() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return default;
    }

    // The ASCII letters byline openings start with: most lines start otherwise and need no look at the list.
    private static readonly string OpeningInitials = Initials(OpeningWords);

    private static string Initials(string[] words)
    {
        var initials = new StringBuilder();
        foreach (var word in words)
        {
            var first = char.ToLowerInvariant(word[0]);
            if (first < 128 && initials.ToString().IndexOf(first) < 0)
            {
                initials.Append(first);
            }
        }

        return initials.ToString();
    }

    internal static bool OpensWithBylineWord(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (text[0] < 128 && !OpeningInitials.Contains((char)(text[0] | 0x20))))
        {
            return false;
        }

        // Only the openings whose first letter matches the text's can match it: a line is compared with a handful, not all.
        foreach (var word in text[0] < 128 ? OpeningsByInitial[text[0]] : OpeningWords)
        {
            // The second letter before the whole comparison ignoring case (a vectorised call per opening): "Photo",
            // "Please", "Privacy" share their initial with eleven openings and their second letter with few. Only where
            // both are ASCII and the opening's a lower-case letter, whose only kin ignoring case is its capital.
            if (text.Length < word.Length
                || (word.Length > 1 && char.IsAsciiLetterLower(word[1]) && text[1] < 128 && (text[1] | 0x20) != word[1]))
            {
                continue;
            }

            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || text[word.Length] == ':' || char.IsWhiteSpace(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // For each ASCII character, the openings whose first character equals it as StartsWith(OrdinalIgnoreCase) compares them.
    private static readonly string[][] OpeningsByInitial = ByInitial(OpeningWords);

    private static string[][] ByInitial(string[] words)
    {
        var table = new string[128][];
        for (var c = 0; c < table.Length; c++)
        {
            var initial = ((char)c).ToString();
            table[c] = Array.FindAll(words, w => w.StartsWith(initial, StringComparison.OrdinalIgnoreCase));
        }

        return table;
    }

    private static bool OpensLikeByline(string text)
    {
        foreach (var word in OpeningWords)
        {
            if (text.Length > word.Length + 3 && text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (text[word.Length] is ' ' or ':' || (char.IsUpper(text[word.Length]) && char.IsLower(text[word.Length - 1]) && word.EndsWith("by", StringComparison.Ordinal))))
            {
                var rest = text.AsSpan(word.Length).TrimStart(" :");
                return rest.Length > 0 && char.IsUpper(rest[0]);
            }
        }

        return false;
    }

    /// <summary>Whether a space-separated attribute value holds <paramref name="token"/>, as the selector <c>~=</c> matches.</summary>
    internal static bool HasToken(string? value, string token)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.AsSpan();
        foreach (var part in text.SplitAny(" \t\n\r\f"))
        {
            if (text[part].SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsForeign(IElement element)
    {
        // <body> and <html> are not looked at: themes put layout words there ("sidebar-primary") for every page.
        for (var e = element.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (IsForeignContainer(e, ClassWords.Of(e.GetAttribute("class")), ClassWords.Of(e.Id), InArticle(e)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element is or stands in an <c>&lt;article&gt;</c> (<c>Closest("article")</c> without parsing a selector).</summary>
    internal static bool InArticle(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether this element is a container whose content is not the article's (comments, sidebar, navigation, page
    /// footer), given the flags of its class and id words and whether it stands in an <c>&lt;article&gt;</c>.
    /// </summary>
    internal static bool IsForeignContainer(IElement e, ClassWordFlags classWords, ClassWordFlags idWords, bool inArticle) =>
        IsForeignContainer(e.LocalName, classWords, idWords, inArticle);

    /// <summary>As <see cref="IsForeignContainer(IElement, ClassWordFlags, ClassWordFlags, bool)"/>, given the element's local name.</summary>
    internal static bool IsForeignContainer(string name, ClassWordFlags classWords, ClassWordFlags idWords, bool inArticle) =>
        name is not ("body" or "html")
        // An article's own <footer> or <aside> often holds its byline; the page's never do.
        && (name == "nav" || (name is "footer" or "aside" && !inArticle) || ((classWords | idWords) & (ClassWordFlags.Foreign | ClassWordFlags.Widget)) != 0);

    /// <summary>As <see cref="IsForeignContainer(string, ClassWordFlags, ClassWordFlags, bool)"/>, given what the name tells (<see cref="ElementNames"/>).</summary>
    internal static bool IsForeignContainer(NameKinds kinds, ClassWordFlags classWords, ClassWordFlags idWords, bool inArticle) =>
        (kinds & NameKinds.Root) == 0
        && ((kinds & NameKinds.Nav) != 0 || ((kinds & NameKinds.FooterOrAside) != 0 && !inArticle) || ((classWords | idWords) & (ClassWordFlags.Foreign | ClassWordFlags.Widget)) != 0);

    /// <summary>
    /// Whether a foreign container is only a page builder's "widget" wrapper: page builders wrap every block, the
    /// article's own author box included, in such containers ("elementor-widget-author-box"), so for an author box
    /// that word alone is no sign.
    /// </summary>
    internal static bool OnlyAWidget(string name, ClassWordFlags classWords, ClassWordFlags idWords) =>
        name is "div" or "section" && (classWords & ClassWordFlags.Widget) != 0 && (classWords & ClassWordFlags.Foreign) == 0
        && (idWords & (ClassWordFlags.Foreign | ClassWordFlags.Widget)) == 0;

    /// <summary><see cref="LineText"/>'s walk: whether an element's edge (<see cref="Boundary"/>) or a block's
    /// (<see cref="Block"/>) came since the last text that was not white space.</summary>
    private struct LineWalk(StringBuilder text) : Dom.IDomVisitor
    {
        public readonly StringBuilder Text = text;
        public bool Boundary;
        public bool Block;

        public bool EnterElement(Element element)
        {
            Boundary = true;
            Block |= IsBlock(element);
            return element.LocalName is not ("script" or "style" or "template");
        }

        public bool EnterOther(INode node)
        {
            if (node.NodeType != NodeType.Text || node.TextContent is not { Length: > 0 } text)
            {
                return false;
            }

            // White space between two blocks is no separator a reader sees: the blocks are.
            var blank = text.AsSpan().Trim().Length == 0;
            if (!blank && Text.Length > 0 && ((Boundary && char.IsLetterOrDigit(Text[^1]) && char.IsLetterOrDigit(text[0])) || Block))
            {
                Text.Append(Glue);
            }

            Text.Append(text);
            if (!blank)
            {
                Boundary = false;
                Block = false;
            }

            return false;
        }

        public void Exit(Element element)
        {
            Boundary = true;
            Block |= IsBlock(element);
        }
    }
}
