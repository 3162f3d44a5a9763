namespace ArticleExtract.Tests;

/// <summary>Builds realistic article pages around a piece of noise, so each noise kind gets its own small fixture.</summary>
internal static class TestPages
{
    /// <summary>How many times <paramref name="part"/> stands in <paramref name="text"/>, occurrences not overlapping.</summary>
    public static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public const string P1 = "The city council voted on Tuesday to expand the tram network to the northern districts, a project that has been debated for more than a decade.";
    public const string P2 = "Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the rising cost of construction.";
    public const string P3 = "Work is expected to begin next spring, and the first trams could run on the extended route by the end of 2027, the transport authority said.";

    /// <summary>A news page whose article holds three paragraphs, with <paramref name="insideArticle"/> after the second paragraph and <paramref name="outsideArticle"/> after the article.</summary>
    public static string Article(string insideArticle = "", string outsideArticle = "", string lang = "en") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><meta charset="utf-8"><title>Council approves tram extension | City Herald</title>
        <meta property="og:site_name" content="City Herald"></head>
        <body>
        <header class="site-header"><a href="/">City Herald</a><nav><ul><li><a href="/weather">Weather</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
        <main>
        <article>
        <h1>Council approves tram extension</h1>
        <div class="article-body">
        <p>{{P1}}</p>
        <p>{{P2}}</p>
        {{insideArticle}}
        <p>{{P3}}</p>
        </div>
        </article>
        {{outsideArticle}}
        </main>
        <footer class="site-footer"><p>© 2024 City Herald. All rights reserved.</p></footer>
        </body></html>
        """;

    /// <summary>A sentence that closes <see cref="SignedArticleEndingWith"/>'s article after <see cref="P3"/>.</summary>
    public const string Closing = "The transport authority will publish the timetable for the new lines once the first contracts are signed.";

    /// <summary>
    /// The article of a page by <paramref name="author"/> (its <c>meta name="author"</c>) that ends with
    /// <paramref name="tail"/> after its three paragraphs and <see cref="Closing"/>, extracted; the article's own
    /// closing paragraphs are asserted kept.
    /// </summary>
    public static Article SignedArticleEndingWith(string tail, string author, string lang = "en")
    {
        var html = Article($"<p>{Closing}</p>", lang: lang)
            .Replace("<title>", $"<meta name=\"author\" content=\"{author}\"><title>", StringComparison.Ordinal)
            .Replace("</div>\n</article>", tail + "</div>\n</article>", StringComparison.Ordinal);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(P3, article.Body, StringComparison.Ordinal);
        Assert.Contains(Closing, article.Body, StringComparison.Ordinal);
        return article;
    }

    public static void AssertOnlyArticle(Article article, params string[] absent)
    {
        Assert.Equal($"{P1}\n\n{P2}\n\n{P3}", article.Body);
        foreach (var a in absent)
        {
            Assert.DoesNotContain(a, article.Body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
