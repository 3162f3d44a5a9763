using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// On a listing the entries are the page: a list of linked headlines with a line of excerpt each, which beside an
/// article is a teaser list, stays; a linked line that reads as an entry's title stays, while the page's other linked
/// lines (filters with counts, in-page anchors, buttons, tag lists) still go.
/// </summary>
public sealed class ListingEntryTests
{
    private static readonly string[] Headlines =
    [
        "The best walking boots for wet weather", "How we tested twenty rain jackets", "A quiet tent that sleeps three people",
        "Choosing a sleeping mat for cold nights",
    ];

    private static readonly string[] Excerpts =
    [
        "Four pairs kept our feet dry on a week of moorland walks.", "Each jacket spent an hour under a garden sprinkler.",
        "Light enough for one person to carry up a hill.", "Insulation matters more than thickness below freezing.",
    ];

    private static FlowItem Item(Block block)
    {
        var (text, links) = block switch
        {
            ParagraphBlock p => (p.Text, p.Inlines.Where(r => r.IsLink).Sum(r => r.Text.Length)),
            ListBlock l => (l.Text, l.Items.Sum(i => i.Inlines.Where(r => r.IsLink).Sum(r => r.Text.Length))),
            _ => (block.Text, 0),
        };
        return FlowItem.ForBlock(block, text.Length, links);
    }

    private static List<FlowItem> Filter(bool listing, params Block[] blocks) =>
        BoilerplateFilter.Apply(blocks.Select(Item).ToList(), "Outdoor gear reviews", null, ExtractionFavor.Balanced, listing);

    private static ParagraphBlock Linked(string text, string href) => new([new Inline(text, href)]);

    [Fact]
    public void A_list_of_linked_headlines_with_excerpts_is_a_teaser_list_beside_an_article_and_the_entries_of_a_listing()
    {
        var list = new ListBlock(false, Headlines.Select((h, i) => new ListItem([new Inline(h, $"https://gear.example/reviews/{i}"), new Inline(" " + Excerpts[i])], [])).ToList());

        Assert.Empty(Filter(listing: false, list));
        Assert.Single(Filter(listing: true, list));
    }

    [Fact]
    public void On_a_listing_a_linked_entry_title_stays_and_other_linked_lines_go()
    {
        var titles = Headlines.Select((h, i) => Linked(h, $"https://gear.example/reviews/{i}")).ToArray();
        Block[] chrome =
        [
            Linked("Skip to the product grid", "https://gear.example/reviews#grid"),
            Linked("Call our gear advisers today", "tel:+441234567890"),
            Linked("Waterproof hiking boots (214)", "https://gear.example/boots?filter=waterproof"),
            Linked("Shop all sleeping bags", "https://gear.example/sleeping-bags"),
            Linked("12 comments", "https://gear.example/reviews/0#comments"),
            new ParagraphBlock([new Inline("boots", "https://gear.example/tag/boots"), new Inline(" "), new Inline("rain-gear", "https://gear.example/tag/rain-gear"), new Inline(" "), new Inline("camping-kit", "https://gear.example/tag/camping-kit")]),
        ];

        var kept = Filter(listing: true, [.. titles, .. chrome]).Select(item => item.Text).ToList();

        Assert.Equal(Headlines, kept);
        Assert.Empty(Filter(listing: false, titles));
    }

    [Theory]
    [InlineData("The best walking boots for wet weather", true)]
    [InlineData("Boots for wet weather (12)", false)]
    [InlineData("Learn more about our tests", false)]
    [InlineData("Two words", false)]
    public void An_entry_title_is_one_link_of_a_few_words_to_another_page(string text, bool title) =>
        Assert.Equal(title, BoilerplateFilter.IsEntryTitle(Linked(text, "https://gear.example/reviews/7")));

    [Fact]
    public void A_listing_of_sections_of_linked_headlines_keeps_every_section()
    {
        // A reviews index: one section per category, each a list of linked headlines with a line of excerpt. In half of
        // them an entry's title is short ("Rain hats"), so that half never read as teaser lists; the other half did.
        string[] categories = ["Boots", "Jackets", "Tents", "Sleeping mats", "Stoves", "Packs", "Maps", "Lamps", "Poles", "Gloves", "Socks", "Bottles"];
        var sections = string.Concat(categories.Select((c, s) =>
            $"<section class=\"cat\"><header><h2><a href=\"/reviews/{s}\">{c}</a></h2><a href=\"/reviews/{s}\">See all reviews</a></header><ul>"
            + string.Concat(Headlines.Select((h, i) => $"<li><article><h3><a href=\"/reviews/{s}/{i}\">{(i == 0 && s % 2 == 0 ? "Rain hats" : h)} ({c.ToLowerInvariant()})</a></h3><p>by Sam Field</p><div>{Excerpts[i]}</div></article></li>"))
            + "</ul></section>"));
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Outdoor gear reviews</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header>"
            + $"<main><h1>Outdoor gear reviews</h1><p>Everything our testers have taken up a hill this year, by category.</p>{sections}</main><footer><p>Gear Notes, independent reviews.</p></footer></body></html>";

        var article = new ArticleExtractor(new ArticleExtractorOptions { UseSecondOpinion = false }).Extract(html, new Uri("https://gear.example/category/reviews/"));

        Assert.Equal(PageKind.Listing, article.PageKind);
        foreach (var c in categories)
        {
            Assert.Contains($"{Headlines[1]} ({c.ToLowerInvariant()})", article.Body, StringComparison.Ordinal);
        }
    }
}
