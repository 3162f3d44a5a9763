using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>On a product page, a strip titled as other products after the product's own text is left out, with the cards under its heading.</summary>
public sealed class OtherProductSectionsTests
{
    private const string Description =
        "The Fernbrake rain shell is cut from a three-layer recycled nylon that breathes on a steep climb and keeps out a whole afternoon of "
        + "driving rain. Its hood folds into the collar, and the pit zips open from the chest to the elbow.";

    private const string Details =
        "Taped seams, a two-way front zip under a storm flap, and a hem you tighten with one hand while wearing gloves. Each jacket is sewn "
        + "in a family workshop in Porto that we have worked with for eleven years.";

    [Fact]
    public void A_strip_of_other_products_after_the_description_goes_with_its_cards()
    {
        var sections = new List<Section>
        {
            Section(null, 0, Description),
            Section("Materials", 2, Details),
            Section("Customers also viewed", 2),
            Section("Fernbrake trail trousers", 3, "Light, quick to dry, with a zipped thigh pocket."),
            Section("Fernbrake merino beanie", 3, "Fine merino, warm under a hood."),
            Section("Care", 2, "Wash cold and tumble dry low to refresh the water repellency."),
        };

        var kept = ProductHeadings(OtherProductSections.Without(sections));

        Assert.Equal([null, "Materials", "Care"], kept);
    }

    [Fact]
    public void A_strip_so_titled_before_the_middle_of_the_reading_stays()
    {
        // A layout whose headings do not nest the text after them: the product's own details follow the strip's title.
        var sections = new List<Section>
        {
            Section("People who viewed this item also viewed", 2, "Rain shell, used"),
            Section(null, 0, Description),
            Section("Materials", 2, Details),
        };

        Assert.Same(sections, OtherProductSections.Without(sections));
    }

    [Fact]
    public void A_heading_that_only_starts_with_the_same_letters_stays()
    {
        var sections = new List<Section>
        {
            Section(null, 0, Description),
            Section("Materials", 2, Details),
            Section("Best sellersville stitching guide", 2, "How the seams are sewn and taped."),
        };

        Assert.Same(sections, OtherProductSections.Without(sections));
    }

    [Fact]
    public void A_product_page_reads_without_the_strip_at_its_end()
    {
        var html =
            "<!DOCTYPE html><html><head><title>Fernbrake rain shell</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/men\">Men</a> <a href=\"/women\">Women</a></nav></header>"
            + $"<main><div class=\"product\"><h1>Fernbrake rain shell</h1><div class=\"description\"><p>{Description}</p>"
            + $"<h2>Materials</h2><p>{Details}</p></div>"
            + "<div class=\"strip\"><h2>Keep exploring Fernbrake.</h2>"
            + "<div class=\"card\"><h3>Fernbrake trail trousers</h3><p>Light, quick to dry, with a zipped thigh pocket and articulated knees.</p></div>"
            + "<div class=\"card\"><h3>Fernbrake merino beanie</h3><p>Fine merino, warm under a hood, and soft enough to sleep in at camp.</p></div>"
            + "</div></div></main><footer><p>© 2026 Fernbrake Outdoor</p></footer></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://fernbrake.example/products/rain-shell"));

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("three-layer recycled nylon", article.Body, StringComparison.Ordinal);
        Assert.Contains("family workshop in Porto", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep exploring", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("zipped thigh pocket", article.Body, StringComparison.Ordinal);
    }

    private static Section Section(string? heading, int level, params string[] paragraphs) =>
        new(heading, level, [.. paragraphs.Select(p => (Block)new ParagraphBlock([new Inline(p)]))]);

    private static List<string?> ProductHeadings(IReadOnlyList<Section> sections) => [.. sections.Select(s => s.Heading)];
}
