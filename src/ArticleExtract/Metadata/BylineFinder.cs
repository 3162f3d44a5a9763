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

    // "username" and "poster" mark the poster's name on forum threads, the first of which is the thread's author.
    private static readonly string[] MarkedWords = Vocabulary.Words("authors", "marked-words");

    // Words that, beside "author", mark the author's picture, biography or statistics rather than the name.
    private static readonly string[] NotNameWords = Vocabulary.Words("authors", "not-name-words");

    // Containers whose authors are not the article's: comment threads, author boxes of other posts, sidebars.
    private static readonly string[] ForeignWords = Vocabulary.Words("authors", "foreign-words");

    private static readonly string[] OpeningWords = MetadataLexicon.BylineLineOpenings;

    private static readonly string[] Stops = MetadataLexicon.BylineStops;

    // Beside an author word, these mark a box about the writer ("author-box", "about-author").
    private static readonly string[] BoxWords = Vocabulary.Words("authors", "box-words");

    public static List<string> Find(IHtmlDocument document)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        // The headline's own article first: a teaser list above it carries other stories' bylines.
        var scopes = new List<IElement>(3);
        foreach (var scope in (ReadOnlySpan<IElement?>)[ArticleOfHeadline(document), document.QuerySelector("main"), body])
        {
            if (scope is not null && !scopes.Contains(scope))
            {
                scopes.Add(scope);
            }
        }

        foreach (var scope in scopes)
        {
            if (Marked(scope) is { Count: > 0 } marked)
            {
                return marked;
            }

            if (OpeningLine(scope) is { Count: > 0 } line)
            {
                return line;
            }
        }

        return [];
    }

    /// <summary>The <c>&lt;article&gt;</c> around the page's first <c>&lt;h1&gt;</c>; on a page without one, its only <c>&lt;article&gt;</c>.</summary>
    internal static IElement? ArticleOfHeadline(IHtmlDocument document)
    {
        // A headline outside every article leaves the articles to teasers and cards.
        if (document.QuerySelector("h1") is { } h1)
        {
            return h1.Closest("article");
        }

        var articles = document.GetElementsByTagName("article");
        return articles.Length == 1 ? articles[0] : null;
    }

    private static List<string>? Marked(IElement scope)
    {
        var seen = 0;
        List<string>? roleOnly = null;
        // Every element with a class or id, or marked rel/itemprop author: the selector
        // "[rel~=author], [itemprop~=author], [class], [id]", matched by hand on one lazy walk.
        foreach (var element in Dom.DomWalker.Descendants(scope))
        {
            if (!element.HasAttribute("class") && !element.HasAttribute("id")
                && !HasToken(element.GetAttribute("rel"), "author") && !HasToken(element.GetAttribute("itemprop"), "author"))
            {
                continue;
            }

            if (++seen > 20_000)
            {
                break;
            }

            if (IsAuthorBox(element))
            {
                if (!IsForeignBox(element) && BoxName(element) is { Count: > 0 } boxed)
                {
                    if (IsNameLike(boxed))
                    {
                        return boxed;
                    }

                    roleOnly ??= boxed;
                }

                continue;
            }

            if (!IsMarked(element) || IsForeign(element))
            {
                continue;
            }

            // itemprop=author often wraps a Person whose name is a child; prefer it over the whole block.
            var source = element.QuerySelector("[itemprop~=name]") ?? element;
            var text = MetadataReader.Clean(source.LocalName == "meta" ? source.GetAttribute("content") : LineText(source));
            if (text is null || text.Length > MaxBylineLength)
            {
                continue;
            }

            // "The Author", "Staff" in one marked element must not hide the name in the next one.
            if (Names(text) is { Count: > 0 } names)
            {
                if (IsNameLike(names))
                {
                    return names;
                }

                roleOnly ??= names;
            }
        }

        return roleOnly;
    }

    private static bool IsNameLike(List<string> names) => AuthorCleaner.Clean(names, [], NameRule.NameLike).Count > 0;

    /// <summary>"author-box", "about-author", "author-bio": a block about the writer, whose name is its heading or first strong link.</summary>
    private static bool IsAuthorBox(IElement element)
    {
        var words = (element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return HasWord(words, MarkedWords) && HasWord(words, BoxWords);
    }

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

    private static List<string>? OpeningLine(IElement scope)
    {
        var checkedLines = 0;
        foreach (var element in Dom.DomWalker.Descendants(scope))
        {
            if (element.LocalName is not ("p" or "span" or "div" or "address" or "li" or "em" or "strong"))
            {
                continue;
            }

            // The opening word sits in the element's first text: checking it first keeps this pass linear, where
            // reading every wrapper's whole text would not be.
            if (element.ChildElementCount > 4 || !OpensWithBylineWord(FirstText(element)))
            {
                continue;
            }

            var text = MetadataReader.Clean(LineText(element));

            // "Written by" alone in its element, the name in the next one.
            if (text is not null && IsOnlyOpening(text) && !IsReviewerLabel(text) && NextText(element) is { Length: <= MaxBylineLength } named)
            {
                text = text.TrimEnd(':', ' ') + " " + named;
            }

            if (text is null || text.Length > MaxBylineLength || !OpensLikeByline(text.Replace(Glue, ' ')) || IsForeign(element))
            {
                continue;
            }

            if (Names(text) is { Count: > 0 } names)
            {
                return names;
            }

            if (++checkedLines > MaxCandidates)
            {
                break;
            }
        }

        return null;
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
            var bare = words[i].Trim(',', '.', ':', '&');
            if (Array.IndexOf(MetadataLexicon.JobTitles, bare.ToLowerInvariant()) >= 0)
            {
                return string.Join(' ', words, 0, i);
            }
        }

        var last = words.Length > 0 ? words[^1] : string.Empty;
        var dash = last.LastIndexOf('-');
        return dash > 0 && DateParser.IsDateWord(last[(dash + 1)..]) ? head[..head.LastIndexOf(last, StringComparison.Ordinal)] + last[..dash] : head;
    }

    /// <summary>The text of the first of the next few siblings that has any (an avatar picture often sits between label and name).</summary>
    private static string? NextText(IElement element)
    {
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
        var state = (Text: new StringBuilder(), Boundary: false, Block: false);
        Dom.DomWalker.Walk(element, ref state, static (INode node, ref (StringBuilder Text, bool Boundary, bool Block) s) =>
        {
            if (node is IElement e)
            {
                s.Boundary = true;
                s.Block |= IsBlock(e);
                return e.LocalName is not ("script" or "style" or "template");
            }

            if (node.NodeType != NodeType.Text || node.TextContent is not { Length: > 0 } text)
            {
                return false;
            }

            // White space between two blocks is no separator a reader sees: the blocks are.
            var blank = text.AsSpan().Trim().Length == 0;
            if (!blank && s.Text.Length > 0 && ((s.Boundary && char.IsLetterOrDigit(s.Text[^1]) && char.IsLetterOrDigit(text[0])) || s.Block))
            {
                s.Text.Append(Glue);
            }

            s.Text.Append(text);
            if (!blank)
            {
                s.Boundary = false;
                s.Block = false;
            }

            return false;
        }, static (INode node, ref (StringBuilder Text, bool Boundary, bool Block) s) =>
        {
            s.Boundary = true;
            s.Block |= IsBlock((IElement)node);
        });
        return state.Text.ToString();
    }

    private static string FirstText(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement)
            {
                return string.Empty;
            }

            if (node.NodeType == NodeType.Text && node.TextContent.AsSpan().Trim().Length > 0)
            {
                return node.TextContent.TrimStart();
            }
        }

        return string.Empty;
    }

    private static bool OpensWithBylineWord(string text)
    {
        foreach (var word in OpeningWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || text[word.Length] == ':' || char.IsWhiteSpace(text[word.Length])))
            {
                return true;
            }
        }

        return false;
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

    private static bool IsMarked(IElement element)
    {
        if (element.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("itemprop") is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var classes = element.GetAttribute("class");
        return (HasWord(classes, MarkedWords) && !HasWord(classes, NotNameWords)) || (HasWord(element.Id, MarkedWords) && !HasWord(element.Id, NotNameWords));
    }

    /// <summary>Whether a space-separated attribute value holds <paramref name="token"/>, as the selector <c>~=</c> matches.</summary>
    private static bool HasToken(string? value, string token)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var part in value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == token)
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
            if (IsForeignContainer(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether this element is a container whose content is not the article's (comments, sidebar, navigation, page footer).</summary>
    internal static bool IsForeignContainer(IElement e) =>
        e.LocalName is not ("body" or "html")
        // An article's own <footer> or <aside> often holds its byline; the page's never do.
        && (e.LocalName == "nav" || (e.LocalName is "footer" or "aside" && e.Closest("article") is null) || HasForeignWord(e));

    private static bool HasForeignWord(IElement e) => HasWord(e.GetAttribute("class"), ForeignWords) || HasWord(e.Id, ForeignWords);

    /// <summary>
    /// Whether an author box stands in a foreign container. Page builders wrap every block, the article's own author
    /// box included, in "widget" containers ("elementor-widget-author-box"): for a box, that word alone is no sign.
    /// </summary>
    private static bool IsForeignBox(IElement box)
    {
        for (var e = box.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (IsForeignContainer(e) && !OnlyAWidget(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyAWidget(IElement e) =>
        e.LocalName is "div" or "section" && HasWord(e.GetAttribute("class"), WidgetWord) && !HasWord(e.GetAttribute("class"), NotWidgetForeignWords) && !HasWord(e.Id, ForeignWords);

    private static readonly string[] WidgetWord = ["widget"];

    private static readonly string[] NotWidgetForeignWords = Array.FindAll(ForeignWords, w => w != "widget");

    private static bool HasWord(string? value, string[] words)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            foreach (var w in words)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
