using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Stage 3: metadata, read before anything else looks at the page (scripts and meta tags carry most of it).
/// Each field falls through its sources in priority order: JSON-LD, then meta tags (Dublin Core, OpenGraph and
/// <c>article:*</c>, Twitter cards, plain names), then microdata and the visible page. A value that is present
/// but junk (a URL for an author, a site name for a headline) falls through like an absent one.
/// </summary>
internal static class MetadataReader
{
    public static ArticleMetadata Read(IHtmlDocument document, UrlResolver urls)
    {
        var meta = new MetaTags(document);
        var ld = JsonLdReader.Read(document);

        var ogSite = Clean(meta.First("og:site_name"));
        var siteName = Clean(ld.PublisherName) ?? Clean(ld.WebsiteName) ?? ogSite ?? Clean(meta.First("dc:publisher", "dcterms:publisher"));
        var url = urls.Resolve(Canonical(document) ?? meta.First("og:url") ?? ld.Url) ?? urls.Base?.AbsoluteUri;

        // Names the site goes by, for telling a decoration (" | eHow") or an author field filled with the brand apart.
        string?[] siteNames =
        [
            siteName, ogSite, Clean(ld.PublisherName), Clean(ld.WebsiteName), Clean(meta.First("application-name")),
            Clean(meta.First("apple-mobile-web-app-title")), HostNames.SiteLabel(url), HostNames.SiteLabel(urls.Base?.AbsoluteUri),
        ];

        var authors = Authors(document, meta, ld, siteNames);

        // Personal sites decorate titles with the author's name ("Post | Code | Jane Doe") as others do with the site's.
        var title = TitleChooser.Choose(document, meta, ld, [.. siteNames, .. authors]);
        var language = LanguageTag(document, meta, ld);
        var (published, modified) = Dates(document, meta, ld, language);

        return new ArticleMetadata
        {
            Title = title,
            Authors = authors,
            Published = published,
            Modified = modified,
            SiteName = siteName,
            Language = language,
            Excerpt = Clean(ld.Description) ?? Clean(meta.First("dc:description", "dcterms:description", "og:description", "description", "twitter:description")),
            Url = url,
            LeadImage = urls.Resolve(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.Image),
            Tags = Tags(meta, ld),
            IsAccessibleForFree = ld.IsAccessibleForFree,
        };
    }

    private static List<string> Authors(IHtmlDocument document, MetaTags meta, JsonLdReader ld, string?[] siteNames)
    {
        // A site named after its author ("Haki Benita") still has that person as author when JSON-LD says Person.
        var notPeople = Array.FindAll(siteNames, s => s is null || !ld.People.Exists(p => AuthorCleaner.SameName(p, s)));
        var fromLd = AuthorCleaner.Clean(ld.Authors, notPeople);
        if (fromLd.Count > 0)
        {
            return fromLd;
        }

        // article:author is most often a profile URL, which the cleaner drops; twitter:creator is a handle and not read.
        foreach (var key in (ReadOnlySpan<string>)["dc:creator", "dcterms:creator", "author", "article:author", "article:author_name", "parsely-author", "sailthru.author", "byl", "citation_author"])
        {
            var names = AuthorCleaner.Clean(meta.All(key), siteNames);
            if (names.Count > 0)
            {
                return names;
            }
        }

        return AuthorCleaner.Clean(BylineFinder.Find(document), siteNames);
    }

    private static (DateTimeOffset? Published, DateTimeOffset? Modified) Dates(IHtmlDocument document, MetaTags meta, JsonLdReader ld, string? language)
    {
        var published = DateParser.Parse(ld.DatePublished, language)
            ?? DateParser.Parse(meta.First("article:published_time", "parsely-pub-date", "og:published_time", "published_time", "datepublished",
                "pubdate", "publishdate", "publish-date", "publish_date", "dc:date", "dc:date.issued", "dcterms:issued", "dcterms:date", "dcterms:created",
                "date", "sailthru.date", "article.published", "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date"), language)
            ?? DateParser.Parse(Microdata(document, "datePublished"), language)
            ?? DateParser.Parse(ArticleTime(document), language)
            ?? DatelineDate(document, language);
        var modified = DateParser.Parse(ld.DateModified, language)
            ?? DateParser.Parse(meta.First("article:modified_time", "og:updated_time", "datemodified", "dcterms:modified", "article.updated", "last-modified"), language)
            ?? DateParser.Parse(Microdata(document, "dateModified"), language);
        if (published is not null && modified is not null && modified < published)
        {
            modified = null;
        }

        return (published, modified);
    }

    /// <summary>An <c>itemprop</c> date outside comments and sidebars: <c>datetime</c>, <c>content</c>, else its text.</summary>
    private static string? Microdata(IHtmlDocument document, string itemprop)
    {
        foreach (var element in document.QuerySelectorAll($"[itemprop~={itemprop}]"))
        {
            if (element.LocalName == "meta" || BylineFinder.IsForeign(element) || element.Closest("[itemprop~=comment], [itemtype*=Comment]") is not null)
            {
                continue;
            }

            return element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
        }

        return null;
    }

