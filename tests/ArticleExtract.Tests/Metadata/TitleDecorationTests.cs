namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// What of a title is decoration: a site's name behind a separator is; a brand before a colon is part of the
/// title ("Brand: What it does"), and so is a first word that merely begins with the site's name.
/// </summary>
public class TitleDecorationTests
{
    private const string Body = """
        <p>Plan the week's meals on one board, share it with the household and let the shopping list fill itself as you go.</p>
        <p>Recipes you save from any site land in the same place, sorted by how long they take and what they need.</p>
        """;

    private static Article Extract(string head, string body) =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>", new Uri("https://www.mealboard.example/"));

    [Fact]
    public void A_brand_before_a_colon_stays_in_a_service_pages_title()
    {
        var a = Extract(
            """<title>Mealboard: The Shared Meal Planner for Busy Homes</title><meta property="og:site_name" content="Mealboard">""",
            $"""<main><h1>Dinner, decided</h1>{Body}</main>""");

        Assert.Equal("Mealboard: The Shared Meal Planner for Busy Homes", a.Title);
    }

    [Fact]
    public void A_first_word_that_begins_with_the_sites_name_is_not_the_site()
    {
        var a = Extract(
            """<title>Mealboard’s 2026 Forecast: Welcome to the Slow Kitchen</title><meta property="og:site_name" content="Mealboard">""",
            $"""<article><h1>Mealboard’s 2026 Forecast: Welcome to the Slow Kitchen</h1>{Body}</article>""");

        Assert.Equal("Mealboard’s 2026 Forecast: Welcome to the Slow Kitchen", a.Title);
    }

    [Fact]
    public void The_sites_name_behind_a_separator_is_still_removed()
    {
        var a = Extract(
            """<title>Welcome to the Slow Kitchen | Mealboard</title><meta property="og:site_name" content="Mealboard">""",
            $"""<article>{Body}</article>""");

        Assert.Equal("Welcome to the Slow Kitchen", a.Title);
    }
}
