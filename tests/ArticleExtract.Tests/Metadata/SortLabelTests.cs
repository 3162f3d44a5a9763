namespace ArticleExtract.Tests.Metadata;

/// <summary>What a listing sorts or filters by ("By Category") and a card's kind label ("Article") name no author.</summary>
public class SortLabelTests
{
    private static Article Extract(string chrome) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Free online courses</title></head><body><main>
        {chrome}
        <h1>Free online courses</h1>
        <p>Browse hundreds of free courses in business, health, languages and technology, each with a certificate.</p>
        <p>Every course is self-paced: start when you like, and pick up where you left off on any device.</p>
        </main></body></html>
        """, new Uri("https://courses.example.com/catalogue"));

    [Theory]
    [InlineData("<div class=\"filters\"><span>By Category</span><span>By Date</span></div>")]
    [InlineData("<div class=\"card-author\">Article</div>")]
    public void A_sorting_or_kind_label_is_no_author(string chrome)
    {
        Assert.Empty(Extract(chrome).Authors);
    }
}
