using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>French typography sets the hour sign apart ("14 h 30"): the time is read as "14h30" is.</summary>
public class SpacedHourTests
{
    [Theory]
    [InlineData("le 4 mars 2024 à 14 h 30", "2024-03-04T14:30:00")]
    [InlineData("4 mars 2024, 9 h 05", "2024-03-04T09:05:00")]
    public void An_hour_sign_between_spaces_is_read(string text, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text, "fr")?.ToString());
    }

    [Fact]
    public void A_shown_french_date_keeps_its_spaced_time()
    {
        Assert.Equal("2024-03-04T14:30:00", DatedPage.Extract("fr", "<p>Publié le 4 mars 2024 à 14 h 30</p>").Published?.ToString());
    }
}
