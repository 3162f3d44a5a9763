using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// One small page per metadata failure described in issue 11: dates a reader sees, broken JSON-LD, local dates
/// against UTC stamps, the headline as shown, and bylines the finder used to miss.
/// </summary>
public class IssueElevenTests
{
    private const string Body = """
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project that has been debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the rising cost.</p>
        """;

    private static Article Extract(string html, string url = "https://news.example.com/tram") => ArticleExtractor.Default.Extract(html, new Uri(url));

    private static string Page(string head, string article, string lang = "en") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body><article>{article}{Body}</article></body></html>";

    // ---- Dates ----

    [Theory]
    [InlineData("16:45")]
    [InlineData("10h15")]
    [InlineData("6:01 pm")]
    [InlineData("today, 16:45")]
    public void A_bare_time_is_never_a_date(string time)
    {
        // The old fallback filled a missing day with the clock's, so the output changed with the day it ran. The
        // library now reads no clock at all: a time without a day, month and year yields nothing, on any day.
        var html = Page("<title>Tram works begin</title>", $"<h1>Tram works begin</h1><time>{time}</time><span class=\"date\">{time}</span>");
        var article = Extract(html);

        Assert.Null(DateParser.Parse(time));
        Assert.Null(article.Published);
        Assert.Null(article.Modified);
        Assert.Contains("\"published\":null", article.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Tram works begin\",\"description\":\"Line one\nline two\",\"datePublished\":\"2024-03-05T09:30:00+01:00\",}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Tram works\tbegin\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\",},\"datePublished\":\"2024-03-05T09:30:00+01:00\"}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Tram works begin\",\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"articleBody\":\"He said \\'no\\'\"}")]
    public void Broken_JsonLd_is_repaired_not_thrown_away(string json)
    {
        var a = Extract(Page($"<title>Tram works begin</title><script type=\"application/ld+json\">{json}</script>", "<h1>Tram works begin</h1>"));

        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
    }

    [Fact]
    public void Unparseable_JsonLd_still_gives_its_dates()
    {
        const string Json = "{\"@type\":\"NewsArticle\",\"headline\":\"Tram \"works\" begin\",\"datePublished\":\"2024-03-05T09:30:00+01:00\"}";
        var a = Extract(Page($"<title>Tram works begin</title><script type=\"application/ld+json\">{Json}</script>", "<h1>Tram works begin</h1>"));

        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
    }

    [Theory]
    [InlineData("de", "<p class=\"info\">Letzte Aktualisierung: 18.01.2018</p>", "2018-01-18")]
    [InlineData("fr", "<p>Publié le 29 juin 2019</p>", "2019-06-29")]
    [InlineData("en", "<p>Posted on March 30, 2011 by Jane Doe</p>", "2011-03-30")]
    [InlineData("pt", "<p>12/03/2020 às 14h</p>", "2020-03-12T14:00:00")]
    [InlineData("es", "<div>Publicado el 5 de marzo de 2024</div>", "2024-03-05")]
    [InlineData("it", "<div>Pubblicato il 5 marzo 2024</div>", "2024-03-05")]
    [InlineData("nl", "<div>Gepubliceerd op 5 maart 2024</div>", "2024-03-05")]
    [InlineData("pl", "<div>Opublikowano: 5 marca 2024</div>", "2024-03-05")]
    [InlineData("ru", "<div>Опубликовано 5 марта 2024 г.</div>", "2024-03-05")]
    public void Dates_only_in_visible_text_near_the_headline(string lang, string line, string expected)
    {
        var a = Extract(Page("<title>Tram works begin</title>", $"<h1>Tram works begin</h1>{line}", lang));

        Assert.Equal(expected, a.Published?.ToString());
    }

    [Fact]
    public void Abbr_title_and_microdata_attributes_are_read()
    {
        var a = Extract(Page("<title>Tram works begin</title>",
            "<h1>Tram works begin</h1><abbr class=\"published\" title=\"2024-03-05T09:30:00+01:00\">last spring</abbr>"
            + "<span itemprop=\"dateModified\" content=\"2024-03-06\">the day after</span>"));

        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
        Assert.Equal("2024-03-06", a.Modified?.ToString());
    }

    [Fact]
    public void The_local_date_the_page_shows_beats_a_utc_stamp_of_the_same_moment()
    {
        var a = Extract(Page(
            "<title>Tram works begin</title><meta property=\"article:published_time\" content=\"2023-11-09T03:28:35+00:00\">",
            "<h1>Tram works begin</h1><p class=\"byline\">By Jane Doe</p><p>November 8, 2023</p>"));

        Assert.Equal(new DateOnly(2023, 11, 8), a.Published?.Date);
    }

