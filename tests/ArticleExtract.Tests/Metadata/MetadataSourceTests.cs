namespace ArticleExtract.Tests.Metadata;

/// <summary>One small page per metadata source, each with the exact values it must yield.</summary>
public class MetadataSourceTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/2024/03/tram");

    private const string Body = """
        <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project that has been debated for more than a decade.</p>
        <p>Supporters say the new lines will cut commuting times in half for tens of thousands of residents, while critics point to the rising cost.</p>
        """;

    private static Article Page(string head, string body = Body, string htmlAttributes = "") =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html{htmlAttributes}><head>{head}</head><body><article>{body}</article></body></html>", PageUrl);

    [Fact]
    public void JsonLd_graph_with_nested_author_and_publisher()
    {
        var a = Page("""
            <title>Council approves tram extension | City Herald</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"City Herald Online"},
              {"@type":["NewsArticle"],"headline":"Council approves tram extension","datePublished":"2024-03-05T09:30:00+01:00",
               "dateModified":"2024-03-05T11:00:00+01:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"City Herald"},"description":"The network grows north.","inLanguage":"en-GB",
               "image":{"@type":"ImageObject","url":"/img/tram.jpg"},"keywords":"transport, city council","isAccessibleForFree":false}]}
            </script>
            """);

        Assert.Equal("Council approves tram extension", a.Title);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
        Assert.Equal("2024-03-05T11:00:00+01:00", a.Modified?.ToString());
        Assert.Equal("City Herald", a.SiteName);
        Assert.Equal("The network grows north.", a.Excerpt);
        Assert.Equal("https://news.example.com/img/tram.jpg", a.LeadImage);
        Assert.Equal(["transport", "city council"], a.Tags);
        Assert.False(a.IsAccessibleForFree);
    }

    [Fact]
    public void JsonLd_author_and_publisher_by_id_reference()
    {
        var a = Page("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Article","@id":"https://news.example.com/tram#article","headline":"Tram works begin",
               "author":{"@id":"https://news.example.com/#/schema/person/1"},"publisher":{"@id":"https://news.example.com/#organization"}},
              {"@type":"Organization","@id":"https://news.example.com/#organization","name":"City Herald"},
              {"@type":"Person","@id":"https://news.example.com/#/schema/person/1","name":"Jane Doe"}]}</script>
            """);

        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("City Herald", a.SiteName);
    }

    [Fact]
    public void JsonLd_in_CDATA_and_array_is_read()
    {
        var a = Page("""
            <script type="application/ld+json"><![CDATA[
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":"BlogPosting","headline":"Tram works begin","author":"Jane Doe","datePublished":"2024-03-05"}]
            ]]></script>
            """);

        Assert.Equal("Tram works begin", a.Title);
        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("2024-03-05", a.Published?.ToString());
        Assert.Null(a.IsAccessibleForFree);
    }

    [Fact]
    public void JsonLd_name_wins_over_a_headline_that_is_a_type_label()
    {
        var a = Page("""
            <title>List of films featuring time loops - Wikipedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"List of films featuring time loops","headline":"Wikimedia list article"}</script>
            """);

        Assert.Equal("List of films featuring time loops", a.Title);
    }

    [Fact]
    public void Broken_JsonLd_falls_through_to_OpenGraph()
    {
        var a = Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline": "Broken",,, </script>
            <meta property="og:title" content="Council approves tram extension">
            <meta property="og:site_name" content="City Herald">
            <meta property="og:description" content="The network grows north.">
            <meta property="og:image" content="https://cdn.example.com/tram.jpg">
            <meta property="og:url" content="https://news.example.com/tram">
            <meta property="og:locale" content="en_GB">
            <meta property="article:published_time" content="2024-03-05T09:30:00Z">
            <meta property="article:modified_time" content="2024-03-06T10:00:00Z">
            <meta property="article:tag" content="transport"><meta property="article:tag" content="council">
            """);

        Assert.Equal("Council approves tram extension", a.Title);
        Assert.Equal("City Herald", a.SiteName);
        Assert.Equal("The network grows north.", a.Excerpt);
        Assert.Equal("https://cdn.example.com/tram.jpg", a.LeadImage);
        Assert.Equal("https://news.example.com/tram", a.Url);
        Assert.Equal("en-GB", a.Language);
        Assert.Equal("2024-03-05T09:30:00+00:00", a.Published?.ToString());
        Assert.Equal("2024-03-06T10:00:00+00:00", a.Modified?.ToString());
        Assert.Equal(["transport", "council"], a.Tags);
    }

    [Fact]
    public void Twitter_card_fills_what_OpenGraph_lacks()
    {
        var a = Page("""
            <meta name="twitter:title" content="Council approves tram extension">
            <meta name="twitter:description" content="The network grows north.">
            <meta name="twitter:image" content="/img/card.jpg">
            <meta name="twitter:creator" content="@janedoe">
            """);

        Assert.Equal("Council approves tram extension", a.Title);
        Assert.Equal("The network grows north.", a.Excerpt);
        Assert.Equal("https://news.example.com/img/card.jpg", a.LeadImage);
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void Dublin_Core_in_either_spelling()
    {
        var a = Page("""
            <meta name="DC.title" content="Council approves tram extension">
            <meta name="DC.creator" content="Jane Doe">
            <meta name="DC.date.issued" content="2024-03-05">
            <meta name="DC.language" content="de-at">
            <meta property="dc:description" content="The network grows north.">
            """);

        Assert.Equal("Council approves tram extension", a.Title);
        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("2024-03-05", a.Published?.ToString());
        Assert.Equal("de-AT", a.Language);
        Assert.Equal("The network grows north.", a.Excerpt);
    }

    [Theory]
    [InlineData("name", "published_date")]
    [InlineData("name", "published-date")]
    [InlineData("name", "published-time")]
    [InlineData("name", "publication_date")]
    [InlineData("property", "og:publication_time")]
    [InlineData("itemprop", "uploadDate")]
    public void Publication_date_under_a_less_common_meta_name(string attribute, string key)
    {
        var a = Page($"""
            <title>Council approves tram extension</title>
            <meta {attribute}="{key}" content="2024-03-05">
            """);

        Assert.Equal("2024-03-05", a.Published?.ToString());
    }

    [Fact]
    public void The_common_meta_name_wins_over_a_less_common_spelling()
    {
        var a = Page("""
            <meta name="published-date" content="2024-03-01">
            <meta property="article:published_time" content="2024-03-05">
            """);

        Assert.Equal("2024-03-05", a.Published?.ToString());
    }

    [Fact]
    public void Microdata_author_and_dates()
    {
        var a = Page("<title>Council approves tram extension</title>", """
            <p class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
            <time itemprop="datePublished" datetime="2024-03-05T09:30:00+01:00">5 March</time>
            <time itemprop="dateModified" datetime="2024-03-06T08:00:00+01:00">6 March</time></p>
            """ + Body);

        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("2024-03-05T09:30:00+01:00", a.Published?.ToString());
        Assert.Equal("2024-03-06T08:00:00+01:00", a.Modified?.ToString());
    }

    [Fact]
    public void Time_element_of_the_article_not_of_the_sidebar()
    {
        var html = """
            <html><head><title>Council approves tram extension</title></head><body>
            <aside class="sidebar"><ul><li><a href="/x">Older story</a> <time datetime="2019-01-01">1 Jan 2019</time></li></ul></aside>
            <article><h1>Council approves tram extension</h1><time datetime="2024-03-05T09:30:00Z">5 March 2024</time>
            <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for a decade.</p>
            <section class="comments"><time datetime="2024-03-07">7 March</time></section></article></body></html>
            """;

        Assert.Equal("2024-03-05T09:30:00+00:00", ArticleExtractor.Default.Extract(html, PageUrl).Published?.ToString());
    }

    [Fact]
    public void Time_after_the_headline_when_no_article_element_holds_it()
    {
        var html = """
            <html><head><title>Council approves tram extension</title></head><body>
            <div class="rail"><article><a href="/x">Older story</a><time datetime="2019-01-01">1 Jan 2019</time></article></div>
            <div class="story"><header><h1>Council approves tram extension</h1><div class="meta"><time datetime="2024-03-05T09:30:00Z">5 March 2024</time></div></header>
            <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for a decade.</p></div>
            </body></html>
            """;

        Assert.Equal("2024-03-05T09:30:00+00:00", ArticleExtractor.Default.Extract(html).Published?.ToString());
    }

    [Theory]
    [InlineData("<span class=\"article-date\">Veröffentlicht am 5. März 2024, 09:30 Uhr</span>", "de")]
    [InlineData("<div class=\"date-published\">Publié le 5 mars 2024 à 09h30</div>", "fr")]
    [InlineData("<p class=\"fecha\">5 de marzo de 2024 09:30</p>", "es")]
    [InlineData("<span class=\"timestamp\">Pubblicato il 5 marzo 2024 alle 09:30</span>", "it")]
    [InlineData("<span class=\"datum\">5 maart 2024 09:30</span>", "nl")]
    [InlineData("<span class=\"date\">Opublikowano 5 marca 2024 09:30</span>", "pl")]
    [InlineData("<span class=\"date\">5 марта 2024 г., 09:30</span>", "ru")]
    [InlineData("<span class=\"date\">5 de março de 2024 às 09h30</span>", "pt")]
    [InlineData("<span class=\"posted-date\">Published on March 5, 2024 at 9:30 am</span>", "en")]
    public void Dateline_text_in_each_language(string dateline, string lang)
    {
        var html = $"<html lang=\"{lang}\"><head><title>Tram</title></head><body><article><h1>Tram</h1>{dateline}{Body}"
            + "<div class=\"updated\">6 March 2024</div></article></body></html>";

        // A local time without an offset is printed without one: the page never stated it.
        Assert.Equal("2024-03-05T09:30:00", ArticleExtractor.Default.Extract(html, PageUrl).Published?.ToString());
    }

    [Fact]
    public void Dateline_attribute_keeps_the_offset_its_text_leaves_out()
    {
        var html = "<html><head><title>Tram</title></head><body><article><h1>Tram</h1>"
            + "<li class=\"date-and-time\" title=\"2015-03-13T21:00:00+11:00\"><span>March 13, 2015</span> <span>9:00PM</span></li>" + Body + "</article></body></html>";

        Assert.Equal("2015-03-13T21:00:00+11:00", ArticleExtractor.Default.Extract(html, PageUrl).Published?.ToString());
    }

    [Fact]
    public void Dateline_in_a_comment_is_never_read_and_an_updated_note_is_the_modified_date()
    {
        var html = "<html><head><title>Tram</title></head><body><article><h1>Tram</h1><div class=\"updated-date\">6 March 2024</div>"
            + Body + "<div class=\"comments\"><span class=\"date\">7 March 2024</span></div></article></body></html>";

        var a = ArticleExtractor.Default.Extract(html, PageUrl);
        Assert.Equal("2024-03-06", a.Modified?.ToString());

        // The only date the page shows is the one readers date it by.
        Assert.Equal("2024-03-06", a.Published?.ToString());
    }

    [Fact]
    public void Modified_before_published_is_dropped()
    {
        var a = Page("""
            <meta property="article:published_time" content="2024-03-05T09:30:00Z">
            <meta property="article:modified_time" content="2023-01-01T00:00:00Z">
            """);

        Assert.Equal("2024-03-05T09:30:00+00:00", a.Published?.ToString());
        Assert.Null(a.Modified);
    }

    [Fact]
    public void Rel_author_link_names_the_author()
    {
        var a = Page("<title>Council approves tram extension</title>", "<p class=\"meta\">Story by <a rel=\"author\" href=\"/staff/jane\">Jane Doe</a></p>" + Body);

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Von Hans Müller", "Hans Müller")]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("Por María García", "María García")]
    [InlineData("Di Giulia Rossi", "Giulia Rossi")]
    [InlineData("Door Pieter de Vries", "Pieter de Vries")]
    [InlineData("Przez Anna Nowak", "Anna Nowak")]
    [InlineData("Автор Иван Петров", "Иван Петров")]
    [InlineData("By JANE DOE | March 3, 2024, 6:01 am", "JANE DOE")]
    [InlineData("By Nathan Willis March 25, 2015", "Nathan Willis")]
    public void Dom_byline_in_each_language(string line, string expected)
    {
        var a = Page("<title>Council approves tram extension</title>", $"<p>{line}</p>" + Body);

        Assert.Equal([expected], a.Authors);
    }

    [Fact]
    public void Byline_class_with_two_authors_and_a_role()
    {
        var a = Page("<title>Council approves tram extension</title>", "<div class=\"article-byline\">By Jane Doe and John Roe, Staff Writers</div>" + Body);

        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
    }

    [Theory]
    [InlineData("https://www.facebook.com/janedoe")]
    [InlineData("@janedoe")]
    [InlineData("Full Bio")]
    public void Junk_author_values_give_no_author(string value)
    {
        var a = Page($"""<meta property="og:site_name" content="City Herald"><meta name="author" content="{value}">""");

        Assert.Empty(a.Authors);
    }

    [Theory]
    [InlineData("City Herald")]
    [InlineData("Staff")]
    [InlineData("Our Foreign Staff")]
    public void A_desk_or_the_site_named_as_author_by_the_metadata_alone_is_what_the_page_says(string value)
    {
        var a = Page($"""<meta property="og:site_name" content="City Herald"><meta name="author" content="{value}">""");

        Assert.Equal([value], a.Authors);
    }

    [Fact]
    public void A_person_in_the_byline_beats_the_site_named_as_author_in_the_metadata()
    {
        var a = Page("""<meta property="og:site_name" content="City Herald"><meta name="author" content="City Herald">""", "<p class=\"byline\">By Jane Doe</p>" + Body);

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Theory]
    [InlineData("Jong, Michiel de", "Michiel de Jong")]
    [InlineData("Doe, Jane", "Jane Doe")]
    [InlineData("Jane Doe, John Roe", "Jane Doe")]
    [InlineData("Brenda Goodman, MA", "Brenda Goodman")]
    public void Author_meta_in_surname_first_or_list_form(string value, string expectedFirst)
    {
        var a = Page($"""<meta name="author" content="{value}">""");

        Assert.Equal(expectedFirst, a.Authors[0]);
    }

    [Fact]
    public void Byline_of_the_headline_article_beats_a_teaser_above_it()
    {
        var html = """
            <html><head><title>Council approves tram extension</title></head><body>
            <div class="latest"><article><h3><a href="/other">Other story</a></h3><span class="byline">By John Roe</span></article></div>
            <article><h1>Council approves tram extension</h1><span class="byline">By Jane Doe</span>
            <p>The city council voted on Tuesday to expand the tram network to the northern districts, a project debated for a decade.</p></article>
            </body></html>
            """;

        Assert.Equal(["Jane Doe"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Comment_authors_are_not_the_article_author()
    {
        var a = Page("<title>Council approves tram extension</title>", Body + """
            <section id="comments"><div class="comment"><span class="comment-author">By Troll McTroll</span><p>First!</p></div></section>
            """);

        Assert.Empty(a.Authors);
    }

    [Theory]
    [InlineData("Council approves tram extension | City Herald", "Council approves tram extension")]
    [InlineData("Council approves tram extension - City Herald", "Council approves tram extension")]
    [InlineData("City Herald | Council approves tram extension", "Council approves tram extension")]
    [InlineData("Brexit: what happens next", "Brexit: what happens next")]
    [InlineData("Trams - the return of a classic", "Trams - the return of a classic")]
    public void Title_loses_only_site_name_decorations(string title, string expected)
    {
        var a = Page($"""<title>{title}</title><meta property="og:site_name" content="City Herald">""");

        Assert.Equal(expected, a.Title);
    }

    [Fact]
    public void Meta_title_left_at_the_site_default_gives_way_to_the_page_title()
    {
        var a = Page("""<title>Russia: Space ship malfunctions, breaks up over Siberia</title><meta property="og:title" content="Yahoo News - Latest News &amp; Headlines">""",
            "<h1>Russia: Space ship malfunctions, breaks up over Siberia</h1>" + Body);

        Assert.Equal("Russia: Space ship malfunctions, breaks up over Siberia", a.Title);
    }

    [Fact]
    public void Shown_headline_wins_over_an_seo_og_title_which_stays_as_the_meta_title()
    {
        var a = Page("""<title>Tram network to grow north | City Herald</title><meta property="og:title" content="Council approves tram extension to the north">""",
            "<h1>Tram network to grow north</h1>" + Body);

        Assert.Equal("Tram network to grow north", a.Title);
        Assert.Equal("Council approves tram extension to the north", a.MetaTitle);
    }

    [Fact]
    public void Title_is_the_single_h1_when_the_title_element_wraps_it()
    {
        var a = Page("<title>Council approves tram extension | Local | Herald Group</title>", "<h1>Council approves tram extension</h1>" + Body);

        Assert.Equal("Council approves tram extension", a.Title);
    }

    [Theory]
    [InlineData(" lang=\"pt-br\"", "", "pt-BR")]
    [InlineData("", "<meta http-equiv=\"content-language\" content=\"de\">", "de")]
    [InlineData("", "<meta property=\"og:locale\" content=\"fr_FR\">", "fr-FR")]
    [InlineData(" lang=\"zh-hant-tw\"", "", "zh-Hant-TW")]
    [InlineData(" lang=\"\"", "<meta property=\"og:locale\" content=\"es_MX\">", "es-MX")]
    public void Language_as_BCP_47(string htmlAttributes, string head, string expected)
    {
        Assert.Equal(expected, Page(head, Body, htmlAttributes).Language);
    }

    [Fact]
    public void Canonical_url_and_first_content_image_are_absolute()
    {
        var a = Page("<link rel=\"canonical\" href=\"/2024/03/tram-canonical\">", "<img src=\"/img/icon.png\" width=\"16\"><img src=\"/img/lead.jpg\" width=\"800\">" + Body);

        Assert.Equal("https://news.example.com/2024/03/tram-canonical", a.Url);
        Assert.Equal("https://news.example.com/img/lead.jpg", a.LeadImage);
    }

    [Fact]
    public void Free_flag_is_read_from_a_string()
    {
        var a = Page("""<script type="application/ld+json">{"@type":"Article","headline":"Tram","isAccessibleForFree":"True"}</script>""");

        Assert.True(a.IsAccessibleForFree);
    }

    [Fact]
    public void Excerpt_without_description_is_the_whole_first_paragraph()
    {
        var longParagraph = string.Concat(Enumerable.Repeat("The council voted to expand the tram network to the northern districts. ", 8)).Trim();
        var a = Page("<title>Council approves tram extension</title>", $"<p>{longParagraph}</p>" + Body);

        Assert.Equal(longParagraph, a.Excerpt);
    }

    [Fact]
    public void Excerpt_takes_a_short_first_paragraph_only_when_it_is_a_sentence()
    {
        var sentence = Page("<title>Tram</title>", "<p>The tram reaches the north.</p>" + Body);
        var label = Page("<title>Tram</title>", "<p>Photo: City Herald archive</p>" + Body);

        Assert.Equal("The tram reaches the north.", sentence.Excerpt);
        Assert.StartsWith("The city council voted on Tuesday", label.Excerpt, StringComparison.Ordinal);
    }
}
