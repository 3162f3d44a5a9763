namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A site's name written with its article in the title and without it elsewhere ("The Daily Planet" on dailyplanet.com,
/// or under an og:site_name "Daily Planet"), or the other way round: the same name, and the title's decoration.
/// </summary>
public class SiteNameArticleTests
{
    private const string Body = """
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the cost.</p>
        """;

    private static string? Title(string title, string url, string head = "") => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title>{head}</head><body><article>{Body}</article></body></html>", new Uri(url)).Title;

    [Theory]
    [InlineData("Tram works begin - The Daily Planet", "https://www.dailyplanet.com/news/tram", "")]
    [InlineData("Tram works begin - Local News - The Daily Planet", "https://www.dailyplanet.com/news/tram", "")]
    [InlineData("Tram works begin - Daily Planet", "https://www.planet.example/news/tram", "<meta property=\"og:site_name\" content=\"The Daily Planet\">")]
    public void The_name_with_or_without_its_article_is_the_site_s(string title, string url, string head)
    {
        Assert.Equal("Tram works begin", Title(title, url, head));
    }

    [Theory]
    // Too short once the article is dropped to tell from a word; and a different name after the article.
    [InlineData("Tram works begin - The Sun", "https://www.sun.example/news/tram")]
    [InlineData("Tram works begin - The Daily Mirror", "https://www.dailyplanet.com/news/tram")]
    public void Other_names_stay(string title, string url)
    {
        Assert.Equal(title, Title(title, url));
    }
}
