using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The metadata reader's single walks: the byline gathered once and read scope by scope (the headline's article, then
/// the main element, then the body), foreign containers known from the walk's stack, class words matched whatever
/// their case, and values collapsed without a new string when they need none.
/// </summary>
public class MetadataWalkTests
{
    private const string Story = """
        <p>The river board agreed on Tuesday to raise the flood wall along the old quay by forty centimetres before winter.</p>
        <p>Work starts in September and the towpath will close in stages, the board said, so that walkers can still reach the lock.</p>
        """;

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string body) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>Flood wall</title></head><body>{body}</body></html>");

    [Fact]
    public void The_headlines_article_is_read_before_a_teaser_list_above_it()
    {
        var document = Parse($"""
            <section class="list"><article><h2>Bridge repairs</h2><p class="byline">By Oskar Lind</p></article></section>
            <article><h1>Flood wall to rise</h1><p class="byline">By Ines Varga</p>{Story}</article>
            """);

        Assert.Equal(["Ines Varga"], BylineFinder.Find(document));
    }

    [Fact]
    public void With_no_byline_in_the_article_the_main_element_then_the_body_are_read()
    {
        var inMain = Parse($"""<p class="byline">By Oskar Lind</p><main><p>By Ines Varga</p><article><h1>Flood wall to rise</h1>{Story}</article></main>""");
        var inBody = Parse($"""<div><p>By Ines Varga</p></div><article><h1>Flood wall to rise</h1>{Story}</article>""");

        Assert.Equal(["Ines Varga"], BylineFinder.Find(inMain));
        Assert.Equal(["Ines Varga"], BylineFinder.Find(inBody));
    }

    [Theory]
    [InlineData("<div class=\"Comments-Area\"><p class=\"author\">By Oskar Lind</p></div>")]
    [InlineData("<aside><div class=\"byline\">Oskar Lind</div></aside>")]
    [InlineData("<nav><span>By Oskar Lind</span></nav>")]
    public void A_byline_inside_a_foreign_container_is_not_the_articles(string foreign)
    {
        var document = Parse($"""<main>{foreign}<h1>Flood wall to rise</h1>{Story}<p>By Ines Varga</p></main>""");

        Assert.Equal(["Ines Varga"], BylineFinder.Find(document));
    }

    [Fact]
    public void An_author_box_in_a_page_builders_widget_is_still_read()
    {
        var document = Parse($"""
            <article><h1>Flood wall to rise</h1>{Story}
            <div class="elementor-widget elementor-widget-author-box"><div class="author-box"><h4>Ines Varga</h4><p>Ines covers the river.</p></div></div>
            </article>
            """);

        Assert.Equal(["Ines Varga"], BylineFinder.Find(document));
    }

    [Theory]
    [InlineData("AUTHOR-box", (int)(ClassWordFlags.Author | ClassWordFlags.NotName | ClassWordFlags.Box))]
    [InlineData("postAuthor bio", (int)(ClassWordFlags.Author | ClassWordFlags.NotName | ClassWordFlags.Box))]
    [InlineData("entry-Date updated", (int)(ClassWordFlags.Date | ClassWordFlags.Updated))]
    [InlineData("sidebar-widget", (int)(ClassWordFlags.Foreign | ClassWordFlags.SidebarDates | ClassWordFlags.Widget))]
    [InlineData("authorship dated x1 a", 0)]
    public void Class_words_are_matched_whole_and_in_any_case(string value, int expected)
    {
        Assert.Equal((ClassWordFlags)expected, ClassWords.Of(value));
    }

    [Theory]
    [InlineData("Ines Varga", "Ines Varga")]
    [InlineData("  Ines \n\t Varga ", "Ines Varga")]
    [InlineData("Ines\u00A0Varga", "Ines Varga")]
    [InlineData("Ines &amp; Oskar", "Ines & Oskar")]
    [InlineData(" \n ", null)]
    public void Clean_collapses_white_space_and_decodes_entities(string value, string? expected)
    {
        Assert.Equal(expected, MetadataReader.Clean(value));
    }

    [Fact]
    public void A_value_that_needs_no_collapsing_is_returned_as_it_is()
    {
        var value = string.Concat("Ines ", "Varga");

        Assert.Same(value, MetadataReader.Clean(value));
    }

    [Fact]
    public void The_shared_body_walk_gives_each_reader_what_a_walk_of_its_own_gives()
    {
        // Subtrees the date scanner skips (navigation, a comment thread, a script) that the byline candidates still read.
        var document = Parse($"""
            <nav><span>By Oskar Lind</span><time datetime="2021-03-01">1 March 2021</time></nav>
            <article><h1>Flood wall to rise</h1><p class="byline">By Ines Varga</p><time datetime="2024-05-14">14 May 2024</time>{Story}
            <div class="author-box"><h4>Ines Varga</h4><script>var d = "2020-01-01";</script></div></article>
            <div class="comments"><p class="author">By Oskar Lind</p><span class="date">2 June 2024</span></div>
            <footer><p>Updated 3 June 2024</p></footer>
            """);
        var body = document.Body!;
        var headline = document.QuerySelector("h1");
        var article = document.QuerySelector("article");
        var dates = DateScanner.Start(headline, article, "en");
        var bylines = BylineCandidates.Start();

        BodyWalk.Run(body, dates, bylines);

        var alone = BylineCandidates.Collect(body);
        Assert.NotEmpty(dates.Candidates());
        Assert.Equal(DateScanner.Scan(body, headline, article, "en"), dates.Candidates());
        Assert.Equal(alone.Marked, bylines.Marked);
        Assert.Equal(alone.Lines, bylines.Lines);
        Assert.Equal((alone.ArticleOfHeadline, alone.Main, alone.Body), (bylines.ArticleOfHeadline, bylines.Main, bylines.Body));
        Assert.Equal(["Ines Varga"], BylineFinder.Find(bylines));
    }
    [Fact]
    public void A_threads_opening_post_inside_its_replies_is_read_by_the_shared_walk_as_by_a_walk_of_its_own()
    {
        // The opening post of the first thread sits deep in the replies container, with a sidebar of its own inside it;
        // the second container's post lies past the search's first 200 elements and is not read.
        var filler = string.Concat(Enumerable.Repeat("<span>Reply</span>", 210));
        var document = Parse($"""
            <h1>Flood wall to rise</h1>
            <div class="comments"><div><p class="reply">Updated 9 May 2024</p>
              <div class="original-post"><span class="date">14 May 2024</span><aside class="sidebar"><time datetime="2019-01-02">2 January 2019</time></aside><p>First post</p></div>
              <p class="reply">Posted 20 May 2024</p></div></div>
            {Story}
            <div class="replies">{filler}<div class="opening-post"><span class="date">1 June 2022</span></div></div>
            <nav class="menu"><div class="topic-starter"><time datetime="2023-07-08">8 July 2023</time></div></nav>
            """);
        var body = document.Body!;
        var headline = document.QuerySelector("h1");
        var dates = DateScanner.Start(headline, null, "en");

        BodyWalk.Run(body, dates, BylineCandidates.Start());

        var alone = DateScanner.Scan(body, headline, null, "en");
        Assert.Equal(alone, dates.Candidates());
        Assert.Contains(alone, c => c.Value.Date == new DateOnly(2024, 5, 14));
        Assert.Contains(alone, c => c.Value.Date == new DateOnly(2023, 7, 8));
        Assert.DoesNotContain(alone, c => c.Value.Date == new DateOnly(2022, 6, 1) || c.Value.Date == new DateOnly(2024, 5, 20));
    }

    [Theory]
    [InlineData("data-date", true)]
    [InlineData("data-publish-date", true)]
    [InlineData("data-timestamp", true)]
    [InlineData("data-last-modified", true)]
    [InlineData("data-published", true)]
    [InlineData("data-src", false)]
    [InlineData("data-dat", false)]
    [InlineData("data-id", false)]
    [InlineData("date", false)]
    [InlineData("aria-datetime", false)]
    [InlineData("data-modifier", false)]
    [InlineData("data-", false)]
    public void A_data_attribute_names_a_date_when_it_holds_one_of_the_date_words(string name, bool expected)
    {
        // The one-pass search answers as the four substring searches it replaced.
        var searched = name.StartsWith("data-", StringComparison.Ordinal)
            && (name.Contains("date", StringComparison.Ordinal) || name.Contains("time", StringComparison.Ordinal)
                || name.Contains("publish", StringComparison.Ordinal) || name.Contains("modified", StringComparison.Ordinal));
        Assert.Equal(expected, searched);
        Assert.Equal(expected, MarkAttributes.IsDataDate(name));
    }
}
