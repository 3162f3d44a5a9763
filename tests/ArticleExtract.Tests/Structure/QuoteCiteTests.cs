namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A quote credited by a closing <c>&lt;cite&gt;</c> without a dash (WordPress's quote block writes
/// <c>&lt;blockquote&gt;&lt;p&gt;…&lt;/p&gt;&lt;cite&gt;Name&lt;/cite&gt;</c>): the name read as one more quoted
/// line, so the speaker seemed to say their own name, and no rendering showed the credit.
/// </summary>
public sealed class QuoteCiteTests
{
    private const string Lead =
        "<p>The city council voted on Tuesday to expand the tram network to the northern districts after a decade of debate.</p>"
        + "<p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents in the north.</p>";

    private static QuoteBlock Quote(string quote) =>
        ArticleExtractor.Default.Extract(TestPages.Article(Lead + quote + Lead), new Uri("https://news.example.com/2024/tram"))
            .Sections.SelectMany(s => s.Blocks).OfType<QuoteBlock>().Single();

    [Theory]
    [InlineData("<blockquote class=\"wp-block-quote\"><p>This is the biggest investment in public transport the city has made in fifty years.</p><cite>Jane Doe, mayor</cite></blockquote>")]
    [InlineData("<blockquote><p>This is the biggest investment in public transport the city has made in fifty years.</p><p><cite>Jane Doe, mayor</cite></p></blockquote>")]
    public void A_closing_cite_is_the_credit(string quote)
    {
        var block = Quote(quote);
        Assert.Equal("Jane Doe, mayor", block.Citation);
        Assert.Equal("This is the biggest investment in public transport the city has made in fifty years.", Assert.Single(block.Paragraphs));
    }

    [Fact]
    public void A_linked_cite_keeps_its_link()
    {
        var block = Quote("<blockquote><p>This is the biggest investment in public transport the city has made in fifty years.</p><cite><a href=\"/people/jane-doe\">Jane Doe</a>, mayor</cite></blockquote>");
        Assert.Equal("Jane Doe, mayor", block.Citation);
        Assert.Equal(new Inline("Jane Doe", "https://news.example.com/people/jane-doe"), block.CitationInlines[0]);
    }

    [Fact]
    public void A_cite_inside_the_quoted_words_stays_quoted()
    {
        var block = Quote("<blockquote><p>This is the biggest investment in public transport the city has made in fifty years.</p><p>As <cite>The Transit Review</cite> put it, a generational bet.</p></blockquote>");
        Assert.Null(block.Citation);
        Assert.Equal(2, block.Paragraphs.Count);
    }
}
