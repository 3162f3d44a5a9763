namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// On a site's home page the brand is the subject: a <c>&lt;title&gt;</c> that opens with the site's name and goes on
/// with a tagline is kept whole, where on any other page the brand is a decoration.
/// </summary>
public class HomePageTitleTests
{
    private const string Body = """
        <p>Plan the week's meals on one board, share it with the household and let the shopping list fill itself as you go.</p>
        <p>Recipes you save from any site land in the same place, sorted by how long they take and what they need.</p>
        """;

    private static Article Extract(string head, string body, string url) =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>", new Uri(url));

    [Fact]
    public void A_home_page_keeps_the_brand_that_leads_its_title()
    {
        var a = Extract(
            """<title>Mealboard - The shared meal planner for busy homes</title>""",
            $"""<main><h1>The shared meal planner for busy homes</h1>{Body}</main>""",
            "https://www.mealboard.example/");

        Assert.Equal("Mealboard - The shared meal planner for busy homes", a.Title);
    }

    [Fact]
    public void A_home_page_drops_a_site_name_that_trails_the_brand_led_title()
    {
        var a = Extract(
            """<title>Mealboard Pro | Meal plans and shopping lists for families | Mealboard</title><meta property="og:site_name" content="Mealboard">""",
            $"""<main><h1>Meal plans and shopping lists for families</h1>{Body}</main>""",
            "https://mealboard.example/?ref=start");

        Assert.Equal("Mealboard Pro | Meal plans and shopping lists for families", a.Title);
    }

    [Fact]
    public void A_page_label_after_the_brand_is_no_tagline()
    {
        var a = Extract(
            """<title>Mealboard | Home Page</title>""",
            $"""<main><h1>Welcome to Mealboard meal planning</h1>{Body}</main>""",
            "https://www.mealboard.example/");

        Assert.Equal("Welcome to Mealboard meal planning", a.Title);
    }

    [Fact]
    public void Any_other_page_of_the_site_loses_the_brand()
    {
        var a = Extract(
            """<title>Mealboard - Ten dinners that cook themselves</title>""",
            $"""<article><h1>Ten dinners that cook themselves</h1>{Body}</article>""",
            "https://www.mealboard.example/blog/ten-dinners");

        Assert.Equal("Ten dinners that cook themselves", a.Title);
    }

    [Fact]
    public void A_title_led_by_another_name_is_not_the_brands()
    {
        var a = Extract(
            """<title>Weeknight Suppers - Easy recipes for the whole family</title>""",
            $"""<main><h1>Weeknight Suppers</h1>{Body}</main>""",
            "https://www.mealboard.example/");

        Assert.Equal("Weeknight Suppers", a.Title);
    }
}
