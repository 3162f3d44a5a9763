using System.Text.Json;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A figure holding several pictures under one caption (a before-and-after pair, a small gallery): each picture is the
/// article's, and the caption, which the page sets under them all, goes with the last.
/// </summary>
public sealed class FigureImagesTests
{
    private const string Pair =
        "<figure><img src=\"/img/before.jpg\" alt=\"The square before\"><img src=\"/img/after.jpg\" alt=\"The square after\">"
        + "<figcaption>The market square before and after the tracks were laid.</figcaption></figure>";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static List<ImageBlock> Images(Article article) => article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>().ToList();

    [Fact]
    public void Every_picture_is_kept_and_the_caption_goes_with_the_last()
    {
        var images = Images(Extract(Pair));
        Assert.Equal(new[] { "https://news.example.com/img/before.jpg", "https://news.example.com/img/after.jpg" }, images.Select(i => i.Source));
        Assert.Equal(new[] { "The square before", "The square after" }, images.Select(i => i.Alt));
        Assert.Equal(new[] { null, "The market square before and after the tracks were laid." }, images.Select(i => i.Caption));
    }

    [Fact]
    public void Every_rendering_shows_both_pictures_and_the_caption_once()
    {
        var article = Extract(Pair);
        var markdown = article.ToMarkdown();
        Assert.Contains("![The square before](<https://news.example.com/img/before.jpg>)", markdown, StringComparison.Ordinal);
        Assert.Contains("![The square after](<https://news.example.com/img/after.jpg>)\n*The market square before", markdown, StringComparison.Ordinal);
        Assert.Equal(1, TestPages.Count(markdown, "The market square before and after"));

        var html = new HtmlParser().ParseDocument(article.ToHtml());
        Assert.Equal(2, html.QuerySelectorAll("figure img").Length);
        Assert.Single(html.QuerySelectorAll("figcaption"));

        using var json = JsonDocument.Parse(article.ToJson());
        var images = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "image").ToList();
        Assert.Equal(2, images.Count);
        // Images add no words: the caption is in the text once, and the body is unchanged by the second picture.
        Assert.DoesNotContain("market square", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_copy_of_the_same_picture_is_kept_once()
    {
        var images = Images(Extract(
            "<figure><picture><img src=\"/img/tram.jpg\" alt=\"The tram\"></picture><img src=\"/img/tram.jpg\" alt=\"The tram\">"
            + "<figcaption>The first tram on the new line.</figcaption></figure>"));
        var image = Assert.Single(images);
        Assert.Equal("The first tram on the new line.", image.Caption);
    }
}
