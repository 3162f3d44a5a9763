namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A page whose tags state a modification date and whose line under the headline shows a later update: the reader
/// sees the later version, and the modification date says so. The tags' date stands when the line says nothing later.
/// </summary>
public class LaterUpdateTests
{
    private static Article Extract(string line) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Tram works begin - Example News</title>
        <meta property="article:published_time" content="2024-03-02T09:00:00+00:00">
        <meta property="article:modified_time" content="2024-03-02T10:00:00+00:00">
        </head><body><article><h1>Tram works begin</h1><p class="byline">By Jane Doe</p><p class="dateline">{line}</p>
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the cost.</p>
        </article></body></html>
        """, new Uri("https://news.example.com/2024/03/tram"));

    [Fact]
    public void A_later_update_shown_under_the_headline_is_the_modification()
    {
        var a = Extract("Published 2 March 2024 · Updated 3 March 2024, 14:05");

        Assert.Equal("2024-03-03T14:05:00", a.Modified?.ToString());
        Assert.Equal("2024-03-02T09:00:00+00:00", a.Published?.ToString());
    }

    [Theory]
    // The same day: the line's local hour is no later instant than the tag's UTC one.
    [InlineData("Updated 2 March 2024, 14:05")]
    // Earlier than the tag: the tag knows of a later save.
    [InlineData("Updated 1 March 2024")]
    // Far after every date the metadata states: a clock widget or an event, not an update.
    [InlineData("Updated 20 March 2024")]
    public void Otherwise_the_metadata_s_modification_stands(string line)
    {
        Assert.Equal("2024-03-02T10:00:00+00:00", Extract(line).Modified?.ToString());
    }
}
