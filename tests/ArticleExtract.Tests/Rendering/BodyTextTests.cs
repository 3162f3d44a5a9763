namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// <see cref="Article.Body"/>: headings and text blocks joined by a blank line, images and empty blocks left out,
/// the same text as the plain-text rendering's body (it is measured, then written once, where the rendering builds).
/// </summary>
public sealed class BodyTextTests
{
    private static ParagraphBlock P(string text) => new([new Inline(text)]);

    private static Article Of(params Section[] sections) => new(ArticleMetadata.Empty, sections, ExtractionOutcome.Extracted);

    [Fact]
    public void Headings_and_blocks_are_joined_by_a_blank_line_without_images_or_empty_blocks()
    {
        var article = Of(
            new Section(null, 0, [P("One."), new ImageBlock("https://img.example/a.jpg", "Alt", "A caption"), P("Two.")]),
            new Section("Heading", 2, [P(""), P("Three.")]));
        Assert.Equal("One.\n\nTwo.\n\nHeading\n\nThree.", article.Body);
        Assert.Equal(article.Body + "\n", article.ToText());
    }

    [Fact]
    public void An_empty_heading_separates_as_in_the_plain_text_rendering()
    {
        var article = Of(new Section(null, 0, [P("One.")]), new Section("", 2, [P("Two.")]));
        Assert.Equal("One.\n\n\n\nTwo.", article.Body);
        Assert.Equal(article.Body + "\n", article.ToText());

        // First, it adds nothing: nothing stands before it to separate.
        Assert.Equal("Two.", Of(new Section("", 2, [P("Two.")])).Body);
    }

    [Fact]
    public void No_text_is_an_empty_body()
    {
        Assert.Equal(string.Empty, Of().Body);
        Assert.Equal(string.Empty, Of(new Section(null, 0, [new ImageBlock("https://img.example/a.jpg")])).Body);
    }
}
