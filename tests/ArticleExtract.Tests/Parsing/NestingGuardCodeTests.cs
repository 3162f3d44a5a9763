using AngleSharp;
using AngleSharp.Html.Parser;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The nesting guard leaves the text of the head's scripts and style sheets out of what the parser gets (nothing reads
/// it), but never JSON-LD, never where the tokenizer would end the text elsewhere, and never in the body, where an
/// element's text holds its scripts' text.
/// </summary>
public sealed class NestingGuardCodeTests
{
    private static string Guarded(string html) => NestingGuard.Apply(html, 256).Html;

    // Code as long as a real page's analytics and framework bundles: the guard leaves code out only when it is at least
    // half the page (the parser would have made a string of it; the shorter markup is a string of the rest).
    private static readonly string Bundle = "<script>" + string.Concat(Enumerable.Repeat("window.queue.push(function () { track('view', location.pathname); });\n", 120)) + "</script>";

    private static string BodyHtml(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }, BrowsingContext.New(Configuration.Default)).ParseDocument(html).Body!.InnerHtml;

    [Fact]
    public void Script_and_style_text_of_the_head_is_left_out_and_their_elements_stay()
    {
        const string page = """
            <html><head><style>.promo { display: none } p > a { color: red }</style>
            <script async src="/app.js"></script>
            <script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }</script>BUNDLE</head>
            <body><p>Text a reader sees.</p><script>document.write("<div>" + ad + "</div>");</script><p>More text.</p></body></html>
            """;

        var withBundle = page.Replace("BUNDLE", Bundle, StringComparison.Ordinal);
        var guarded = Guarded(withBundle);

        Assert.DoesNotContain("dataLayer", guarded, StringComparison.Ordinal);
        Assert.DoesNotContain("display: none", guarded, StringComparison.Ordinal);
        Assert.Contains("<style></style>", guarded, StringComparison.Ordinal);
        Assert.Contains("<script async src=\"/app.js\"></script>", guarded, StringComparison.Ordinal);
        Assert.DoesNotContain("window.queue", guarded, StringComparison.Ordinal);
        Assert.Contains("document.write", guarded, StringComparison.Ordinal);
        Assert.Equal(BodyHtml(withBundle), BodyHtml(guarded));
    }

    [Fact]
    public void A_page_whose_code_is_less_than_half_of_it_is_passed_on_as_it_is()
    {
        var page = TestPages.Article().Replace("</head>", "<style>.promo { display: none }</style><script>var tracking = 1;</script></head>", StringComparison.Ordinal);

        Assert.Same(page, Guarded(page));
    }

    [Theory]
    // A script in the body, a script after text that opened the body, after an element that opened it, after </body>.
    [InlineData("<html><head><title>T</title></head><body><p>Text.</p><script>var inBody = 1;</script></body></html>")]
    [InlineData("<html><head><title>T</title>Stray words<script>var inBody = 1;</script></head><body><p>Text.</p></body></html>")]
    [InlineData("<html><head><title>T</title><div>Box</div><style>.inBody { color: red }</style></head><p>Text.</p></html>")]
    [InlineData("<html><head></head><body><p>Text.</p></body><script>var inBody = 1;</script></html>")]
    public void Script_and_style_text_in_the_body_is_kept(string page)
    {
        Assert.Equal(page, Guarded(page));
    }

    [Fact]
    public void Json_ld_is_kept_and_read()
    {
        const string jsonLd = """{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-14","author":{"@type":"Person","name":"Maria Lindqvist"}}""";
        var page = TestPages.Article().Replace("</head>", $"<script type=\"application/ld+json\">{jsonLd}</script><script>var tracking = 1;</script>{Bundle}</head>", StringComparison.Ordinal);

        Assert.Contains(jsonLd, Guarded(page), StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", Guarded(page), StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page);
        Assert.Equal(new DateOnly(2024, 5, 14), article.Published?.Date);
        Assert.Equal(["Maria Lindqvist"], article.Authors);
        TestPages.AssertOnlyArticle(article);
    }

    [Theory]
    // The tokenizer's escaped states: inside "<!--", a "<script>" makes the next "</script>" part of the text.
    [InlineData("<script><!--\nif (a) { document.write('<script>x()</script>'); }\n--></script><p>After.</p>")]
    // Only a name followed by white space, '/' or '>' ends the text.
    [InlineData("<script>var s = '</scripts>'; var t = 1;</script><p>After.</p>")]
    [InlineData("<style>a::after { content: '</styled>' }</style><p>After.</p>")]
    // Never closed: the text runs to the end of the markup.
    [InlineData("<p>Before.</p><script>var never = 'closed';")]
    public void The_parser_builds_the_same_elements_as_from_the_page_itself(string body)
    {
        var page = $"<html><body>{body}</body></html>";

        var guarded = BodyHtml(Guarded(page));

        Assert.Equal(WithoutCodeText(BodyHtml(page)), WithoutCodeText(guarded));
    }

    [Fact]
    public void A_script_holding_a_comment_opener_is_kept_whole()
    {
        const string page = "<html><body><script><!--\nvar legacy = 1;\n//--></script><p>After.</p></body></html>";

        Assert.Equal(page, Guarded(page));
    }

    [Fact]
    public void Svg_style_elements_keep_their_text()
    {
        const string page = "<html><body><svg viewBox=\"0 0 10 10\"><style>circle { fill: teal }</style><circle r=\"4\"/></svg><p>Caption.</p></body></html>";

        Assert.Equal(page, Guarded(page));
    }

    private static string WithoutCodeText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<(script|style)>.*?</\\1>", "<$1></$1>", System.Text.RegularExpressions.RegexOptions.Singleline);
}
