namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// The Markdown of a page, rendered by a CommonMark/GFM renderer (Markdig), shows the blocks, inline tree and words
/// that <see cref="Article.ToHtml"/> shows (<see cref="MarkdownRoundTrip"/>): each case is a way the Markdown was
/// once read as something else.
/// </summary>
public sealed class MarkdownRoundTripTests
{
    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(insideArticle: inside), new Uri("https://news.example.com/2024/tram"));

    private static Article Built(params Block[] blocks) => new(ArticleMetadata.Empty, [new Section(null, 0, blocks)], ExtractionOutcome.Extracted);

    private static ListItem Item(string text, params ListBlock[] children) => new([new Inline(text)], children);

    [Theory]
    // Two lists of a kind one after the other were one list in the Markdown ("- a\n\n- b"), its items loose.
    [InlineData("<ul><li>Northern line stops</li><li>Eastern line stops</li></ul><ul><li>Ticket prices</li><li>Season passes</li></ul>")]
    [InlineData("<ol><li>Vote on the budget</li><li>Vote on the route</li></ol><ol><li>Hear the residents</li></ol><ol><li>Close the session</li></ol>")]
    public void Consecutive_lists_of_one_kind_stay_separate_lists(string lists)
    {
        MarkdownRoundTrip.AssertSame(Extract(lists));
    }

    [Fact]
    public void Consecutive_nested_lists_of_one_kind_stay_separate_lists()
    {
        var inner = new ListBlock(false, [Item("Route A"), Item("Route B")]);
        MarkdownRoundTrip.AssertSame(Built(new ListBlock(false, [Item("Options", inner, inner, new ListBlock(false, [Item("Route C")]))])));
    }

    [Theory]
    // Under an item's text, a numbered list that does not start at 1 ran into the text ("nine 998. x - inner"), and a
    // list opening with an empty item made the text a heading (its "-" a setext underline).
    [InlineData(99, 998, "Route A")]
    [InlineData(10, 3, "Route A")]
    [InlineData(1, 1, "")]
    public void A_nested_list_that_cannot_interrupt_text_stays_a_list(int outerStart, int innerStart, string firstInner)
    {
        var deepest = new ListBlock(false, [Item("Stop 1"), Item("Stop 2")]);
        var inner = new ListBlock(true, [Item(firstInner), Item("Route B", deepest)]) { Start = innerStart };
        var bullets = new ListBlock(false, [Item(firstInner), Item("Route D")]);
        MarkdownRoundTrip.AssertSame(Built(
            new ListBlock(true, [Item("Routes", inner), Item("More routes", deepest, inner), Item("Bullets", bullets)]) { Start = outerStart }));
    }

    [Fact]
    public void Line_breaks_in_a_quote_stay_line_breaks()
    {
        // A bare newline inside a quote's paragraph is a soft break, which renderers show as a space: the lines of a
        // quoted poem ran together.
        MarkdownRoundTrip.AssertSame(Extract(
            "<blockquote><p>The trams will come at dawn,<br>the trams will leave at night,<br>and we will wait between.</p>"
            + "<p>Said the mayor, quoting the town's old song,<br>to the council.</p><footer>Mayor Lene Holt</footer></blockquote>"));
    }

    [Theory]
    // GFM renderers make a bare URL in the text a link, taking the Markdown's escapes into it: "a\_b" gave the link
    // https://files.example.org/a%5C_b, shown with its backslashes.
    [InlineData("<p>The plans are at https://files.example.org/tram_plans/north_line.pdf#page_2 for anyone to read before the vote.</p>")]
    [InlineData("<p>The plans are at www.files.example.org/tram_plans/*final* for anyone to read before the vote in the council.</p>")]
    public void A_bare_url_in_the_text_stays_text(string paragraph)
    {
        MarkdownRoundTrip.AssertSame(Extract(paragraph));
    }

    [Fact]
    public void Entities_in_a_links_title_and_address_stay_as_written()
    {
        // "&lt;" in a title or a link's address is decoded by a CommonMark renderer; the page's text showed "<".
        var article = Built(new ParagraphBlock(
        [
            new Inline("Read "),
            new Inline("the guide", "https://docs.example.org/guide?tag=&lt;b&gt;&amp;x=1") { Title = "Write &lt;b&gt; or &amp;amp; for HTML" },
            new Inline(" before writing markup."),
        ]));
        MarkdownRoundTrip.AssertSame(article);
    }

    [Fact]
    public void An_exclamation_mark_before_a_link_does_not_make_it_an_image()
    {
        // "now!" then a link was "![Offer](…)": an image, fetched from the link's address, in place of the link.
        MarkdownRoundTrip.AssertSame(Extract("<p>Residents can comment on the route now!<a href=\"/consultation\">The consultation</a> closes in May, the council said.</p>"));
    }

    [Fact]
    public void A_backtick_before_inline_code_leaves_the_code_a_code_span()
    {
        // "Type `" then code was "Type \``tram_route()`": a code span cannot open after a backtick, even an escaped one.
        MarkdownRoundTrip.AssertSame(Extract("<p>The manual quotes the key `<code>tram_route()</code> as the entry point for the timetable service of the council.</p>"));
    }

    [Fact]
    public void A_run_both_subscript_and_superscript_nests_its_tags_as_the_html_does()
    {
        // The Markdown wrote <sup><sub>x</sub></sup> where the HTML writes <sub><sup>x</sup></sub>: two trees for one run.
        MarkdownRoundTrip.AssertSame(Built(new ParagraphBlock([new Inline("The isotope "), new Inline("14") { Style = InlineStyle.Subscript | InlineStyle.Superscript }, new Inline("C decays.")])));
    }

    [Theory]
    // A model built by hand keeps the white space it is given. At a line's start it was written as it stood: four
    // spaces or a tab made the paragraph an indented code block, and "  - x" or "   1. x" a list, where the HTML
    // shows a paragraph of the words (it collapses the white space).
    [InlineData("    tram_route() is the entry point")]
    [InlineData("\tThe trams run at night")]
    [InlineData("  - not a list item")]
    [InlineData("   2. not a numbered item")]
    [InlineData(" \t # not a heading")]
    [InlineData("   ***")]
    [InlineData("   > not a quote")]
    [InlineData("The first line\n    then an indented one\n  - and one like an item")]
    public void White_space_at_a_line_s_start_leaves_the_line_text(string text)
    {
        MarkdownRoundTrip.AssertSame(Built(
            new ParagraphBlock([new Inline(text)]),
            new ParagraphBlock([new Inline("Before the break"), Inline.LineBreak, new Inline(text)]),
            new ParagraphBlock([new Inline("   "), new Inline(text) { Style = InlineStyle.Strong }]),
            new ListBlock(false, [new ListItem([new Inline(text)], [])]),
            new QuoteBlock([text])));
    }
}
