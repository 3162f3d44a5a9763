using System.Text;
using System.Text.Json;
using CsCheck;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Grammar fuzzing of the metadata a page declares: JSON-LD blocks (nested, cyclic through <c>@id</c>, cut short,
/// with comments, trailing commas and escapes), <c>&lt;meta&gt;</c> tags, <c>&lt;base&gt;</c>, canonical links,
/// <c>&lt;time&gt;</c> elements, bylines and datelines, each value drawn from a bank of hostile atoms (lone surrogates,
/// offsets past ±14:00, impossible and out-of-range dates, epochs at overflow, foreign digits, script URLs, bidi
/// controls, huge numbers) around an article of ordinary prose. Mutating real pages rarely reaches these values,
/// and two of them threw out of <c>Extract</c>. Properties: the documented outcome only (an article, or
/// <see cref="ExtractionLimitException"/>), the same result twice, from the page's UTF-8 bytes as from its string,
/// renderings that are safe and valid, and a <see cref="Article.Url"/> and <see cref="Article.LeadImage"/> that are
/// absolute http(s) addresses or absent. A fixed seeded run in CI; ARTICLEEXTRACT_FUZZ_ITERATIONS for a long run.
/// </summary>
[Collection(Hostile.Collection)]
public sealed class MetadataFuzzTests
{
    private const int CiIterations = 200;
    private const uint CiStream = 13;
    private const ulong CiSeed = 20261207;

    private static readonly Uri PageUrl = new("https://news.example.com/2024/05/story.html");

    // Values a field may hold, well formed or not. Kept as C# literals so a lone surrogate stays one.
    private static readonly string[] Texts =
    [
        "Council approves the harbour budget", "Jane Doe", "Jane Doe and John Roe", "By Jane Doe, MD", "Staff",
        "", " ", "\u202EeoD enaJ\u202C", "\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF", "e\u0301\u0301\u0301", "\uD800", "x\uDC00y", "\uDBFF\uDFFF",
        "\0", "a\u0001b", "| - |", " — ", "&amp;&lt;script&gt;", "<script>alert(1)</script>", "\" onmouseover=\"x", "`${x}`",
        "[a](javascript:alert(1))", "\u2028\u2029", "\\u00", "\\", "\"", "ｆｕｌｌ ｗｉｄｔｈ",
        "Jane Doe, John Roe & Ann Poe", "Written by Jane Doe", "Von Hans Müller", "Par Jeanne Dupont",
    ];

    private static readonly string[] Dates =
    [
        "2024-05-06", "2024-05-06T10:20:30Z", "2024-05-06T10:20:30+14:00", "2024-05-06T10:20:30+14:30", "2024-05-06T10:20:30-14:01",
        "2024-05-06T10:20:30+1459", "2024-05-06T10:20:30+99:99", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00-01:00",
        "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59+01:00", "0000-00-00", "10000-01-01", "-0005-01-01", "2024-13-01",
        "2024-01-32", "2023-02-29", "2024-02-30", "2024-01-01T25:61:61Z", "2024-01-01T12:00:00.12345678901234567890Z",
        "2024-01-01T12:00:00.Z", "2024-W53-8", "2024-366", "1700000000", "1700000000000", "-62135596801", "253402300800",
        "99999999999999999999", "1e999999", "NaN", "\u0662\u0660\u0662\u0664-\u0660\u0665-\u0660\u0666", "２０２４年５月６日",
        "6 mai 2024", "31 février 2024", "6. Mai 2024", "May 6th, 2024 at 25:00", "3 hours ago", "gestern", "Yesterday",
        "2024-05-06T10:20:30\uD800", "2024-05-06\0", "Mon, 06 May 2024 10:20:30 +1400", "Mon, 06 May 2024 10:20:30 GMT+1430",
    ];

    private static readonly string[] Addresses =
    [
        "https://news.example.com/2024/05/story.html", "/2024/05/story.html", "story.html", "//cdn.example.com/a.jpg",
        "javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "java&#x09;script:alert(1)", "vbscript:x", "data:image/png;base64,AAAA",
        "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.com/a", "mailto:a@example.com",
        "http://exa mple.com/a b", "https://[::1]:99999/", "http://example.com:65536/", "https://xn--bcher-kva.example/ä",
        "http://", "https://", "http:///x", "\uD800", "https://example.com/\uDC00", "  https://example.com/a  ", "#x", "?q=1",
        "http://%zz/", "https://user:pass@example.com/", "HTTPS://EXAMPLE.COM/A.JPG",
    ];

    private static readonly string[] MetaNames =
    [
        "og:title", "og:url", "og:image", "og:site_name", "og:description", "twitter:title", "twitter:image", "author",
        "article:author", "article:published_time", "article:modified_time", "date", "pubdate", "citation_date",
        "DC.date.issued", "parsely-pub-date", "sailthru.date", "description", "keywords", "article:tag", "og:locale",
    ];

    private static readonly string[] JsonKeys =
    [
        "@context", "@type", "@graph", "@id", "headline", "name", "alternativeHeadline", "author", "creator", "datePublished",
        "dateModified", "dateCreated", "uploadDate", "url", "image", "thumbnailUrl", "publisher", "mainEntityOfPage",
        "isAccessibleForFree", "keywords", "inLanguage", "description", "articleBody", "itemListElement", "contentUrl",
    ];

    private static readonly string[] Types = ["NewsArticle", "Article", "BlogPosting", "Person", "Organization", "WebPage", "ImageObject", "ListItem", "Product"];

    private static readonly Gen<int[]> Cases = Gen.Int[0, int.MaxValue].Array[24, 160];

    [Fact]
    public void Hostile_metadata_never_crashes_and_gives_sound_fields()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromSeconds(15) });
        FuzzRun.Run("metadata fuzz", Cases, c => Check(extractor, Page(c)), c => $"choices [{string.Join(", ", c)}]", CiIterations, CiStream, CiSeed);
    }

    [Fact]
    public void The_generator_reaches_the_values_it_is_for()
    {
        // The property test is only as good as its pages: a few fixed recipes must put the hostile atoms in place.
        var pages = Enumerable.Range(0, 400).Select(i => Page(Enumerable.Range(0, 80).Select(k => (int)(((long)i * 7919 + k * 104729) % int.MaxValue)).ToArray())).ToList();
        Assert.Contains(pages, p => p.Contains("application/ld+json", StringComparison.Ordinal) && p.Contains("@graph", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("+14:30", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("\\ud800", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains('\uD800'));
        Assert.Contains(pages, p => p.Contains("<time datetime=", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("<base href=", StringComparison.Ordinal));
    }

    private static void Check(ArticleExtractor extractor, string html)
    {
        var fromString = Hostile.Extract(extractor, e => e.Extract(html, PageUrl));
        var again = Hostile.Extract(extractor, e => e.Extract(html, PageUrl));
        if (fromString is null || again is null)
        {
            return;
        }

        var json = fromString.ToJson();
        Assert.Equal(json, again.ToJson());
        using (JsonDocument.Parse(json))
        {
            // Valid JSON whatever the page's strings held.
        }

        SecurityTests.AssertSafeHtml(fromString.ToHtml());
        SecurityTests.AssertSafeMarkdown(fromString.ToMarkdown());
        AssertLinkable(fromString.Url, "Url");
        AssertLinkable(fromString.LeadImage, "LeadImage");
        Assert.NotEqual(ExtractionOutcome.NotHtml, fromString.Outcome);

        // The bytes path (sniffing, decoding) and its own properties, lone surrogates becoming U+FFFD on the way.
        var bytes = Encoding.UTF8.GetBytes(html);
        FuzzTests.CheckProperties(extractor, bytes, "text/html; charset=utf-8");
        var fromBytes = Hostile.Extract(extractor, e => e.Extract(bytes, PageUrl, "text/html; charset=utf-8"));
        if (fromBytes is not null)
        {
            AssertLinkable(fromBytes.Url, "Url");
            AssertLinkable(fromBytes.LeadImage, "LeadImage");
        }
    }

    private static void AssertLinkable(string? address, string field)
    {
        if (address is null)
        {
            return;
        }

        Assert.True(Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
            $"{field} is not an absolute http(s) address: \"{address}\"");
    }

    /// <summary>A page built from the choices: every pick reads the next one, cycling, so any array makes a page.</summary>
    internal static string Page(int[] choices)
    {
        var r = new Choices(choices);
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html><html");
        if (r.Chance(3))
        {
            sb.Append(" lang=\"").Append(Attribute(r.Pick(Texts))).Append('"');
        }

        sb.Append("><head><meta charset=\"utf-8\">");
        if (r.Chance(2))
        {
            sb.Append("<title>").Append(Text(r.Pick(Texts))).Append(r.Chance(2) ? " | The Example Herald" : "").Append("</title>");
        }

        if (r.Chance(4))
        {
            sb.Append("<base href=\"").Append(Attribute(r.Pick(Addresses))).Append("\">");
        }

        if (r.Chance(3))
        {
            sb.Append("<link rel=\"canonical\" href=\"").Append(Attribute(r.Pick(Addresses))).Append("\">");
        }

        for (int i = 0, n = r.Next(6); i < n; i++)
        {
            var name = r.Pick(MetaNames);
            var value = name.Contains("time", StringComparison.Ordinal) || name.Contains("date", StringComparison.OrdinalIgnoreCase) ? r.Pick(Dates)
                : name.Contains("url", StringComparison.Ordinal) || name.Contains("image", StringComparison.Ordinal) ? r.Pick(Addresses)
                : r.Pick(Texts);
            sb.Append("<meta ").Append(name.Contains(':', StringComparison.Ordinal) && r.Chance(2) ? "property" : "name")
                .Append("=\"").Append(name).Append("\" content=\"").Append(Attribute(value)).Append("\">");
        }

        for (int i = 0, n = r.Next(4); i < n; i++)
        {
            sb.Append("<script type=\"application/ld+json\">").Append(JsonLd(r)).Append("</script>");
        }

        sb.Append("</head><body><header><a href=\"/\">The Example Herald</a></header><main><article>");
        sb.Append("<h1>").Append(Text(r.Pick(Texts))).Append("</h1>");
        if (r.Chance(2))
        {
            sb.Append("<p class=\"byline\">By ").Append(Text(r.Pick(Texts))).Append("</p>");
        }

        if (r.Chance(2))
        {
            sb.Append("<time datetime=\"").Append(Attribute(r.Pick(Dates))).Append("\">").Append(Text(r.Pick(Dates))).Append("</time>");
        }

        if (r.Chance(3))
        {
            sb.Append("<span class=\"date\">").Append(Text(r.Pick(Dates))).Append("</span>");
        }

        if (r.Chance(3))
        {
            sb.Append("<figure><img src=\"").Append(Attribute(r.Pick(Addresses))).Append("\" srcset=\"").Append(Attribute(r.Pick(Addresses)))
                .Append(" 2x\" alt=\"").Append(Attribute(r.Pick(Texts))).Append("\"></figure>");
        }

        sb.Append("<p>The council met on Tuesday evening to settle the harbour budget after months of argument between the ")
            .Append("fishing cooperative and the ferry operator, who both claim the eastern quay.</p>")
            .Append("<p>Under the plan approved by seven votes to four, the quay will be shared on alternate days, and a new ")
            .Append("slipway will be built with money from the regional fund before the end of next year.</p>")
            .Append("<p>Residents who spoke at the meeting were divided, with several asking why the old customs house, ")
            .Append("empty since the spring floods, had not been offered to either side as a compromise.</p>");
        if (r.Chance(3))
        {
            sb.Append("<p>").Append(Text(r.Pick(Dates))).Append(" — ").Append(Text(r.Pick(Texts))).Append("</p>");
        }

        sb.Append("</article></main><footer>© The Example Herald</footer></body></html>");
        return sb.ToString();
    }

    private static string JsonLd(Choices r)
    {
        var sb = new StringBuilder(512);
        switch (r.Next(12))
        {
            case 0:
                // Deep nesting, closed or not.
                var depth = 1 + r.Next(20_000);
                sb.Append('[', depth).Append('1');
                if (r.Chance(2))
                {
                    sb.Append(']', depth);
                }

                return sb.ToString();
            case 1:
                // A chain of references, possibly a cycle.
                var length = 2 + r.Next(3_000);
                var cyclic = r.Chance(2);
                sb.Append("{\"@context\":\"https://schema.org\",\"@graph\":[");
                for (var i = 0; i < length; i++)
                {
                    sb.Append(i == 0 ? "" : ",").Append("{\"@id\":\"#n").Append(i).Append("\",\"@type\":\"").Append(i == 0 ? "NewsArticle" : "Person")
                        .Append("\",\"author\":{\"@id\":\"#n").Append(i + 1 < length ? i + 1 : cyclic ? 0 : length).Append("\"},\"name\":")
                        .Append(JsonString(r.Pick(Texts), r)).Append('}');
                }

                return sb.Append("]}").ToString();
            default:
                Value(sb, r, 0, forceObject: true);
                var text = sb.ToString();
                // Lenient spellings and damage the reader should survive: a comment, a trailing comma, a cut.
                return r.Next(6) switch
                {
                    0 => "/* note */" + text,
                    1 => text.Length > 2 ? text[..^1] + ",}" : text,
                    2 => text[..r.Next(text.Length + 1)],
                    3 => "<!--" + text + "-->",
                    _ => text,
                };
        }
    }

    private static void Value(StringBuilder sb, Choices r, int depth, bool forceObject = false)
    {
        var kind = forceObject ? 0 : depth > 3 ? 2 + r.Next(2) : r.Next(9);
        switch (kind)
        {
            case 0:
            case 4:
            case 5:
                sb.Append('{');
                for (int i = 0, n = 1 + r.Next(7); i < n; i++)
                {
                    var key = i == 0 ? "@type" : r.Pick(JsonKeys);
                    sb.Append(i == 0 ? "" : ",").Append(JsonString(key, r)).Append(':');
                    if (key == "@type")
                    {
                        sb.Append(JsonString(r.Pick(Types), r));
                    }
                    else if (key.StartsWith("date", StringComparison.Ordinal) || key == "uploadDate")
                    {
                        if (r.Chance(4))
                        {
                            Value(sb, r, depth + 1);
                        }
                        else
                        {
                            sb.Append(JsonString(r.Pick(Dates), r));
                        }
                    }
                    else if (key is "url" or "image" or "thumbnailUrl" or "contentUrl" or "@id" or "mainEntityOfPage" && r.Chance(2))
                    {
                        sb.Append(JsonString(r.Pick(Addresses), r));
                    }
                    else
                    {
                        Value(sb, r, depth + 1);
                    }
                }

                sb.Append('}');
                break;
            case 1:
            case 6:
                sb.Append('[');
                for (int i = 0, n = r.Next(5); i < n; i++)
                {
                    sb.Append(i == 0 ? "" : ",");
                    Value(sb, r, depth + 1);
                }

                sb.Append(']');
                break;
            case 2:
                sb.Append(r.Pick(["0", "-0", "1e999999", "-1e999999", "123456789012345678901234567890", "1.5", "1700000000000", "true", "false", "null",
                    "\"\\u00\"", "\"\\uZZZZ\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "'single'", "NaN", "Infinity", "0x10", "\"\\"]));
                break;
            default:
                sb.Append(JsonString(r.Pick(Texts), r));
                break;
        }
    }

    /// <summary>A JSON string literal, its characters written plainly or as <c>\u</c> escapes (lone surrogates included).</summary>
    private static string JsonString(string s, Choices r)
    {
        var escape = r.Chance(3);
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < ' ' || (escape && (c > '~' || char.IsSurrogate(c))))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Attribute(string s) => s.Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Text(string s) => s.Replace("<", "&lt;", StringComparison.Ordinal);

    private sealed class Choices(int[] values)
    {
        private int _at;

        public int Next(int bound)
        {
            if (bound <= 1)
            {
                return 0;
            }

            // Cycling through a short array would repeat picks in step; the position mixes in so it does not.
            var v = (uint)values[_at % values.Length] ^ (uint)(_at / values.Length * 0x9E3779B1);
            _at++;
            return (int)(v % (uint)bound);
        }

        public bool Chance(int oneIn) => Next(oneIn) == 0;

        public string Pick(string[] from) => from[Next(from.Length)];
    }
}
