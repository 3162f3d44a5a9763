using System.Text.Json;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// The JSON carries only link targets and image sources a reader can follow, as the HTML and Markdown do: a consumer
/// that shows the JSON's links was handed the page's <c>javascript:</c> URLs as they were written.
/// </summary>
public sealed class JsonLinkSafetyTests
{
    [Fact]
    public void Script_and_data_addresses_are_left_out_and_their_words_kept()
    {
        var paragraph = new ParagraphBlock(
        [
            new Inline("Read the "),
            new Inline("timetable", "https://ferries.example/timetable") { Title = "Summer timetable" },
            new Inline(" or "),
            new Inline("print it", "javascript:print()") { Title = "Print" },
            new Inline(" or "),
            new Inline("mail us", "mailto:desk@ferries.example"),
            new Inline("."),
        ]);
        var article = new Article(
            ArticleMetadata.Empty,
            [new Section(null, 0, [paragraph, new ImageBlock("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "The quay", "Boats at the quay"), new ImageBlock("https://ferries.example/quay.jpg", "The quay")])],
            ExtractionOutcome.Extracted);

        var json = article.ToJson();
        Assert.DoesNotContain("javascript:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var blocks = document.RootElement.GetProperty("sections")[0].GetProperty("blocks");
        var links = blocks[0].GetProperty("links");
        Assert.Equal(1, links.GetArrayLength());
        Assert.Equal("https://ferries.example/timetable", links[0].GetProperty("href").GetString());
        Assert.Equal("Read the timetable or print it or mail us.", blocks[0].GetProperty("text").GetString());
        var runs = blocks[0].GetProperty("inlines");
        Assert.Equal("print it", runs[3].GetProperty("text").GetString());
        Assert.False(runs[3].TryGetProperty("href", out _));
        Assert.False(runs[3].TryGetProperty("title", out _));
        Assert.False(blocks[1].TryGetProperty("src", out _));
        Assert.Equal("Boats at the quay", blocks[1].GetProperty("caption").GetString());
        Assert.Equal("https://ferries.example/quay.jpg", blocks[2].GetProperty("src").GetString());
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(article.ToJsonUtf8()));
    }
}
