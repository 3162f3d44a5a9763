namespace ArticleExtract.Tests.Structure;

/// <summary>Each way pages mark sub-headings: real headings of every rank, and bold paragraphs that read like headings.</summary>
public sealed class HeadingTests
{
    private const string Para = "The committee heard evidence from more than forty witnesses over three days of hearings in the capital last week.";

    private static Article Extract(string content) =>
        ArticleExtractor.Default.Extract($"<html><head><title>Inquiry report published</title></head><body><article><h1>Inquiry report published</h1>{content}</article></body></html>");

    [Theory]
    [InlineData("h2", 2)]
    [InlineData("h3", 3)]
    [InlineData("h4", 4)]
    [InlineData("h5", 5)]
    [InlineData("h6", 6)]
    public void Real_headings_start_sections_with_their_level(string tag, int level)
    {
        var article = Extract($"<p>{Para}</p><{tag}>What the witnesses said</{tag}><p>{Para}</p>");
        Assert.Equal(2, article.Sections.Count);
        Assert.Null(article.Sections[0].Heading);
        Assert.Equal("What the witnesses said", article.Sections[1].Heading);
        Assert.Equal(level, article.Sections[1].Level);
    }

    [Theory]
    [InlineData("<p><strong>What the witnesses said</strong></p>")]
    [InlineData("<p><b>What the witnesses said</b></p>")]
    [InlineData("<p><strong><em>What the witnesses said</em></strong></p>")]
    [InlineData("<div><b>What the witnesses said</b></div>")]
    public void Bold_paragraphs_that_read_like_headings_become_headings(string heading)
    {
        var article = Extract($"<p>{Para}</p>{heading}<p>{Para}</p>");
        Assert.Equal(["What the witnesses said"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!));
    }

    [Theory]
    [InlineData("<p><strong>The committee said the evidence was overwhelming.</strong></p>")]
    [InlineData("<p><strong>Note:</strong> the committee sat in private.</p>")]
    public void Bold_sentences_stay_paragraphs(string bold)
    {
        var article = Extract($"<p>{Para}</p>{bold}<p>{Para}</p>");
        Assert.Single(article.Sections);
        Assert.Null(article.Sections[0].Heading);
    }

    [Fact]
    public void A_bold_line_at_the_end_with_no_body_after_it_is_not_a_heading()
    {
        var article = Extract($"<p>{Para}</p><p>{Para}</p><p><strong>Follow the inquiry live</strong></p>");
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void The_title_is_not_repeated_as_a_heading()
    {
        var article = Extract($"<h2>Inquiry report published</h2><p>{Para}</p><h2>Next steps</h2><p>{Para}</p>");
        Assert.Equal(["Next steps"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!));
    }

    [Fact]
    public void A_heading_with_nothing_under_it_is_dropped()
    {
        var article = Extract($"<p>{Para}</p><h2>Background</h2><p>{Para}</p><h2>Empty</h2>");
        Assert.Equal(["Background"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!));
    }

    [Fact]
    public void A_heading_that_only_introduces_sub_headings_is_kept()
    {
        var article = Extract($"<p>{Para}</p><h2>Findings</h2><h3>On funding</h3><p>{Para}</p>");
        Assert.Equal([("Findings", 2), ("On funding", 3)], article.Sections.Where(s => s.Heading is not null).Select(s => (s.Heading!, s.Level)));
    }
}
