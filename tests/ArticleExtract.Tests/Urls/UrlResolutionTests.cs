using System.Text.RegularExpressions;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Urls;

/// <summary>
/// Relative links and images resolve against the page URL when given, else against what the page says about itself:
/// <c>&lt;base href&gt;</c>, then <c>&lt;link rel=canonical&gt;</c>, then <c>og:url</c>.
/// </summary>
public sealed partial class UrlResolutionTests
{
    private static string Page(string head) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Council approves tram extension</title>{{head}}</head>
        <body><main><article>
        <h1>Council approves tram extension</h1>
        <p>{{TestPages.P1}} Read <a href="/2023/6/5/tram-vote">the full vote record</a> and <a href="../maps/north.html">the route map</a>.</p>
        <figure><img src="images/tram.jpg" alt="A tram at the depot"><figcaption>The new trams arrive next year.</figcaption></figure>
        <p>{{TestPages.P2}}</p>
        <p>{{TestPages.P3}}</p>
        </article></main></body></html>
        """;

    private static List<string> Urls(Article article)
    {
        var urls = new List<string>();
        foreach (var section in article.Sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        urls.AddRange(p.Inlines.Where(i => i.Href is not null).Select(i => i.Href!));
                        break;
                    case ImageBlock image:
                        urls.Add(image.Source);
                        break;
                }
            }
        }

        return urls;
    }

    private static void AssertResolvedAgainst(string head, string vote, string map, string image, Uri? pageUrl = null)
    {
        var article = ArticleExtractor.Default.Extract(Page(head), pageUrl);
        Assert.Equal([vote, map, image], Urls(article));
        Assert.DoesNotMatch(RelativeUrl(), article.ToHtml());
    }

    [GeneratedRegex("(href|src)=\"(?!https?://)")]
    private static partial Regex RelativeUrl();

    [Fact]
    public void An_absolute_base_href_resolves_links_and_images_without_a_page_url() =>
        AssertResolvedAgainst("<base href=\"https://www.cityherald.example/news/local/\">",
            "https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/news/maps/north.html",
            "https://www.cityherald.example/news/local/images/tram.jpg");

    [Fact]
    public void Without_a_base_the_canonical_link_is_the_base() =>
        AssertResolvedAgainst("<link rel=\"canonical\" href=\"https://www.cityherald.example/news/local/tram-extension\">",
            "https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/news/maps/north.html",
            "https://www.cityherald.example/news/local/images/tram.jpg");

    [Fact]
    public void Without_a_base_or_canonical_og_url_is_the_base() =>
        AssertResolvedAgainst("<meta property=\"og:url\" content=\"https://m.cityherald.example/local/tram\">",
            "https://m.cityherald.example/2023/6/5/tram-vote", "https://m.cityherald.example/maps/north.html",
            "https://m.cityherald.example/local/images/tram.jpg");

    [Fact]
    public void The_canonical_link_wins_over_og_url_wherever_they_stand() =>
        AssertResolvedAgainst("<meta property=\"og:url\" content=\"https://m.cityherald.example/local/tram\"><link rel=\"alternate canonical\" href=\"https://www.cityherald.example/news/local/tram\">",
            "https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/news/maps/north.html",
            "https://www.cityherald.example/news/local/images/tram.jpg");

    [Fact]
    public void A_relative_base_resolves_against_the_canonical_link() =>
        AssertResolvedAgainst("<base href=\"/archive/2023/\"><link rel=\"canonical\" href=\"https://www.cityherald.example/news/local/tram\">",
            "https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/archive/maps/north.html",
            "https://www.cityherald.example/archive/2023/images/tram.jpg");

    [Fact]
    public void A_relative_canonical_link_is_passed_over_for_an_absolute_og_url() =>
        AssertResolvedAgainst("<link rel=\"canonical\" href=\"/news/local/tram\"><meta name=\"og:url\" content=\"https://www.cityherald.example/news/local/tram\">",
            "https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/news/maps/north.html",
            "https://www.cityherald.example/news/local/images/tram.jpg");

    [Fact]
    public void The_page_url_given_by_the_caller_wins_over_what_the_page_says() =>
        AssertResolvedAgainst("<link rel=\"canonical\" href=\"https://www.cityherald.example/news/local/tram\">",
            "https://mirror.example.org/2023/6/5/tram-vote", "https://mirror.example.org/copies/maps/north.html",
            "https://mirror.example.org/copies/herald/images/tram.jpg", new Uri("https://mirror.example.org/copies/herald/tram"));

    [Fact]
    public void A_base_href_elsewhere_resolves_links_but_is_not_the_article_address()
    {
        // A theme that points relative URLs at its asset host: the links go there, the page stays where it was fetched.
        var page = new Uri("https://www.cityherald.example/2023/06/05/tram-vote");
        var article = ArticleExtractor.Default.Extract(Page("<base href=\"https://cdn.cityherald.example/assets/\">"), page);
        Assert.Equal(page.AbsoluteUri, article.Url);
        Assert.Contains("https://cdn.cityherald.example/assets/images/tram.jpg", Urls(article));
    }

    [Fact]
    public void With_no_address_at_all_relative_urls_stay_relative()
    {
        var article = ArticleExtractor.Default.Extract(Page("<link rel=\"canonical\" href=\"javascript:alert(1)\">"));
        Assert.Equal(["/2023/6/5/tram-vote", "../maps/north.html", "images/tram.jpg"], Urls(article));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<p>page</p>")]
    [InlineData("file:///home/editor/pages/tram.html")]
    public void A_page_url_that_is_not_http_is_no_base(string pageUrl)
    {
        // Relative links resolved against such a URL became links into its scheme ("javascript:/2023/6/5/tram-vote").
        var article = ArticleExtractor.Default.Extract(Page(""), new Uri(pageUrl));
        Assert.Equal(["/2023/6/5/tram-vote", "../maps/north.html", "images/tram.jpg"], Urls(article));

        var stated = ArticleExtractor.Default.Extract(Page("<link rel=\"canonical\" href=\"https://www.cityherald.example/news/local/tram\">"), new Uri(pageUrl));
        Assert.Equal(["https://www.cityherald.example/2023/6/5/tram-vote", "https://www.cityherald.example/news/maps/north.html",
            "https://www.cityherald.example/news/local/images/tram.jpg"], Urls(stated));
    }

    [Fact]
    public void The_model_keeps_no_link_or_image_a_reader_cannot_follow()
    {
        // The renderings always filtered these; a caller rendering Sections itself met them as the page wrote them.
        var html = TestPages.Article(insideArticle: $"""
            <p>{TestPages.P2} Write to <a href="mailto:desk@cityherald.example">the desk</a>, call <a href="tel:+15550100">the line</a>,
            <a href="javascript:void(0)">share this</a> or <a href="java&#9;script:alert(1)">print it</a>, or read
            <a href="data:text/html,hello">the note</a> and <a href="https://www.cityherald.example/tram">the record</a>.</p>
            <figure><img src="javascript:alert(1)" alt="A tram"><figcaption>The depot at night.</figcaption></figure>
            <figure><img srcset="vbscript:x 2x" src="https://img.cityherald.example/tram.jpg" alt="A tram"></figure>
            <ul><li><a href="JAVASCRIPT:alert(2)">Timetable</a> for the line</li><li><a href="/maps">Maps</a> of the route</li></ul>
            """);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://www.cityherald.example/news/tram"));
        var blocks = article.Sections.SelectMany(s => s.Blocks).ToList();
        var links = blocks.OfType<ParagraphBlock>().SelectMany(p => p.Inlines)
            .Concat(blocks.OfType<ListBlock>().SelectMany(l => l.Items).SelectMany(i => i.Inlines))
            .Where(i => i.IsLink).ToDictionary(i => i.Text.Trim(), i => i.Href);
        Assert.Equal("mailto:desk@cityherald.example", links["the desk"]);
        Assert.Equal("tel:+15550100", links["the line"]);
        Assert.Equal("https://www.cityherald.example/tram", links["the record"]);
        Assert.Equal("https://www.cityherald.example/maps", links["Maps"]);
        foreach (var name in new[] { "share this", "print it", "the note", "Timetable" })
        {
            Assert.Equal("", links[name]);
        }

        Assert.Equal(["https://img.cityherald.example/tram.jpg"], blocks.OfType<ImageBlock>().Select(i => i.Source));
    }

    [Theory]
    [InlineData("https://www.bbc.co.uk/news/uk-123", "bbc")]
    [InlineData("https://www.news.com.au/national", "news")]
    [InlineData("https://www.asahi.co.jp/", "asahi")]
    [InlineData("https://www.ehow.com/how_123.html", "ehow")]
    [InlineData("https://www.lemonde.fr/politique/", "lemonde")]
    [InlineData("https://co.uk/", null)]
    [InlineData("https://localhost/page", null)]
    [InlineData("https://192.168.1.10/page", null)]
    public void The_site_label_of_a_host_follows_the_public_suffix_rule(string url, string? label) =>
        Assert.Equal(label, HostNames.SiteLabel(url));

    // A host that parses as a URL but has no IDNA form (Uri.IdnHost throws): here a label that mis-decoded bytes turned
    // into twelve scattered CJK and Hangul characters, found by the byte fuzzer (seed dAmL5ATNQu21).
    private const string HostWithoutIdnaForm =
        "http://jeongdongt\uA097\u81CD\uB987\u9DED\u97EF\uD6CD\u9FD3\uBFAB\u9A85\uC2A9\u9CC9\uF2D9heater.com/blog/review/";

    [Fact]
    public void A_host_without_an_idna_form_gives_no_site_label() =>
        Assert.Null(HostNames.SiteLabel(HostWithoutIdnaForm));

    [Fact]
    public void A_canonical_url_whose_host_has_no_idna_form_does_not_stop_extraction()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<link rel=\"canonical\" href=\"{HostWithoutIdnaForm}\">"));
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Equal("Council approves tram extension", article.Title);
    }

    [Fact]
    public void A_title_decorated_with_the_name_in_a_co_uk_host_loses_the_decoration()
    {
        var html = Page("").Replace("<title>Council approves tram extension</title>", "<title>Council approves tram extension - Herald</title>", StringComparison.Ordinal)
            .Replace("<h1>Council approves tram extension</h1>", "", StringComparison.Ordinal);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://www.herald.co.uk/news/tram"));
        Assert.Equal("Council approves tram extension", article.Title);
    }
}

public sealed class SrcsetTests
{
    [Fact]
    public void Commas_inside_a_cdn_url_stay_in_the_url()
    {
        const string Set = "https://res.cdn.example/image/upload/w_400,h_300,c_fill/tram.jpg 400w, https://res.cdn.example/image/upload/w_1200,h_900,c_fill/tram.jpg 1200w";
        Assert.Equal(["https://res.cdn.example/image/upload/w_400,h_300,c_fill/tram.jpg", "https://res.cdn.example/image/upload/w_1200,h_900,c_fill/tram.jpg"],
            Srcset.Parse(Set).Select(c => c.Url));
        Assert.Equal("https://res.cdn.example/image/upload/w_1200,h_900,c_fill/tram.jpg", Srcset.Largest(Set, _ => false));
    }

    [Theory]
    [InlineData("tram-1x.jpg, tram-2x.jpg 2x", "tram-2x.jpg")]
    [InlineData("a.jpg 1.5x,b.jpg 3x", "b.jpg")]
    [InlineData("a.jpg,,, b.jpg 0.5x", "a.jpg")]
    [InlineData("a.jpg 100w 2x, b.jpg 50w", "b.jpg")]
    [InlineData("a.jpg 0w, b.jpg 10w", "b.jpg")]
    [InlineData("a.jpg -1x, b.jpg 1x", "b.jpg")]
    [InlineData("a.jpg 300h, b.jpg 20w 30h", "b.jpg")]
    [InlineData("a.jpg (low res) 2x, b.jpg 1x", "b.jpg")]
    [InlineData("a.jpg 2q", null)]
    [InlineData("  ,  ", null)]
    [InlineData("small.jpg 320w, big.jpg 2x", "small.jpg")]
    [InlineData("a.jpg (x, y) 2x, b.jpg 1x", "b.jpg")]
    [InlineData("a.jpg 1x, b.jpg 2x (open", "a.jpg")]
    [InlineData("a.jpg,b.jpg 2x", "a.jpg,b.jpg")]
    public void Candidates_and_descriptors_are_parsed_as_the_standard_says(string srcset, string? largest) =>
        Assert.Equal(largest, Srcset.Largest(srcset, _ => false));

    [Fact]
    public void The_largest_candidate_is_chosen_among_those_the_test_lets_through()
    {
        // The test reads each URL where it stands in the attribute; only the chosen one becomes a string.
        Assert.Equal("b.jpg", Srcset.Largest("blank.gif 3x, b.jpg 2x, c.jpg 1x", url => url.StartsWith("blank", StringComparison.Ordinal)));
        Assert.Null(Srcset.Largest("blank.gif 3x", url => url.StartsWith("blank", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_data_url_candidate_with_its_comma_is_one_candidate_and_a_placeholder()
    {
        var candidates = Srcset.Parse("data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x, https://img.example/tram.jpg 2x");
        Assert.Equal(2, candidates.Count);
        Assert.Equal("data:image/gif;base64,R0lGODlhAQABAAAAACw=", candidates[0].Url);

        var html = TestPages.Article(insideArticle: "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" srcset=\"https://img.example/t/w_640,q_80/tram.jpg 640w, https://img.example/t/w_1600,q_80/tram.jpg 1600w\" alt=\"A tram\"></figure>");
        var image = ArticleExtractor.Default.Extract(html).Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>().Single();
        Assert.Equal("https://img.example/t/w_1600,q_80/tram.jpg", image.Source);
    }
}
