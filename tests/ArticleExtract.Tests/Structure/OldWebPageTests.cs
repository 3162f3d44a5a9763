using ArticleExtract.Decision;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// News pages marked up the way sites did around 2000–2012 (Fixtures/OldWeb, hand-written): table layouts with a
/// navigation and an advertising column, paragraphs split by <c>&lt;br&gt;&lt;br&gt;</c> or an unclosed
/// <c>&lt;p&gt;</c>, text bare in a <c>&lt;div&gt;</c> or <c>&lt;td&gt;</c>, link boxes written as lines, comments in a
/// table, legacy encodings declared in <c>&lt;meta http-equiv&gt;</c>. The article comes back whole, paragraph by
/// paragraph and in order, and the columns around it do not.
/// </summary>
public sealed class OldWebPageTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/2008/03/story.html");

    private static Article Extract(string name) =>
        ArticleExtractor.Default.Extract(Fixture.Read("OldWeb/" + name), PageUrl);

    /// <summary>The rules alone, as the second reading and pages too deep for the model read a page.</summary>
    private static readonly ArticleExtractor RulesOnly = new(ArticleExtractorOptions.Default with
    {
        Decision = DecisionSettings.Default with { Tuning = BlockDecision.Defaults with { Enabled = false } },
    });

    private static Article ExtractBytes(string name) =>
        ArticleExtractor.Default.Extract(Fixture.Bytes("OldWeb/" + name), PageUrl);

    /// <summary>The article's paragraphs, each a block of its own, opening as given and in this order.</summary>
    private static void AssertParagraphs(Article article, params string[] openings)
    {
        var texts = Fixture.BlockTexts(article);
        var at = -1;
        foreach (var opening in openings)
        {
            var found = texts.FindIndex(at + 1, t => t.StartsWith(opening, StringComparison.Ordinal));
            Assert.True(found > at, $"No paragraph opening \"{opening}\" after block {at}: {string.Join(" | ", texts)}");
            Assert.DoesNotContain('\n', texts[found]);
            at = found;
        }
    }

    private static void AssertAbsent(Article article, params string[] absent)
    {
        foreach (var text in absent)
        {
            Assert.False(article.Body.Contains(text, StringComparison.Ordinal), $"\"{text}\" in: {article.Body}");
        }
    }

    [Fact]
    public void A_story_in_a_table_cell_split_by_double_line_breaks_comes_back_paragraph_by_paragraph()
    {
        var article = Extract("table-layout-br.html");
        AssertParagraphs(article, "The passenger ferry between", "The service was stopped", "Board chairman Ellis Brandt", "The new landing stage",
            "Fares will stay", "Not everyone at the meeting", "The first crossing is planned");
        AssertAbsent(article, "SECTIONS", "SERVICES", "Obituaries", "Sponsored Links", "Cheap flights", "Privacy Policy", "Print this story", "Staff Writer");
        Assert.DoesNotContain(article.Sections, s => s.Heading is "SECTIONS" or "SERVICES");
    }

    [Fact]
    public void Bare_text_in_a_div_split_by_line_breaks_is_read_as_paragraphs_without_the_sidebar()
    {
        var article = Extract("div-bare-text.html");
        AssertParagraphs(article, "The town council voted", "Library director Hannah Moreau", "The extra hours will cost", "Councillor Peter Vance",
            "The library will also", "Sunday opening will begin");
        AssertAbsent(article, "Most Read", "Road works on Main Street", "Advertisement", "Comments (3)");
    }

    [Fact]
    public void Unclosed_p_tags_inside_font_separate_the_paragraphs_and_a_bold_line_is_a_sub_heading()
    {
        var article = Extract("p-separators-font.html");
        AssertParagraphs(article, "Six miners trapped", "Rescue teams had worked", "Relatives had kept a vigil", "The mine's manager", "The last serious accident");
        Assert.Contains(article.Sections, s => s.Heading == "Families waited at the gate");
        AssertAbsent(article, "Archive", "More Nation news", "Send to a friend", "Copyright 2000");
    }

    [Fact]
    public void A_printable_version_keeps_every_paragraph()
    {
        var article = Extract("printable.html");
        AssertParagraphs(article, "Apple and cherry growers", "The state agriculture office", "Grower Lena Fischbach", "Insurance agents said",
            "The county extension office");
        AssertAbsent(article, "Print this page", "Close window");
    }

    [Fact]
    public void A_story_in_a_cell_beside_a_column_of_link_lines_keeps_neither_the_column_nor_its_related_links()
    {
        var article = Extract("story-beside-links.html");
        AssertParagraphs(article, "The old Wexley shipyard", "The ships will be used", "Managing director Roland Hesse", "Union representatives welcomed",
            "Steel cutting for the first vessel");
        AssertAbsent(article, "Top Stories", "Bridge tolls", "Tide tables", "North quay redevelopment plan", "Related stories");
    }

    [Fact]
    public void Comments_set_out_as_table_rows_and_the_comment_form_stay_out()
    {
        var article = Extract("comments-table.html");
        AssertParagraphs(article, "The derelict cotton mill", "The building was bought", "Trust secretary Oliver Penn", "The council had tried");
        AssertAbsent(article, "riverwalker", "grandmother", "Posted by", "Add your comment", "Readers' comments", "Advertisement");
    }

    [Theory]
    [InlineData("windows-1252.html", "The city’s plan would charge €35 a year", "roughly €700 a year — more than", "“We bring people to the promenade")]
    [InlineData("iso-8859-1.html", "The city's plan would charge EUR 35 a year", "roughly EUR 700 a year - more than", "\"We bring people to the promenade")]
    public void A_page_in_a_legacy_encoding_declared_by_meta_http_equiv_is_decoded(string name, string second, string inSecond, string third)
    {
        var article = ExtractBytes(name);
        AssertParagraphs(article, "Owners of the cafés and bars", second, third, "The deputy mayor, Søren Holm", "The council will vote");
        Assert.Contains(inSecond, article.Body, StringComparison.Ordinal);
        Assert.Contains("Jürgen Maier", article.Body, StringComparison.Ordinal);
        Assert.StartsWith("Café owners fight plan for", article.Title, StringComparison.Ordinal);
        AssertAbsent(article, "Most e-mailed", "Swans return", "Imprint");
    }

    [Fact]
    public void Link_lines_under_a_bold_label_at_the_end_of_the_story_are_read_as_a_list_of_links_and_left_out()
    {
        // One cell holds the story and a "More local news" box written as <a>…</a><br> lines: read as one paragraph,
        // the box was kept for its length (ten headlines).
        var article = Extract("links-as-lines.html");
        AssertParagraphs(article, "The regional water board said", "Engineers have already reduced", "The board's chief executive", "Farmers in the eastern valleys");
        AssertAbsent(article, "More local news", "Road works on the ring road", "Farmers market moves", "Printer friendly");
    }

    [Fact]
    public void Link_lines_inside_the_article_are_a_list_the_story_itself_names()
    {
        var html = TestPages.Article(
            "<p>The council published the three reports on which its decision of Tuesday evening relied:<br><a href=\"/r1\">Traffic survey of the northern districts</a><br>"
            + "<a href=\"/r2\">Construction cost estimate for the new lines</a><br><a href=\"/r3\">Environmental impact assessment</a></p>");
        var blocks = ArticleExtractor.Default.Extract(html, PageUrl).Sections.SelectMany(s => s.Blocks).ToList();
        var list = Assert.Single(blocks.OfType<ListBlock>());
        Assert.Equal(["Traffic survey of the northern districts", "Construction cost estimate for the new lines", "Environmental impact assessment"],
            list.Items.Select(i => i.Text));
        Assert.Contains(blocks, b => b.Text == "The council published the three reports on which its decision of Tuesday evening relied:");
    }

    [Fact]
    public void Two_link_lines_stay_a_paragraph()
    {
        var html = TestPages.Article("<p>Read the full report here.<br><a href=\"/r1\">Traffic survey</a><br><a href=\"/r2\">Cost estimate</a></p>");
        var blocks = ArticleExtractor.Default.Extract(html, PageUrl).Sections.SelectMany(s => s.Blocks).ToList();
        Assert.DoesNotContain(blocks, b => b is ListBlock);
    }

    [Fact]
    public void A_line_indented_with_no_break_spaces_after_a_sentence_starts_a_paragraph()
    {
        var article = Extract("indented-lines.html");
        AssertParagraphs(article, "The regional water board said", "Engineers have already reduced", "The board's chief executive", "Farmers in the eastern valleys",
            "Environmental groups said", "The board will publish");
    }

    [Fact]
    public void Paragraphs_indented_by_ideographic_spaces_are_separate_paragraphs()
    {
        const string First = "市议会周二投票决定将有轨电车网络延伸到北部城区，这个项目已经讨论了十多年。支持者认为新线路将使数万居民的通勤时间减少一半。";
        const string Second = "反对者则指出建设成本不断上升，并要求市政府公布详细的预算。交通部门表示，工程预计明年春天开工。";
        var html = TestPages.Article($"<div>\u3000\u3000{First}<br>\u3000\u3000{Second}</div>", lang: "zh");
        var texts = Fixture.BlockTexts(ArticleExtractor.Default.Extract(html, PageUrl));
        Assert.Contains(First, texts);
        Assert.Contains(Second, texts);
    }

    [Fact]
    public void Indented_lines_after_lines_that_end_no_sentence_stay_one_paragraph()
    {
        // A packing checklist: each row indented after its checkbox, none ending a sentence.
        var html = TestPages.Article("<div>What to pack for the first trip on the extended line<br>&nbsp;&nbsp;Season ticket or day pass<br>"
            + "&nbsp;&nbsp;Umbrella for the open platforms<br>&nbsp;&nbsp;Timetable for the northern districts</div>");
        var texts = Fixture.BlockTexts(ArticleExtractor.Default.Extract(html, PageUrl));
        Assert.Contains(texts, t => t.StartsWith("What to pack", StringComparison.Ordinal) && t.EndsWith("Timetable for the northern districts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bold_line_above_line_broken_text_is_a_sub_heading_of_its_own()
    {
        var html = TestPages.Article("<div><b>Objections from the northern districts</b><br>Residents of the northern districts asked for the depot to be built "
            + "outside the town, away from the houses along the river, and for night work to be limited to the summer holidays.</div>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        var section = Assert.Single(article.Sections, s => s.Heading == "Objections from the northern districts");
        Assert.StartsWith("Residents of the northern districts asked", section.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bold_lead_ending_in_a_colon_stays_in_its_paragraph()
    {
        var html = TestPages.Article("<div><b>Correction:</b><br>An earlier version of this story gave the wrong year for the start of construction on the extended line.</div>");
        var texts = Fixture.BlockTexts(ArticleExtractor.Default.Extract(html, PageUrl));
        Assert.Contains("Correction:\nAn earlier version of this story gave the wrong year for the start of construction on the extended line.", texts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_side_column_of_prose_boxes_beside_the_story_cell_stays_out(bool learned)
    {
        // A weather box, a poll and a blurb in the row's third cell read as running text: the row gathered both columns.
        var html = Fixture.Read("OldWeb/side-column-prose.html");
        var article = (learned ? ArticleExtractor.Default : RulesOnly).Extract(html, PageUrl);
        AssertParagraphs(article, "The board of Lakeside General Hospital", "The two-storey wing", "Hospital director Ruth Calloway", "The project will cost",
            "The two board members", "Public hearings on the design");
        AssertAbsent(article, "WEATHER", "Partly cloudy", "READER POLL", "second bridge", "View results", "has served the lake towns", "Obituaries");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_story_cell_ending_on_many_link_lines_is_the_story_not_the_prose_box_beside_it(bool learned)
    {
        // One cell: the story as <br><br> text, then forty headlines as link lines. Read as one unit it was no running
        // text (most of it links), and the rules chose the jobs-and-weather cell beside it.
        var html = Fixture.Read("OldWeb/story-links-beside-box.html");
        var article = (learned ? ArticleExtractor.Default : RulesOnly).Extract(html, PageUrl);
        AssertParagraphs(article, "Workers at the Denholm paper mill", "Of the 412 members", "Union organiser Kevin Tulloch", "The mill's owners said",
            "The mill, which employs");
        AssertAbsent(article, "More news", "Bypass inquiry", "Headline number", "HERALD JOBS", "vacancies", "Sunny spells", "Motors");
    }

    [Fact]
    public void A_copyright_footer_over_the_publishers_address_is_left_out_however_long()
    {
        var article = Extract("printable-footer.html");
        AssertParagraphs(article, "The keeper's cottage at Gull Point", "The trust bought the cottage", "Trust chairman Edwin Marsh", "The trust still needs volunteers");
        AssertAbsent(article, "Copyright", "All rights reserved", "Harbor Street", "555-0142", "newsroom@");
    }

    [Theory]
    [InlineData("Copyright 2008 The Evening Post. All rights reserved.", true)]
    [InlineData("© 2007 Lakeside Media Group", true)]
    [InlineData("Copyright © Coastal Newspapers Inc.", true)]
    [InlineData("(c) 2006 The Herald", true)]
    [InlineData("Copyright law was changed in 2008 to cover recordings.", false)]
    [InlineData("Copyrights expire seventy years after the author's death.", false)]
    public void A_copyright_notice_is_told_from_a_sentence_about_copyright(string line, bool notice) =>
        Assert.Equal(notice, ArticleExtract.Structure.FooterNotice.IsNotice(line));

    [Fact]
    public void A_paragraph_of_lines_opening_on_copyright_law_stays()
    {
        var html = TestPages.Article("<p>Copyright law in the state was last changed in 1998.<br>The new bill would extend the term for recordings by twenty years.</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains("Copyright law in the state", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_in_nested_layout_tables_in_windows_1252_comes_back_without_its_inline_labels_and_toolbars()
    {
        // Spacer rows, a toolbar table (e-mail, print, AIM), a photo table floated in the story's cell, "Story continues
        // below" and an "Advertisement" table between two paragraphs, a copyright row under the story.
        var article = ExtractBytes("nested-tables-labels.html");
        AssertParagraphs(article, "RIDGEWAY — When Gloria Hatcher turned the key", "“I kept telling the grandchildren", "Hatcher’s house was the last of 31",
            "The rebuilding was paid for", "Committee chairman Leon Baptiste", "Not every family has returned", "City engineer Patricia Vu");
        AssertAbsent(article, "Story continues below", "Advertisement", "ADVERTISEMENT", "E-mail this story", "Print this story", "(AIM)", "Comments (12)",
            "MOST POPULAR", "School board delays", "Obituaries", "Copyright", "Privacy Policy", "DOUGLAS FAIRWEATHER");
    }

    [Fact]
    public void The_label_of_a_related_links_box_inside_the_story_does_not_head_the_paragraphs_after_it()
    {
        // A floated table in the story's cell: "Related stories" over a list, "On the Web" over one link. Once the links
        // are left out, "On the Web" was the last thing read from the box and headed the rest of the story.
        var article = ExtractBytes("related-box-in-story.html");
        AssertParagraphs(article, "TOPEKA — Leaders of the state House", "The plan would add about $290 million", "\"We think this is a plan",
            "Democrats said the proposal", "The Senate is expected", "The court ruled last year");
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        AssertAbsent(article, "On the Web", "Related stories", "Court deadline looms", "Department of Education", "Advertisement", "Copyright 2006",
            "Digg this", "Tribune Weather", "snow flurries", "Today's Poll", "sales taxes", "Classifieds");
    }

    [Fact]
    public void A_bold_headline_alone_in_a_table_of_its_own_still_heads_what_follows()
    {
        var html = TestPages.Article("<table><tr><td><b>Objections from the northern districts</b></td></tr></table><p>" + TestPages.P2 + "</p><p>" + TestPages.P3 + "</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains(article.Sections, s => s.Heading == "Objections from the northern districts");
    }

    [Fact]
    public void Page_two_of_a_multi_page_story_keeps_its_paragraphs_and_drops_the_pager_and_toolbar()
    {
        // Unclosed <p> inside <font>, "Page 1 2 3 Next" above and below, "Continued on Page 3", an e-mail/print/AIM bar.
        var article = Extract("multipage-story.html");
        AssertParagraphs(article, "Inside, the restorers found more", "\"We had photographs of the dome", "Cleaning the dome took", "The seats were another matter",
            "The stage house, which had been used");
        AssertAbsent(article, "Previous", "Next", "Page 3", "Continued on", "Email to a friend", "Printer-friendly", "Send via AIM", "Reprints",
            "ARTS CALENDAR", "Museums", "ADVERTISEMENT", "Copyright", "Terms of Service");
    }

    [Theory]
    [InlineData("multipage-story.html", "160x600_travel.gif")]
    [InlineData("nested-tables-labels.html", "300x250_bank.gif")]
    [InlineData("related-box-in-story.html", "size=300x250")]
    public void An_image_of_a_standard_advertising_size_is_no_article_image(string name, string banner)
    {
        var article = name.EndsWith("multipage-story.html", StringComparison.Ordinal) ? Extract(name) : ExtractBytes(name);
        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>(), i => i.Source.Contains(banner, StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_photo_of_its_own_size_is_kept()
    {
        var article = ExtractBytes("nested-tables-labels.html");
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>(), i => i.Source.EndsWith("millbrook_road.jpg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<img src=\"/uploads/2024/05/harbour-crane-300x250.jpg\" width=\"300\" height=\"250\" alt=\"The new crane at the east quay\">")]
    [InlineData("<a href=\"/uploads/2024/05/harbour-crane.jpg\"><img src=\"/uploads/2024/05/harbour-crane-300x250.jpg\" width=\"300\" height=\"250\" alt=\"The new crane at the east quay\"></a>")]
    public void A_photo_of_an_ad_rectangle_size_outside_a_link_to_a_page_is_kept(string figure)
    {
        var html = "<html><head><title>Harbour gets a new crane</title></head><body><article><h1>Harbour gets a new crane</h1>"
            + "<p>The port authority unveiled its new container crane on Tuesday, the first addition to the east quay in twenty years.</p>"
            + "<p>" + figure + "</p>"
            + "<p>Engineers spent three weeks assembling the crane, which can lift twice the load of the two it replaces.</p>"
            + "<p>Dock workers said the quieter electric motors would make night shifts easier for families living near the quay.</p>"
            + "</article></body></html>";
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://port.example.org/news/new-crane"));
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>(), i => i.Source.EndsWith("harbour-crane-300x250.jpg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_story_head_of_line_broken_lines_is_read_as_metadata_not_as_the_storys_first_paragraph(bool learned)
    {
        // Kicker, headline in large type (not bold), byline, paper and date, closed by <br>s: one paragraph to the
        // builder, which no byline or dateline rule judged line by line.
        var article = (learned ? ArticleExtractor.Default : RulesOnly).Extract(Fixture.Read("OldWeb/font-headline.html"), PageUrl);
        AssertParagraphs(article, "Dock workers at the port voted", "The deal gives the 900 workers", "Union convenor Sheila Barr", "The port company said",
            "Shops in the town centre");
        Assert.StartsWith("Dock workers at the port voted", article.Body, StringComparison.Ordinal);
        AssertAbsent(article, "BUSINESS", "By Martin Keogh", "Tuesday, March 11", "Front Page", "ADVERTISEMENT", "All rights reserved");
        Assert.Equal(["Martin Keogh"], article.Authors);
        Assert.Equal(new DateOnly(2008, 3, 11), article.Published?.Date);
    }

    [Fact]
    public void A_story_head_run_into_the_storys_first_line_is_cut_from_it()
    {
        // No blank line between the head and the story: the head's lines open the story's first paragraph.
        var html = "<html><head><title>Gazette: Bridge to close for repairs</title></head><body><table width=\"760\"><tr>"
            + "<td width=\"150\"><a href=\"/\">Home</a><br><a href=\"/local/\">Local</a><br><a href=\"/sport/\">Sport</a></td><td>"
            + "<font size=\"4\">Bridge to close for repairs</font><br>By Anna Lindqvist<br>Staff Writer<br>Friday, June 6, 2008<br>"
            + "The old swing bridge over the river will close for six weeks from Monday while engineers replace its worn bearings and repaint the steelwork.<br><br>"
            + "Drivers will be sent over the town bridge, which the council expects to be busy at peak times, and a temporary footbridge will be opened for walkers and cyclists.<br><br>"
            + "The work was brought forward after an inspection in March found cracks in two of the bearings.</td></tr></table></body></html>";
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.StartsWith("The old swing bridge over the river", article.Body, StringComparison.Ordinal);
        AssertParagraphs(article, "The old swing bridge", "Drivers will be sent", "The work was brought forward");
        AssertAbsent(article, "By Anna Lindqvist", "Staff Writer", "June 6, 2008");
    }

    [Fact]
    public void A_first_line_that_is_neither_byline_nor_date_stays_with_the_story()
    {
        var html = TestPages.Article("<p>Lakeside, Friday<br>The old swing bridge over the river will close for six weeks from Monday while engineers replace its worn bearings and repaint the steelwork.</p>"
            + "<p>Drivers will be sent over the town bridge, which the council expects to be busy at peak times, and a temporary footbridge will be opened for walkers and cyclists.</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains("Lakeside, Friday", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mastheads_logo_linking_to_the_home_page_is_no_article_image()
    {
        var article = Extract("font-headline.html");
        Assert.Empty(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>());
        Assert.Null(article.LeadImage);
    }

    [Fact]
    public void A_photo_linking_to_its_own_story_stays()
    {
        var html = TestPages.Article("<p>The crane arrived by barge on Monday and was lifted onto its rails the next morning, watched by a crowd on the quay.</p>"
            + "<a href=\"/news/new-crane\"><img src=\"/img/crane.jpg\" width=\"640\" height=\"427\" alt=\"The new crane\"></a>"
            + "<p>It can lift containers of up to sixty tonnes and replaces two older cranes that will be taken down in the spring.</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>(), i => i.Source.EndsWith("/img/crane.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_lines_before_the_story_that_name_no_writer_or_date_stay()
    {
        // A verse quoted before the story: short line-broken lines, but no byline and no date among them.
        var html = TestPages.Article("<p>The wind is in the rigging,<br>the tide is on the turn,<br>and all the boats are coming home</p>"
            + "<p>So begins the song that the harbour choir has sung at every launch since 1921, and which it sang again on Saturday when the new lifeboat went into the water for the first time.</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains("the tide is on the turn", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_among_short_lines_after_the_story_has_begun_stays()
    {
        var html = TestPages.Article("<p>The harbour choir has sung at every launch since 1921, and it sang again on Saturday when the new lifeboat went into the water for the first time, watched by most of the town.</p>"
            + "<p>Next concerts:<br>Saturday, April 5, 2008<br>Saturday, May 3, 2008</p>"
            + "<p>Both concerts start at seven in the evening at the lifeboat station, and tickets are sold at the door.</p>");
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Contains("Saturday, May 3, 2008", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>By Ruth Calloway</b>")]
    [InlineData("<i>By Ruth Calloway</i>")]
    [InlineData("<font size=\"2\">By Ruth Calloway</font>")]
    public void A_byline_set_in_bold_italic_or_a_font_tag_names_the_writer(string byline)
    {
        var html = "<html><head><title>Ferry fares frozen for a year</title></head><body><table><tr><td>"
            + "<h1>Ferry fares frozen for a year</h1>" + byline + "<br><br>"
            + "The ferry company said on Monday that fares on all its routes would stay at this year's level until next spring, after a year of complaints from island residents.<br><br>"
            + "Season tickets for islanders will be cut by ten per cent from June, the first cut since the service was sold to its present owners.</td></tr></table></body></html>";
        var article = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Equal(["Ruth Calloway"], article.Authors);
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("+2", true)]
    [InlineData(" 4 ", true)]
    [InlineData("3", false)]
    [InlineData("2", false)]
    [InlineData("-1", false)]
    [InlineData("+5", false)]
    [InlineData(null, false)]
    public void Large_type_is_a_font_size_over_the_default(string? size, bool large) =>
        Assert.Equal(large, ArticleExtract.Metadata.PageElements.IsLargeType(size));
}
