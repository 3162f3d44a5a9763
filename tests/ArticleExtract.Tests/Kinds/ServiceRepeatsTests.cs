namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A business's landing page repeats its blocks (a slider's cloned slides, a card's title again as its link): read as
/// a service page, each is read once; a page that is a service page only by its address is read as an article.
/// </summary>
public sealed class ServiceRepeatsTests
{
    private static readonly string[] Slides =
    [
        "Plan every delivery route in one shared board",
        "Send drivers their day before the van is loaded",
        "Tell customers when the parcel is ten minutes away",
    ];

    [Fact]
    public void A_landing_pages_cloned_slides_are_read_once()
    {
        // A carousel script clones the last slide before the first and the first after the last, so the loop never
        // shows a gap: the markup holds five slides for three.
        string Slide(string text, int i) =>
            $"<div class=\"slide\"><p class=\"slide-title\">{text}</p><p>Route board feature {i}: try it free for a month, no card needed.</p></div>";
        var slides = Slide(Slides[2], 3) + string.Concat(Slides.Select((s, i) => Slide(s, i + 1))) + Slide(Slides[0], 1);
        var html = "<!DOCTYPE html><html><head><title>Vanroute: delivery planning for small fleets</title></head><body>"
            + "<main><h1>Delivery planning for small fleets</h1>"
            + "<p>Vanroute plans the routes of fleets of two to fifty vans, so every driver knows the day's stops by breakfast.</p>"
            + $"<div class=\"slider\">{slides}</div>"
            + "<h2>Plans</h2><p>Starter is free for two vans. Fleet costs nine pounds a van each month, with support by phone.</p>"
            + "</main></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://vanroute.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        foreach (var slide in Slides)
        {
            Assert.Equal(1, TestPages.Count(article.Body, slide));
        }

        Assert.Contains("Starter is free for two vans.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_a_service_page_by_its_address_only_keeps_a_line_it_repeats()
    {
        const string Call = "Call the workshop on 0100 555 0199 to book a fitting.";
        var prose = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Fitting {i}: a saddle is fitted to the rider and the horse together, in the yard, with the horse walked and trotted "
            + "on both reins so the fitter sees how the panels sit while the back moves under them.</p>"));
        var html = "<!DOCTYPE html><html><head><title>Saddle fitting</title></head><body><main><h1>Saddle fitting</h1>"
            + $"<p>{Call}</p>{prose}<p>{Call}</p></main></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://tackroom.example/fitting"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Equal(2, TestPages.Count(article.Body, Call));
    }
}
