using AngleSharp;
using AngleSharp.Html.Parser;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The nesting guard leaves the text of scripts (head and body) and of the head's style sheets out of what the parser
/// gets (nothing reads it, and the tokenizer would spend about as long on it as on the rest of a news page), but never
/// JSON-LD, never a style sheet in the body, never SVG's style sheets, and never where the tokenizer would end the text
/// elsewhere.
/// </summary>
public sealed class NestingGuardCodeTests
{
    private static string Guarded(string html) => NestingGuard.Apply(html, 256).Html;

    // Code as long as a real page's analytics and framework bundles.
    private static readonly string Bundle = "<script>" + string.Concat(Enumerable.Repeat("window.queue.push(function () { track('view', location.pathname); });\n", 120)) + "</script>";

    private static string BodyHtml(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }, BrowsingContext.New(Configuration.Default)).ParseDocument(html).Body!.InnerHtml;

    [Fact]
    public void Script_text_and_the_heads_style_text_are_left_out_and_their_elements_stay()
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
        Assert.DoesNotContain("document.write", guarded, StringComparison.Ordinal);
        Assert.Contains("<p>Text a reader sees.</p><script></script><p>More text.</p>", guarded, StringComparison.Ordinal);
        Assert.Equal(WithoutCodeText(BodyHtml(withBundle)), BodyHtml(guarded));
    }

    [Fact]
    public void A_page_without_code_text_is_passed_on_as_it_is()
    {
        var page = TestPages.Article().Replace("</head>", "<script async src=\"/app.js\"></script><style></style></head>", StringComparison.Ordinal);

        Assert.Same(page, Guarded(page));
    }

    [Theory]
    // A script in the body, a script after text that opened the body, after an element that opened it, after </body>.
    [InlineData("<html><head><title>T</title></head><body><p>Text.</p><script>var inBody = 1;</script></body></html>")]
    [InlineData("<html><head><title>T</title>Stray words<script>var inBody = 1;</script></head><body><p>Text.</p></body></html>")]
    [InlineData("<html><head><title>T</title><div>Box</div><script>var inBody = 1;</script></head><p>Text.</p></html>")]
    [InlineData("<html><head></head><body><p>Text.</p></body><script>var inBody = 1;</script></html>")]
    public void Script_text_in_the_body_is_left_out_too(string page)
    {
        Assert.Equal(WithoutCodeText(page), Guarded(page));
    }

    [Theory]
    // A style sheet in the body, after text that opened the body, after an element that opened it, after </body>.
    [InlineData("<html><head><title>T</title></head><body><div><style>.c1 { margin: 0 }</style><p>Text.</p></div></body></html>")]
    [InlineData("<html><head><title>T</title>Stray words<style>.inBody { color: red }</style></head><body><p>Text.</p></body></html>")]
    [InlineData("<html><head><title>T</title><div>Box</div><style>.inBody { color: red }</style></head><p>Text.</p></html>")]
    [InlineData("<html><head></head><body><p>Text.</p></body><style>.late { color: red }</style></html>")]
    public void Style_text_in_the_body_is_kept(string page)
    {
        Assert.Equal(page, Guarded(page));
    }

    [Fact]
    public void Wrappers_with_the_same_words_and_style_sheets_of_their_own_are_both_read()
    {
        // CSS-in-JS frameworks write a style sheet into each block they style. Two wrappers that say the same words
        // with rules of their own differ in their whole text, so neither is taken for a copy of the other.
        var wrapper = (string cls, string rules) =>
            $"<div class=\"{cls}\"><style>.{cls} {{ {rules} }}</style><div><p>Our kettles boil a litre in under three minutes, keep the water hot for an hour and switch off on their own when the pot runs dry.</p></div></div>";
        var page = TestPages.Article(insideArticle: wrapper("css-a1", "margin-top: 20px") + wrapper("css-b2", "margin-top: 60px"));

        var article = new ArticleExtractor().Extract(page);

        Assert.Equal(2, CountOf(article.Body, "keep the water hot"));
    }

    [Fact]
    public void A_date_line_holding_a_script_reads_as_its_date()
    {
        // A tracking call inside the line is no text a reader sees: the line is a short date line, not a long paragraph.
        var tracking = "<script>window.analytics = window.analytics || []; window.analytics.push(['page', 'story', { section: 'city', words: 640, premium: false, variant: 'b' }]);</script>";
        var page = TestPages.Article().Replace("<h1>Council approves tram extension</h1>", $"<h1>Council approves tram extension</h1><div class=\"story-date\">Published May 14, 2024{tracking}</div>", StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page);

        Assert.Equal(new DateOnly(2024, 5, 14), article.Published?.Date);
        TestPages.AssertOnlyArticle(article);
    }

    [Fact]
    public void Json_ld_whose_type_is_written_with_a_character_reference_is_kept_and_read()
    {
        const string jsonLd = """{"@context":"https://schema.org","@type":"NewsArticle","dateModified":"2024-06-02T08:00:00Z"}""";
        var page = TestPages.Article().Replace("</head>", $"<script type=\"application/ld&#x2B;json\">{jsonLd}</script>{Bundle}</head>", StringComparison.Ordinal);

        Assert.Contains(jsonLd, Guarded(page), StringComparison.Ordinal);
        Assert.DoesNotContain("window.queue", Guarded(page), StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page);
        Assert.Equal(new DateOnly(2024, 6, 2), article.Modified?.Date);
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

    [Theory]
    // The opener found at a '<' the end-tag search stops at: after other '<'s, right before the end tag, at the end
    // of the markup, or next to an end tag of another name.
    [InlineData("<script>if (a<b) { s = 'x<!--y'; }</script>")]
    [InlineData("<script>var s = '<!--';</script>")]
    [InlineData("<script>var s = '</style><!-- ';</script>")]
    [InlineData("<script>var s = 1; <!--")]
    // JSON-LD whatever the case of its type.
    [InlineData("<script type=\"application/LD+Json\">{\"@type\":\"NewsArticle\"}</script>")]
    public void Scripts_with_a_comment_opener_or_json_ld_are_kept_whole(string script)
    {
        var page = $"<html><head>{script}</head><body><p>After.</p></body></html>";

        Assert.Equal(page, Guarded(page));
    }

    [Fact]
    public void A_comment_opener_after_the_script_does_not_keep_it()
    {
        const string page = "<html><body><script>var code = 'left out';</script><!-- a comment after it --><p>After.</p></body></html>";

        Assert.DoesNotContain("left out", Guarded(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_style_elements_keep_their_text()
    {
        const string page = "<html><body><svg viewBox=\"0 0 10 10\"><style>circle { fill: teal }</style><circle r=\"4\"/></svg><p>Caption.</p></body></html>";

        Assert.Equal(page, Guarded(page));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string WithoutCodeText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<(script|style)>.*?</\\1>", "<$1></$1>", System.Text.RegularExpressions.RegexOptions.Singleline);
}
