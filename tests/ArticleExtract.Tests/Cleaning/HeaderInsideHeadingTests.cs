using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// A "header" class word on an element inside a heading (h1–h6) names a part of that heading, as BEM writes it
/// ("gig-board__header__title__label" on the span holding a listing entry's title), not the page's masthead (issue 10:
/// the entries' titles were cut). The masthead's heading, a comment section's header and other noise still go.
/// </summary>
public sealed class HeaderInsideHeadingTests
{
    private static readonly Uri Url = new("https://tallowlane.example/jobs");

    private static NoiseKind ClassifyFirst(string markup, string selector)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{markup}</body></html>");
        var element = document.QuerySelector(selector)!;
        return NoiseClassifier.Classify(element, Tags.Of(element), out _);
    }

    [Fact]
    public void A_header_word_inside_a_heading_names_the_heading()
    {
        const string Entry = "<div class=\"gig-board__header\"><h3 class=\"gig-board__header__title\">"
            + "<span class=\"gig-board__header__title__label\">Pastry cook, weekend shifts</span></h3></div>";
        Assert.Equal(NoiseKind.None, ClassifyFirst(Entry, "span"));
    }

    [Theory]
    [InlineData("<header class=\"site-header\"><h1><span>Tallow Lane</span></h1></header>", "header", "Header")]
    [InlineData("<div class=\"site-header\"><p class=\"site-header__name\">Tallow Lane</p></div>", "p", "Header")]
    [InlineData("<div class=\"comments__header\"><h2>3 comments</h2></div>", "div", "Comments")]
    [InlineData("<h2 class=\"comments__header__title\"><span class=\"comments__header__count\">3 comments</span></h2>", "span", "Comments")]
    [InlineData("<h2><span class=\"share-bar__header\">Share this</span></h2>", "span", "Share")]
    public void Other_noise_inside_or_around_headings_still_goes(string markup, string selector, string expected) =>
        Assert.Equal(Enum.Parse<NoiseKind>(expected), ClassifyFirst(markup, selector));

    private static string ListingPage()
    {
        string[] titles = ["Pastry cook, weekend shifts", "Line cook for a small bistro", "Dishwasher and prep assistant", "Head baker, early mornings"];
        string[] teasers =
        [
            "Laminate dough, shape croissants and keep the display full on Saturdays and Sundays from six until two.",
            "Work the grill and the sauté station for a menu of twelve dishes that changes with the market every month.",
            "Keep the kitchen running: wash, sort and store, and help the cooks with vegetables before each service.",
            "Lead a team of three, plan the daily bake and order flour, butter and seeds from the local mill each week.",
        ];
        var entries = string.Concat(titles.Select((t, i) =>
            $"<li class=\"gig-board\"><a href=\"/jobs/{i}\"><div class=\"gig-board__header\"><h3 class=\"gig-board__header__title\">"
            + $"<span class=\"gig-board__header__title__label\">{t}</span></h3><p class=\"gig-board__header__date\">{i + 2} days ago</p></div>"
            + $"<p class=\"gig-board__teaser\">{teasers[i]}</p></a></li>"));
        return $$"""
            <!DOCTYPE html><html lang="en"><head><title>Kitchen jobs | Tallow Lane</title></head>
            <body><header class="site-header"><h1 class="site-header__title"><span class="site-header__title__label">Tallow Lane kitchen board</span></h1>
            <nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header>
            <main class="results"><h2>Kitchen jobs near you</h2><ul class="gig-list">{{entries}}</ul></main>
            <footer><p>Tallow Lane, listings updated daily.</p></footer></body></html>
            """;
    }

    [Fact]
    public void A_listings_entry_titles_are_kept_and_its_masthead_left_out()
    {
        var article = ArticleExtractor.Default.Extract(ListingPage(), Url);
        Assert.Contains("Pastry cook, weekend shifts", article.Body, StringComparison.Ordinal);
        Assert.Contains("Head baker, early mornings", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tallow Lane kitchen board", article.Body, StringComparison.Ordinal);
    }
}
