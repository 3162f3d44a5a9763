using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Bylines, titles and dates as modern templates lay them out: names in blocks beside dates and job titles with no
/// space between, "Written by" labels with the name in the next element, author boxes without headings, handles
/// with digits, headlines with a piped tagline, and numeric dates whose order only the metadata settles.
/// </summary>
public class BylineLayoutTests
{
    private const string Body = """
        <p>The harbour authority approved the new ferry timetable on Monday after months of talks with the island councils and the operators.</p>
        <p>Crossings will run every forty minutes in summer, and the first boat will leave half an hour earlier than it does today.</p>
        """;

    private static Article Extract(string html, string url = "https://coast.example.org/ferries") => ArticleExtractor.Default.Extract(html, new Uri(url));

    private static string Page(string head, string article) =>
        $"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body><article>{article}{Body}</article></body></html>";

    [Theory]
    [InlineData("<div class=\"author\"><span>Marta Quist</span><span>February 3, 2025</span></div>")]
    [InlineData("<div class=\"author\"><div>Marta Quist</div><div>Harbour Reporter</div></div>")]
    [InlineData("<div class=\"author\"><span class=\"initials\">MQ</span> <div>Marta Quist</div> <div>Last updated</div></div>")]
    [InlineData("<div class=\"byline\"><a>Marta Quist</a><span>Founder</span></div>")]
    public void A_name_in_its_own_block_is_not_run_into_the_next(string byline)
    {
        var a = Extract(Page("<title>New ferry timetable</title>", $"<h1>New ferry timetable</h1>{byline}"));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Theory]
    [InlineData("<div class=\"meta\"><div>Written by</div><div>Marta Quist</div><div>Marta covers shipping and the islands.</div></div>")]
    [InlineData("<div class=\"meta\"><span>Written by:</span><picture><img src=\"/m.jpg\" alt=\"\"></picture><span>Marta Quist</span></div>")]
    public void A_written_by_label_names_the_next_element(string byline)
    {
        var a = Extract(Page("<title>New ferry timetable</title>", $"<h1>New ferry timetable</h1>{byline}"));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Fact]
    public void A_reviewed_by_label_does_not_name_the_author()
    {
        var a = Extract(Page("<title>New ferry timetable</title>",
            "<h1>New ferry timetable</h1><div class=\"meta\"><div>Reviewed by</div><div>Olaf Brenner</div></div>"));

        Assert.DoesNotContain("Olaf Brenner", a.Authors);
    }

    [Fact]
    public void An_author_box_without_a_heading_names_the_author()
    {
        var box = "<div class=\"blog_author-box\"><img alt=\"\" src=\"/m.jpg\"><div class=\"blog_author-text\"><div class=\"text-weight-semibold\">Marta Quist</div>"
            + "<p>Marta Quist has written about the coast for ten years and sails whenever the weather allows.</p></div></div>";
        var a = Extract(Page("<title>New ferry timetable</title>", "<h1>New ferry timetable</h1>" + Body + box));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Fact]
    public void An_author_box_inside_a_widget_is_read()
    {
        var box = "<div class=\"elementor-widget elementor-widget-author-box\"><div class=\"elementor-widget-container\"><div class=\"elementor-author-box\">"
            + "<h4 class=\"elementor-author-box__name\">Marta Quist</h4><p>Marta covers shipping and the islands.</p></div></div></div>";
        var a = Extract(Page("<title>New ferry timetable</title>", "<h1>New ferry timetable</h1>" + Body + box));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Fact]
    public void A_role_in_one_marked_element_does_not_hide_the_name_in_the_next()
    {
        var a = Extract(Page("<title>New ferry timetable</title>",
            "<h1>New ferry timetable</h1><h3 class=\"author-heading\">The Author</h3><span class=\"author-name\">Marta Quist</span>"));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Theory]
    [InlineData("deckhand42")]
    [InlineData("user3080392")]
    public void A_handle_keeps_its_digits(string handle)
    {
        var html = "<html><head><title>Which ferry for bikes?</title></head><body><h1>Which ferry for bikes?</h1>"
            + $"<div class=\"post\"><a class=\"username\" href=\"/u/1\">{handle}</a>" + Body + "</div></body></html>";

        Assert.Equal([handle], Extract(html).Authors);
    }

