using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>On a listing or a shop, a card written twice in one item (a copy for small screens, one for large) is read once.</summary>
public sealed class RepeatedTailTests
{
    private static readonly string[] Events =
    [
        "Beginners' pottery evening", "Wheel throwing for families", "Glazing workshop with the studio team", "Raku firing in the garden",
        "Hand-building for teenagers", "Mug making in an afternoon", "Sculpting animals in clay", "Open studio and kiln tour", "Tile painting for beginners",
    ];

    [Fact]
    public void An_event_listing_whose_items_hold_a_mobile_and_a_desktop_card_reads_each_event_once()
    {
        var items = string.Concat(Events.Select((e, i) =>
            $"<li><div class=\"card-mobile\"><a href=\"/e/{i}\">{e}</a><p>Sat, May {i + 3}, 10:00 AM</p><p>From £{20 + i}</p></div>"
            + $"<div class=\"card-desktop\"><a href=\"/e/{i}\">{e}</a><p>Sat, May {i + 3}, 10:00 AM</p><p>From £{20 + i}</p></div></li>"));
        var html = "<!DOCTYPE html><html><head><title>Pottery classes</title></head><body><main><h1>Pottery classes near you</h1>"
            + $"<ul class=\"results\">{items}</ul></main></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://clayhouse.example/classes"));

        Assert.Equal(PageKind.Listing, article.PageKind);
        foreach (var e in Events)
        {
            Assert.Equal(1, TestPages.Count(article.Body, e));
        }

        Assert.Equal(1, TestPages.Count(article.Body, "From £24"));
    }

    [Fact]
    public void An_item_that_repeats_itself_is_cut_where_the_repeat_begins()
    {
        var cut = RepeatedTail.Shortened([new Inline("Glazing workshop Sat, May 5 From £22 "), new Inline("Glazing workshop", "https://clayhouse.example/e/2"), new Inline(" Sat, May 5 From £22")]);

        Assert.NotNull(cut);
        Assert.Equal("Glazing workshop Sat, May 5 From £22", string.Concat(cut!.Select(i => i.Text)));
    }

    [Theory]
    [InlineData("Each mug is thrown by hand from our own clay, so the colour of every mug varies a little from one firing to the next, as clay does.")]
    [InlineData("Red mug red")]
    [InlineData("Ten pieces, glazed in blue, fired twice: ten pieces")]
    public void A_sentence_whose_last_words_echo_its_first_is_not_a_repeated_card(string text) =>
        Assert.Null(RepeatedTail.Shortened([new Inline(text)]));
}
