namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="Article.Url"/> and <see cref="Article.LeadImage"/> are addresses a caller links to: absolute http(s), or
/// relative as written where the page's address is unknown (README, "Relative links"). They took any other scheme the
/// page wrote ("javascript:alert(1)" in a canonical link, og:url, og:image, JSON-LD or the body's first image; data:,
/// mailto:, ftp:, urn:, about:), and an address that does not parse (a port past 65535) as written. Such a value is now
/// no address: the canonical URL falls back to the page's own, the lead image to the body's first linkable image.
/// </summary>
public class LinkableAddressTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/2024/03/trams");

    private static Article Extract(string head, string body = "", Uri? url = null) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return</title>{head}</head>
        <body><article><h1>Night trams return</h1>{body}
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        </article></body></html>
        """, url);

    [Theory]
    [InlineData("""<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="javascript:alert(2)">""")]
    [InlineData("""<meta property="og:url" content="data:text/html,hi"><meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">""")]
    [InlineData("""<meta property="og:url" content="mailto:desk@news.example.com"><meta property="og:image" content="ftp://news.example.com/a.png">""")]
    [InlineData("""<meta property="og:url" content="urn:isbn:0451450523"><meta name="twitter:image" content="about:blank">""")]
    [InlineData("""<link rel="canonical" href="https://news.example.com:70000/trams"><meta property="og:image" content="http://news.example.com:99999/a.png">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","url":"javascript:alert(1)","image":"vbscript:msgbox(1)"}</script>""")]
    public void A_non_http_address_is_no_address(string head)
    {
        var a = Extract(head, url: PageUrl);
        Assert.Equal(PageUrl.AbsoluteUri, a.Url);
        Assert.Null(a.LeadImage);

        var unaddressed = Extract(head);
        Assert.Null(unaddressed.Url);
        Assert.Null(unaddressed.LeadImage);
    }

    [Fact]
    public void A_scheme_split_by_a_tab_is_no_relative_address()
    {
        // Browsers drop tabs inside a URL, so this is javascript: to them; against the page's address it is a path.
        const string head = """<meta property="og:url" content=" java	script:alert(1)"><meta property="og:image" content="java&#10;script:alert(1)">""";

        var unaddressed = Extract(head);
        Assert.Null(unaddressed.Url);
        Assert.Null(unaddressed.LeadImage);

        var a = Extract(head, url: PageUrl);
        Assert.StartsWith("https://news.example.com/", a.Url);
        Assert.StartsWith("https://news.example.com/", a.LeadImage);
    }

    [Fact]
    public void The_lead_image_from_the_body_skips_a_javascript_source()
    {
        var a = Extract("", """<img src="javascript:alert(1)" width="800" height="500"><p>x</p><img src="/img/tram.jpg" width="800" height="500">""", PageUrl);

        Assert.DoesNotContain("javascript", a.LeadImage ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""<link rel="canonical" href="https://news.example.com/a b"><meta property="og:image" content=" //cdn.example.com/tram.jpg ">""", "https://news.example.com/a%20b", "https://cdn.example.com/tram.jpg")]
    [InlineData("""<base href="/media/"><link rel="canonical" href="trams"><meta property="og:image" content="tram.jpg">""", "https://news.example.com/media/trams", "https://news.example.com/media/tram.jpg")]
    [InlineData("""<base href="javascript:alert(1)//"><meta property="og:image" content="tram.jpg">""", "https://news.example.com/2024/03/trams", "https://news.example.com/2024/03/tram.jpg")]
    public void Http_addresses_resolve_as_before(string head, string url, string image)
    {
        var a = Extract(head, url: PageUrl);

        Assert.Equal(url, a.Url);
        Assert.Equal(image, a.LeadImage);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("mailto:desk@news.example.com")]
    [InlineData("file:///home/me/page.html")]
    public void A_page_address_a_reader_cannot_follow_is_no_url(string address)
    {
        // The caller's address stands in for a canonical one only when it is one a reader can follow: it was handed
        // out as given ("javascript:alert(1)" as Article.Url, in the JSON, the front matter and the text header).
        var url = new Uri(address);
        Assert.Null(Extract("", url: url).Url);
        Assert.Null(ArticleExtractor.Default.Extract(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, url).Url);
        Assert.Equal(PageUrl.AbsoluteUri, Extract($"""<link rel="canonical" href="{PageUrl.AbsoluteUri}">""", url: url).Url);
    }

    [Fact]
    public void Without_the_page_address_a_relative_one_stays_as_written()
    {
        var a = Extract("""<link rel="canonical" href="/2024/03/trams"><meta property="og:image" content="/img/tram.jpg">""");

        Assert.Equal("/2024/03/trams", a.Url);
        Assert.Equal("/img/tram.jpg", a.LeadImage);
    }
}
