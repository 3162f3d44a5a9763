namespace ArticleExtract.Tests.Metadata;

/// <summary>A vendor's own publication-date tag ("x-published-date", "og:article:published_time") when no common key is there.</summary>
public class VendorDateKeyTests
{
    private static Article Extract(string head) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Moving legal work in-house</title>{head}</head><body><article>
        <h1>Moving legal work in-house</h1>
        <p>Before a legal team takes work back from outside counsel, it should know what that work costs it today.</p>
        <p>We walk through the figures to gather, from billed hours to the time staff spend managing outside firms.</p>
        </article></body></html>
        """, new Uri("https://legal.example.com/insights/in-house"));

    [Theory]
    [InlineData("x-published-date")]
    [InlineData("og:article:published_time")]
    [InlineData("site.first_published")]
    public void A_prefixed_publication_key_dates_the_page(string name)
    {
        Assert.Equal(new DateOnly(2025, 5, 27), Extract($"<meta name=\"{name}\" content=\"2025-05-27T06:03:43Z\">").Published?.Date);
    }

    [Fact]
    public void A_key_that_only_ends_in_the_same_letters_is_not_read()
    {
        Assert.Null(Extract("<meta name=\"unpublished-date\" content=\"2025-05-27T06:03:43Z\">").Published);
    }

    [Fact]
    public void A_common_key_wins_over_a_vendor_key()
    {
        var head = "<meta name=\"x-published-date\" content=\"2025-05-27T06:03:43Z\"><meta property=\"article:published_time\" content=\"2019-09-12T10:00:00Z\">";

        Assert.Equal(new DateOnly(2019, 9, 12), Extract(head).Published?.Date);
    }
}
