using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Stage 3: metadata, read before anything else looks at the page (scripts and meta tags carry most of it).
/// Each field falls through its sources in priority order: JSON-LD, OpenGraph / <c>article:*</c>, Twitter cards,
/// Dublin Core and other meta names, microdata, then the visible page.
/// </summary>
internal static class MetadataReader
{
    public static ArticleMetadata Read(IHtmlDocument document, UrlResolver urls)
    {
        var meta = new MetaTags(document);
        var ld = JsonLdReader.Read(document);

        var siteName = Clean(meta.First("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name") ?? ld.PublisherName ?? ld.WebsiteName);
        var title = TitleCleaner.Clean(ChooseTitle(document, meta, ld), siteName);
        var authors = AuthorCleaner.Clean(AuthorCandidates(document, meta, ld), siteName);

        var published = DateParser.Parse(ld.DatePublished)
            ?? DateParser.Parse(meta.First("article:published_time", "og:published_time", "published_time", "datepublished", "pubdate",
                "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
                "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime", "citation_publication_date"))
            ?? DateParser.Parse(FirstTimeElement(document, "datePublished"));
        var modified = DateParser.Parse(ld.DateModified)
            ?? DateParser.Parse(meta.First("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated"));
        if (published is not null && modified is not null && modified < published)
        {
            modified = null;
        }

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

        return new ArticleMetadata
        {
            Title = title,
            Authors = authors,
            Published = published,
            Modified = modified,
            SiteName = siteName,
            Language = LanguageTag(document, meta, ld),
            Excerpt = Clean(meta.First("description", "og:description", "twitter:description", "dc.description") ?? ld.Description),
            Url = urls.Resolve(Canonical(document) ?? meta.First("og:url") ?? ld.Url) ?? urls.Base?.AbsoluteUri,
            LeadImage = urls.Resolve(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.Image),
            Tags = tags,
            IsAccessibleForFree = ld.IsAccessibleForFree,
        };
    }

    private static string? ChooseTitle(IHtmlDocument document, MetaTags meta, JsonLdReader ld)
    {
        var candidate = Clean(ld.Headline) ?? Clean(meta.First("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "parsely-title"));
        if (candidate is not null)
        {
            return candidate;
        }

        var h1s = document.GetElementsByTagName("h1");
        var docTitle = Clean(document.Title);
        if (h1s.Length == 1 && Clean(h1s[0].TextContent) is { Length: > 0 } h1)
        {
            return h1;
        }

        return docTitle;
    }

    private static List<string> AuthorCandidates(IHtmlDocument document, MetaTags meta, JsonLdReader ld)
    {
        var list = new List<string>(ld.Authors);
        if (list.Count > 0)
        {
            return list;
        }

        foreach (var key in (ReadOnlySpan<string>)["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator"])
        {
            foreach (var v in meta.All(key))
            {
                list.Add(v);
            }

            if (list.Count > 0)
            {
                return list;
            }
        }

        foreach (var el in document.QuerySelectorAll("[itemprop~=author] [itemprop~=name], [rel~=author], [itemprop~=author]"))
        {
            var text = el.TextContent;
            if (text.Length < 100)
            {
                list.Add(text);
            }

            if (list.Count >= 5)
            {
                break;
            }
        }

        return list;
    }

    private static string? FirstTimeElement(IHtmlDocument document, string itemprop)
    {
        var byProp = document.QuerySelector($"[itemprop~={itemprop}]");
        var value = byProp?.GetAttribute("datetime") ?? byProp?.GetAttribute("content");
        if (value is not null)
        {
            return value;
        }

        // The first <time datetime> inside the article (or else the page) is most often the publication date.
        var scope = (IParentNode?)document.QuerySelector("article") ?? document;
        return scope.QuerySelector("time[datetime]")?.GetAttribute("datetime");
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
        var raw = document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? meta.First("content-language", "language", "dc.language", "og:locale")
            ?? ld.Language;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // "en_US" (og:locale) → "en-US"; "en-us, fr" → "en-us".
        var tag = raw.Split(',', ';')[0].Trim().Replace('_', '-');
        return tag.Length is >= 2 and <= 35 && char.IsAsciiLetter(tag[0]) ? tag : null;
    }

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

    internal static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
}
