using ArticleExtract.Fallback;

namespace ArticleExtract.Tests.Fallback;

/// <summary>When SmartReader is asked (the gate) and when its answer replaces ours (the choice).</summary>
public sealed class SecondOpinionTests
{
    [Theory]
    [InlineData(0, 0, 0.0, true)]          // nothing found
    [InlineData(249, 3, 0.0, true)]        // a line or two
    [InlineData(250, 3, 0.0, false)]       // a short notice in paragraphs is an answer
    [InlineData(4000, 20, 0.36, true)]     // mostly links: a menu or a link list
    [InlineData(4000, 20, 0.35, false)]
    [InlineData(999, 0, 0.0, true)]        // no paragraph at all and short: a heading and a caption
    [InlineData(1000, 0, 0.0, false)]      // a long table or list
    [InlineData(1200, 8, 0.1, false)]      // an ordinary short article
    public void Asks_only_about_a_short_bare_or_link_heavy_result(int bodyChars, int paragraphs, double linkDensity, bool asks) =>
        Assert.Equal(asks, SecondOpinion.IsDoubtful(bodyChars, paragraphs, linkDensity));

    [Theory]
    [InlineData(0, 180, 180, 0.0, true)]       // ours is empty: any prose is better
    [InlineData(0, 180, 0, 0.0, false)]        // headings and images only are no answer
    [InlineData(200, 399, 399, 0.0, false)]    // not 200 characters more
    [InlineData(200, 401, 401, 0.0, true)]
    [InlineData(2000, 2300, 2300, 0.0, false)] // 200 more but not 20 % more
    [InlineData(2000, 2500, 2500, 0.0, true)]
    [InlineData(200, 3000, 3000, 0.5, false)]  // longer, but half of it is links
    [InlineData(200, 3000, 3000, 0.49, true)]
    public void Keeps_their_answer_only_when_it_is_clearly_longer_prose(int ownChars, int theirChars, int theirProse, double theirLinks, bool keeps) =>
        Assert.Equal(keeps, SecondOpinion.Prefer(ownChars, theirChars, theirProse, theirLinks));

