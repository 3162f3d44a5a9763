namespace ArticleExtract.Tests.Cleaning;

/// <summary>One fixture per kind of noise: each must vanish while the three article paragraphs stay, exactly.</summary>
public sealed class NoiseRemovalTests
{
    private static Article Extract(string inside = "", string outside = "", string lang = "en") =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside, outside, lang), new Uri("https://cityherald.example/news/trams"));

    [Theory]
    [InlineData("<div class=\"td-a-rec\"><span class=\"td-adspot-title\">- Advertisement -</span></div>", "Advertisement")]
    [InlineData("<p class=\"ad-label\">ADVERTISEMENT</p>", "ADVERTISEMENT")]
    [InlineData("<div><p>Story continues below advertisement</p></div>", "Story continues below")]
    [InlineData("<ins class=\"adsbygoogle\" data-ad-slot=\"1\">Ad served by Google partners</ins>", "Google partners")]
    [InlineData("<div id=\"div-gpt-ad-123\"><span>Sponsored content from our partners appears here</span></div>", "Sponsored")]
    [InlineData("<div class=\"inline-slot\"><p>Anzeige</p></div>", "Anzeige")]
    [InlineData("<p>- Publicité -</p>", "Publicité")]
    [InlineData("<p>Реклама</p>", "Реклама")]
    [InlineData("<aside class=\"taboola-below\"><a href=\"/x\">You won't believe these celebrity homes around the world</a></aside>", "celebrity")]
    public void Advertisements_and_their_labels(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(noise), marker);

    [Theory]
    [InlineData("<div id=\"onetrust-banner-sdk\"><p>We and our partners store and access information on your device to personalise content and measure audiences.</p><button>Accept all</button></div>", "personalise")]
    [InlineData("<div class=\"cookie-notice\"><p>By continuing to browse you agree to our terms and to being tracked.</p></div>", "tracked")]
    [InlineData("<div class=\"notice\"><p>This website uses cookies to improve your experience. Accept Read More</p></div>", "cookies")]
    [InlineData("<div class=\"hinweis\"><p>Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.</p></div>", "Cookies")]
    [InlineData("<div class=\"aviso\"><p>Este sitio web utiliza cookies para mejorar su experiencia.</p></div>", "cookies")]
    [InlineData("<div class=\"bandeau\"><p>Ce site utilise des cookies pour améliorer votre expérience.</p></div>", "cookies")]
    [InlineData("<div class=\"didomi-popup\"><p>Your privacy choices matter to us and our partners.</p></div>", "privacy choices")]
    public void Cookie_and_consent_banners(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(outside: noise), marker);

    [Theory]
    [InlineData("<div id=\"comments\" class=\"comments-area\"><h2>3 thoughts on this story</h2><ol class=\"comment-list\"><li><p>I have been waiting for this tram line for years and years, finally it is happening in our district.</p></li></ol></div>", "waiting for this tram")]
    [InlineData("<div id=\"respond\"><h3>Leave a Reply</h3><form><textarea></textarea><input type=\"submit\" value=\"Post Comment\"></form></div>", "Leave a Reply")]
    [InlineData("<section><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked with an asterisk and checked.</p></section>", "email address")]
    [InlineData("<div id=\"disqus_thread\"><p>Please enable JavaScript to view the comments powered by Disqus for this site.</p></div>", "Disqus")]
    [InlineData("<section><h2>Kommentare</h2><p>Schreiben Sie den ersten Kommentar zu diesem Artikel und diskutieren Sie mit anderen.</p></section>", "Kommentar")]
    public void Comment_threads_and_forms(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(outside: noise), marker);

    [Theory]
    [InlineData("<div class=\"share-bar\"><a href=\"https://facebook.com/sharer\">Facebook</a> <a href=\"https://twitter.com/intent\">Twitter</a> <a href=\"mailto:?\">Email</a></div>", "Facebook")]
    [InlineData("<ul class=\"social-links\"><li><a href=\"#\">Share on Facebook</a></li><li><a href=\"#\">Share on Twitter</a></li></ul>", "Share on")]
    [InlineData("<p>Share this article</p>", "Share this")]
    public void Share_bars(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(noise), marker);

    [Theory]
    [InlineData("<div class=\"newsletter-signup\"><h3>Get the morning briefing</h3><p>Sign up to receive the most important stories of the day in your inbox every morning.</p><form><input type=\"email\"><button>Subscribe</button></form></div>", "morning briefing")]
    [InlineData("<div class=\"inline-box\"><p>Subscribe to our newsletter</p></div>", "newsletter")]
    public void Newsletter_sign_ups(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(noise), marker);

    [Theory]
    [InlineData("<section class=\"related-articles\"><h2>Related</h2><ul><li><a href=\"/a\">Bus fares to rise by ten percent next year across the region</a></li><li><a href=\"/b\">New cycle lanes open along the river embankment this weekend</a></li></ul></section>", "Bus fares")]
    [InlineData("<div class=\"box\"><h3>More stories</h3><p>Bus fares to rise by ten percent next year across the whole region, the transport authority announced today.</p></div>", "Bus fares")]
    [InlineData("<div class=\"most-read\"><ol><li><a href=\"/a\">Mayor resigns after budget row with the council majority</a></li></ol></div>", "Mayor resigns")]
    [InlineData("<div class=\"grid-container next-prev\"><div class=\"next\"><a href=\"/n\">Next Auto News</a><h5>Audi crossover makes electric cars look good</h5><p>The second electric vehicle of the brand officially debuts in Europe this week</p></div></div>", "Audi crossover")]
    [InlineData("<nav class=\"post-navigation\"><a href=\"/prev\">Previous article: Bus fares to rise</a> <a href=\"/next\">Next article: Cycle lanes open</a></nav>", "Previous article")]
    [InlineData("<div class=\"x\"><h2>Lesen Sie auch</h2><p>Busfahrpreise steigen im nächsten Jahr in der ganzen Region um zehn Prozent, teilte der Verkehrsverbund mit.</p></div>", "Busfahrpreise")]
    [InlineData("<div class=\"x\"><h2>Читайте также</h2><p>Стоимость проезда в автобусах в следующем году вырастет на десять процентов во всём регионе.</p></div>", "Стоимость")]
    public void Related_and_next_previous_lists(string noise, string marker) =>
        TestPages.AssertOnlyArticle(Extract(outside: noise), marker);

    [Fact]
    public void A_related_widget_inside_the_body_is_skipped_but_the_paragraphs_after_it_are_kept()
    {
        const string Widget = "<div class=\"widget-box\"><div class=\"section-title\"><h2>Related news</h2></div><ul><li><h3><a href=\"/a\">Bus fares to rise by ten percent next year</a></h3></li><li><h3><a href=\"/b\">Cycle lanes open along the river</a></h3></li></ul></div>";
        TestPages.AssertOnlyArticle(Extract(Widget), "Bus fares", "Related news");
    }

    [Fact]
    public void A_more_box_between_paragraphs_of_the_same_container_drops_only_its_links()
    {
        const string Box = "<h4>More:</h4><ul><li><h4><a href=\"/a\">Afghan politician sees talks as only hope</a></h4></li></ul><ul><li><h4><a href=\"/b\">Young people must be heard, says envoy</a></h4></li></ul>";
        TestPages.AssertOnlyArticle(Extract(Box), "Afghan politician", "envoy");
    }

    [Fact]
    public void A_heading_that_names_another_article_is_dropped_but_what_follows_is_kept()
    {
        var article = Extract("<h3>Related post: Pickled Brussels Sprouts Recipe</h3>");
        TestPages.AssertOnlyArticle(article, "Pickled");
    }

    [Fact]
    public void A_comment_thread_whose_entries_call_themselves_post_text_stays_noise()
    {
        var comments = string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class=\"user-post-text\"><p>Comment number {i}: what a wonderful trip, the autumn colours in the mountains look amazing this year.</p></div>"));
        TestPages.AssertOnlyArticle(Extract(outside: $"<div id=\"comment-box\">{comments}</div>"), "Comment number");
    }

    [Fact]
    public void A_list_of_teasers_for_other_articles()
    {
        const string Teasers = "<ul><li><a href=\"/a\">Bus fares to rise next year</a> <span>The transport authority announced on Monday that fares will rise by...</span></li><li><a href=\"/b\">Cycle lanes open along the river</a> <span>Cyclists will be able to ride from the harbour to the old town without...</span></li><li><a href=\"/c\">Mayor resigns after the budget row</a> <span>The mayor stepped down on Friday after weeks of arguments with the...</span></li></ul>";
        TestPages.AssertOnlyArticle(Extract(Teasers), "Bus fares", "Cyclists");
    }

    [Theory]
    [InlineData("<div class=\"photo-caption\">The tram depot in the north of the city, where the new line will start.</div>")]
    [InlineData("<p>Natalie Naccache | Bloomberg | Getty Images</p>")]
    [InlineData("<p>Trams at the depot (Image: GETTY)</p>")]
    [InlineData("<p>October 12, 2017</p>")]
    [InlineData("<p>15:23 2019</p>")]
    public void Captions_credits_and_bare_dates(string noise) =>
        TestPages.AssertOnlyArticle(Extract(noise));

    [Theory]
    [InlineData("<p>Start your day with the Opening Bell. Sign up for the free daily newsletter.</p>")]
    [InlineData("<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>")]
    [InlineData("<p>Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten.</p>")]
    public void Newsletter_calls_to_action_inside_the_body(string noise) =>
        TestPages.AssertOnlyArticle(Extract(noise));

    [Theory]
    [InlineData("<p>By subscribing you agree to our Privacy Policy and Terms of Use.</p>")]
    [InlineData("<p><small>I agree to receive emails from City Herald. You can unsubscribe at any time.</small></p>")]
    [InlineData("<p>Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.</p>")]
    [InlineData("<p>En vous inscrivant, vous acceptez notre politique de confidentialité.</p>")]
    [InlineData("<p>Al suscribirte aceptas nuestra política de privacidad.</p>")]
    public void Newsletter_consent_lines(string noise) =>
        TestPages.AssertOnlyArticle(Extract(noise));

    [Theory]
    [InlineData("<p>Follow us on Facebook, Instagram and TikTok for the latest stories from the city.</p>", "en")]
    [InlineData("<p>Want more tram news? Follow me on Mastodon: @tramwatcher</p>", "en")]
    [InlineData("<p>Síguenos en Facebook, Twitter e Instagram para no perderte ninguna noticia.</p>", "es")]
    [InlineData("<p>Folgen Sie uns auf Instagram und Facebook.</p>", "de")]
    public void Calls_to_follow_the_site_on_a_social_network(string noise, string lang) =>
        TestPages.AssertOnlyArticle(Extract(noise, lang: lang));

    [Fact]
    public void A_closing_paragraph_that_ends_with_a_follow_call_stays()
    {
        const string Closing = "That is all for this season's timetable changes. If you have questions about your own line, the transport "
            + "authority answers them at its counters every weekday morning. You might also follow me on Mastodon for updates.";
        Assert.Contains(Closing, Extract($"<p>{Closing}</p>").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_about_subscribing_stays()
    {
        const string Sentence = "By subscribing to the monthly pass, riders will save about a third on their fares, the authority said.";
        Assert.Contains(Sentence, Extract($"<p>{Sentence}</p>").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_tweet_inside_a_social_embed_wrapper_is_kept()
    {
        const string Tweet = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes this is real and the state spent nearly half a million dollars on it</p>— Dianna (@dianna) November 18, 2019</blockquote></div>";
        Assert.Contains("half a million dollars", Extract(Tweet).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_more_expander_holding_the_rest_of_the_article_is_kept()
    {
        var html = TestPages.Article("<div id=\"read-more\"><div id=\"read-more-content\"><p>The second half of the story explains how the tram line will be financed over the next decade.</p></div></div>");
        Assert.Contains("second half of the story", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gallery_is_not_body_text_even_when_it_holds_much_text()
    {
        var slides = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><h2>Slide {i}</h2><p>Slide caption number {i} describes one more photograph of the tram depot and the workers who keep it running at night.</p></li>"));
        var html = TestPages.Article($"<div class=\"full-gallery\"><ul class=\"legends\">{slides}</ul></div>");
        TestPages.AssertOnlyArticle(ArticleExtractor.Default.Extract(html), "Slide caption");
    }

    [Fact]
    public void A_link_with_a_noise_class_inside_a_sentence_keeps_its_words()
    {
        var html = TestPages.Article("<p>The job was done by <a href=\"javascript:void(0)\" class=\"popup\">law-copyists</a> or <a class=\"share-term\" href=\"/g\">scriveners</a> in every office of the city.</p>");
        Assert.Contains("The job was done by law-copyists or scriveners in every office of the city.", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_header_footer_and_sidebar()
    {
        const string Sidebar = "<aside class=\"sidebar\"><h3>Popular</h3><p>The best restaurants in the old town, reviewed by our critics over the past twelve months.</p></aside>";
        var article = Extract(outside: Sidebar);
        TestPages.AssertOnlyArticle(article, "City Herald", "Weather", "Culture", "restaurants", "All rights reserved");
    }

    [Fact]
    public void A_complementary_landmark_stays_a_sidebar_whatever_its_class_words_say()
    {
        const string Sidebar = "<div class=\"td-main-sidebar\" role=\"complementary\"><h4>Latest Articles</h4><p class=\"td-excerpt\">Global stocks climbed on Monday as investors weighed a fresh batch of earnings from the largest companies.</p></div>";
        TestPages.AssertOnlyArticle(Extract(outside: Sidebar), "Global stocks");
    }

    [Fact]
    public void Bylines_and_dates_inside_the_body()
    {
        const string Meta = "<p class=\"x\">By Maria Lopez</p><p>Published 12 March 2024, 10:45</p>";
        TestPages.AssertOnlyArticle(Extract(Meta), "Maria Lopez", "Published");
    }

    [Theory]
    [InlineData("<p>November 19, 2019 / 12:21 AM / Updated 14 hours ago</p>")]
    [InlineData("<p>CNNMoney (New York) First published February 1, 2016: 1:28 AM ET</p>")]
    [InlineData("<p>Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Nick Zieminski and Dan Grebler</p>")]
    public void Datelines_and_wire_credit_lines(string noise) =>
        TestPages.AssertOnlyArticle(Extract(noise));

    [Fact]
    public void A_short_sentence_about_an_update_is_kept()
    {
        var html = TestPages.Article("<p>The timetable was updated in 2019.</p>");
        Assert.Contains("The timetable was updated in 2019.", ArticleExtractor.Default.Extract(html).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_and_screen_reader_text()
    {
        const string Hidden = "<p style=\"display: none\">Hidden teaser text that nobody should ever see on this page</p><span class=\"screen-reader-text\">Continue reading</span>";
        TestPages.AssertOnlyArticle(Extract(Hidden), "Hidden teaser", "Continue reading");
    }

    [Fact]
    public void A_page_whose_only_text_is_a_cookie_banner_has_no_article()
    {
        const string Page = """
            <html><body><div class="wrapper"><div class="box"><p>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.</p><a href="#">Accept</a> <a href="/privacy">Read More</a></div></div></body></html>
            """;
        var article = ArticleExtractor.Default.Extract(Page);
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
        Assert.Empty(article.Body);
        Assert.Empty(article.Sections);
    }
}