    /// <summary>
    /// The article's own <c>&lt;time&gt;</c>: inside the <c>&lt;article&gt;</c> that holds the headline (or the
    /// page's only one), never in a comment, sidebar or related list. Other pages give none, since their first
    /// <c>&lt;time&gt;</c> is as likely a teaser's or a sidebar's.
    /// </summary>
    private static string? ArticleTime(IHtmlDocument document)
    {
        if (BylineFinder.ArticleOfHeadline(document) is { } article)
        {
            foreach (var time in article.GetElementsByTagName("time"))
            {
                if (!BylineFinder.IsForeign(time) && time.ParentElement?.Closest("article") == article)
                {
                    return time.GetAttribute("datetime") ?? time.TextContent;
                }
            }

            return null;
        }

        // No article element around the headline: a <time> right after the h1 in its header block (at most three
        // levels up) is the headline's; further away it may belong to anything.
        if (document.QuerySelector("h1") is not { } h1)
        {
            return null;
        }

        var block = h1.ParentElement;
        for (var level = 0; level < 3 && block is not null && block.LocalName is not ("body" or "html"); level++, block = block.ParentElement)
        {
            foreach (var time in block.GetElementsByTagName("time"))
            {
                if (!BylineFinder.IsForeign(time) && h1.CompareDocumentPosition(time).HasFlag(DocumentPositions.Following))
                {
                    return time.GetAttribute("datetime") ?? time.TextContent;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A date written for readers in an element marked as one (<c>class="date"</c>, <c>"published"</c>,
    /// <c>"dateline"</c>, …), inside the headline's article or header block: "5. März 2024", "le 5 mars 2024".
    /// </summary>
    private static DateTimeOffset? DatelineDate(IHtmlDocument document, string? language)
    {
        var scope = BylineFinder.ArticleOfHeadline(document) ?? document.QuerySelector("h1")?.ParentElement?.ParentElement;
        if (scope is null || scope.LocalName is "body" or "html")
        {
            return null;
        }

        var seen = 0;
        foreach (var element in Dom.DomWalker.Descendants(scope))
        {
            if (!element.HasAttribute("class") && !element.HasAttribute("id"))
            {
                continue;
            }

            if (++seen > 5_000)
            {
                break;
            }

            if (!DatelineWords.Marks(element) || BylineFinder.IsForeign(element))
            {
                continue;
            }

            // A machine-readable copy in an attribute keeps the offset the visible text leaves out.
            foreach (var attribute in (ReadOnlySpan<string>)["datetime", "content", "title"])
            {
                if (element.GetAttribute(attribute) is { Length: >= 10 } value && char.IsAsciiDigit(value[0]) && DateParser.Parse(value, language) is { } exact)
                {
                    return exact;
                }
            }

            var text = element.TextContent;
            if (text.Length <= 120 && DateParser.Parse(DatelineWords.StripLabel(Clean(text)), language) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static List<string> Tags(MetaTags meta, JsonLdReader ld)
    {
        var tags = new List<string>();
        foreach (var t in meta.All("article:tag"))
        {
            AddTag(tags, t);
        }

        if (tags.Count == 0)
        {
            foreach (var k in ld.Keywords)
            {
                AddTag(tags, k);
            }
        }

        if (tags.Count == 0 && meta.First("news_keywords", "keywords") is { } keywords)
        {
            foreach (var k in keywords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                AddTag(tags, k);
            }
        }

        return tags;
    }

    private static string? Canonical(IHtmlDocument document)
    {
        foreach (var link in document.GetElementsByTagName("link"))
        {
            var rel = link.GetAttribute("rel");
            if (rel is not null && rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
            {
                return link.GetAttribute("href");
            }
        }

        return null;
    }

    private static string? LanguageTag(IHtmlDocument document, MetaTags meta, JsonLdReader ld)
    {
        // lang="" is common in templates and means "unknown", so it falls through like a missing attribute.
        var raw = NonEmpty(document.DocumentElement?.GetAttribute("lang"))
            ?? NonEmpty(document.DocumentElement?.GetAttribute("xml:lang"))
            ?? meta.First("content-language", "language", "dc:language", "dcterms:language", "og:locale")
            ?? ld.Language;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // "en_US" (og:locale) → "en-US"; "en-us, fr" → "en-US": language lower case, region upper case, as BCP 47 writes them.
        var parts = raw.Split(',', ';')[0].Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToLowerInvariant();
        }

        var tag = string.Join('-', parts);
        return tag.Length <= 35 ? tag : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void AddTag(List<string> tags, string tag)
    {
        var clean = Clean(tag);
        if (clean is { Length: <= 100 } && !tags.Contains(clean, StringComparer.OrdinalIgnoreCase))
        {
            tags.Add(clean);
        }
    }

    /// <summary>Decodes stray entities (meta values are sometimes double-encoded), collapses white space; null when empty.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decoded = value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
        var collapsed = string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    internal static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;
}
