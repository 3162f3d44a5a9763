using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="ElementNames"/> answers from a table of names (<see cref="ArticleExtract.Dom.NameTable{TValue}"/>): held here to the
/// name comparisons the byline candidates and the date scanner made, on every element name of HTML, SVG and MathML a
/// page may hold, on copies of them (not the parser's instances), and on names that share a slot with a listed one.
/// </summary>
public sealed class ElementNamesTests
{
    private static NameKinds Expected(string name) => name switch
    {
        "div" or "p" or "span" or "li" or "em" or "strong" or "small" or "address" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "b" or "i" or "font" => NameKinds.Line,
        "a" => NameKinds.Line | NameKinds.Link,
        "article" => NameKinds.Article,
        "main" => NameKinds.Main,
        "h1" => NameKinds.H1,
        "pre" or "code" => NameKinds.Code,
        "time" => NameKinds.Time,
        "script" or "style" or "noscript" or "template" or "svg" or "select" or "iframe" or "form" => NameKinds.Undated,
        "nav" => NameKinds.Nav,
        "blockquote" => NameKinds.Quote,
        "footer" or "aside" => NameKinds.FooterOrAside,
        "body" or "html" => NameKinds.Root,
        _ => NameKinds.None,
    };

    [Fact]
    public void Every_element_name_of_a_parsed_page_gets_the_kinds_of_the_name_tests()
    {
        const string Page = "<html><body><div><p><span><a href=x><b><i><em><strong><small>t</small></strong></em></i></b></a></span></p></div>"
            + "<li>x</li><address>x</address><h1>x</h1><h2>x</h2><h3>x</h3><h4>x</h4><h5>x</h5><h6>x</h6><font>x</font><article><main><pre><code>x</code></pre>"
            + "<time>x</time></main></article><script>x</script><style>x</style><noscript>x</noscript><template>x</template><svg><a>y</a><title>t</title></svg>"
            + "<select><option>o</option></select><iframe></iframe><form><input></form><nav>n</nav><blockquote>q</blockquote><footer>f</footer>"
            + "<aside>a</aside><section><header><ul><ol><table><tr><td>c</td></tr></table></ol></ul></header></section><my-widget>w</my-widget>"
            + "<math><mi>x</mi></math><DIV>caps</DIV><button>b</button><img><br><hr><label>l</label><abbr>a</abbr></body></html>";
        var document = ArticleExtract.Parsing.DocumentParser.Parse(Page);
        var seen = 0;
        foreach (var element in document.QuerySelectorAll("*"))
        {
            Assert.Equal(Expected(element.LocalName), ElementNames.Of(element.LocalName));
            seen++;
        }

        Assert.True(seen > 50);
    }

    [Fact]
    public void Copies_of_names_and_names_sharing_a_slot_are_compared_by_their_text()
    {
        var names = new List<string>
        {
            "div", "p", "span", "li", "em", "strong", "small", "address", "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "font", "a",
            "article", "main", "pre", "code", "time", "script", "style", "noscript", "template", "svg", "select", "iframe", "form",
            "nav", "blockquote", "footer", "aside", "body", "html", "section", "header", "ul", "ol", "table", "td", "img", "Div",
            "DIV", "dIv", "spam", "h7", "h0", "ab", "aa", "x", "", "articles", "mains", "timer", "forms", "navs", "divv", "\u00e9",
        };
        // Every two-letter and three-letter lower-case name: many share a slot with a listed one and must not take its kinds.
        for (var c = 'a'; c <= 'z'; c++)
        {
            for (var d = 'a'; d <= 'z'; d++)
            {
                names.Add(string.Concat(c, d));
                for (var e = 'a'; e <= 'z'; e += (char)5)
                {
                    names.Add(string.Concat(c, d, e));
                }
            }
        }

        foreach (var name in names)
        {
            // A new instance: the reference test must not be the only way a listed name is found.
            var copy = new string(name.AsSpan());
            Assert.Equal(Expected(name), ElementNames.Of(copy));
            Assert.Equal(Expected(name), ElementNames.Of(name));
        }
    }
}
