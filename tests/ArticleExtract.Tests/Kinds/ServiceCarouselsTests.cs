namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A business's landing page sets its own text to slide (the customers' quotes, the features): read as a service page,
/// a carousel inside the reading that holds text is read (a strip of logos stays out); not on a page read as an article.
/// A home page has no byline: its testimonials' "author" lines are read.
/// </summary>
public sealed class ServiceCarouselsTests
{
    private const string Quote = "We cut the time our dispatchers spend on routes from two hours a morning to ten minutes";
    private const string Name = "Priya Natarajan, Operations Lead at Northfield Bakeries";

    [Fact]
    public void A_landing_pages_carousel_of_customer_quotes_is_read()
    {
        var article = ArticleExtractor.Default.Extract(Page(), new Uri("https://vanroute.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Contains(Quote, article.Body, StringComparison.Ordinal);
        Assert.Contains(Name, article.Body, StringComparison.Ordinal);
        Assert.Contains("Starter is free for two vans.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Trusted by", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_page_by_its_address_only_is_read_as_an_article_and_leaves_its_carousel_out()
    {
        var prose = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<p>Step {i}: the planner reads the day's orders, groups the stops by district and hands each driver a route in "
            + "the order the van is loaded, so the last parcel in is the first one out at the door.</p>"));
        var html = Page().Replace("<h2>What our customers say</h2>", prose + "<h2>What our customers say</h2>", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://vanroute.example/route-planning"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Contains("Step 3: the planner reads", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Quote, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_landing_page_given_without_its_address_leaves_its_carousel_out()
    {
        var article = ArticleExtractor.Default.Extract(Page());

        Assert.DoesNotContain(Quote, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_home_pages_testimonial_names_marked_as_authors_are_read()
    {
        const string Person = "Marta Kowalska";
        var card = "<div class=\"testimonial\"><p>“Planning used to eat my whole Monday; now the routes are ready before I finish my coffee.”</p>"
            + $"<div class=\"testimonial-author\"><p>{Person}, Dispatcher at Kowalska Logistics</p></div></div>";
        var html = Page().Replace("<h2>Plans</h2>", "<h2>Loved by dispatchers</h2>" + card + "<h2>Plans</h2>", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://vanroute.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Contains(Person + ", Dispatcher at Kowalska Logistics", article.Body, StringComparison.Ordinal);
    }

    private static string Page()
    {
        string Slide(string quote, string name) =>
            $"<div class=\"testimonial-carousel__slide\"><blockquote><p>“{quote}.”</p></blockquote><p class=\"quote-by\">{name}</p></div>";
        return "<!DOCTYPE html><html><head><title>Vanroute: delivery planning for small fleets</title></head><body>"
            + "<main><h1>Delivery planning for small fleets</h1>"
            + "<p>Vanroute plans the routes of fleets of two to fifty vans, so every driver knows the day's stops by breakfast.</p>"
            + "<div class=\"logo-carousel\"><p>Trusted by</p><img src=\"/a.png\" alt=\"\"><img src=\"/b.png\" alt=\"\"></div>"
            + "<h2>What our customers say</h2><div class=\"testimonial-carousel\">"
            + Slide(Quote, Name)
            + Slide("Drivers open the app, see their stops in order and go; nobody phones the office asking where to next", "Tom Berry, Owner of Berry Flowers")
            + Slide("The customers get a text ten minutes before we arrive, and missed deliveries have almost stopped", "Ana Souza, Manager at Souza Pharmacy")
            + "</div>"
            + "<h2>Plans</h2><p>Starter is free for two vans. Fleet costs nine pounds a van each month, with support by phone.</p>"
            + "</main></body></html>";
    }
}