    [Fact]
    public void Text_we_judged_noise_does_not_come_back_through_the_second_opinion()
    {
        // The article is one short line, so SmartReader is asked; it scores the long, comma-rich consent notice as the
        // content (its own lists do not know cookie banners), and its answer is dropped because that is text we judged
        // to be noise. Without the veto the notice came back with outcome secondOpinion (checked on the gate9
        // experiment's build).
        const string page = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour ferry timetable changes | Bay Transit News</title></head>
            <body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav></header>
            <main><h1>Harbour ferry timetable changes</h1><p>From March the ferry leaves every twenty minutes.</p></main>
            <div class="cookie-consent"><p>We and our partners use cookies, pixels and similar technologies to remember your
            settings, to measure how often each page is read, to show you offers that suit your interests, and to keep the site
            secure. You can accept all of them, refuse those that are not strictly necessary, or choose, purpose by purpose,
            which ones you allow; you can change your mind at any time from the privacy settings linked at the foot of every page.</p></div>
            <footer><p>Bay Transit News</p></footer></body></html>
            """;
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://bay-transit.example/news/ferry"));
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Equal("From March the ferry leaves every twenty minutes.", article.Body);
    }

    [Theory]
    [InlineData(0, 0, false)]        // a page of blank text: nothing to find
    [InlineData(0, 1, true)]         // ours is empty: any prose would do
    [InlineData(40, 40, false)]      // ours holds every word of the page
    [InlineData(200, 200, false)]    // the page's text with a space after every character is not 200 characters more
    [InlineData(200, 201, true)]
    [InlineData(2000, 1200, false)]  // 2,400 is not 20 % more than 2,000
    [InlineData(2000, 1201, true)]
    public void Asks_only_when_the_page_holds_enough_text_for_an_answer_to_be_kept(int ownChars, int pageTextChars, bool could) =>
        Assert.Equal(could, SecondOpinion.CouldBeTaken(ownChars, pageTextChars));

    [Fact]
    public void A_page_of_blank_text_is_not_shown_to_SmartReader()
    {
        // The shape of a 16 MiB page of white space that kept SmartReader busy for 8.6 s (its time grows with the
        // page's characters): a heading, then a paragraph of nothing but white space. Our result is empty, so it is
        // doubtful, but no answer could be kept.
        var page = "<!DOCTYPE html><html><head><title>Blank</title></head><body><p>" + string.Concat(Enumerable.Repeat(" \n\t", 20_000)) + "</p></body></html>";
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://blank.example/"));
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
        Assert.Equal(SecondOpinionStatus.Skipped, article.SecondOpinion);
    }

    [Fact]
    public void A_page_over_the_size_bound_is_not_shown_to_SmartReader()
    {
        // A doubtful result (one line) on a page padded past the bound by a comment, which costs the parse little; the
        // page without the padding is shown to SmartReader.
        var page = NoticePage + "<!--" + new string('x', SecondOpinion.MaxPageChars) + "-->";
        var options = ArticleExtractorOptions.Default with { MaxInputLength = 2 * SecondOpinion.MaxPageChars };
        Assert.Equal(SecondOpinionStatus.Skipped, new ArticleExtractor(options).Extract(page).SecondOpinion);
        Assert.Equal(SecondOpinionStatus.Asked, new ArticleExtractor(options).Extract(NoticePage).SecondOpinion);
    }

    [Fact]
    public void The_article_says_whether_the_second_opinion_was_asked()
    {
        var article = ArticleExtractor.Default.Extract(NoticePage);
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Equal(SecondOpinionStatus.Asked, article.SecondOpinion);
        var off = new ArticleExtractor(ArticleExtractorOptions.Default with { UseSecondOpinion = false });
        Assert.Equal(SecondOpinionStatus.NotAsked, off.Extract(NoticePage).SecondOpinion);

        // Our result holds the page's only text: no answer could be longer.
        const string line = "<!DOCTYPE html><html><head><title>Notice</title></head><body><main><p>The reading room opens at nine on weekdays and at ten on Saturdays.</p></main></body></html>";
        Assert.Equal(SecondOpinionStatus.Skipped, ArticleExtractor.Default.Extract(line).SecondOpinion);

        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i} of the report tells how the reading room was rebuilt, which shelves came back first, and why the old map cases stay.</p>"));
        var longer = ArticleExtractor.Default.Extract($"<!DOCTYPE html><html><head><title>Report</title></head><body><article><h1>Report</h1>{paragraphs}</article></body></html>");
        Assert.Equal(SecondOpinionStatus.NotAsked, longer.SecondOpinion);
    }

    // One line of article beside a long notice we judge to be noise: our result is doubtful and the page holds text
    // for a longer answer, so SmartReader is asked; its answer is the notice, which is dropped as known noise.
    private const string NoticePage = """
        <!DOCTYPE html><html lang="en"><head><title>Reading room hours | City Library</title></head>
        <body><main><h1>Reading room hours</h1><p>The reading room opens at nine on weekdays and at ten on Saturdays.</p></main>
        <div class="cookie-consent"><p>We and our partners use cookies and similar technologies to remember your settings,
        to measure how often each page is read, to show you offers that suit your interests, and to keep the site secure.
        You can accept all of them, refuse those that are not strictly necessary, or choose, purpose by purpose, which ones
        you allow; you can change your mind at any time from the privacy settings linked at the foot of every page.</p></div>
        </body></html>
        """;

    [Fact]
    public void Only_the_third_party_failures_are_caught()
    {
        Assert.Null(SecondOpinion.Guarded<string>(() => throw new InvalidOperationException("a bug in the heuristic"), out var failed));
        Assert.True(failed);
        Assert.Equal("answer", SecondOpinion.Guarded(() => "answer", out failed));
        Assert.False(failed);
        Assert.Throws<OperationCanceledException>(() => SecondOpinion.Guarded<string>(() => throw new OperationCanceledException(), out _));
    }
}
