namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Many templates print the day, the month's name and the year joined by hyphens ("04-Aug-2021"), sometimes in the
/// locale of the platform rather than the page's ("04-ago-2021" on an English page): still a date line.
/// </summary>
public class HyphenatedDateTests
{
    private static Article Extract(string line) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Copper or plastic pipes?</title></head><body><article class="blog-post">
        <h1>Copper or plastic pipes?</h1>
        <div class="blog-post__author">Written by <a href="/blog/author/pipe-team">Pipe Team</a> on {line}</div>
        <p>Copper lasts for decades and resists heat, while plastic is cheaper, quicker to fit and never corrodes.</p>
        <p>Which one suits a home depends on the water, the budget and the local building rules.</p>
        </article></body></html>
        """, new Uri("https://pipes.example.com/blog/copper-or-plastic"));

    [Theory]
    [InlineData("04-Aug-2021 5:11:10")]
    [InlineData("04-ago-2021 5:11:10")]
    public void A_day_month_year_joined_by_hyphens_dates_the_article(string line)
    {
        Assert.Equal(new DateOnly(2021, 8, 4), Extract(line).Published?.Date);
    }

    [Fact]
    public void A_number_run_with_hyphens_is_no_such_date()
    {
        Assert.Null(Extract("order 12-04-mar-20211").Published);
    }
}
