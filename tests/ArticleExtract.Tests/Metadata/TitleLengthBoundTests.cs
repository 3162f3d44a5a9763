namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="Article.Title"/>, <see cref="Article.MetaTitle"/> and <see cref="Article.SiteName"/> are at most 1,000
/// characters (MetadataThresholds.MaxTitleLength; the longest on the evaluation corpora are 218 and 86). They had no
/// bound: a 1 MB <c>&lt;title&gt;</c>, og:title or og:site_name came out whole, and a <c>&lt;title&gt;</c> left open gave
/// the page's source as the title. A longer one is now none.
/// </summary>
public class TitleLengthBoundTests
{
    private const string Story = """
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        """;

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => "tram" + (i % 10)));

    [Theory]
    [InlineData(200_000)]
    [InlineData(300)]
    public void A_title_longer_than_a_thousand_characters_is_none(int words)
    {
        var a = ArticleExtractor.Default.Extract($"<html><head><title>{Words(words)}</title></head><body><article>{Story}</article></body></html>");

        Assert.Null(a.Title);
        Assert.Null(a.MetaTitle);
    }

    [Fact]
    public void A_huge_og_title_is_none()
    {
        var a = ArticleExtractor.Default.Extract($"""<html><head><meta property="og:title" content="{Words(200_000)}"></head><body><article>{Story}</article></body></html>""");

        Assert.Null(a.Title);
    }

    [Fact]
    public void A_huge_site_name_is_none()
    {
        var a = ArticleExtractor.Default.Extract($"""<html><head><meta property="og:site_name" content="{Words(200_000)}"></head><body><article>{Story}</article></body></html>""");

        Assert.Null(a.SiteName);
    }

    [Fact]
    public void A_title_left_open_is_no_title()
    {
        // The <title> element's text runs to the end of the document: the page's source is its text.
        var page = "<html><head><title>Night trams return</head><body><article>" + string.Concat(Enumerable.Repeat(Story, 20)) + "</article></body></html>";

        Assert.Null(ArticleExtractor.Default.Extract(page).Title);
    }

    [Fact]
    public void A_title_of_a_thousand_characters_is_kept()
    {
        var title = Words(1000)[..1000].TrimEnd();
        var a = ArticleExtractor.Default.Extract($"<html><head><title>{title}</title></head><body><article>{Story}</article></body></html>");

        Assert.Equal(title, a.Title);
    }

    [Theory]
    [InlineData("| - |")]
    [InlineData(" | | | — · :: » ")]
    public void A_title_of_separators_only_does_not_throw(string title)
    {
        var a = ArticleExtractor.Default.Extract($"<html><head><title>{title}</title></head><body><h1>{title}</h1><article>{Story}</article></body></html>");

        Assert.True(a.Title is null || a.Title.Length <= title.Length);
    }
}
