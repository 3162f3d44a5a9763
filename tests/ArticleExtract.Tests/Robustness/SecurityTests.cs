using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Robustness;

/// <summary>ToHtml() and ToMarkdown() are safe to display; extraction touches no network.</summary>
[Collection(Hostile.Collection)]
public sealed class SecurityTests
{
    public static TheoryData<string> Vectors() => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\" onmouseover='alert(2)'>click me</p>",
        "<a href=\"javascript:alert(1)\">js link</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
        "<a href=\" \u0001javascript:alert(1)\">control char</a>",
        "<a href=\"java\tscript:alert(1)\">tab</a>",
        "<a href=\"java&#x09;script:alert(1)\">entity tab</a>",
        "<a href=\"java&#10;script:alert(1)\">entity newline</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">decimal entities</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">hex entity and &amp;colon;</a>",
        "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<a href=\"  data:text/html,<script>alert(1)</script>\">spaced data</a>",
        "<a href=\"file:///etc/passwd\">file</a>",
        "<a href=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:payload\">long scheme</a>",
        "<img src=\"javascript:alert(1)\" alt=\"js image\">",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"svg data image\">",
        "<svg onload=alert(1)><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\"><text>svg link</text></a></svg>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">math</maction></math>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<div style=\"width: expression(alert(1)); background: url(javascript:alert(1))\">css expression</div>",
        "<style>@import 'javascript:alert(1)'; body { behavior: url(x.htc) }</style>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<p>text with &lt;script&gt;alert(1)&lt;/script&gt; escaped markup and \"quotes\" and 'apostrophes'</p>",
        "<p>\"><script>alert(1)</script><img src=x onerror=alert(1)></p>",
        "<pre><code class=\"language-js\\\" onmouseover=\\\"alert(1)\">x = 1;</code></pre>",
        "<pre><code class='\"><script>alert(1)</script>'>y = 2;</code></pre>",
        "<blockquote cite=\"javascript:alert(1)\"><p>quoted</p><footer>\"><script>alert(1)</script></footer></blockquote>",
        "<figure><img src=\"/ok.jpg\" alt=\"\" onerror=\"alert(1)\"><figcaption><script>alert(1)</script>caption</figcaption></figure>",
        "<table><caption><img src=x onerror=alert(1)>cap</caption><tr><th onclick=alert(1)>h</th><td colspan=\"2\\\" onclick=\\\"alert(1)\">c</td></tr></table>",
        "<ul><li><a href=\"javascript:alert(1)\">item link</a></li><li><a href=\"/relative\">ok link</a></li></ul>",
        "<h2 onclick=alert(1)>Heading <script>alert(1)</script></h2><p>after heading</p>",
        "<base href=\"javascript:alert(1)//\"><a href=\"x\">base trick</a>",
        "<a href=\"\\\\evil.example\\share\">unc</a><a href=\"//evil.example/path\">protocol relative</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">noscript</p></noscript>",
        "<a href=\"https://example.org/ok\">[x](javascript:alert(1))</a> and [y](javascript:alert(2)) and <http://a> `code`",
        "<pre><code>```\n~~~~\n[z](javascript:alert(1))\n<script>alert(1)</script>\n```</code></pre>",
        "<a href=\"https://example.org/a\\\">x\">backslash href</a>",
        // Found by the fuzzer: an http scheme that no browser can parse, and lists too deep for Markdown renderers.
        "<a href=\"http:<'`\u02B2a=\">mangled http</a>",
        // URL spellings a browser reads as javascript: (WHATWG strips leading C0 controls and spaces, removes tabs and
        // newlines anywhere, folds case), and some it does not (full-width letters, U+2028, a BOM) but a lax check might.
        "<a href=\"&#0;javascript:alert(1)\">nul</a><a href=\"&#x1F;javascript:alert(1)\">us</a><a href=\"&#x0D;&#x0A; jAvAsCrIpT&#x0D;:alert(1)\">cr</a>",
        "<a href=\"java&#0;script:alert(1)\">inner nul</a><a href=\"javascript&#x3A;alert(1)\">colon entity</a><a href=\"javascript&colon;alert(1)\">named colon</a>",
        "<a href=\"\uFF4A\uFF41\uFF56\uFF41script:alert(1)\">full width</a><a href=\"\u2028javascript:alert(1)\">ls</a><a href=\"\uFEFFjavascript:alert(1)\">bom</a>",
        "<a href=\"\u00A0javascript:alert(1)\">nbsp</a><a href=\"j\u0430vascript:alert(1)\">cyrillic a</a><a href=\"https:javascript:alert(1)\">https then js</a>",
        "<img srcset=\"javascript:alert(1) 1x, data:image/svg+xml,<svg/onload=alert(1)> 2x\" alt=\"srcset\"><img src=\"/ok.png\" srcset=\"vbscript:x 800w\" alt=\"mixed\">",
        "<a href=\"https://example.org/\" title='\" onmouseover=alert(1) x=\"'>title quote</a><img src=\"/a.png\" alt='`\"><svg onload=alert(1)>'>",
        "<p>text \u2028 with </script> and <!-- a comment opener and ]]> and \u2029 separators</p>",
        // Markdig's generic attributes ("{...}" after an element, on by UseAdvancedExtensions) turned page text into
        // event handlers on a heading, a strong run, a link and an image's paragraph.
        "<h2>Costs of the line {onclick=alert(1)}</h2><p>After the heading, a paragraph with a few words in it.</p>",
        "<p>Hello <b>world</b>{onclick=alert(1)} and <a href=\"https://example.org/q\">x</a>{onmouseover=alert(1)} more words.</p>",
        "<p><img src=\"https://example.org/k.png\" alt=\"a{onerror=alert(1)}\"></p>",
        // Two carriage returns (kept in an attribute from &#13;) made a blank line that ended a link's title, and
        // the rest of the title, unescaped inside its quotes, was read as raw HTML.
        "<p>See <a href=\"https://example.org/x\" title=\"a&#13;&#13;<img src=x onerror=alert(1)> b\">the link</a> for more.</p>",
        "<p>See <a href=\"https://example.org/y\" title=\"a&#13; &#13;<img src=x onerror=alert(2)>\">the link</a> for more.</p>",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Html_output_has_no_script_no_handlers_and_only_http_urls(string vector)
    {
        var article = Hostile.Extract(TestPages.Article(insideArticle: vector + "<p>" + TestPages.P2 + "</p>"))!;
        AssertSafeHtml(article.ToHtml());
        AssertSafeMarkdown(article.ToMarkdown());
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Html_output_is_safe_without_a_page_url(string vector)
    {
        var article = Hostile.Extract(new ArticleExtractor(), e => e.Extract(TestPages.Article(insideArticle: vector)))!;
        AssertSafeHtml(article.ToHtml());
        AssertSafeMarkdown(article.ToMarkdown());
    }

    [Fact]
    public void Template_syntax_stays_text_as_the_docs_say()
    {
        // Escaping it is not ToHtml's to do (no HTML escaping hides it from a template engine, which reads decoded
        // text): PACKAGE.md, the README and ToHtml's remarks tell a consumer to keep the HTML out of compiled markup.
        var article = ArticleExtractor.Default.Extract(TestPages.Article(insideArticle:
            "<p>The form showed {{constructor.constructor('alert(1)')()}} and ${7*7} where the tram fares should have been.</p>"));
        Assert.Contains("<p>The form showed {{constructor.constructor(&#39;alert(1)&#39;)()}} and ${7*7} where", article.ToHtml(), StringComparison.Ordinal);
        foreach (var doc in new[] { "README.md", "src/ArticleExtract/PACKAGE.md" })
        {
            var text = File.ReadAllText(Path.Combine(Docs.DocSnippetTests.RepositoryRoot(), doc));
            Assert.Contains("`ng-non-bindable`", text, StringComparison.Ordinal);
            Assert.Contains("`v-pre`", text, StringComparison.Ordinal);
        }
    }

    internal static void AssertSafeHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, math, form, base, meta, link"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                Assert.Contains(attribute.Name, new[] { "href", "title", "src", "alt", "rel", "colspan", "class" });
                if (attribute.Name is "href" or "src")
                {
                    Assert.True(IsHttpOrRelative(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
    }

    private static readonly Markdig.MarkdownPipeline Gfm = new Markdig.MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly Markdig.MarkdownPipeline CommonMark = new Markdig.MarkdownPipelineBuilder().Build();

    /// <summary>Rendered by a CommonMark/GFM renderer that passes raw HTML through, the Markdown shows no script and links only to http(s).</summary>
    internal static void AssertSafeMarkdown(string markdown)
    {
        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown, Gfm);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's pipe-table parser refuses tables with about a thousand columns (the fuzzer makes them);
            // plain CommonMark reads those rows as paragraphs, and links and raw HTML in them just the same.
            html = Markdig.Markdown.ToHtml(markdown, CommonMark);
        }
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, math, form, base, meta, link"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                if (attribute.Name is "href" or "src" or "srcset" or "action" or "formaction" or "data" or "srcdoc")
                {
                    Assert.True(IsHttpOrRelative(attribute.Value), $"Markdown gives {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
    }

    [Fact]
    public void Markdown_of_a_list_nested_hundreds_deep_still_renders()
    {
        // Markdig refuses nesting deeper than it supports ("too deeply nested"); found by the fuzzer. Built from
        // the model, since the page's nesting reaches the renderer only through the extractor's list reader.
        var list = new ListBlock(false, [new ListItem([new Inline("innermost", "javascript:alert(1)")], [])]);
        for (var depth = 0; depth < 256; depth++)
        {
            list = new ListBlock(depth % 2 == 0, [new ListItem([new Inline($"level {depth}")], [list])]);
        }

        var article = new Article(ArticleMetadata.Empty, [new Section(null, 2, [list])], ExtractionOutcome.Extracted);
        AssertSafeMarkdown(article.ToMarkdown());
        AssertSafeHtml(article.ToHtml());
        Assert.Contains("innermost", article.ToMarkdown(), StringComparison.Ordinal);
    }

    /// <summary>
    /// What a browser would do with the URL on https://site.example/page: it must stay http(s). A URL that .NET
    /// cannot parse (Markdig percent-encodes a host full of U+FFFD the fuzzer made) is judged by its scheme the
    /// way the URL standard finds it: after leading spaces and controls, ignoring tabs and newlines.
    /// </summary>
    private static bool IsHttpOrRelative(string url)
    {
        if (Uri.TryCreate(new Uri("https://site.example/page"), url, out var resolved))
        {
            return resolved.Scheme is "http" or "https";
        }

        var cleaned = new string(url.TrimStart((char[])[.. Enumerable.Range(0, 0x21).Select(c => (char)c)]).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || cleaned[..colon].ToLowerInvariant() is "http" or "https";
    }

    [Fact]
    public void Extraction_opens_no_connection_to_referenced_urls()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var origin = $"http://127.0.0.1:{port}";
            var page = $"""
                <!DOCTYPE html><html><head>
                <meta http-equiv="refresh" content="0; url={origin}/refresh">
                <link rel="stylesheet" href="{origin}/style.css"><link rel="preload" href="{origin}/preload.js" as="script">
                <style>@import url("{origin}/import.css"); body {"{"} background: url({origin}/bg.png) {"}"}</style>
                <script src="{origin}/script.js"></script>
                <base href="{origin}/">
                </head><body><article><h1>Title</h1>
                <p>{TestPages.P1}</p><img src="{origin}/img.png" srcset="{origin}/img2.png 2x"><p>{TestPages.P2}</p>
                <iframe src="{origin}/frame.html"></iframe><object data="{origin}/obj"></object><video src="{origin}/v.mp4" poster="{origin}/poster.jpg"></video>
                <p>{TestPages.P3}</p></article></body></html>
                """;
            foreach (var options in new[] { new ArticleExtractorOptions(), new ArticleExtractorOptions { UseSecondOpinion = true }, new ArticleExtractorOptions { UseSecondOpinion = false } })
            {
                var article = Hostile.Extract(page, options)!;
                _ = article.ToHtml();
            }

            // A page thin enough that the second opinion (SmartReader) is asked too.
            Hostile.Extract($"<html><body><img src=\"{origin}/lead.jpg\"><p>Short.</p><iframe src=\"{origin}/x\"></iframe></body></html>");
            Thread.Sleep(200);
            Assert.False(listener.Pending(), "the extractor connected to a URL in the page");
        }
        finally
        {
            listener.Stop();
        }
    }
}
