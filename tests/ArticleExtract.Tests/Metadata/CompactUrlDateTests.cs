namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Many CMSs write the filing day into the address as eight digits ("/20170712-slug", "/news/slug-20170712.html"). Alone
/// between separators it dates a page that states nothing else; a longer number (an id, a timestamp) or an impossible day
/// does not.
/// </summary>
public class CompactUrlDateTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Tram works begin</title></head><body><article><h1>Tram works begin</h1>
        <p>The city begins work on the new tram line on Monday, closing two streets in the centre for most of the summer.</p>
        <p>Buses will take the usual routes around the works, and the first trams are expected to run before the winter.</p>
        </article></body></html>
        """;

    private static Article Extract(string url) => ArticleExtractor.Default.Extract(Page, new Uri(url));

    [Theory]
    [InlineData("https://news.example.com/travel/article/20170712-tram-works-begin")]
    [InlineData("https://news.example.com/news/tram-works-begin-20170712.html")]
    [InlineData("https://news.example.com/pub/20170712/index.html")]
    [InlineData("https://news.example.com/a/20170712_tram")]
    public void Eight_digits_between_separators_date_the_page(string url)
    {
        Assert.Equal("2017-07-12", Extract(url).Published?.ToString());
    }

    [Theory]
    [InlineData("https://news.example.com/item/201707121530-tram")]
    [InlineData("https://news.example.com/item/120170712-tram")]
    [InlineData("https://news.example.com/item/20171312-tram")]
    [InlineData("https://news.example.com/item/19870712-tram")]
    public void Longer_numbers_and_impossible_days_do_not(string url)
    {
        Assert.Null(Extract(url).Published);
    }
}
