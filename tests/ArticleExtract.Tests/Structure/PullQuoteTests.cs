namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A pull quote: a sentence of the article set again, large, in a quotation beside the paragraph that holds it. Read as
/// text it is the same sentence twice, so it goes; a quotation of words the article does not repeat stays.
/// </summary>
public sealed class PullQuoteTests
{
    private const string Sentence = "The new lines will carry more riders in their first year than the whole network did a decade ago.";

    private static readonly string Holding =
        $"The authority's forecasts are bold. {Sentence} Planners expect the northern stops to be the busiest of all.";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    [Theory]
    [InlineData("<blockquote><p>“{0}”</p></blockquote><p>{1}</p>")]
    [InlineData("<p>{1}</p><blockquote class=\"pullquote\">{0}</blockquote>")]
    [InlineData("<p>{1}</p><p>Construction crews will work at night to keep the old lines running.</p><blockquote><h4>“{0}”</h4></blockquote>")]
    public void A_quotation_repeating_a_nearby_paragraphs_sentence_is_dropped(string layout)
    {
        var article = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, Sentence, Holding));
        Assert.Contains(Holding, article.Body, StringComparison.Ordinal);
        Assert.Single(article.Sections.SelectMany(s => s.Blocks), b => b.Text.Contains(Sentence, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Blocks), b => b is QuoteBlock);
    }

    [Fact]
    public void A_quotation_the_article_does_not_repeat_stays()
    {
        const string quote = "We have waited twenty years for this vote, and the neighbourhood will not wait another twenty.";
        var article = Extract($"<blockquote><p>{quote}</p></blockquote><p>{Holding}</p>");
        Assert.Contains(quote, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_phrase_quoted_from_a_paragraph_stays()
    {
        var article = Extract($"<blockquote><p>“The northern stops”</p></blockquote><p>{Holding}</p>");
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks), b => b is QuoteBlock);
    }

    [Fact]
    public void A_sentence_repeated_far_from_its_paragraph_stays()
    {
        var filler = string.Concat(Enumerable.Range(1, 4).Select(n => $"<p>Stop number {n} will open with a ticket office, a bicycle rack and a shelter against the rain.</p>"));
        var article = Extract($"<p>{Holding}</p>{filler}<blockquote><p>{Sentence}</p></blockquote>");
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks), b => b is QuoteBlock);
    }
}
