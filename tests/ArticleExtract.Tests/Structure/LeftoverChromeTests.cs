namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Chrome that markup does not name and that is left inside an article: the title of a table of contents once its
/// links are gone, and the post's reading time.
/// </summary>
public sealed class LeftoverChromeTests
{
    private const string Closing = "The transport authority will publish the timetable for the new lines once the first contracts are signed.";

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
}