    [Fact]
    public void A_same_day_machine_date_lends_its_time_and_offset()
    {
        var a = Extract(Page(
            "<title>Tram works begin</title><meta property=\"article:published_time\" content=\"2023-11-08T22:28:35-05:00\">",
            "<h1>Tram works begin</h1><p>November 8, 2023</p>"));

        Assert.Equal("2023-11-08T22:28:35-05:00", a.Published?.ToString());
    }

    [Fact]
    public void Time_text_wins_over_a_disagreeing_datetime_attribute()
    {
        var a = Extract(Page("<title>Tram works begin</title>", "<h1>Tram works begin</h1><time datetime=\"2019-07-03\">Publié le 29 juin 2019</time>", "fr"));

        Assert.Equal("2019-06-29", a.Published?.ToString());
    }

    [Fact]
    public void Time_attribute_with_agreeing_text_keeps_its_time_and_offset()
    {
        var a = Extract(Page("<title>Tram works begin</title>", "<h1>Tram works begin</h1><time datetime=\"2019-06-29T10:15:00+02:00\">29 juin 2019</time>", "fr"));

        Assert.Equal("2019-06-29T10:15:00+02:00", a.Published?.ToString());
    }

    [Fact]
    public void The_url_path_dates_a_page_that_states_nothing_else()
    {
        var a = Extract(Page("<title>Tram works begin</title>", "<h1>Tram works begin</h1>"), "https://news.example.com/2017/7/12/tram-works-begin/");

        Assert.Equal("2017-07-12", a.Published?.ToString());
    }

    [Fact]
    public void A_time_pubdate_in_a_sidebar_named_main_column_is_read()
    {
        var html = "<html><head><title>Tram works begin</title></head><body><div class=\"nav\"><a href=\"/\">Home</a></div>"
            + "<div id=\"sidebar\" class=\"sidebar\"><h1>Tram works begin</h1><time pubdate datetime=\"2024-03-05T09:30:00+01:00\">5 March 2024</time>" + Body + "</div>"
            + "<div class=\"sidebar-widgets\"><time datetime=\"2025-01-01\">1 January 2025</time></div></body></html>";

        Assert.Equal("2024-03-05T09:30:00+01:00", Extract(html).Published?.ToString());
    }

