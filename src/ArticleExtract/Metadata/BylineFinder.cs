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
    private static readonly string[] MarkedWords = ["byline", "author", "authors", "writtenby", "byl", "creator", "autor", "auteur", "autore", "username", "postauthor", "poster"];

    // Words that, beside "author", mark the author's picture, biography or statistics rather than the name.
    private static readonly string[] NotNameWords =
    [
        "views", "count", "avatar", "bio", "biography", "image", "img", "photo", "pic", "picture", "thumb", "thumbnail", "follow",
        "social", "box", "description", "desc", "about", "more", "label", "icon", "posts", "archive",
    ];

    // Containers whose authors are not the article's: comment threads, author boxes of other posts, sidebars.
    private static readonly string[] ForeignWords =
    [
        "comment", "comments", "reply", "replies", "respond", "disqus", "sidebar", "widget", "related", "recommended", "footer", "nav",
        "menu", "more", "popular", "trending", "teaser", "promo", "newsletter", "share", "social",
    ];

    private static readonly string[] OpeningWords = MetadataLexicon.BylineLineOpenings;

    // Beside an author word, these mark a box about the writer ("author-box", "about-author").
    private static readonly string[] BoxWords = ["box", "bio", "about", "card", "info", "profile", "details"];

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
                if (!IsForeign(element) && BoxName(element) is { Count: > 0 } boxed)
                {
                    return boxed;
                }

                continue;
            }

            if (!IsMarked(element) || IsForeign(element))
            {
                continue;
            }

            // itemprop=author often wraps a Person whose name is a child; prefer it over the whole block.
            var source = element.QuerySelector("[itemprop~=name]") ?? element;
            var text = MetadataReader.Clean(source.LocalName == "meta" ? source.GetAttribute("content") : source.TextContent);
            if (text is null || text.Length > MaxBylineLength)
            {
                continue;
            }

            if (Names(text) is { Count: > 0 } names)
            {
                return names;
            }
        }

        return null;
    }

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

            var text = MetadataReader.Clean(child.TextContent);
            if (text is { Length: <= MetadataThresholds.MaxAuthorBoxNameLength } && Names(text) is { Count: > 0 } names)
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

            var text = MetadataReader.Clean(element.TextContent);
            if (text is null || text.Length > MaxBylineLength || !OpensLikeByline(text) || IsForeign(element))
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

    /// <summary>The names in a byline line, cut before its date, place or role ("By Jane Doe | March 3, 2024").</summary>
    internal static List<string> Names(string line)
    {
        var cut = line.Length;
        foreach (var stop in (ReadOnlySpan<string>)[" | ", " • ", " · ", " — ", " – ", " - ", " on ", " am ", " le ", " el ", " il ", " op ", " em ", " dnia ", "Updated", "Published", "Aktualisiert", "Mis à jour", "\u00A0|",
            " Edited by", " edited by", "Reviewed by", "Reviewed", " Reviewed by", " reviewed by", " Medically reviewed by", " Fact checked by", " fact checked by", " Photos by", " Photography by", " Illustrations by", " Illustration by", " Additional reporting"])
        {
            var at = line.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        for (var i = 0; i < cut; i++)
        {
            if (char.IsDigit(line[i]))
            {
                cut = i;
                break;
            }
        }

        var head = DateParser.TrimTrailingDateWords(line[..cut]);
        return AuthorCleaner.Clean([head], [], NameRule.Stated);
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
        && (e.LocalName == "nav" || (e.LocalName is "footer" or "aside" && e.Closest("article") is null) || HasWord(e.GetAttribute("class"), ForeignWords) || HasWord(e.Id, ForeignWords));

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
