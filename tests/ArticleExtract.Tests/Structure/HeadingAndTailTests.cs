namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Junk that rides along with headings and at the end of an article: permalink and edit anchors inside
/// headings, partner lines, teaser and "related searches" tails, and captions written as ordinary markup.
/// </summary>
public sealed class HeadingAndTailTests
{
    private static Article Extract(string inside, string outside = "", string lang = "en") =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside, outside, lang), new Uri("https://news.example.com/2024/tram"));

    private static string Section(string heading) =>
        $"<h2>{heading}</h2><p>{TestPages.P1} The section goes on with details that only matter here.</p>";

    [Theory]
    // A wiki's edit links, in English and in German (two of them, with a separator).
    [InlineData("<span class=\"mw-headline\" id=\"History\">History</span><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title=Tram&amp;action=edit&amp;section=1\" title=\"Edit section: History\">edit</a><span class=\"mw-editsection-bracket\">]</span></span>", "History")]
    [InlineData("<span class=\"mw-headline\">Geschichte</span><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?action=edit\">Bearbeiten</a><span class=\"mw-editsection-divider\"> | </span><a href=\"/w/index.php?action=edit&amp;source\">Quelltext bearbeiten</a><span class=\"mw-editsection-bracket\">]</span></span>", "Geschichte")]
    // Documentation generators' permalink marks, after or before the words.
    [InlineData("Installation<a class=\"headerlink\" href=\"#installation\" title=\"Link to this heading\">¶</a>", "Installation")]
    [InlineData("<a href=\"#usage\" aria-hidden=\"true\" class=\"anchor\">#</a> Usage", "Usage")]
    [InlineData("Getting started <a href=\"#getting-started\">🔗</a>", "Getting started")]
    [InlineData("Scope of the plan <a class=\"anchor\" href=\"#scope\">§</a>", "Scope of the plan")]
    [InlineData("§ 5 Notice period", "§ 5 Notice period")]
    // Marks that are part of the words stay.
    [InlineData("Learning C#", "Learning C#")]
    [InlineData("#MeToo and the council", "#MeToo and the council")]
    [InlineData("The [edit] war over the budget", "The [edit] war over the budget")]
    public void Permalink_and_edit_anchors_leave_headings(string heading, string expected)
    {
        var article = Extract(Section(heading));
        Assert.Contains(article.Sections, s => s.Heading == expected);
    }

    [Theory]
    [InlineData("<p>Powered by Acme Weather Data</p>")]
    [InlineData("<p>In partnership with the Northern Transit Foundation.</p>")]
    [InlineData("<div class=\"partner\">Presented by <a href=\"https://sponsor.example/\">Sponsor Bank</a></div>")]
    [InlineData("<p>Präsentiert von Stadtwerke Nord</p>")]
    public void Powered_by_and_partner_lines_are_dropped(string line)
    {
        var article = Extract(line);
        TestPages.AssertOnlyArticle(article);
    }

    [Theory]
    [InlineData("en", "About the author", "Mara Lindqvist covers transport and city planning. She has written about trams, buses and bike lanes for twelve years.")]
    [InlineData("de", "Über den Autor", "Mara Lindqvist schreibt über Verkehr und Stadtplanung. Seit zwölf Jahren berichtet sie über Straßenbahnen, Busse und Radwege.")]
    [InlineData("fr", "À propos de l’auteur", "Mara Lindqvist écrit sur les transports et l'urbanisme. Elle suit les tramways, les bus et les pistes cyclables depuis douze ans.")]
    [InlineData("pl", "O autorze", "Mara Lindqvist pisze o transporcie i planowaniu miast. Od dwunastu lat zajmuje się tramwajami, autobusami i ścieżkami rowerowymi.")]
    public void An_author_bio_box_goes_whole(string lang, string heading, string bio)
    {
        var article = Extract("", $"<div class=\"writer-box\"><h4>{heading}</h4><img src=\"/img/mara.jpg\" alt=\"\"><div class=\"text\"><p>{bio}</p><p><a href=\"/writers/mara\">Mara Lindqvist</a> · <a href=\"https://social.example/mara\">Follow</a></p></div></div>", lang);
        TestPages.AssertOnlyArticle(article, heading, bio[..30]);
    }

    [Theory]
    [InlineData("<p>By</p><p class=\"writer\"><a href=\"/writers/mara\">Mara Lindqvist</a></p>", "en")]
    [InlineData("<div class=\"credit\"><span>Von</span></div><div class=\"writer\"><a href=\"/autoren/mara\">Mara Lindqvist</a></div>", "de")]
    public void A_byline_opener_left_alone_on_its_line_is_dropped(string line, string lang)
    {
        var article = Extract(line, "", lang);
        var lines = article.Body.Split('\n', StringSplitOptions.TrimEntries);
        Assert.DoesNotContain("By", lines);
        Assert.DoesNotContain("Von", lines);
        Assert.Contains("tram", article.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_sentence_that_starts_with_by_stays()
    {
        const string sentence = "By the end of the decade the city wants every line on its tram network to run on power from its own solar farms.";
        var article = Extract($"<p>{sentence}</p>");
        Assert.Contains(sentence, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_section_about_an_author_stays()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 12).Select(i => $"<p>{TestPages.P2} Part {i} of the essay on the writer goes on with her books.</p>"));
        var article = Extract($"<div class=\"essay\"><h2>About the author</h2>{paragraphs}</div>");
        Assert.Contains("Part 11 of the essay", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_starts_like_a_partner_line_stays()
    {
        const string sentence = "Powered by new electric engines, the trams will be quieter than the buses they replace, and the depot will draw on solar panels on its roof.";
        var article = Extract($"<p>{sentence}</p>");
        Assert.Contains(sentence, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_searches_tail_is_dropped()
    {
        var article = Extract("", """
            <section class="search-links"><h3>Related Searches</h3>
            <ul><li><a href="/s?q=tram+tickets">Cheap tram tickets</a></li><li><a href="/s?q=tram+map">Tram network map</a></li><li><a href="/s?q=city+council">City council meeting dates</a></li></ul></section>
            """);
        TestPages.AssertOnlyArticle(article, "Related Searches", "tram tickets");
    }

    [Fact]
    public void A_featured_teaser_tail_inside_the_article_is_dropped()
    {
        var teaser = """
            <div class="more"><h3>Featured</h3>
            <div class="card"><h4><a href="/2024/bridge">Harbour bridge reopens after repairs</a></h4><p>The bridge was closed for eight months while engineers replaced its cables and...</p><a href="/2024/bridge">Read Article</a></div>
            <div class="card"><h4><a href="/2024/park">New park opens in the east</a></h4><p>Residents celebrated the opening of the largest park built in the city for decades and...</p><a href="/2024/park">Read Article</a></div>
            </div>
            """;
        var html = TestPages.Article().Replace("</div>\n</article>", teaser + "</div>\n</article>", StringComparison.Ordinal);
        var result = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(result, "Featured", "Read Article", "Harbour bridge", "New park");
    }

    private static string Card(string slug, string title, string date, string teaser) =>
        $"<p><a href=\"/2024/{slug}\"><img src=\"/img/{slug}.jpg\" alt=\"\"></a></p><h4><a href=\"/2024/{slug}\">{title}</a></h4><p>{date}</p><p>{teaser}</p>";

    private static readonly string Cards =
        Card("bridge", "Harbour bridge reopens after repairs", "12 March 2024", "The bridge was closed for eight months while engineers replaced its cables, the port said.")
        + Card("park", "New park opens in the east", "9 March 2024", "Residents celebrated the opening of the largest park built in the city for decades on Saturday.")
        + Card("library", "Library extends its opening hours", "2 March 2024", "The central library will stay open until ten in the evening on weekdays from next month on.");

    // Teasers follow an article: a page whose first paragraphs are already long enough to be one.
    private static readonly string MoreArticle =
        "<p>The new lines will connect the northern districts with the central station, the university and the hospital, which today are reached only by bus.</p>"
        + "<p>The council also approved a budget for new stops, wider pavements and bike lanes along the route, to be built at the same time as the tracks.</p>"
        + "<p>Shop owners along the route asked for support during the works, and the council promised a fund to cover part of their lost income next year.</p>"
        + "<p>The opposition called the cost estimate optimistic and asked for an independent review before the first contracts are signed in the autumn.</p>"
        + "<p>A public meeting on the plans will be held at the town hall next month, where engineers will answer questions from residents of the districts.</p>";

    private static Article ExtractWithTail(string tail, string lang = "en")
    {
        var html = TestPages.Article(MoreArticle, lang: lang).Replace("</div>\n</article>", tail + "</div>\n</article>", StringComparison.Ordinal);
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));
        Assert.Contains(TestPages.P3, article.Body, StringComparison.Ordinal);
        Assert.Contains("fund to cover part", article.Body, StringComparison.Ordinal);
        return article;
    }

    [Theory]
    [InlineData("en", "You may also like")]
    [InlineData("en", "Trending")]
    [InlineData("en", "More from City Herald")]
    [InlineData("en", "From our blog")]
    [InlineData("en", "Latest insights")]
    [InlineData("de", "Lesen Sie auch")]
    public void Teaser_cards_after_a_related_heading_in_the_body_are_dropped(string lang, string heading)
    {
        // The heading and its cards sit among the article's own paragraphs, with no box around them.
        var result = ExtractWithTail($"<h3>{heading}</h3>{Cards}", lang);
        Assert.EndsWith(TestPages.P3, result.Body, StringComparison.Ordinal);
        foreach (var absent in new[] { heading, "Harbour bridge", "largest park", "ten in the evening", "March 2024" })
        {
            Assert.DoesNotContain(absent, result.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Teaser_cards_under_a_label_line_are_dropped()
    {
        // The label is a short paragraph, not a heading; the cards put their teaser line before the linked thumbnail.
        var cards = "<p>The bridge was closed for eight months while engineers replaced its cables, the port said.</p><p><a href=\"/2024/bridge\"><img src=\"/img/bridge.jpg\" alt=\"\"></a></p>"
            + "<p>Residents celebrated the opening of the largest park built in the city for decades on Saturday.</p><p><a href=\"/2024/park\"><img src=\"/img/park.jpg\" alt=\"\"></a></p>"
            + "<p>The central library will stay open until ten in the evening on weekdays from next month on.</p><p><a href=\"/2024/library\"><img src=\"/img/library.jpg\" alt=\"\"></a></p>";
        var result = ExtractWithTail($"<p class=\"label\">Trending stories in the city</p>{cards}");
        Assert.EndsWith(TestPages.P3, result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Trending", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("largest park", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_whose_whole_box_is_one_link_are_dropped_under_a_label_line()
    {
        // Each card is one link around blocks: a title and a teaser, paragraphs whose runs lose the link.
        static string Linked(string slug, string title, string teaser) =>
            $"<div><a href=\"/2024/{slug}\"><div class=\"flex\"><p>{title}</p><p>{teaser}</p></div></a></div>";
        var box = "<p class=\"label\">Trending stories in the city</p>"
            + Linked("bridge", "Harbour bridge reopens", "The bridge was closed for eight months while engineers replaced its cables, the port said.")
            + Linked("park", "New park opens in the east", "Residents celebrated the opening of the largest park built in the city for decades on Saturday.")
            + Linked("library", "Library extends its hours", "The central library will stay open until ten in the evening on weekdays from next month on.");
        var result = ExtractWithTail(box);
        Assert.EndsWith(TestPages.P3, result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour bridge", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("largest park", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_after_a_related_heading_without_cards_stays()
    {
        // No title link opens the run: what follows the heading is the article going on.
        var more = "The transport authority will publish the timetable of the works in January, and residents can comment on it until the end of February, online or at any of the district offices. Their comments will be answered in a report to the council before the summer.";
        var result = ExtractWithTail($"<h3>Related</h3><p>{more}</p>");
        Assert.Contains(more, result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_goes_on_after_the_teaser_run_at_its_next_heading()
    {
        var section = "The works will close two stops of the existing line for three weeks in the summer, and replacement buses will run every ten minutes.";
        var result = ExtractWithTail($"<h3>Read next</h3>{Cards}<h2>Disruption during the works</h2><p>{section}</p>");
        Assert.Contains(section, result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour bridge", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("largest park", result.Body, StringComparison.Ordinal);
    }

    // A theme that links the card's picture and its writer, not its title: the heading is plain text.
    private static string PlainCard(string slug, string title, string teaser, string writer) =>
        $"<div class=\"card\"><img src=\"/img/{slug}.jpg\" alt=\"{title}\"><div class=\"card-body\"><h3>{title}</h3><p>{teaser}</p></div>"
        + $"<div class=\"card-writer\"><p>by <a href=\"/writers/{slug}\">{writer}</a></p><p>Updated 3 March 2024</p></div></div>";

    [Theory]
    [InlineData("Recommended reading")]
    [InlineData("Related articles you may like")]
    public void Teaser_cards_titled_by_plain_headings_after_a_related_heading_are_dropped(string heading)
    {
        var cards = PlainCard("bridge", "Harbour bridge reopens after repairs", "The bridge was closed for eight months while engineers replaced its cables.", "Ann Lee")
            + PlainCard("park", "New park opens in the east", "Residents celebrated the largest park built in the city for decades.", "Tom Ray");
        var result = ExtractWithTail($"<h2>{heading}</h2><div class=\"grid\">{cards}</div>");
        Assert.EndsWith(TestPages.P3, result.Body, StringComparison.Ordinal);
        foreach (var absent in new[] { heading, "Harbour bridge", "largest park", "Tom Ray" })
        {
            Assert.DoesNotContain(absent, result.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Plain_titled_cards_after_a_related_heading_stay_on_a_service_page()
    {
        // A business's own programmes, shown as cards after its introduction: the page's content, not teasers.
        static string Programme(string slug, string title, string teaser) =>
            $"<div class=\"feature\"><img src=\"/img/{slug}.jpg\" alt=\"\"><h3>{title}</h3><p>{teaser}</p><p><a href=\"/courses/{slug}\">{title}</a></p></div>";
        var intro = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Week {i} of the course pairs a lecture on planning a harbour works with a session in which each team presents its schedule, budget and risks to a panel of engineers.</p>"));
        var html = "<!DOCTYPE html><html><head><title>Harbour planning course</title></head><body><main><h1>Harbour planning course</h1>"
            + intro + "<h2>Related programmes</h2><div class=\"grid\">"
            + Programme("dredging", "Dredging operations", "Plan and cost a dredging campaign from survey to disposal.")
            + Programme("quays", "Quay wall design", "Design quay walls for the loads of modern container cranes.")
            + "</div><p>Call us on 0100 555 0123 to enrol.</p></main></body></html>";

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://harbourschool.example/"));

        Assert.Equal(PageKind.Service, article.PageKind);
        Assert.Contains("Plan and cost a dredging campaign", article.Body, StringComparison.Ordinal);
        Assert.Contains("Design quay walls", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_sub_headings_with_short_paragraphs_under_a_related_heading_stay()
    {
        // No picture or link goes with each sub-heading: the article's own short section, not cards of other pages.
        var section = "<h2>Recommended routes</h2><h3>The riverside line</h3><p>Runs along the water from the old port to the stadium.</p>"
            + "<h3>The university loop</h3><p>Links the campus with the hospital and the central station.</p>";
        var result = ExtractWithTail(section);
        Assert.Contains("The riverside line", result.Body, StringComparison.Ordinal);
        Assert.Contains("Links the campus with the hospital", result.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<ul class=\"figure-notes\"><li>The new depot seen from the north. Photo: Jane Smith</li></ul>")]
    [InlineData("<div><span>The new depot seen from the north. Photo: Jane Smith</span></div>")]
    [InlineData("<p><small>The new depot seen from the north. Photo: Jane Smith</small></p>")]
    public void A_caption_written_after_its_image_becomes_the_image_caption(string caption)
    {
        var article = Extract($"<figure><img src=\"/img/depot.jpg\" alt=\"Depot\"></figure>{caption}");
        TestPages.AssertOnlyArticle(article, "Jane Smith");
        var image = Assert.Single(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>());
        Assert.Equal("The new depot seen from the north. Photo: Jane Smith", image.Caption);
    }
}