    [Fact]
    public void A_time_without_an_offset_is_not_given_one()
    {
        var a = Extract(Page("<title>Tram works begin</title><meta property=\"article:published_time\" content=\"2024-03-05T09:30:00\">", "<h1>Tram works begin</h1>"));

        Assert.Equal("2024-03-05T09:30:00", a.Published?.ToString());
        Assert.Null(a.Published?.Offset);
        Assert.Null(a.Published?.ToDateTimeOffset());
        Assert.Contains("\"published\":\"2024-03-05T09:30:00\"", a.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_alone_prints_as_a_date()
    {
        var a = Extract(Page("<title>Tram works begin</title><meta property=\"article:published_time\" content=\"2024-03-05\">", "<h1>Tram works begin</h1>"));

        Assert.Contains("\"published\":\"2024-03-05\"", a.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_visible_date_after_the_pages_latest_stated_date_is_a_clock_not_the_article()
    {
        var a = Extract(Page(
            "<title>Tram works begin</title><meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">",
            "<p class=\"today\">Friday, June 20, 2025</p><h1>Tram works begin</h1>"));

        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
    }

    [Fact]
    public void Dates_before_1995_are_not_the_pages()
    {
        Assert.Null(DateParser.Parse("12 March 1994"));
        Assert.NotNull(DateParser.Parse("12 March 1995"));
    }

    // ---- Titles ----

    [Fact]
    public void The_shown_headline_wins_over_a_jsonld_label()
    {
        var a = Extract(Page(
            "<title>7 days of healthy meals on a budget - Good Food</title><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Sample menus\"}</script>",
            "<h1>7 days of healthy meals on a budget</h1>"));

        Assert.Equal("7 days of healthy meals on a budget", a.Title);
        Assert.Equal("Sample menus", a.MetaTitle);
    }

    [Theory]
    [InlineData("Choosing a vinyl floor for a kitchen | Tarkett", "Tarkett")]
    [InlineData("Evening courses for adults | UVA SCPS", "UVA SCPS")]
    public void Site_suffixes_are_removed_from_a_metadata_title(string title, string site)
    {
        var a = Extract($"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{site}\"></head><body><div>{Body}</div></body></html>");

        Assert.Equal(title[..title.IndexOf(" |", StringComparison.Ordinal)], a.Title);
    }

    [Fact]
    public void A_logo_heading_named_after_the_site_is_not_the_headline()
    {
        var html = "<html><head><title>A beginner's guide to skincare – The Southerner</title><meta property=\"og:site_name\" content=\"The Southerner\"></head><body>"
            + "<header><h1>The Southerner</h1></header><article><h1>A beginner's guide to skincare</h1><p>May 31, 2024</p>" + Body + "</article></body></html>";
        var a = Extract(html);

        Assert.Equal("A beginner's guide to skincare", a.Title);
        Assert.Equal("2024-05-31", a.Published?.ToString());
    }

    // ---- Authors ----

    [Fact]
    public void An_author_box_names_the_author()
    {
        var a = Extract(Page("<title>Tram works begin</title>",
            "<h1>Tram works begin</h1>" + Body + "<div class=\"author-box\"><img src=\"/jane.jpg\" alt=\"\"><h4>Jane Doe</h4><p>Jane covers transport and city hall for the Herald and has done so since 2015.</p></div>"));

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Theory]
    [InlineData("<p>Written by Jane Doe</p>")]
    [InlineData("<p>Words by Jane Doe</p>")]
    [InlineData("<div>Reviewed by Jane Doe</div>")]
    [InlineData("<p>Geschrieben von Jane Doe</p>")]
    [InlineData("<p>Escrito por Jane Doe</p>")]
    [InlineData("<p>Written By<a href=\"/jane\">Jane Doe</a></p>")]
    public void Written_by_and_reviewed_by_lines(string line)
    {
        var a = Extract(Page("<title>Tram works begin</title>", "<h1>Tram works begin</h1>" + line));

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void A_byline_after_the_headline_outside_the_article_element()
    {
        var html = "<html><head><title>Tram works begin</title></head><body><header><h1>Tram works begin</h1><p>By Jane Doe</p></header>"
            + "<article>" + Body + "</article></body></html>";

        Assert.Equal(["Jane Doe"], Extract(html).Authors);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe with John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, John Roe & Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    public void Several_authors_are_split(string line, string[] expected)
    {
        var a = Extract(Page("<title>Tram works begin</title>", $"<h1>Tram works begin</h1><p class=\"byline\">{line}</p>"));

        Assert.Equal(expected, a.Authors);
    }

    [Theory]
    [InlineData("Jane Doe, MD", "Jane Doe")]
    [InlineData("Jane Doe, MS, RD, FAND", "Jane Doe")]
    [InlineData("Jane Doe, E-RYT 200", "Jane Doe")]
    [InlineData("Jane Doe MD", "Jane Doe")]
    [InlineData("Rui Ma", "Rui Ma")]
    public void Credentials_stay_out_of_the_name(string value, string expected)
    {
        var a = Extract(Page($"<title>Tram works begin</title><meta name=\"author\" content=\"{value}\">", "<h1>Tram works begin</h1>"));

        Assert.Equal([expected], a.Authors);
    }

    [Fact]
    public void A_staff_byline_the_page_states_plainly_is_kept()
    {
        var a = Extract(Page(
            "<title>Tram works begin</title><meta name=\"author\" content=\"Desk Editor\">",
            "<h1>Tram works begin</h1><p class=\"byline\">By Desk Editor</p>" + Body + "<div class=\"author-box\"><h4>Desk Editor</h4></div>"));

        Assert.Equal(["Desk Editor"], a.Authors);
    }

    [Fact]
    public void A_first_name_or_handle_the_metadata_gives_is_the_author()
    {
        var a = Extract(Page("<title>Tram works begin</title><meta name=\"author\" content=\"Susan\">", "<h1>Tram works begin</h1>"));

        Assert.Equal(["Susan"], a.Authors);
    }

    [Fact]
    public void A_person_named_in_full_beats_a_brand_in_the_jsonld()
    {
        var a = Extract(Page(
            "<title>Tram works begin</title><script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\",\"name\":\"herald\"}}</script>",
            "<h1>Tram works begin</h1><p class=\"byline\">By Jane Doe</p>"));

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void A_forum_thread_is_authored_by_its_first_poster()
    {
        var html = "<html><head><title>Which tyre pressure for gravel?</title></head><body><h1>Which tyre pressure for gravel?</h1>"
            + "<div class=\"post\"><div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"trailrider\"></div>"
            + "<a class=\"username\" href=\"/u/1\">trailrider</a>" + Body + "</div>"
            + "<div class=\"post\"><a class=\"username\" href=\"/u/2\">spokeguy</a><p>I run 35 psi on 40 mm tyres and never looked back, even on the rough descents.</p></div></body></html>";

        Assert.Equal(["trailrider"], Extract(html).Authors);
    }
}
