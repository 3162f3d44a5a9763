using System.Text.Json;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks: the article object (any Article type, inside <c>@graph</c> or arrays) and
/// the publisher or website name. Malformed blocks are skipped, never fatal.
/// </summary>
internal sealed class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(Vocabulary.Words("page-kinds", "article-types"), StringComparer.OrdinalIgnoreCase);

    private const int MaxBlockLength = 1 << 20;

    private readonly Dictionary<string, (string Name, bool Person)> _named = new(StringComparer.Ordinal);
    private readonly List<string> _authorRefs = [];
    private readonly List<string> _pageAuthors = [];
    private readonly List<string> _pageAuthorRefs = [];
    private string? _publisherRef;
    private string? _pageDatePublished;
    private string? _pageDateModified;

    public string? Headline { get; private set; }

    /// <summary>The article's <c>name</c>, which some sites fill with the headline and others with a section or type label.</summary>
    public string? Name { get; private set; }
    public List<string> Authors { get; } = [];

    /// <summary>The authors declared with <c>"@type": "Person"</c>: people even when a blog is named after them.</summary>
    public List<string> People { get; } = [];
    public string? DatePublished { get; private set; }
    public string? DateModified { get; private set; }
    public string? PublisherName { get; private set; }
    public string? WebsiteName { get; private set; }
    public string? Description { get; private set; }
    public string? Image { get; private set; }
    public string? Url { get; private set; }
    public string? Language { get; private set; }
    public List<string> Keywords { get; } = [];
    public bool? IsAccessibleForFree { get; private set; }
    public bool HasArticle { get; private set; }

    /// <summary>Whether <see cref="DatePublished"/> is an article object's own, not the WebPage node's stamp.</summary>
    public bool ArticleDated { get; private set; }

    public static JsonLdReader Read(IDocument document) => Read(document.GetElementsByTagName("script"), document.GetElementsByTagName("meta"));

    /// <summary>
    /// Reads the JSON-LD among the given <c>&lt;script&gt;</c> elements (the page's, gathered by one walk), and among the
    /// <c>&lt;meta&gt;</c> elements any block a framework wrote into an attribute.
    /// </summary>
    public static JsonLdReader Read(IEnumerable<IElement> scripts, IEnumerable<IElement>? metas = null)
    {
        var reader = new JsonLdReader();
        foreach (var element in scripts)
        {
            reader.ReadBlock(element);
        }

        foreach (var element in metas ?? [])
        {
            reader.ReadBlock(element);
        }

        reader.ResolveReferences();
        return reader;
    }

    private void ReadBlock(IElement element)
    {
        if (Block(element) is not { } block)
        {
            return;
        }

        var text = Unwrap(block);
        if (text.Length is 0 or > MaxBlockLength)
        {
            return;
        }

        text = LenientJson.WithoutLoneSurrogatesOrControls(text);

        // Broken JSON-LD is common (raw control characters or newlines inside strings, bad escapes, trailing
        // commas): a repaired copy is tried next, and as a last resort the dates are picked out.
        if (!TryVisit(text) && !TryVisit(LenientJson.Repair(text)))
        {
            Salvage(text);
        }
    }

    /// <summary>
    /// The JSON-LD text of a <c>&lt;script type="application/ld+json"&gt;</c>; or, HTML-escaped in an attribute, where
    /// server-side rendering left it: a script's <c>children</c> attribute (React's prop written out) or a
    /// <c>&lt;meta name="script:ld+json" content&gt;</c>. Null for any other element.
    /// </summary>
    private static string? Block(IElement element)
    {
        if (element.LocalName == "meta")
        {
            return element.GetAttribute("name") is { } name && IsLdJson(name) ? element.GetAttribute("content") : null;
        }

        var type = element.GetAttribute("type");
        if (type is null || !IsLdJson(type))
        {
            return null;
        }

        var text = ElementText.Of(element);
        return string.IsNullOrWhiteSpace(text) ? element.GetAttribute("children") : text;
    }

    /// <summary>
    /// Whether the value names JSON-LD ("application/ld+json"). The '+' is looked for first, in one ordinal search: no
    /// other character equals it ignoring case, and most scripts' types ("text/javascript", "module") and metas'
    /// names have none, where a search ignoring case is the slow one.
    /// </summary>
    private static bool IsLdJson(string value) => value.Contains('+') && value.Contains("ld+json", StringComparison.OrdinalIgnoreCase);

    private bool TryVisit(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            Visit(json.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// From a block no repair could parse, the dates, read as text: a date is recognisable on its own, where a
    /// headline or a name cut out of broken JSON could be anything.
    /// </summary>
    private void Salvage(string text)
    {
        DatePublished ??= LenientJson.StringProperty(text, "datePublished");
        DateModified ??= LenientJson.StringProperty(text, "dateModified");
    }

    /// <summary>
    /// Yoast and other generators name the author and publisher once in the <c>@graph</c> and point to them
    /// with <c>{"@id": …}</c>; the names are looked up once every block has been read.
    /// </summary>
    private void ResolveReferences()
    {
        Resolve(_authorRefs, Authors, People);
        if (Authors.Count == 0)
        {
            // The WebPage's author, when no article node names one: people only when the graph says so.
            Resolve(_pageAuthorRefs, _pageAuthors, People);
            Authors.AddRange(_pageAuthors);
        }

        DatePublished ??= _pageDatePublished;
        DateModified ??= _pageDateModified;
        if (PublisherName is null && _publisherRef is not null && _named.TryGetValue(_publisherRef, out var publisher))
        {
            PublisherName = publisher.Name;
        }
    }

    private void Resolve(List<string> refs, List<string> names, List<string> people)
    {
        foreach (var id in refs)
        {
            if (_named.TryGetValue(id, out var node))
            {
                names.Add(node.Name);
                if (node.Person)
                {
                    people.Add(node.Name);
                }
            }
        }
    }

    /// <summary>
    /// Strips the wrappers templates put around the JSON so that old XHTML parsers skip it:
    /// <c>&lt;![CDATA[ … ]]&gt;</c>, <c>//&lt;![CDATA[ … //]]&gt;</c> and <c>&lt;!-- … --&gt;</c>.
    /// </summary>
    internal static string Unwrap(string text)
    {
        var t = text.AsSpan().Trim();
        foreach (var (open, close) in (ReadOnlySpan<(string, string)>)[("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->")])
        {
            if (t.StartsWith(open, StringComparison.Ordinal))
            {
                t = t[open.Length..];
                if (t.EndsWith(close, StringComparison.Ordinal))
                {
                    t = t[..^close.Length];
                }
                else if (close.StartsWith("//", StringComparison.Ordinal) && t.EndsWith(close.AsSpan(2), StringComparison.Ordinal))
                {
                    t = t[..^(close.Length - 2)];
                }

                t = t.Trim();
            }
        }

        return t.Length == text.Length ? text : t.ToString();
    }

    private void Visit(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 10_000)
        {
            var node = stack.Pop();
            if (node.ValueKind == JsonValueKind.Array)
            {
                // Keep document order: the first article in a list is the page's own.
                var items = new List<JsonElement>();
                foreach (var item in node.EnumerateArray())
                {
                    items.Add(item);
                }

                for (var i = items.Count - 1; i >= 0; i--)
                {
                    stack.Push(items[i]);
                }

                continue;
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            // The node's @type, looked up once for the tests below (each lookup is a scan of the node's properties).
            var type = node.TryGetProperty("@type", out var t) ? t : default;
            if (_named.Count < 1000 && Text(node, "@id") is { } id && Text(node, "name") is { } nodeName)
            {
                _named.TryAdd(id, (nodeName, IsType(type, "Person")));
            }

            if (IsType(type, ArticleTypes))
            {
                if (!HasArticle)
                {
                    ReadArticle(node);
                }
            }
            else if (IsType(type, "QAPage"))
            {
                ReadQuestionPage(node);
            }
            else if (IsType(type, "WebSite"))
            {
                WebsiteName ??= Text(node, "name");
            }
            else if (IsType(type, "WebPage") || IsType(type, "ItemPage") || IsType(type, "Recipe"))
            {
                // Yoast dates the WebPage, not the Article: used when no article object dates itself. A recipe plugin
                // writes the recipe's own node, with its writer and dates, often as the page's only one; an Article
                // node beside it still comes first.
                _pageDatePublished ??= Text(node, "datePublished");
                _pageDateModified ??= Text(node, "dateModified");

                // Yoast without an Article node puts the author on the WebPage.
                if (_pageAuthors.Count == 0 && _pageAuthorRefs.Count == 0 && node.TryGetProperty("author", out var pageAuthor))
                {
                    CollectNames(pageAuthor, _pageAuthors, _pageAuthorRefs, null);
                }

                // Some sites describe the article as a WebPage with a mainEntity.
                if (node.TryGetProperty("mainEntity", out var main))
                {
                    stack.Push(main);
                }
            }

            if (node.TryGetProperty("@graph", out var graph))
            {
                stack.Push(graph);
            }
        }
    }

    /// <summary>
    /// A question-and-answer page: the question (its <c>mainEntity</c>) is what the page is about, and whoever asked it
    /// is the page's author, as the opening post's writer is a thread's; the answers' authors are not. Used, like the
    /// WebPage's author and dates, only when no article object names its own.
    /// </summary>
    private void ReadQuestionPage(JsonElement page)
    {
        if (!page.TryGetProperty("mainEntity", out var question))
        {
            return;
        }

        if (question.ValueKind == JsonValueKind.Array)
        {
            question = question.GetArrayLength() > 0 ? question[0] : default;
        }

        if (question.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (_pageAuthors.Count == 0 && _pageAuthorRefs.Count == 0 && question.TryGetProperty("author", out var asker))
        {
            CollectNames(asker, _pageAuthors, _pageAuthorRefs, null);
        }

        _pageDatePublished ??= Text(question, "datePublished") ?? Text(question, "dateCreated");
    }

    private void ReadArticle(JsonElement a)
    {
        HasArticle = true;
        Headline = Text(a, "headline");
        Name = Text(a, "name");
        // "creator" is schema.org's wider property, which "author" refines: some CMSs (Arc, Drupal's schema module)
        // fill only it. Read only when no author is given, which is the narrower and truer statement.
        if (a.TryGetProperty("author", out var author) || a.TryGetProperty("creator", out author))
        {
            CollectNames(author, Authors, _authorRefs, People);
        }

        DatePublished = Text(a, "datePublished") ?? Text(a, "dateCreated");
        ArticleDated = DatePublished is not null;
        DateModified = Text(a, "dateModified");
        Description = Text(a, "description");
        Url = Text(a, "url") ?? IdOf(a, "mainEntityOfPage");
        Language = Text(a, "inLanguage");
        if (a.TryGetProperty("publisher", out var publisher))
        {
            var first = publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0 ? publisher[0] : publisher;
            PublisherName = first.ValueKind == JsonValueKind.Object ? Text(first, "name") : Scalar(first);
            if (PublisherName is null && first.ValueKind == JsonValueKind.Object)
            {
                _publisherRef = Text(first, "@id");
            }
        }

        if (a.TryGetProperty("image", out var image))
        {
            Image = ImageUrl(image);
        }

        if (a.TryGetProperty("keywords", out var keywords))
        {
            if (keywords.ValueKind == JsonValueKind.Array)
            {
                foreach (var k in keywords.EnumerateArray())
                {
                    if (Scalar(k) is { } s)
                    {
                        Keywords.Add(s);
                    }
                }
            }
            else if (Scalar(keywords) is { } list)
            {
                Keywords.AddRange(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }

        if (a.TryGetProperty("isAccessibleForFree", out var free))
        {
            IsAccessibleForFree = free.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(free.GetString(), out var b) => b,
                _ => null,
            };
        }
    }

    private static void CollectNames(JsonElement value, List<string> names, List<string> refs, List<string>? people)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                names.Add(value.GetString()!);
                break;
            case JsonValueKind.Object:
                CollectName(value, names, refs, people);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        names.Add(item.GetString()!);
                    }
                    else if (item.ValueKind == JsonValueKind.Object)
                    {
                        CollectName(item, names, refs, people);
                    }
                }

                break;
        }
    }

    private static void CollectName(JsonElement author, List<string> names, List<string> refs, List<string>? people)
    {
        // "name": ["Anna Berg", "Carl Dunn"]: one node listing the writers, each of them an author.
        if (author.TryGetProperty("name", out var listed) && listed.ValueKind == JsonValueKind.Array && listed.GetArrayLength() > 1)
        {
            var person = people is not null && IsPersonNode(author);
            foreach (var item in listed.EnumerateArray())
            {
                if (Scalar(item) is { } one)
                {
                    names.Add(one);
                    if (person && !char.IsPunctuation(one[0]))
                    {
                        people!.Add(one);
                    }
                }
            }

            return;
        }

        if (Text(author, "name") is not { } name)
        {
            if (Text(author, "@id") is { } id)
            {
                refs.Add(id);
            }

            return;
        }

        names.Add(name);

        // ", Acme Daily": a Person whose own name the template left empty, only the affiliation after it; no person.
        if (people is not null && !char.IsPunctuation(name[0]) && IsPersonNode(author))
        {
            people.Add(name);
        }
    }

    private static string? ImageUrl(JsonElement image) => image.ValueKind switch
    {
        JsonValueKind.String => image.GetString(),
        JsonValueKind.Object => Text(image, "url") ?? Text(image, "contentUrl"),
        JsonValueKind.Array => image.GetArrayLength() > 0 ? ImageUrl(image[0].ValueKind == JsonValueKind.Array ? default : image[0]) : null,
        _ => null,
    };

    /// <summary>Whether the node's <c>@type</c> (<paramref name="type"/>, <see langword="default"/> when it has none) is or lists one of <paramref name="types"/>.</summary>
    private static bool IsType(JsonElement type, HashSet<string> types)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return types.Contains(type.GetString()!);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && types.Contains(t.GetString()!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPersonNode(JsonElement node) => node.TryGetProperty("@type", out var type) && IsType(type, "Person");

    /// <summary>Whether the node's <c>@type</c> (<paramref name="type"/>, <see langword="default"/> when it has none) is or lists <paramref name="name"/>, case aside.</summary>
    private static bool IsType(JsonElement type, string name)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return string.Equals(type.GetString(), name, StringComparison.OrdinalIgnoreCase);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && string.Equals(t.GetString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? Scalar(value) : null;

    private static string? IdOf(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url") : Scalar(value);
    }

    private static string? Scalar(JsonElement value)
    {
        var s = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
