namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// "and" between two full names lists two authors; with a single word on one side it joins two first names
/// signing together ("Anna and Tom") or is part of an office's name ("Office of Food Safety and Nutrition").
/// </summary>
public class AuthorPairTests
{
    private const string Body = """
        <h1>Our week on the canal boat</h1>
        <p>We picked up the boat on a grey Monday and had worked out the locks by Wednesday, with only one lost windlass.</p>
        <p>The towpath pubs open at noon, so plan the longest stretch for the morning and moor early in the afternoon.</p>
        <p>Water points are marked on the map but not all of them work, so fill the tank whenever you pass a good one.</p>
        """;

    private static Article Extract(string head) =>
        ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>Our week on the canal boat</title>{head}</head>
            <body><article>{Body}</article></body></html>
            """,
            new Uri("https://slowwater.example/canal-week/"));

    [Fact]
    public void Two_first_names_signing_together_stay_one_byline()
    {
        var a = Extract("""<meta name="author" content="Anna and Tom">""");

        Assert.Equal(["Anna and Tom"], a.Authors);
    }

    [Fact]
    public void An_offices_name_with_and_is_not_split()
    {
        var a = Extract("""<meta name="author" content="Office of Food Safety and Nutrition">""");

        Assert.Equal(["Office of Food Safety and Nutrition"], a.Authors);
    }

    [Fact]
    public void Two_full_names_are_two_authors()
    {
        var a = Extract("""<meta name="author" content="Anna Berg and Tom Hollis">""");

        Assert.Equal(["Anna Berg", "Tom Hollis"], a.Authors);
    }
}
