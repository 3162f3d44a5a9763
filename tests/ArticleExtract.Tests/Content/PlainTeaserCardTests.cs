namespace ArticleExtract.Tests.Content;

/// <summary>
/// Cards of other posts after an article, each a picture, a heading that is not a link and a one-sentence summary
/// (Content/TeaserCards.FindPlain): left out of a signed or dated post, kept where the same cards are the page's own
/// (a page with no writer or date), and an FAQ's questions with their answers are not cards.
/// </summary>
public sealed class PlainTeaserCardTests
{
    private static readonly Uri Url = new("https://harbourblog.example/2024/03/dredging-season");

    private static readonly string[] Paragraphs =
    [
        "The dredging season opened on Monday with two vessels working the outer channel, where silt carried by the winter floods had narrowed the fairway to a single lane.",
        "Pilots had asked for the work since January, when a loaded bulk carrier touched bottom at low water and had to wait six hours for the tide before it could leave.",
        "The port authority expects to remove about two hundred thousand cubic metres of sediment by the end of April, most of it to be used to rebuild the eroded beaches north of the harbour.",
        "Fishermen worry that the plumes of silt will drive the sea bass away from the mouth of the river during the spawning weeks, and asked for the work to pause at night.",
        "The authority said the vessels would follow the same limits as last year, when monitoring buoys found the water clear again within a day of each pass.",
        "A public meeting on the next season's plans will be held at the harbour office in May, and the monitoring results will be published on the authority's website.",
    ];

    private static readonly (string Slug, string Title, string Summary)[] Others =
    [
        ("quay-wall", "Why the old quay wall is leaning", "Engineers explain what the cracks in the north quay mean for the ferries."),
        ("new-cranes", "Three new cranes arrive by sea", "The container terminal doubles its capacity with cranes built in Rotterdam."),
        ("pilot-boats", "A day aboard the pilot boat", "We followed the crew that guides every large ship into the harbour."),
    ];

    private static string Page(string after, bool signed = true)
    {
        var meta = signed ? "<meta name=\"author\" content=\"Ann Lee\"><meta property=\"article:published_time\" content=\"2024-03-04T09:00:00Z\">" : "";
        var prose = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dredging season opens | Harbour Blog</title>" + meta + "</head><body>"
            + "<header><a href=\"/\">Harbour Blog</a></header><main><article><h1>Dredging season opens</h1>"
            + $"<div class=\"entry\">{prose}</div>{after}</article></main><footer><p>Harbour Blog</p></footer></body></html>";
    }

    private static string Tiles() => "<div class=\"tiles\">" + string.Concat(Others.Select(o =>
        $"<div class=\"tile\"><img src=\"/img/{o.Slug}.jpg\" alt=\"\"><div class=\"tile-body\"><h3>{o.Title}</h3><p>{o.Summary}</p></div></div>")) + "</div>";

    [Fact]
    public void Cards_of_other_posts_after_a_signed_post_are_left_out()
    {
        var body = ArticleExtractor.Default.Extract(Page(Tiles()), Url).Body;
        foreach (var p in Paragraphs)
        {
            Assert.Contains(p, body, StringComparison.Ordinal);
        }

        foreach (var o in Others)
        {
            Assert.DoesNotContain(o.Title, body, StringComparison.Ordinal);
            Assert.DoesNotContain(o.Summary, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cards_are_found_the_same_when_the_pooled_arrays_come_back_dirty()
    {
        // The cards' prefix sums are rented from the shared pool: arrays another user left full of figures must not
        // show through (each sum starts from zero and is written up to the container's end before it is read).
        var clean = ArticleExtractor.Default.Extract(Page(Tiles()), Url).Body;
        for (var size = 16; size <= 4096; size *= 2)
        {
            var dirty = System.Buffers.ArrayPool<int>.Shared.Rent(size);
            dirty.AsSpan().Fill(1_000);
            System.Buffers.ArrayPool<int>.Shared.Return(dirty);
        }

        Assert.Equal(clean, ArticleExtractor.Default.Extract(Page(Tiles()), Url).Body);
        Assert.DoesNotContain(Others[0].Summary, clean, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_cards_stay_on_a_page_with_no_writer_or_date()
    {
        var body = ArticleExtractor.Default.Extract(Page(Tiles(), signed: false), Url).Body;
        Assert.Contains(Paragraphs[0], body, StringComparison.Ordinal);
        foreach (var o in Others)
        {
            Assert.Contains(o.Summary, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Questions_answered_with_a_link_in_the_sentence_are_not_cards()
    {
        // Each answer names a page in its sentence: a link inside the text, not a card's picture or link.
        var faq = "<div class=\"faq\">"
            + "<div class=\"faq-item\"><h3>When does the season end?</h3><p>The work ends in April, as the <a href=\"/plans\">season plan</a> sets out.</p></div>"
            + "<div class=\"faq-item\"><h3>Where does the silt go?</h3><p>Most of it rebuilds the beaches, see the <a href=\"/beaches\">beach works</a> page.</p></div>"
            + "</div>";
        var body = ArticleExtractor.Default.Extract(Page(faq), Url).Body;
        Assert.Contains("When does the season end?", body, StringComparison.Ordinal);
        Assert.Contains("Most of it rebuilds the beaches", body, StringComparison.Ordinal);
    }
}
