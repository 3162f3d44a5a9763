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
internal static partial class MetadataReader
{
    public static ArticleMetadata Read(IHtmlDocument document, UrlResolver urls) => Read(document, urls, PageElements.Collect(document));

    /// <summary>The metadata, from the elements <see cref="PageElements.Collect(IDocument)"/> gathered from <paramref name="document"/>.</summary>
    public static ArticleMetadata Read(IHtmlDocument document, UrlResolver urls, PageElements page)
    {
        var meta = new MetaTags(page.Metas);
        var ld = JsonLdReader.Read(page.Scripts, page.Metas);

        var ogSite = Clean(meta.First("og:site_name"));
        var siteName = Clean(ld.PublisherName) ?? Clean(ld.WebsiteName) ?? ogSite ?? Clean(meta.First("dc:publisher", "dcterms:publisher"));
        // The page's own address stands in under the same rule: a caller may hand in a javascript: or file: one.
        var url = Linkable(urls.Resolve(Canonical(page.Links) ?? meta.First("og:url") ?? ld.Url)) ?? Linkable(urls.Address?.AbsoluteUri);

        // The address parsed once for the site's label, the home-page tests and the date in its path (four or five parses).
        var pageUri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;

        // Names the site goes by, for telling a decoration (" | eHow") or an author field filled with the brand apart.
        string?[] siteNames =
        [
            siteName, ogSite, Clean(ld.PublisherName), Clean(ld.WebsiteName), Clean(meta.First("application-name")),
            Clean(meta.First("apple-mobile-web-app-title")), HostNames.SiteLabel(pageUri), HostNames.SiteLabel(urls.Base),
        ];

        // document.Title searches the tree and builds the text on every read: read it once.
        var docTitle = Clean(document.Title);
        string?[] titles = [Clean(ld.Headline), Clean(meta.First("og:title")), docTitle, Clean(meta.First("twitter:title"))];
        var (headline, plausibleHeadline) = HeadlineFinder.Find(page.H1s, docTitle, titles, siteNames);
        var language = LanguageTag(document, meta, ld);

        // The visible byline shares the date scanner's walk. It is read even when the metadata names a person in full:
        // the byline may list that person's co-authors.
        var authorSources = AuthorSources.Of(meta, ld, siteNames);
        var (bodyDates, byline) = ReadBody(document, HeadlineFinder.Scope(page.Mains, page.Articles, headline), headline, language);
        var authors = authorSources.Person is { } person ? WithCoAuthors(person, byline, siteNames) : Authors(authorSources, ld, byline, siteNames);

        // Personal sites decorate titles with the author's name ("Post | Code | Jane Doe") as others do with the site's.
        var shownHeadline = plausibleHeadline || IsSiteDefaultTitle(docTitle, siteNames, pageUri, headline) ? headline : null;
        var (title, metaTitle) = TitleChooser.Choose(page.H1s, docTitle, meta, ld, [.. siteNames, .. authors], shownHeadline);
        var shownTitle = title;
        if (IsHomePage(pageUri) && (urls.Base is null || IsHomePage(urls.Base)) && TitleCleaner.BrandLedTitle(docTitle, siteNames) is { } whole)
        {
            // On a home page the brand is the subject: "Acme - Tagline" is the title, and the metadata's title as well.
            (title, metaTitle) = (whole, null);
        }
        else if (IsHomePage(pageUri) && (urls.Base is null || IsHomePage(urls.Base)) && TitleCleaner.ColonLedTitle(docTitle, title, siteNames) is { } colonLed)
        {
            (title, metaTitle) = (colonLed, null);
        }

        var (published, modified, evidence) = Dates(bodyDates, meta, ld, language, pageUri, plausibleHeadline);
        if (published is null && !plausibleHeadline && !DateChooser.HasPostStamp(bodyDates) && document.Body is { } body
            && HeadlineFinder.Subheading(page.Subheadings, docTitle, titles, siteNames) is { } subheading)
        {
            // Nothing dates a page without a plausible h1 (a blog's name as its h1, a template that sets the post's title
            // in an h2): the lower heading that agrees with a title is where the article begins, and the dates are read
            // from there. Not on a thread, whose opening post's stamp the walk without a headline judged (an update
            // there is no publication, and a reply's stamp is not the thread's).
            var fromSubheading = DateScanner.Scan(body, subheading, HeadlineFinder.Scope(page.Mains, page.Articles, subheading), language);
            (published, modified, evidence) = Dates(fromSubheading, meta, ld, language, pageUri, true);
        }

        return new ArticleMetadata
        {
            Title = Bounded(title),
            ShownTitle = shownTitle,
            CategoryHeading = plausibleHeadline ? null : TitleChooser.CategoryHeading(page.H1s, docTitle, siteNames),
            MetaTitle = Bounded(metaTitle),
            Authors = authors,
            Published = published,
            PublishedEvidence = evidence,
            Modified = modified,
            SiteName = Bounded(siteName),
            Language = language,
            Excerpt = Clean(ld.Description) ?? Clean(meta.First("dc:description", "dcterms:description", "og:description", "description", "twitter:description")),
            Url = url,
            LeadImage = Linkable(urls.Resolve(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.Image)),
            Tags = Tags(meta, ld),
            IsAccessibleForFree = ld.IsAccessibleForFree,
        };
    }

