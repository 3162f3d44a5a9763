namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Pages that render the post twice and let style sheets show one copy (a copy per screen size side by side, a
/// site builder's conditional block that is switched off) are read once; a paragraph the author repeats stays.
/// </summary>
public sealed class RenderedTwiceTests
{
    private static readonly Uri Url = new("https://tidewater-kitchens.example/blog/planning-a-kitchen-remodel");

    private static readonly string[] Paragraphs =
    [
        "A kitchen remodel usually takes eight to twelve weeks once work starts, but the planning before it often takes just as long.",
        "Start with how you cook, not with how the room looks: where you prepare food, where it is stored and how many people use the room at once.",
        "Cabinets take the largest share of most budgets, followed by labour and appliances. Counters and flooring come after them.",
        "Order appliances early. Delivery times for ranges and refrigerators still stretch to several weeks, and the cabinets are built around them.",
        "Keep a tenth of the budget aside for what the walls hide: old wiring, a leaking pipe or a floor that is not level under the old units.",
    ];

    private static string Page(string main) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Planning a kitchen remodel | Tidewater Kitchens</title></head>
        <body><header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>
        <main><h1>Planning a kitchen remodel</h1>{{main}}</main>
        <footer><p>Tidewater Kitchens, 40 Harbour Road. Showroom open Monday to Saturday.</p></footer></body></html>
        """;

    private static string Prose(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    [Fact]
    public void A_copy_per_screen_size_side_by_side_is_read_once()
    {
        var copy = $"<div class=\"rich-text\">{Prose(Paragraphs)}</div>";
        var page = Page($"<div class=\"variant variant-desktop\">{copy}</div><div class=\"variant variant-phone\">{copy}</div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var p in Paragraphs)
        {
            Assert.Equal(1, TestPages.Count(body, p));
        }
    }

    [Fact]
    public void A_switched_off_conditional_copy_is_not_read()
    {
        const string Gated = "Enter your email address to unlock the full planning guide and the printable budget sheet.";
        var page = Page($"<div class=\"layout-normal\"><div class=\"rich-text\">{Prose(Paragraphs)}</div></div>"
            + $"<div class=\"layout-gated w-condition-invisible\"><p>{Gated}</p><div class=\"rich-text\">{Prose(Paragraphs)}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.DoesNotContain(Gated, body, StringComparison.Ordinal);
        foreach (var p in Paragraphs)
        {
            Assert.Equal(1, TestPages.Count(body, p));
        }
    }

    [Fact]
    public void A_copy_in_a_wrapper_of_class_hide_is_not_read_but_hide_on_a_screen_size_is()
    {
        const string Mobile = "On a phone, swipe left on a cabinet picture to see the same kitchen before the remodel began.";
        var page = Page($"<div class=\"post\"><div class=\"rich-text\">{Prose(Paragraphs)}<p class=\"hide-desktop\">{Mobile}</p></div></div>"
            + $"<div class=\"post-copy hide\"><div class=\"rich-text\">{Prose(Paragraphs)}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Mobile, body, StringComparison.Ordinal);
        foreach (var p in Paragraphs)
        {
            Assert.Equal(1, TestPages.Count(body, p));
        }
    }

    [Fact]
    public void A_paragraph_the_author_repeats_stays()
    {
        const string Refrain = "Measure twice and order once: a cabinet built a few centimetres too wide cannot be trimmed on site.";
        var page = Page($"<div class=\"rich-text\"><p>{Refrain}</p>{Prose(Paragraphs)}<p>{Refrain}</p><p>{Refrain}</p></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Equal(3, TestPages.Count(body, Refrain));
    }

    [Fact]
    public void Two_sections_that_share_their_wording_both_stay()
    {
        // Two plans or two days of a schedule are written with the same lines: each is the page's own text.
        var day = $"<div class=\"day\"><p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div>";
        var page = Page($"<div class=\"rich-text\"><h2>Plan A</h2>{day}<h2>Plan B</h2>{day}</div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Equal(2, TestPages.Count(body, Paragraphs[2]));
    }
}
