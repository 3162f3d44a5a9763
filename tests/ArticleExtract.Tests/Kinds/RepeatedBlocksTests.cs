using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>On a product page, a block written again almost word for word (a copy for small screens, a selling point printed again on its own) is read once.</summary>
public sealed class RepeatedBlocksTests
{
    private const string Description =
        "The Fernbrake rain shell is cut from a three-layer recycled nylon that breathes on a steep climb and keeps out a whole afternoon of "
        + "driving rain. Its hood folds into the collar, and the pit zips open from the chest to the elbow.";

    // The same paragraph as the shop's small-screen template writes it: another line break, another dash, a footnote mark.
    private const string MobileDescription =
        "The Fernbrake rain shell is cut from a three-layer recycled nylon that breathes on a steep climb and keeps out a whole afternoon of "
        + "driving rain - its hood folds into the collar, and the pit zips open from the chest to the elbow.*";

    private static string Page(string body) =>
        "<!DOCTYPE html><html><head><title>Fernbrake rain shell</title><meta property=\"og:type\" content=\"product\"></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/men\">Men</a> <a href=\"/women\">Women</a></nav></header>"
        + $"<main><div class=\"product\"><h1>Fernbrake rain shell</h1>{body}</div></main>"
        + "<footer><p>© 2026 Fernbrake Outdoor</p></footer></body></html>";

    private static readonly Uri Url = new("https://fernbrake.example/products/rain-shell");

    [Fact]
    public void A_description_written_again_for_small_screens_is_read_once()
    {
        var html = Page(
            $"<section class=\"description desktop-only\"><h2>About this jacket</h2><p>{Description}</p>"
            + "<p>Taped seams, a two-way front zip under a storm flap, and a hem you tighten with one hand while wearing gloves.</p></section>"
            + $"<section class=\"description mobile-only\"><h2>Details</h2><p>{MobileDescription}</p>"
            + "<p>Each jacket is sewn in a family workshop in Porto that we have worked with for eleven years.</p></section>");

        var article = ArticleExtractor.Default.Extract(html, Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Equal(1, TestPages.Count(article.Body, "three-layer recycled nylon"));
        Assert.Contains("Taped seams, a two-way front zip", article.Body, StringComparison.Ordinal);
        Assert.Contains("family workshop in Porto", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selling_point_printed_again_on_its_own_is_left_out_and_the_bar_that_held_it_stays()
    {
        var sections = Sections(
            "Free repairs for life: we mend any seam that fails. Carbon-neutral delivery to your door. Returns are free for sixty days, wherever you live.",
            "Free repairs for life: we mend any seam that fails.",
            "Returns are free for sixty days, wherever you live.");

        var kept = Texts(RepeatedBlocks.Without(sections));

        Assert.Equal(["Free repairs for life: we mend any seam that fails. Carbon-neutral delivery to your door. Returns are free for sixty days, wherever you live."], kept);
    }

    [Fact]
    public void A_sentence_said_again_after_a_much_longer_paragraph_that_holds_it_stays()
    {
        // A feature introduced in a long paragraph and restated on its own card further down: both are the page's text.
        const string Feature = "Pack the shell into its own chest pocket and clip it to a harness loop.";
        var paragraph = Feature + " The pocket doubles as a stuff sack with a reinforced loop, and the whole jacket then weighs less than an apple "
            + "and takes up less room than a water bottle in the side pocket of a daypack, so it comes on every walk whatever the forecast says.";
        var sections = Sections(paragraph, Feature);

        Assert.Same(sections, RepeatedBlocks.Without(sections));
    }

    [Theory]
    [InlineData("Colour: moss green", "Colour: moss green")]
    [InlineData("The hood folds into the collar and the pit zips open wide.", "The hood rolls away, and wide pit zips open from chest to elbow.")]
    public void Short_blocks_and_paragraphs_that_only_share_words_both_stay(string first, string second)
    {
        var sections = Sections(first, "Taped seams and a storm flap keep the rain out of the front zip.", second);

        Assert.Same(sections, RepeatedBlocks.Without(sections));
    }

    private static List<Section> Sections(params string[] paragraphs) =>
        [new Section(null, 0, [.. paragraphs.Select(p => (Block)new ParagraphBlock([new Inline(p)]))])];

    private static List<string> Texts(IReadOnlyList<Section> sections) => [.. sections.SelectMany(s => s.Blocks).Select(b => b.Text)];
}
