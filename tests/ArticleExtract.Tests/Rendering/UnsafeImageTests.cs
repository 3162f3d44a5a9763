namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// An image whose address cannot be shown (a script URL, or a data: placeholder left by lazy loading) is left out of
/// every rendering, but its words stay, in the HTML as in the Markdown: the HTML dropped the caption with the picture.
/// </summary>
public sealed class UnsafeImageTests
{
    private static Article With(ImageBlock image) => new(
        ArticleMetadata.Empty,
        [new Section(null, 0, [new ParagraphBlock([new Inline("The harbour at dawn, before the ferries start.")]), image])],
        ExtractionOutcome.Extracted);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    [InlineData("vbscript:x")]
    public void The_picture_goes_and_its_caption_or_alt_stays_in_html_and_markdown(string source)
    {
        var captioned = With(new ImageBlock(source, Caption: "Fishing boats <moored> at the east quay"));
        Assert.Equal("<article>\n<section>\n<p>The harbour at dawn, before the ferries start.</p>\n<p>Fishing boats &lt;moored&gt; at the east quay</p>\n</section>\n</article>\n", captioned.ToHtml());
        Assert.Contains("Fishing boats", captioned.ToMarkdown(), StringComparison.Ordinal);
        foreach (var rendering in new[] { captioned.ToHtml(), captioned.ToMarkdown() })
        {
            Assert.DoesNotContain(source[..5], rendering, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", rendering, StringComparison.Ordinal);
        }

        Assert.Contains("<p>A crane over the quay</p>", With(new ImageBlock(source, Alt: "A crane over the quay")).ToHtml(), StringComparison.Ordinal);
        Assert.DoesNotContain("<p></p>", With(new ImageBlock(source)).ToHtml(), StringComparison.Ordinal);
    }
}
