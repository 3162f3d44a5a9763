namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Sites whose name is two or three letters name their desks with it ("BBC News", "CNN Politics"): such a last part of
/// the title is the site's decoration, alone or after a section. A longer clause that opens with the name, or a part
/// whose first word is not the name, stays.
/// </summary>
public class ShortSiteNameTests
{
    private const string Body = """
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the cost.</p>
        """;

    private static string? Title(string title, string url) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body><article>{Body}</article></body></html>", new Uri(url)).Title;

    [Theory]
    [InlineData("Tram works begin - BBC News", "https://www.bbc.co.uk/news/uk-123")]
    [InlineData("Tram works begin - CNN Politics", "https://edition.cnn.com/2024/03/04/politics/tram")]
    [InlineData("Tram works begin - Local News - BBC News", "https://www.bbc.co.uk/news/uk-123")]
    public void The_desk_of_a_short_named_site_is_taken_off(string title, string url)
    {
        Assert.Equal("Tram works begin", Title(title, url));
    }

    [Theory]
    [InlineData("Tram works begin - BBC to cut 500 jobs in its regions")]
    [InlineData("Tram works begin - Big Bus Company")]
    public void Other_parts_stay(string title)
    {
        Assert.Equal(title, Title(title, "https://www.bbc.co.uk/news/uk-123"));
    }
}
