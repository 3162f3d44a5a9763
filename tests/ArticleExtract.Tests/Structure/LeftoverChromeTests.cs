namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Chrome that markup does not name and that is left inside an article: the note about the writer that closes it
/// without a heading of its own ("Jane Doe is a freelance writer…"), the title of a table of contents once its links
/// are gone, the post's reading time, and the controls of the page's widgets left as text ("Show Caption", "Print
/// Article", "Was this helpful?").
/// </summary>
public sealed class LeftoverChromeTests
{
    private const string Closing = TestPages.Closing;

    /// <summary>A page by <paramref name="author"/> whose article ends with <paramref name="tail"/> after three paragraphs of its own.</summary>
    private static Article Extract(string author, string tail, string lang = "en") =>
        TestPages.SignedArticleEndingWith(tail, author, lang);

    [Theory]
    [InlineData("en", "Mara Lindqvist is a transport reporter at the City Herald. She has written about trams, buses and bike lanes for twelve years.")]
    [InlineData("en", "Mara has covered city planning since 2012 and lives near the northern districts with her two children and a bicycle.")]
    [InlineData("de", "Mara Lindqvist ist Verkehrsreporterin beim City Herald und schreibt seit zwölf Jahren über Straßenbahnen und Radwege.")]
    [InlineData("fr", "Mara Lindqvist est journaliste au City Herald, où elle couvre les transports et l'urbanisme depuis douze ans.")]
    public void A_note_about_the_author_closing_the_article_is_dropped(string lang, string note)
    {
        var article = Extract("Mara Lindqvist", $"<p>{note}</p>", lang);
        Assert.DoesNotContain(note[..24], article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_paragraph_about_someone_else_stays()
    {
        const string quote = "Jonas Berg is the council's head of transport, and he said the tracks would be laid district by district.";
        var article = Extract("Mara Lindqvist", $"<p>{quote}</p>");
        Assert.Contains(quote, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_paragraph_naming_the_author_without_a_note_stays()
    {
        const string line = "Mara Lindqvist and the transport desk will follow the council's vote on the budget next week.";
        var article = Extract("Mara Lindqvist", $"<p>{line}</p>");
        Assert.Contains(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Northwind Transit Services", "Northwind is a regional operator that runs trams and buses in four cities and will bid for the new lines.")]
    [InlineData("NWT Official", "NWT is a regional operator that runs trams and buses in four cities and will bid for the new lines.")]
    [InlineData("Northwind Inc", "Northwind Inc is a regional operator that runs trams and buses in four cities and will bid for the new lines.")]
    public void An_organisation_closing_its_own_post_stays(string author, string closing)
    {
        var article = Extract(author, $"<p>{closing}</p>");
        Assert.Contains(closing, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_about_the_author_early_in_the_article_stays()
    {
        const string portrait = "Mara Lindqvist is the first reporter to ride the test tram, and she describes the trip below.";
        var html = TestPages.Article($"<p>{Closing}</p><p>The test ride took forty minutes from the depot to the hospital stop and back again.</p><p>Engineers measured the noise at every stop along the route.</p>")
            .Replace("<title>", "<meta name=\"author\" content=\"Mara Lindqvist\"><title>", StringComparison.Ordinal)
            .Replace($"<p>{TestPages.P2}</p>", $"<p>{TestPages.P2}</p><p>{portrait}</p>", StringComparison.Ordinal);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(portrait, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Table of Contents")]
    [InlineData("de", "Inhaltsverzeichnis")]
    [InlineData("fr", "Sommaire")]
    public void The_title_of_a_table_of_contents_goes_and_the_sections_stay(string lang, string title)
    {
        var html = TestPages.Article(
            $"<h2>{title}</h2><h2>The route</h2><p>{Closing}</p>",
            lang: lang);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.DoesNotContain(article.Sections, s => s.Heading == title);
        Assert.Contains(article.Sections, s => s.Heading == "The route");
        Assert.Contains(Closing, article.Body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_starts_like_a_table_of_contents_stays()
    {
        var html = TestPages.Article($"<h2>Contents of the budget</h2><p>{Closing}</p>");
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(article.Sections, s => s.Heading == "Contents of the budget");
    }

    [Theory]
    [InlineData("en", "5 min read")]
    [InlineData("en", "Reading time: 8 minutes")]
    [InlineData("en", "March 15, 2024 · 3 min read")]
    [InlineData("en", "Mara Lindqvist | 12 minutes to read")]
    [InlineData("de", "Lesezeit: 4 Minuten")]
    [InlineData("fr", "5 min de lecture")]
    [InlineData("pt", "Tempo de leitura: 1 minuto")]
    [InlineData("es", "1 minuto de lectura")]
    [InlineData("ru", "3 минуты чтения")]
    public void A_reading_time_line_is_dropped(string lang, string line)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>", lang: lang), new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(article, line);
    }

    [Fact]
    public void A_sentence_that_names_a_reading_time_stays()
    {
        const string sentence = "The council's report is a 40 min read for anyone who rides the tram.";
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{sentence}</p>"), new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(sentence, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "<button class=\"caption-toggle\">Show Caption</button>")]
    [InlineData("en", "<p><a href=\"/blog\">Back to blog</a></p>")]
    [InlineData("en", "<p><button>Print Article</button></p>")]
    [InlineData("en", "<div><span>Summarize this article with:</span></div>")]
    [InlineData("en", "<p>Was this helpful?</p>")]
    [InlineData("en", "<p><span>Copied!</span></p>")]
    [InlineData("en", "<p>View this post on Instagram</p>")]
    [InlineData("en", "<p>Video not available</p>")]
    [InlineData("de", "<p>War dieser Artikel hilfreich?</p>")]
    [InlineData("fr", "<p>Imprimer l'article</p>")]
    [InlineData("es", "<p>¿Te ha resultado útil?</p>")]
    [InlineData("ru", "<p>Размер шрифта</p>")]
    public void A_widget_control_left_as_text_is_dropped(string lang, string control)
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article(control, lang: lang), new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(article);
    }

    [Fact]
    public void An_editors_credit_opener_left_alone_is_dropped()
    {
        var article = ArticleExtractor.Default.Extract(TestPages.Article("<p>Edited by</p>"), new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(article, "Edited by");
    }

    [Fact]
    public void A_sentence_that_opens_like_a_widget_control_stays()
    {
        const string sentence = "Was this helpful to the riders? The council says the survey of the old line answered that question in 2019.";
        var article = ArticleExtractor.Default.Extract(TestPages.Article($"<p>{sentence}</p>"), new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(sentence, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Copyright © City Herald. Reproduction without permission is prohibited.")]
    [InlineData("ko", "Copyright ⓒ City Herald. 무단전재 및 재배포 금지")]
    public void A_copyright_line_under_the_article_is_dropped(string lang, string line)
    {
        var article = ArticleExtractor.Default.Extract(
            TestPages.Article().Replace("</div>\n</article>", $"<p>{line}</p></div>\n</article>", StringComparison.Ordinal).Replace("lang=\"en\"", $"lang=\"{lang}\"", StringComparison.Ordinal),
            new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(article, "Copyright");
    }
}
