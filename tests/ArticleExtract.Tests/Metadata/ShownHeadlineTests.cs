namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The headline as the page shows it (issue 11, item 2): a wiki's bracketed site name is a decoration, and a heading in
/// the main column is the title when the <c>&lt;title&gt;</c> is only the site's default ("Brand - tagline" on every page
/// of a client-rendered site).
/// </summary>
public sealed class ShownHeadlineTests
{
    private const string Body = """
        <p>Cast iron holds heat better than anything else in the kitchen, which is why it sears so well once it is hot.</p>
        <p>Enamel on the outside changes none of that, but metal tools can chip it, so wooden spoons are the safer choice.</p>
        <p>Most people find that a slow preheat on a medium flame does more for the crust than a very hot burner.</p>
        """;

    private static Article Extract(string head, string body, string url) =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>", new Uri(url));

    [Fact]
    public void A_wikis_bracketed_site_name_is_a_decoration()
    {
        var a = Extract(
            """<title>pruning fruit trees [Garden Wiki]</title><meta property="og:site_name" content="Garden Wiki">""",
            $"""<div class="page">{Body}</div>""",
            "https://wiki.gardening.example/doku.php?id=pruning");

        Assert.Equal("pruning fruit trees", a.Title);
    }

    [Fact]
    public void Brackets_that_name_no_site_stay_in_the_title()
    {
        var a = Extract(
            """<title>The Best Cast Iron Pans [2026 Guide]</title><meta property="og:site_name" content="Pan Notes">""",
            $"""<div class="page">{Body}</div>""",
            "https://pannotes.example/best-cast-iron");

        Assert.Equal("The Best Cast Iron Pans [2026 Guide]", a.Title);
    }

    [Fact]
    public void A_main_columns_heading_wins_over_the_sites_default_title()
    {
        var a = Extract(
            """<title>Threadly - Where conversations live</title><meta property="og:site_name" content="Threadly">""",
            $"""
            <div class="app-shell grid flex-nav-expanded"><nav><a href="/">Home</a> <a href="/popular">Popular</a></nav>
            <main><div class="post"><h1>Which enamelled pan for searing steak?</h1>{Body}</div></main></div>
            """,
            "https://www.threadly.example/r/cooking/comments/abc123/which_pan/");

        Assert.Equal("Which enamelled pan for searing steak?", a.Title);
        Assert.Equal("Where conversations live", a.MetaTitle);
    }

    [Fact]
    public void The_home_page_keeps_its_brand_led_title()
    {
        var a = Extract(
            """<title>Threadly - Where conversations live</title><meta property="og:site_name" content="Threadly">""",
            $"""<main><h1>Popular right now</h1>{Body}</main>""",
            "https://www.threadly.example/");

        Assert.Equal("Threadly - Where conversations live", a.Title);
    }

    [Fact]
    public void Text_only_a_screen_reader_gets_is_no_part_of_the_heading()
    {
        var tiles = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li class=\"tile\"><a href=\"/p/lantern-{i}\">Storm lantern model {i}</a><span>$3{i}.00</span></li>"));
        var a = Extract(
            """<title>Shop Storm Lanterns at Harbour Lights with Free Returns</title><meta property="og:site_name" content="Harbour Lights">""",
            $"""<main><h1 class="collection-title"><span class="visually-hidden">Collection: </span>Storm Lanterns</h1><ul class="grid">{tiles}</ul></main>""",
            "https://harbourlights.example/collections/storm-lanterns");

        Assert.Equal("Storm Lanterns", a.Title);
    }

    [Fact]
    public void A_count_kept_from_screen_readers_is_still_shown()
    {
        var a = Extract(
            """<title>Storm Lanterns (12) | Harbour Lights</title><meta property="og:site_name" content="Harbour Lights">""",
            $"""<article><h1>Storm Lanterns <span aria-hidden="true">(12)</span></h1>{Body}</article>""",
            "https://harbourlights.example/storm-lanterns");

        Assert.Equal("Storm Lanterns (12)", a.Title);
    }
}
