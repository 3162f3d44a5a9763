namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are dropped from titles, names, the
/// site name and tags, as zero-width spaces already were: they are never seen, and one left open turns around whatever
/// a caller writes after the value. An author "\u202EJane Doe" came out with the override, and the text header
/// "By Jane Doe · 2024-03-05 · City News" was shown reversed from the name on. The marks U+200E and U+200F, with which
/// right-to-left text places its punctuation, are kept.
/// </summary>
public class BidiControlTests
{
    private static Article Extract(string title, string author, string site) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>{title}</title>
        <meta name="author" content="{author}"><meta property="og:site_name" content="{site}">
        <meta property="article:published_time" content="2024-03-05"><meta property="article:tag" content="{site} trams">
        </head><body><article><h1>{title}</h1>
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        </article></body></html>
        """);

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u202D")]
    [InlineData("\u202B")]
    [InlineData("\u202A")]
    [InlineData("\u2067")]
    [InlineData("\u2066")]
    [InlineData("\u2068")]
    public void An_open_direction_control_is_dropped(string control)
    {
        var a = Extract($"Night trams {control}return", $"{control}Jane Doe", $"{control}City News");

        Assert.Equal("Night trams return", a.Title);
        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("City News", a.SiteName);
        Assert.Equal(["City News trams"], a.Tags);
        Assert.DoesNotContain(control, a.ToText(header: true).Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_pair_is_dropped_too()
    {
        var a = Extract("Night trams \u2067return\u2069 \u202Bsoon\u202C", "Jane \u202EDoe\u202C", "City News");

        Assert.Equal("Night trams return soon", a.Title);
        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void Direction_marks_are_kept()
    {
        var a = Extract("Night trams return\u200F (AP)\u200E", "Jane Doe", "City News");

        Assert.Equal("Night trams return\u200F (AP)\u200E", a.Title);
    }
}
