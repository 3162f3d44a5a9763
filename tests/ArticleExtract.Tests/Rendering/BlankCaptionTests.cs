namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// A caption or credit that is empty or white space (a model built by hand, or copied with a blank one) is no caption:
/// the HTML had an empty figcaption, caption or footer, the Markdown a line of bare asterisks ("**", read as text) or a
/// dash with no name, and the quote's text ended in a dash.
/// </summary>
public sealed class BlankCaptionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_caption_or_credit_renders_as_none(string blank)
    {
        var quote = new QuoteBlock(["The biggest investment in fifty years."], blank);
        var article = new Article(ArticleMetadata.Empty,
        [
            new Section(null, 0,
            [
                new ImageBlock("https://news.example.com/tram.jpg", "A tram", blank),
                new TableBlock([[new TableCell("Single"), new TableCell("2.80")]], 0, blank),
                quote,
            ]),
        ], ExtractionOutcome.Extracted);

        var html = article.ToHtml();
        Assert.DoesNotContain("<figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer>", html, StringComparison.Ordinal);

        var markdown = article.ToMarkdown();
        Assert.DoesNotContain("\n*" + blank + "*", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("—", markdown, StringComparison.Ordinal);
        Assert.Equal("The biggest investment in fifty years.", quote.Text);
        MarkdownRoundTrip.AssertSame(article);
    }
}
