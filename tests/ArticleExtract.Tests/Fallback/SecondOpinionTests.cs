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
}
