using ArticleExtract.Fallback;

namespace ArticleExtract.Tests.Fallback;

/// <summary>A page with readable prose never comes out empty, as headings only, or as a few short lines.</summary>
public sealed class ArticleGuardTests
{
    private static readonly Uri Url = new("https://hillside-clinic.example/blog/knee-injuries");

    private static readonly string[] Paragraphs =
    [
        "Knee injuries at the gym usually come from loading a joint that has not warmed up, or from a machine set up for someone else.",
        "Physiotherapists at the clinic see the same three problems every winter: torn menisci, strained ligaments and irritated tendons.",
        "Most of them heal with rest and a careful return to training, but a swollen knee that locks or gives way needs an examination.",
        "Ask the staff to show you how each machine is adjusted, and write your settings down so that you can set it up the same way.",
        "Warm up for ten minutes on a bike or a rowing machine before the first heavy set, and stop when a movement hurts rather than aches.",
        "If you do get hurt, cool the knee, keep it raised, and book an appointment before the swelling has had a chance to settle in.",
    ];

    private static string Page(string wrapper, string extraHead = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Knee injuries at the gym | Hillside Clinic</title>{{extraHead}}</head>
        <body><header><a href="/">Hillside Clinic</a></header>
        <main><h1>Knee injuries at the gym</h1>
        {{string.Concat(Paragraphs.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, p)))}}
        </main><footer><p>Hillside Clinic, 4 Mill Lane.</p></footer></body></html>
        """;

    [Theory]
    [InlineData("<div class=\"related-block\"><p>{0}</p></div>")]
    [InlineData("<section class=\"comments-style-card\"><h2>Note</h2><p>{0}</p></section>")]
    [InlineData("<div class=\"trending-item\"><p>{0}</p></div>")]
    public void Prose_that_class_words_would_delete_comes_back(string wrapper)
    {
        var article = ArticleExtractor.Default.Extract(Page(wrapper), Url);
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        foreach (var p in Paragraphs)
        {
            Assert.Contains(p, article.Body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Mill Lane", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Collapsed_answers_opened_for_the_reading_do_not_hide_that_it_lost_the_prose()
    {
        // The page's running text is what it shows; the answers of its FAQ, opened for the reading, are not part of it
        // and must not make a reading that lost every paragraph look like one that kept them.
        string[] answers =
        [
            "Bring a towel, a bottle of water and the shoes you train in; the clinic lends knee sleeves and ice packs to anyone who needs them.",
            "A session lasts fifty minutes: ten to look at how you move, thirty of exercises with a physiotherapist, and ten to plan the next week.",
            "Yes, the clinic sends a short report to your doctor after the first visit, and again whenever the plan for your knee changes.",
        ];
        var faq = "<section><h2>Questions</h2>" + string.Concat(answers.Select((a, i) =>
            $"<h3><button type=\"button\" aria-expanded=\"false\" aria-controls=\"a{i}\">Question {i + 1} about the visit?</button></h3><div id=\"a{i}\" hidden><p>{a}</p></div>")) + "</section>";
        var page = Page("<div class=\"related-block\"><p>{0}</p></div>").Replace("</main>", faq + "</main>", StringComparison.Ordinal);
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var p in Paragraphs)
        {
            Assert.Contains(p, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_whose_only_copy_of_the_text_is_in_noscript_is_read()
    {
        var noscript = "<noscript><div class=\"post\">" + string.Concat(Paragraphs.Select(p => $"<p>{p}</p>")) + "</div></noscript>";
        var page = $"<!DOCTYPE html><html><head><title>Thread</title></head><body><div id=\"app\"></div>{noscript}<noscript><p>Please enable JavaScript.</p></noscript></body></html>";
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[0], body, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[3], body, StringComparison.Ordinal);
        Assert.DoesNotContain("enable JavaScript", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_the_page_needs_javascript_set_in_blocks_is_no_rendering_of_the_page()
    {
        // Two paragraphs over 200 characters, as a forum engine prints them above the thread it rendered on the server.
        const string Notice = "<noscript><div class=\"alert alert-danger\"><p>Your browser does not appear to run JavaScript, so this page will work less well than it should, and you have been left able to read the thread but not to reply to it.</p><p>Please switch to a browser that runs JavaScript, or turn it back on in the settings of the one you use (an add-on may have turned it off).</p></div></noscript>";
        var page = $"<!DOCTYPE html><html><head><title>Thread</title></head><body><main>{Notice}<h1>Knee injuries at the gym</h1>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</main></body></html>";
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[0], body, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_parked_in_a_hidden_boundary_for_a_script_is_read_but_a_hidden_menu_is_not()
    {
        // Long enough to be a page's article (a streamed page parks all of it there), with a summary after it.
        var text = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>")) + "<h2>In short</h2>" + string.Concat(Paragraphs.Select(p => $"<p>Again: {p}</p>"));
        var hidden = "<div hidden id=\"S:0\"><article>" + text + "</article></div>";
        var menu = "<div hidden class=\"mobile-panel\"><p>Opening hours: weekdays from eight in the morning until six in the evening.</p></div>";
        var page = $"<!DOCTYPE html><html><head><title>Knee injuries</title></head><body>{menu}<div id=\"root\"></div>{hidden}</body></html>";
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[1], body, StringComparison.Ordinal);
        Assert.DoesNotContain("Opening hours", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"related-block\"><h2>Part</h2><img src=\"/a.jpg\" alt=\"\"></div>")]
    [InlineData("<div class=\"gallery\"><img src=\"/a.jpg\" alt=\"\"><p>{0}</p></div>")]
    [InlineData("<nav><ul><li><a href=\"/a\">{0}</a></li></ul></nav>")]
    public void A_second_opinion_is_never_an_empty_body(string wrapper)
    {
        var article = ArticleExtractor.Default.Extract(Page(wrapper), Url);
        Assert.True(article.Outcome != ExtractionOutcome.SecondOpinion || article.Body.Length > 0, $"{article.Outcome} with an empty body");
    }

    [Fact]
    public void A_short_article_whose_only_paragraph_sits_in_a_promotion_box_is_read()
    {
        const string Brief = "The small ferry between the two halves of the harbour is back this week after three months in dry dock. "
            + "Crews replaced the propeller shaft and repainted the hull, and the timetable adds a crossing at six for the market traders, who asked for it last autumn.";
        var page = $"""
            <!DOCTYPE html><html><head><title>Harbour ferry returns after repairs</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
            <main><h1>Harbour ferry returns after repairs</h1><div class="promo-box"><p>{Brief}</p></div></main>
            <footer><p>Copyright 2026 Harbour Gazette</p></footer></body></html>
            """;
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://harbour-gazette.example/news/ferry"));
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Equal(Brief, article.Body);
    }

    [Theory]
    [InlineData(0, 150, false)]     // a notice: nothing to lose
    [InlineData(0, 400, true)]      // a short page whose one paragraph the result lost
    [InlineData(120, 400, false)]   // a short page: some of it kept is its share
    [InlineData(0, 5000, true)]     // the page has prose, the result none
    [InlineData(150, 800, true)]    // a couple of lines of a long page
    [InlineData(900, 5000, false)]  // a real share of it
    public void Lost_means_the_page_has_prose_and_the_result_almost_none(int prose, int page, bool lost) =>
        Assert.Equal(lost, ArticleGuard.IsLost(prose, page));

    [Fact]
    public void The_second_reading_is_taken_only_when_it_found_clearly_more_prose_that_is_not_links()
    {
        Assert.True(ArticleGuard.Prefer(0, 1200, 0.1));
        Assert.False(ArticleGuard.Prefer(400, 700, 0.1));
        Assert.False(ArticleGuard.Prefer(0, 1200, 0.8));
        Assert.False(ArticleGuard.Prefer(0, 120, 0));
    }

    private static string Thread(int comments) => "<div id=\"comments\" class=\"entry-comments\"><h3>Comments</h3><ol class=\"comment-list\">"
        + string.Concat(Enumerable.Range(1, comments).Select(i => $"<li class=\"comment\"><p class=\"comment-author\">Reader {i}</p><div class=\"comment-content\"><p>When I was {i + 20}, my knee went the same way, and the physio told me to rest it for two weeks and then start again slowly with lighter weights.</p></div></li>"))
        + "</ol></div>";

    [Fact]
    public void A_long_comment_thread_under_an_article_does_not_make_the_article_lost()
    {
        var article = string.Concat(Paragraphs.Concat(Paragraphs.Select(p => "Again: " + p)).Select(p => $"<p>{p}</p>"));
        var page = $"<!DOCTYPE html><html><head><title>Knee injuries</title></head><body><div class=\"site\"><div class=\"post\"><h1>Knee injuries at the gym</h1>{article}</div>{Thread(60)}</div></body></html>";
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[0], body, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[5], body, StringComparison.Ordinal);
        Assert.DoesNotContain("When I was 27,", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1600, 20000, 0, true)]       // measured against the whole page: lost
    [InlineData(1600, 20000, 16000, false)]  // the page is mostly a comment thread: an article's worth was found
    [InlineData(100, 20000, 16000, true)]    // almost nothing is lost whatever the thread holds
    public void Comment_threads_do_not_count_against_the_share_found(int prose, int page, int thread, bool lost) =>
        Assert.Equal(lost, ArticleGuard.IsLost(prose, page, thread));
}
