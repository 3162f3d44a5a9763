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

    [Fact]
    public void Sentences_set_in_a_heading_with_nothing_under_it_are_read_as_a_paragraph()
    {
        const string Pitch = "Every witness was heard in public, and the transcripts of all three days are published in full so that anyone who wishes can read what was said and by whom.";
        var article = Extract($"<p>{Para}</p><h2>What the witnesses said</h2><h6>{Pitch}</h6><h2>What comes next</h2><p>{Para}</p>");
        Assert.Contains(Pitch, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Sections, s => s.Heading == Pitch);
    }

    [Theory]
    [InlineData("<h3>What the witnesses said about the three days of hearings in the capital</h3>")]
    [InlineData("<h3>The witnesses, the hearings, the evidence and the transcripts of all three days in the capital, in full and by whom</h3>")]
    public void A_short_or_unfinished_heading_with_nothing_under_it_is_still_dropped(string heading)
    {
        var article = Extract($"<p>{Para}</p>{heading}<h2>What comes next</h2><p>{Para}</p>");
        Assert.DoesNotContain("witnesses said about", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("in full and by whom", article.Body, StringComparison.Ordinal);
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
    public void The_title_is_not_repeated_as_a_heading_on_a_short_undated_page_read_as_records()
    {
        // Three paragraphs of the same shape and no date, author or address: the page is read as its run of records,
        // a reading the wording filter does not see, and its headline must not come back as the first heading.
        const string Html = """
            <html lang="ja"><head><meta charset="utf-8"><title>新しい図書館が駅前に開館 | 市民ニュース</title></head><body>
            <header><nav><a href="/">ホーム</a> <a href="/news">ニュース</a></nav></header>
            <main><article><h1>新しい図書館が駅前に開館</h1>
            <p>市は十二日、駅前に新しい図書館を開館したと発表した。館内には約二十万冊の本が並び、子ども向けの読書室や学習スペースも設けられている。開館初日には多くの市民が訪れ、長い列ができた。</p>
            <p>図書館の館長は「誰もが気軽に立ち寄れる場所にしたい」と話した。市は今後、地域の学校と連携した読書イベントを定期的に開く予定だという。利用者からは、駅から近くて便利だという声が多く聞かれた。</p>
            <p>建物は地元の建築家が設計し、木材をふんだんに使った温かみのある内装が特徴だ。屋上には庭園もあり、天気の良い日には本を持ち出して読むこともできる。開館時間は午前九時から午後八時まで。</p>
            </article></main><footer>© 市民ニュース</footer></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(Html);

        Assert.Equal("新しい図書館が駅前に開館", article.Title);
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(3, article.Sections.Sum(s => s.Blocks.Count));
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