    // article:author is most often a profile URL, which the cleaner drops; twitter:creator is a handle and not read.
    private static readonly string[] AuthorKeys = Vocabulary.Words("authors", "author-keys");

    /// <summary>What the metadata states about the author, read before the body is walked.</summary>
    /// <param name="NotPeople">The site's names that JSON-LD does not also give as a person.</param>
    /// <param name="MetaValues">The first author meta tag that names anyone.</param>
    /// <param name="Labelled">The author an SEO plugin's labelled pair names.</param>
    /// <param name="Person">The person JSON-LD or the meta tags name in full; null when neither does, and the visible byline decides.</param>
    private readonly record struct AuthorSources(string?[] NotPeople, IReadOnlyList<string> MetaValues, IReadOnlyList<string> Labelled, List<string>? Person)
    {
        public static AuthorSources Of(MetaTags meta, JsonLdReader ld, string?[] siteNames)
        {
            // A site named after its author ("Haki Benita") still has that person as author when JSON-LD says Person.
            var notPeople = Array.FindAll(siteNames, s => s is null || !ld.People.Exists(p => AuthorCleaner.SameName(p, s)));
            var metaValues = MetaAuthors(meta);
            var person = AuthorCleaner.Clean(ld.Authors, notPeople, NameRule.Person) is { Count: > 0 } fromLd ? fromLd
                : AuthorCleaner.Clean(metaValues, siteNames, NameRule.Person) is { Count: > 0 } fromMeta ? fromMeta
                : null;
            return new AuthorSources(notPeople, metaValues, LabelledAuthor(meta), person);
        }
    }

