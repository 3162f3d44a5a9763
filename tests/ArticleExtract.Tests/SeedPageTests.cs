namespace ArticleExtract.Tests;

/// <summary>The page the project started from (../shared/seed/news-page-as-text.txt), as a realistic WordPress news theme.</summary>
public sealed class SeedPageTests
{
    private static readonly string[] Headings =
    [
        "Russian President Vladimir Putin and Belarusian Leader Alexander Lukashenko Hold Talks",
        "Failed Counterattack and Situation with Wagner Fighters",
        "Concerns and Accusations",
        "Defending Belarus and Controversial Remarks",
        "Tour and Popular Support",
        "Importance of People Amidst the Epidemic",
    ];

    private static readonly string[] ParagraphStarts =
    [
        "Russian President Vladimir Putin and his Belarusian counterpart",
        "During the meeting, Putin dismissed claims",
        "The presence of Wagner fighters in Belarus",
        "Lukashenko thanked Putin for his commitment",
        "After their talks, Putin and Lukashenko visited",
        "When asked about his strict adherence",
    ];

    private static readonly string[] Noise =
    [
        "Fastest News Updates", "Advertisement", "Leave a Reply", "Post Comment", "uses cookies", "opt-out", "Accept",
        "RELATED ARTICLES", "Kremlin Says", "Previous article", "Next article", "EU Leaders Meet", "TAGS", "Share on Facebook",
        "Stay Connected", "Latest Articles", "Markets Rally", "ABOUT US", "All rights reserved", "Privacy Policy", "Home",
        "Daniel Hart", "July 24, 2023", "Photo: Pool", "Save my name",
    ];

    [Fact]
    public void Title_is_the_headline_without_the_site_tagline()
    {
        var article = Fixture.Extract("seed-news-page.html");
        Assert.Equal("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security", article.Title);
    }

    [Fact]
    public void The_six_section_headings_come_out_in_order()
    {
        var article = Fixture.Extract("seed-news-page.html");
        Assert.Equal(Headings, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
        Assert.All(article.Sections.Where(s => s.Heading is not null), s => Assert.Equal(2, s.Level));
    }

    [Fact]
    public void Every_paragraph_is_kept_under_its_heading()
    {
        var article = Fixture.Extract("seed-news-page.html");
        var titled = article.Sections.Where(s => s.Heading is not null).ToList();
        Assert.Equal(6, titled.Count);
        for (var i = 0; i < titled.Count; i++)
        {
            var paragraph = Assert.Single(titled[i].Blocks);
            Assert.IsType<ParagraphBlock>(paragraph);
            Assert.StartsWith(ParagraphStarts[i], paragraph.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Body_holds_no_noise()
    {
        var article = Fixture.Extract("seed-news-page.html");
        foreach (var noise in Noise)
        {
            Assert.DoesNotContain(noise, article.Body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
    }

    [Fact]
    public void Body_is_the_headings_and_paragraphs_separated_by_blank_lines()
    {
        var article = Fixture.Extract("seed-news-page.html");
        var parts = article.Body.Split("\n\n");
        Assert.Equal(12, parts.Length);
        Assert.Equal(Headings[0], parts[0]);
        Assert.StartsWith(ParagraphStarts[5], parts[11], StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_and_open_graph()
    {
        var article = Fixture.Extract("seed-news-page.html");
        Assert.Equal(["Daniel Hart"], article.Authors);
        Assert.Equal("2023-07-24T09:15:00+00:00", article.Published?.ToString());
        Assert.Equal("2023-07-24T11:02:00+00:00", article.Modified?.ToString());
        Assert.Equal("World News Fast", article.SiteName);
        Assert.Equal("en-US", article.Language);
        Assert.Equal("https://worldnewsfast.example/russian-president-putin-and-belarusian-leader-lukashenko-hold-talks/", article.Url);
        Assert.Equal("https://worldnewsfast.example/wp-content/uploads/2023/07/putin-lukashenko.jpg", article.LeadImage);
        Assert.StartsWith("Russian President Vladimir Putin and his Belarusian counterpart", article.Excerpt, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Matches_the_text_the_user_started_from()
    {
        var shared = Fixture.SharedDirectory();
        Skip.If(shared is null, Fixture.SharedMissing);
        var seed = File.ReadAllText(Path.Combine(shared, "seed", "news-page-as-text.txt"));
        var article = Fixture.Extract("seed-news-page.html");
        foreach (var part in article.Body.Split("\n\n"))
        {
            Assert.Contains(part, seed, StringComparison.Ordinal);
        }

        Assert.Contains(article.Title!, seed, StringComparison.Ordinal);
    }
}
