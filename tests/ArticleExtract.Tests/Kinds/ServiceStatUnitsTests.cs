namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A business's landing page shows a row of counters, each figure over its caption ("12,400" over "lessons taught"):
/// the date test read a figure of digits and separators as a date and dropped it, keeping its caption alone. Read as a
/// service page, the figure stays beside its caption; a lone number, a real date and an article's badge bar do not come back.
/// </summary>
public sealed class ServiceStatUnitsTests
{
    private const string Intro =
        "<h1>Piano lessons at home, for every age</h1>"
        + "<p>Keynote sends a certified teacher to your home each week, with a plan that follows the pupil from the first scale to the exam.</p>";

    private const string Outro =
        "<h2>How it works</h2><p>Tell us the pupil's age and level, and we match a teacher who lives nearby and teaches at the hours you choose.</p>"
        + "<p>The first lesson is a trial: if the teacher is not the right fit, the next one is found within the week, at no cost.</p>";

    private static string Unit(string figure, string label, bool icon) =>
        "<div class=\"fact\">" + (icon ? "<img src=\"/icons/note.png\" alt=\"\" width=\"32\" height=\"32\">" : "")
        + $"<div class=\"fact-figure\">{figure}</div><div class=\"fact-label\">{label}</div></div>";

    private static string Page(string title, string main) =>
        $"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>{main}</main></body></html>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_service_pages_counters_keep_their_figures(bool icons)
    {
        var row = "<section><h2>Keynote in numbers</h2><div class=\"facts\">" + Unit("12,400", "lessons taught", icons)
            + Unit("3,150", "pupils at the keys", icons) + Unit("98%", "exam pass rate", icons) + Unit("240", "teachers nationwide", icons)
            + "</div></section>";

        var article = ArticleExtractor.Default.Extract(Page("Keynote: piano lessons at home", Intro + row + Outro), new Uri("https://keynote.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Contains("12,400", article.Body, StringComparison.Ordinal);
        Assert.Contains("3,150", article.Body, StringComparison.Ordinal);
        Assert.Contains("240", article.Body, StringComparison.Ordinal);
        Assert.Contains("lessons taught", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_number_and_a_date_on_a_service_page_stay_out()
    {
        // A date over a caption parses as a date; a number without a row of captioned figures around it is no counter.
        var main = Intro + "<div class=\"facts\">" + Unit("12.05.2025", "next open day", false) + Unit("14.06.2025", "summer recital", false)
            + Unit("15.07.2025", "exam week", false) + "</div>" + Outro + "<div class=\"pages\"><div>2,024</div></div>";

        var article = ArticleExtractor.Default.Extract(Page("Keynote: piano lessons at home", main), new Uri("https://keynote.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.DoesNotContain("12.05.2025", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2,024", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_articles_badge_bar_of_counters_stays_out()
    {
        // A review site's "hours of research" bar around a story is the site's badge, not the story's text.
        var bar = "<div class=\"facts\">" + Unit("1,200", "hours of research", false) + Unit("45", "brands compared", false)
            + Unit("320", "readers surveyed", false) + "</div>";
        var story = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i} of the review: we played each digital piano for a week, in a quiet room and a noisy one, and wrote down "
            + "how the keys felt under fast scales, how the speakers held up at full volume and how easy the menus were to reach.</p>"));
        var html = "<!DOCTYPE html><html><head><title>The best digital pianos</title>"
            + "<meta property=\"article:published_time\" content=\"2025-03-04T09:00:00Z\"><meta name=\"author\" content=\"Ada Lane\"></head><body>"
            + "<article><h1>The best digital pianos</h1><p class=\"byline\">By Ada Lane</p>" + bar + story + "</article></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://pianoreviews.example/best-digital-pianos/"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.DoesNotContain("1,200", article.Body, StringComparison.Ordinal);
    }
}