    /// <summary>
    /// The values of the first author meta tag that names anyone; but when a later one lists the same people and more
    /// (a single <c>dc:creator</c> or <c>author</c> field holds the first author, repeated <c>citation_author</c> tags hold
    /// them all), the fuller list.
    /// </summary>
    private static IReadOnlyList<string> MetaAuthors(MetaTags meta)
    {
        IReadOnlyList<string> chosen = [];
        List<string>? people = null;
        foreach (var key in AuthorKeys)
        {
            if (meta.All(key) is not { Count: > 0 } values)
            {
                continue;
            }

            if (people is null)
            {
                if (AuthorCleaner.Clean(values, [], NameRule.Stated).Count > 0)
                {
                    chosen = values;
                    people = AuthorCleaner.Clean(values, [], NameRule.Person);
                }

                continue;
            }

            var listed = AuthorCleaner.Clean(values, [], NameRule.Person);
            if (listed.Count > people.Count && people.TrueForAll(p => listed.Exists(l => AuthorCleaner.SamePerson(l, p))))
            {
                (chosen, people) = (values, listed);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The authors when the metadata names no person in full (<see cref="AuthorSources.Person"/>): JSON-LD, meta tags, the
    /// visible byline and the labelled pair in turn, first the first that names a person in full; else the first
    /// that names anyone (a first name, a handle, a brand) other than the site or a role; else a desk, a role or the
    /// site's own name when the page states it in two of those places (a staff byline stated in the metadata and
    /// under the headline is the page's plain word); else whatever JSON-LD or the meta tags alone name.
    /// </summary>
    private static List<string> Authors(AuthorSources sources, JsonLdReader ld, List<string> byline, string?[] siteNames)
    {
        var (notPeople, metaValues, labelled, _) = sources;
        foreach (var rule in (ReadOnlySpan<NameRule>)[NameRule.Person, NameRule.NameLike])
        {
            // JSON-LD and the meta tags have named no person already (AuthorSources.Of).
            for (var i = rule == NameRule.Person ? 2 : 0; i < 4; i++)
            {
                var source = i switch { 0 => ld.Authors, 1 => metaValues, 2 => byline, _ => labelled };
                if (AuthorCleaner.Clean(source, rule == NameRule.Person && i == 0 ? notPeople : siteNames, rule) is { Count: > 0 } names)
                {
                    return names;
                }
            }
        }

        var (fromLd, fromMeta, fromByline, fromLabel) = (AuthorCleaner.Clean(ld.Authors, [], NameRule.Stated), AuthorCleaner.Clean(metaValues, [], NameRule.Stated),
            AuthorCleaner.Clean(byline, [], NameRule.Stated), AuthorCleaner.Clean(labelled, [], NameRule.Stated));
        var stated = Corroborated([fromLd, fromMeta, fromByline, fromLabel]);
        if (stated.Count > 0)
        {
            return stated;
        }

        // Last, what the metadata or the visible byline alone names as author, a brand or a desk included ("By the
        // Acme Team"): it is what the page says. Those lists are the ones just made (Corroborated keeps none of them).
        foreach (var names in (ReadOnlySpan<List<string>>)[fromLd, fromMeta, fromLabel, fromByline])
        {
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>
    /// Metadata often names only the first of several authors (a CMS field holds one user), while the byline under
    /// the headline lists them all: when the byline's people include every one the metadata names, and more, the
    /// byline's list is the page's.
    /// </summary>
    private static List<string> WithCoAuthors(List<string> names, List<string> byline, string?[] siteNames)
    {
        if (byline.Count == 0)
        {
            return names;
        }

        var listed = AuthorCleaner.Clean(byline, siteNames, NameRule.Person);
        if (listed.Count <= names.Count || listed.Count > MetadataThresholds.MaxBylineCoAuthors)
        {
            return names;
        }

        foreach (var name in names)
        {
            if (!listed.Exists(l => AuthorCleaner.SamePerson(l, name)))
            {
                return names;
            }
        }

        return listed;
    }

    private static readonly string[] WrittenByLabels = Vocabulary.Words("authors", "written-by-labels");

    private static readonly string[] LabelKeys = ["twitter:label1", "twitter:label2", "twitter:label3", "twitter:label4"];

    private static readonly string[] DataKeys = ["twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4"];

    /// <summary>The author an SEO plugin states as a labelled pair: <c>twitter:label1</c> "Written by", <c>twitter:data1</c> the name.</summary>
    private static IReadOnlyList<string> LabelledAuthor(MetaTags meta)
    {
        for (var i = 0; i < LabelKeys.Length; i++)
        {
            if (meta.First(LabelKeys[i]) is { } label && Array.IndexOf(WrittenByLabels, label.Trim().TrimEnd(':').ToLowerInvariant()) >= 0)
            {
                return meta.All(DataKeys[i]);
            }
        }

        return [];
    }

    /// <summary>The name-like values that at least two sources state.</summary>
    private static List<string> Corroborated(ReadOnlySpan<List<string>> sources)
    {
        var result = new List<string>();
        foreach (var source in sources)
        {
            foreach (var name in source)
            {
                var count = 0;
                foreach (var other in sources)
                {
                    count += other.Exists(n => AuthorCleaner.SameName(n, name)) ? 1 : 0;
                }

                // Each list holds at most MaxAuthors, but four of them could name twice as many between them.
                if (count >= 2 && result.Count < MetadataThresholds.MaxAuthors && !result.Exists(r => AuthorCleaner.SameName(r, name)))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    private static readonly string[] PublishedKeys = Vocabulary.Words("dates", "published-keys");

    private static readonly string[] PublishedKeyEndings = Vocabulary.Words("dates", "published-key-endings");

    private static readonly string[] ModifiedKeys = Vocabulary.Words("dates", "modified-keys");

    private static readonly string[] SchemaPublishedKeys = Vocabulary.Words("dates", "schema-published-keys");

    private static readonly string[] HeadPublishedKeys = Array.FindAll(PublishedKeys, k => !SchemaPublishedKeys.Contains(k));

    /// <summary>
    /// The dates the body states and its visible byline, in one walk (<see cref="BodyWalk"/>); empty lists for a page
    /// without a body.
    /// </summary>
    private static (List<DateCandidate> Dates, List<string> Byline) ReadBody(IHtmlDocument document, IElement? articleScope, IElement? headline, string? language)
    {
        if (document.Body is not { } body)
        {
            return ([], []);
        }

        var dates = DateScanner.Start(headline, articleScope, language);
        var bylines = BylineCandidates.Start(headline, articleScope);
        BodyWalk.Run(body, dates, bylines);
        return (dates.Candidates(), BylineFinder.Find(bylines));
    }

    /// <summary>Every date the page states, machine-readable or visible (<paramref name="bodyDates"/>), then the choice by evidence (<see cref="DateChooser"/>).</summary>
    private static (ArticleDate? Published, ArticleDate? Modified, DateEvidence Evidence) Dates(List<DateCandidate> bodyDates, MetaTags meta, JsonLdReader ld, string? language, Uri? url, bool plausibleHeadline)
    {
        var candidates = new List<DateCandidate>(bodyDates.Count + 5);
        AddStructured(candidates, DateParser.Parse(ld.DatePublished, language), DateRole.Published, DateSource.JsonLd);
        AddStructured(candidates, DateParser.Parse(ld.DateModified, language), DateRole.Modified, DateSource.JsonLd);
        var byEnding = meta.FirstEndingWith(PublishedKeyEndings);
        var headStated = byEnding is not null || meta.First(HeadPublishedKeys) is not null;
        AddStructured(candidates, DateParser.Parse(meta.First(PublishedKeys) ?? byEnding, language), DateRole.Published, DateSource.Meta, !headStated);
        AddStructured(candidates, DateParser.Parse(meta.First(ModifiedKeys), language), DateRole.Modified, DateSource.Meta);
        AddStructured(candidates, UrlDate(url), DateRole.Published, DateSource.Url);
        candidates.AddRange(bodyDates);
        var (published, modified) = DateChooser.Choose(candidates, plausibleHeadline);
        return (published, modified, DateChooser.Evidence(candidates, published, ld.ArticleDated));
    }

    private static void AddStructured(List<DateCandidate> candidates, ArticleDate? date, DateRole role, DateSource source, bool schemaOnly = false)
    {
        if (date is { } d)
        {
            candidates.Add(new DateCandidate(d, role, source, int.MaxValue, false) { SchemaOnly = schemaOnly });
        }
    }

    /// <summary>
    /// "/2017/7/12/slug", "/2017-07-12-slug", and written compact, "/20170712-slug", "/news/slug-20170712.html": the day a
    /// CMS filed the article under. The compact form is eight digits alone between separators, so a longer number (an id,
    /// a timestamp) is none.
    /// </summary>
    private static ArticleDate? UrlDate(Uri? uri)
    {
        if (uri is null || UrlDatePattern().Match(uri.AbsolutePath) is not { Success: true } m)
        {
            return null;
        }

        // "/2023/october/03/": a month name reads as people write dates, in any of the lexicon's languages.
        var month = m.Groups["m"].Value;
        return char.IsAsciiLetter(month[0])
            ? DateParser.Parse(string.Concat(m.Groups["d"].Value, " ", month, " ", m.Groups["y"].Value), "en")
            : DateParser.Parse(string.Concat(m.Groups["y"].Value, "-", month.PadLeft(2, '0'), "-", m.Groups["d"].Value.PadLeft(2, '0')));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>[01]?\d|[a-z]{3,9})[/-](?<d>[0-3]?\d)(?:[/-]|\.html?$|$)|(?<=[/_-])(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_-]|\.html?$|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.ExplicitCapture)]
    private static partial System.Text.RegularExpressions.Regex UrlDatePattern();

    /// <summary>
    /// Whether the page's <c>&lt;title&gt;</c> is the site's default, its brand and tagline ("Acme - Where teams meet"),
    /// on a page other than the home page, while a heading stands in the page's article or main column: a client-rendered
    /// site serves that title on every page, and the heading, however unlike it, is the page's own title.
    /// </summary>
    private static bool IsSiteDefaultTitle(string? docTitle, string?[] siteNames, Uri? url, IElement? headline) =>
        headline is not null && HeadlineFinder.InArticleOrMain(headline) && !IsHomePage(url) && TitleCleaner.BrandLedTitle(docTitle, siteNames) is not null;

    /// <summary>Whether the address is a site's home page: its path is the root ("https://example.com/", a query aside).</summary>
    private static bool IsHomePage(Uri? url) => url is not null && url.AbsolutePath is "/" or "";

    private static List<string> Tags(MetaTags meta, JsonLdReader ld)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in meta.All("article:tag"))
        {
            AddTag(tags, seen, t);
        }

        if (tags.Count == 0)
        {
            foreach (var k in ld.Keywords)
            {
                if (!AddTag(tags, seen, k))
                {
                    break;
                }
            }
        }

        if (tags.Count == 0 && meta.First("news_keywords", "keywords") is { } keywords)
        {
            foreach (var range in keywords.AsSpan().Split(','))
            {
                if (keywords.AsSpan(range).Trim() is { IsEmpty: false } k && !AddTag(tags, seen, k.ToString()))
                {
                    break;
                }
            }
        }

        return tags;
    }

    /// <summary>
    /// The title or site name, or null when it is longer than <see cref="MetadataThresholds.MaxTitleLength"/>: no
    /// headline or name is, and a <c>&lt;title&gt;</c> left open takes in the rest of the page as its text.
    /// </summary>
    private static string? Bounded(string? title) => title is { Length: > MetadataThresholds.MaxTitleLength } ? null : title;

    /// <summary>
    /// The address when it can be linked to: absolute http(s), or relative where the page's address is unknown (such
    /// URLs stay as written, README "Relative links"). Null for any other scheme ("javascript:alert(1)" or
    /// "data:image/png;…" in a canonical link, og:url, og:image or JSON-LD, which a caller would put in an href or src)
    /// and for an address that does not parse (a port past 65535), which <see cref="UrlResolver.Resolve"/> hands back
    /// as written.
    /// </summary>
    internal static string? Linkable(string? url) => url is not null && UrlSafety.IsSafe(url) ? url : null;

    private static string? Canonical(List<IElement> links)
    {
        foreach (var link in links)
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

    /// <summary>
    /// Adds the tag unless it is too long or already there; false once <see cref="MetadataThresholds.MaxTags"/> are held.
    /// The duplicate test was a scan of the list, so a keywords list of 80,000 distinct words took 9 s.
    /// </summary>
    private static bool AddTag(List<string> tags, HashSet<string> seen, string tag)
    {
        if (tags.Count >= MetadataThresholds.MaxTags)
        {
            return false;
        }

        var clean = Clean(tag);
        if (clean is { Length: <= 100 } && seen.Add(clean))
        {
            tags.Add(clean);
        }

        return true;
    }

    // Characters typed into a title or name that a reader never sees: zero-width space, word joiner, byte-order mark, soft
    // hyphen; and the bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069), which turn the
    // direction of the text after them, a caller's too when left open: "\u202EJane Doe" as an author turned the text
    // header's whole "By Jane Doe · 2024-03-05 · City News" line around. The marks U+200E and U+200F stay: RTL text
    // places its punctuation with them.
    private static readonly char[] Invisible = ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    // Searched as the first four and the two ranges: three vectorised searches of a short value took a third of the
    // time one SearchValues of the thirteen did.
    private static readonly char[] InvisibleSingles = ['\u200B', '\u2060', '\uFEFF', '\u00AD'];

    private static bool HasInvisible(ReadOnlySpan<char> text) =>
        text.IndexOfAny(InvisibleSingles) >= 0 || text.IndexOfAnyInRange('\u202A', '\u202E') >= 0 || text.IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    /// <summary>Decodes stray entities (meta values are sometimes double-encoded), drops invisible characters, collapses white space; null when empty.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decoded = value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
        if (HasInvisible(decoded))
        {
            // A zero-width space, word joiner, byte-order mark or soft hyphen is typed into a title or name but never seen.
            decoded = string.Concat(decoded.Split(Invisible));
        }

        if (IsCollapsed(decoded))
        {
            // Most values need nothing done: no new string for them.
            return decoded;
        }

        var collapsed = Collapse(decoded);
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Whether the text has no white space at its ends, and none inside but single spaces.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the text (split at any white space) joined by single spaces.</summary>
    private static string Collapse(string text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    internal static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;
}