    [Theory]
    [InlineData("<span class=\"byline\">Marta Quist-June 12, 2025</span>")]
    [InlineData("<span class=\"byline\">Marta Quist in Harbour News</span>")]
    public void A_month_or_a_publication_after_the_name_is_cut(string byline)
    {
        var a = Extract(Page("<title>New ferry timetable</title>", $"<h1>New ferry timetable</h1>{byline}"));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Theory]
    [InlineData("New ferry timetable | Top 5 Changes")]
    [InlineData("New ferry timetable | Opinion")]
    public void A_piped_tagline_is_cut_from_the_headline(string heading)
    {
        var a = Extract(Page($"<title>{heading} | Coast Post</title>", $"<h1>{heading}</h1>"));

        Assert.Equal("New ferry timetable", a.Title);
    }

    [Fact]
    public void A_heading_anchor_is_no_part_of_the_title()
    {
        var a = Extract(Page("<title>Timetables — Ferry docs</title>", "<h1>Timetables<a class=\"headerlink\" href=\"#t\">¶</a></h1>"));

        Assert.Equal("Timetables", a.Title);
    }

    [Fact]
    public void A_numeric_date_whose_order_the_metadata_settles()
    {
        // 09.10.2024 reads day-first, but the JSON-LD's 2024-09-10 (and no source naming October 9) says the site
        // wrote the month first.
        var ld = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-09-10T16:07:00Z\"}</script>";
        var a = Extract(Page("<title>New ferry timetable</title>" + ld, "<h1>New ferry timetable</h1><p class=\"post-date\">09.10.2024</p>"));

        Assert.Equal(new DateOnly(2024, 9, 10), a.Published?.Date);
    }

    [Fact]
    public void A_numeric_date_the_metadata_confirms_is_kept()
    {
        var ld = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-10-09\",\"dateModified\":\"2024-09-10\"}</script>";
        var a = Extract(Page("<title>New ferry timetable</title>" + ld, "<h1>New ferry timetable</h1><p class=\"post-date\">09.10.2024</p>"));

        Assert.Equal(new DateOnly(2024, 10, 9), a.Published?.Date);
    }

    [Fact]
    public void A_month_name_in_the_url_path_dates_the_page()
    {
        var a = Extract(Page("<title>New ferry timetable</title>", "<h1>New ferry timetable</h1><p class=\"post-date\">03/10/2023</p>"),
            "https://coast.example.org/blog/2023/october/03/new-ferry-timetable");

        Assert.Equal(new DateOnly(2023, 10, 3), a.Published?.Date);
    }

    [Theory]
    [InlineData("<title>It's time for new ferries | Coast Post</title>", "<h1>It’s time for new ferries</h1>", "It's time for new ferries")]
    [InlineData("<title>Ferries... and bikes - Coast Post</title>", "<h1>Ferries… and bikes</h1>", "Ferries... and bikes")]
    [InlineData("<title>It’s time for new ferries | Coast Post</title>", "<h1>It’s time for new ferries</h1>", "It’s time for new ferries")]
    public void The_headline_is_spelled_as_the_title_when_they_are_the_same_words(string title, string heading, string expected)
    {
        var a = Extract(Page(title, heading));

        Assert.Equal(expected, a.Title);
    }

    [Fact]
    public void A_published_line_beats_an_updated_line()
    {
        var a = Extract(Page("<title>New ferry timetable</title>",
            "<h1>New ferry timetable</h1><p class=\"meta\">Published March 3, 2024</p><p class=\"meta\">Updated September 28, 2025</p>"));

        Assert.Equal(new DateOnly(2024, 3, 3), a.Published?.Date);
        Assert.Equal(new DateOnly(2025, 9, 28), a.Modified?.Date);
    }

    [Fact]
    public void A_last_updated_note_in_the_byline_is_no_name()
    {
        var a = Extract(Page("<title>New ferry timetable</title>",
            "<h1>New ferry timetable</h1><div class=\"byline\">Last Updated: March 3, 2025</div><p>Harbour desk</p><span class=\"author\">Marta Quist</span>"));

        Assert.Equal(["Marta Quist"], a.Authors);
    }

    [Fact]
    public void Line_text_marks_where_blocks_meet()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div id=\"b\"><span>Luke Kim</span><span>December 3</span> <a>and</a> <b>Jo</b></div>");
        var text = BylineFinder.LineText(document.GetElementById("b")!);

        Assert.Equal($"Luke Kim{BylineFinder.Glue}December 3 and Jo", text);
    }
}
