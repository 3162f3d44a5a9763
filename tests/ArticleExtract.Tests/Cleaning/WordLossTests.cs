using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// Rules must never delete the article's words: markup that merely resembles noise keeps its text, and generated
/// articles wrapped in every kind of noise markup the vocabularies know come back whole, without the noise.
/// </summary>
public sealed class WordLossTests
{
    private static readonly Uri Url = new("https://cityherald.example/news/trams");

    private static string Body(Article article) => article.Body;

    [Theory]
    [InlineData("<div class=\"pub-body\"><p>{0}</p></div>")]
    [InlineData("<section class=\"bio-section\"><p>{0}</p></section>")]
    [InlineData("<div class=\"caption-text\"><p>{0}</p></div>")]
    [InlineData("<div class=\"elementor-widget-container\"><p>{0}</p></div>")]
    [InlineData("<div class=\"hs_cos_wrapper hs_cos_wrapper_widget\"><p>{0}</p></div>")]
    [InlineData("<p><b>Note:</b> {0}</p>")]
    [InlineData("<div class=\"social-science\"><p>{0}</p></div>")]
    [InlineData("<div class=\"article__share-price\"><p>{0}</p></div>")]
    [InlineData("<section class=\"sec related-work\"><p>{0}</p></section>")]
    [InlineData("<div id=\"popular-science\"><p>{0}</p></div>")]
    public void Innocent_wrappers_keep_their_paragraph(string wrapper)
    {
        const string Extra = "The transport authority will publish the full timetable for the northern lines in the autumn, after a public consultation.";
        var page = TestPages.Article(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, Extra));
        var body = Body(ArticleExtractor.Default.Extract(page, Url));
        Assert.Contains(Extra, body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("elementor-element elementor-element-60ad7eb elementor-widget", false)]
    [InlineData("post_content us_custom_907ad214", false)]
    [InlineData("component component--paragraph", false)]
    [InlineData("css-2k9ad4v", false)]
    [InlineData("v7menu", true)]
    [InlineData("w-full sticky top-[var(--nav-height)] h-[var(--header-height)]", false)]
    [InlineData("[&_a]:underline sidebar", true)]
    [InlineData("ad300x250", true)]
    [InlineData("ad-slot-1", true)]
    [InlineData("sidebar-7fa3c21", true)]
    [InlineData("docs-table_frame__adR7z full-width", false)]
    [InlineData("page-layout_container__4nAv2", false)]
    [InlineData("card__ad", true)]
    [InlineData("story-card__adslot", true)]
    public void Letters_of_a_generated_hash_are_not_class_words(string classes, bool noise)
    {
        // Page builders and CSS modules suffix classes with hexadecimal hashes; split at digits, "60ad7eb" would read "ad".
        // A CSS-modules build appends five letters and digits after a double underscore: split at its capital,
        // "adR7z" would read "ad"; a BEM element there ("card__ad") is a word.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div class=\"{classes}\"><p>{TestPages.P1}</p></div></body></html>");
        var div = document.Body!.FirstElementChild!;
        Assert.Equal(noise, NoiseClassifier.Classify(div, ArticleExtract.Dom.Tags.Of(div), out _) != NoiseKind.None);
    }

    [Theory]
    [InlineData("social-science", false)]
    [InlineData("article__share-price", false)]
    [InlineData("related-work", false)]
    [InlineData("social-share", true)]
    [InlineData("share-price social-links", true)]
    [InlineData("related-posts", true)]
    [InlineData("science-social", true)]
    public void A_noise_word_that_makes_a_subject_with_the_next_is_not_noise(string classes, bool noise)
    {
        // "social science" is a subject and "share price" a figure; "social-share" is the share bar.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div class=\"{classes}\"><p>{TestPages.P1}</p></div></body></html>");
        var div = document.Body!.FirstElementChild!;
        Assert.Equal(noise, NoiseClassifier.Classify(div, ArticleExtract.Dom.Tags.Of(div), out _) != NoiseKind.None);
    }

    [Theory]
    [InlineData("main-wrap has-rail-right", false)]
    [InlineData("site-content has-sidebar", false)]
    [InlineData("layout no-sidebar", false)]
    [InlineData("content with-comments", false)]
    [InlineData("rail-right", true)]
    [InlineData("sidebar has-widgets", true)]
    public void A_layout_that_has_a_sidebar_is_not_one(string classes, bool noise)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div class=\"{classes}\"><p>{TestPages.P1}</p></div></body></html>");
        var div = document.Body!.FirstElementChild!;
        Assert.Equal(noise, NoiseClassifier.Classify(div, ArticleExtract.Dom.Tags.Of(div), out _) != NoiseKind.None);
    }

    [Fact]
    public void A_tooltip_span_stays_in_its_sentence()
    {
        var page = TestPages.Article("<p>Engineers compared the trams' motors to the <span class=\"tooltip\">mitochondria</span> of a cell, the part that turns fuel into motion.</p>");
        Assert.Contains("to the mitochondria of a cell", Body(ArticleExtractor.Default.Extract(page, Url)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>The fund now has <span class=\"share-count\">12,000 shareholders</span> across the region, the treasurer said.</p>", "The fund now has 12,000 shareholders across the region")]
    [InlineData("<p>The new <span class=\"ad-term\">advertising term</span> applies to all buses from March, officials said.</p>", "The new advertising term applies")]
    [InlineData("<p>Riders can buy a <span class=\"promo\">half-price monthly pass</span> until the end of June.</p>", "Riders can buy a half-price monthly pass until")]
    [InlineData("<p>The board <em>read</em> <span class=\"newsletter-name\">The Tram Letter</span> every week.</p>", "read The Tram Letter every week")]
    public void A_span_with_a_noise_class_inside_a_sentence_stays_in_it(string paragraph, string kept)
    {
        var page = TestPages.Article(paragraph);
        Assert.Contains(kept, Body(ArticleExtractor.Default.Extract(page, Url)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p><span class=\"share\">Share</span> <span class=\"share\">Tweet</span> <span class=\"share\">Email</span></p>", "Tweet")]
    [InlineData("<p>Tell a friend <span class=\"share\"><a href=\"https://twitter.com/intent/tweet\">on Twitter</a></span> today.</p>", "Twitter")]
    [InlineData("<p>Tell a friend <span class=\"share\"><svg viewBox=\"0 0 8 8\"></svg> Share it</span> today.</p>", "Share it")]
    [InlineData("<p>The authority thanked riders. <span class=\"ad-label\">Advertisement</span></p>", "Advertisement")]
    [InlineData("<p>The authority thanked riders.<br><span class=\"promo\">Half price for subscribers</span><br>Offer ends soon.</p>", "Half price")]
    public void A_widget_span_in_a_paragraph_still_goes(string paragraph, string absent)
    {
        var page = TestPages.Article(paragraph);
        Assert.DoesNotContain(absent, Body(ArticleExtractor.Default.Extract(page, Url)), StringComparison.Ordinal);
    }

    /// <summary>The article of <see cref="TestPages.Article"/> with <paramref name="footer"/> closing its <c>&lt;article&gt;</c>, after its body, extracted.</summary>
    private static string BodyWithArticleFooter(string footer) =>
        Body(ArticleExtractor.Default.Extract(TestPages.Article().Replace("</div>\n</article>", "</div>\n" + footer + "</article>", StringComparison.Ordinal), Url));

    [Theory]
    [InlineData("<footer><p>{0}</p></footer>")]
    [InlineData("<footer class=\"article-footer\"><p><em>{0}</em></p></footer>")]
    [InlineData("<footer class=\"entry-footer\"><p>{0}</p></footer>")]
    public void An_article_footer_of_closing_prose_is_kept(string footer)
    {
        const string Note = "Editor's note: an earlier version of this story gave the wrong cost of the extension; it is 240 million euros.";
        var body = BodyWithArticleFooter(string.Format(System.Globalization.CultureInfo.InvariantCulture, footer, Note));
        Assert.Contains(Note, body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<footer><p>Share this article</p><ul><li><a href=\"https://twitter.com/share\">Twitter</a></li><li><a href=\"https://facebook.com/share\">Facebook</a></li></ul></footer>", "Facebook")]
    [InlineData("<footer><p>Tags: <a href=\"/t/trams\">trams</a>, <a href=\"/t/council\">council</a></p><p>© 2024 City Herald</p></footer>", "City Herald")]
    [InlineData("<footer><div class=\"author-bio\"><p>Jane Doe has covered transport and city hall for the Herald since 2015.</p></div></footer>", "Jane Doe")]
    [InlineData("<footer class=\"message-footer\"><p>Reactions from readers are welcome at the desk, by letter or by phone, until Friday noon.</p></footer>", "Reactions")]
    [InlineData("<footer><h2>Frequently asked questions</h2><p>Will fares rise when the new lines open? The authority says not before the end of 2028.</p></footer>", "fares rise")]
    public void An_article_footer_of_chrome_still_goes(string footer, string absent) =>
        Assert.DoesNotContain(absent, BodyWithArticleFooter(footer), StringComparison.Ordinal);

    [Theory]
    [InlineData("Home")]
    [InlineData("Video")]
    [InlineData("Trending")]
    public void A_chrome_label_heading_does_not_take_the_short_paragraphs_after_it(string label)
    {
        var page = TestPages.Article($"<section><h2>{label}</h2><p>The mayor spoke for ten minutes.</p><p>Residents asked about noise at night.</p></section>");
        var body = Body(ArticleExtractor.Default.Extract(page, Url));
        Assert.Contains("The mayor spoke for ten minutes.", body, StringComparison.Ordinal);
        Assert.Contains("Residents asked about noise at night.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tickets work on macOS/Apple TV and phones.")]
    [InlineData("Final score: 3-2")]
    [InlineData("Tip: at the kiosk you can add a photo: it speeds up the pass renewal.")]
    public void Short_lines_that_resemble_credits_or_dates_are_kept(string line)
    {
        var page = TestPages.Article($"<p>{line}</p>");
        Assert.Contains(line, Body(ArticleExtractor.Default.Extract(page, Url)), StringComparison.Ordinal);
    }

    /// <summary>The article of <see cref="TestPages.Article"/> in <paramref name="lang"/> with <paramref name="line"/> as a paragraph of its own, extracted.</summary>
    private static string BodyWith(string line, string lang) => Body(ArticleExtractor.Default.Extract(TestPages.Article($"<p>{line}</p>", lang: lang), Url));

    [Theory]
    [InlineData("en", "By noon, the queue reached the bridge.")]
    [InlineData("en", "By then the café had run out of milk.")]
    [InlineData("de", "Von Montag an gilt der neue Fahrplan der Buslinien.")]
    [InlineData("fr", "Par beau temps, la terrasse restera ouverte jusqu'à 22 heures.")]
    [InlineData("es", "Por la tarde, la cola llegaba hasta el puente.")]
    [InlineData("it", "Di sera la terrazza resterà aperta fino alle 22.")]
    [InlineData("pt", "Por volta do meio-dia, a fila chegava à ponte.")]
    [InlineData("nl", "Door de drukte ging de deur om 9 uur al open.")]
    [InlineData("pl", "Przez pierwsze 3 dni czytelnia była pełna.")]
    [InlineData("ru", "Автор проекта, архитектор Ирина Петрова, работала над ним пять лет.")]
    public void A_sentence_that_opens_like_a_byline_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "By Jane Doe")]
    [InlineData("en", "By Jane Doe, Associated Press.")]
    [InlineData("en", "by staff reports.")]
    [InlineData("de", "Von Anna Schmidt und Peter Müller")]
    [InlineData("fr", "Par Marie Dupont, envoyée spéciale à Lyon")]
    [InlineData("ru", "Автор: Ирина Петрова")]
    public void Bylines_in_the_body_still_go(string lang, string line) =>
        Assert.DoesNotContain(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Updated timetable: buses 4 and 12 now stop at the library door.")]
    [InlineData("en", "Published in 1911, the first catalogue listed eight thousand books.")]
    [InlineData("de", "Aktualisiert wurde auch der Katalog: 200 000 Titel sind jetzt online.")]
    [InlineData("fr", "Mis à jour chaque semaine, le site de la bibliothèque annonce 12 ateliers.")]
    [InlineData("es", "Publicado en 1911, el primer catálogo tenía ocho mil libros.")]
    [InlineData("it", "Pubblicato nel 1911, il primo catalogo contava ottomila libri.")]
    [InlineData("pt", "Atualizado toda semana, o catálogo já tem 200 mil títulos.")]
    [InlineData("nl", "Gepubliceerd in 1911 telde de eerste catalogus achtduizend boeken.")]
    [InlineData("pl", "Opublikowano też 12 nowych zdjęć starej czytelni z 1911 roku.")]
    [InlineData("ru", "Обновлено и расписание: автобусы 4 и 12 останавливаются у входа.")]
    public void A_sentence_that_opens_like_a_dateline_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Published 3 May 2024, 10:15")]
    [InlineData("en", "Updated 14 hours ago.")]
    [InlineData("fr", "Mis à jour le 3 mai 2024 à 10h15.")]
    [InlineData("fr", "Publié le 3 mai 2024 à 10h15, mis à jour le 4 mai 2024 à 8h00.")]
    [InlineData("es", "Publicado el 3 de mayo de 2024.")]
    [InlineData("nl", "Gepubliceerd op 3 mei 2024.")]
    public void Datelines_in_the_body_still_go(string lang, string line) =>
        Assert.DoesNotContain(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Sponsored by a local foundation, the children's floor has its own puppet theatre.")]
    [InlineData("en", "Powered by solar panels on the roof, the building uses half the energy it used before.")]
    [InlineData("de", "Unterstützt von 300 Freiwilligen dauerte der Umzug nur einen Monat.")]
    [InlineData("fr", "Présenté par la directrice, le projet a convaincu 40 conseillers sur 45.")]
    public void A_sentence_that_opens_like_a_partner_line_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Sponsored by Acme Bank")]
    [InlineData("en", "In partnership with the Lyon Museum of Fine Arts.")]
    [InlineData("de", "Präsentiert von der Stadtsparkasse")]
    public void Partner_lines_in_the_body_still_go(string lang, string line) =>
        Assert.DoesNotContain(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Photo: the archive holds a picture of the first reading hall, which hangs by the stairs.")]
    [InlineData("de", "Foto: Das Archiv besitzt ein Bild des ersten Lesesaals, das jetzt an der Treppe hängt.")]
    public void A_sentence_that_opens_with_a_credit_marker_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Photo: courtesy of the city archive.")]
    [InlineData("en", "Photo: John Smith for The Herald.")]
    [InlineData("de", "Foto: dpa")]
    public void Credit_lines_in_the_body_still_go(string lang, string line) =>
        Assert.DoesNotContain(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Most news sites use cookies to follow readers from page to page, the researchers found.")]
    [InlineData("en", "The study counted how many websites use cookies set by advertisers.")]
    [InlineData("de", "Fast jede Nachrichtenseite nutzt Cookies von Werbefirmen, stellten die Forscher fest.")]
    [InlineData("fr", "L'utilisation de cookies publicitaires a doublé en cinq ans, selon les chercheurs.")]
    [InlineData("es", "Según el estudio, el uso de cookies publicitarias se duplicó en cinco años.")]
    public void A_sentence_about_cookies_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Manage cookie settings")]
    [InlineData("it", "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.")]
    [InlineData("pt", "Este site utiliza cookies para melhorar a sua experiência.")]
    [InlineData("nl", "Deze website maakt gebruik van cookies om uw ervaring te verbeteren.")]
    [InlineData("pl", "Ta strona używa plików cookie, aby zapewnić najlepsze doświadczenia.")]
    [InlineData("ru", "Этот сайт использует файлы cookie, чтобы сделать его удобнее для вас.")]
    public void Cookie_notices_in_the_body_still_go(string lang, string line) =>
        Assert.DoesNotContain(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("<p>Photo: Jane Doe/AP</p>", "Jane Doe")]
    [InlineData("<p>(Image: Getty)</p>", "Getty")]
    [InlineData("<p>March 3, 2024</p>", "March 3")]
    [InlineData("<div class=\"author-box\"><p>Jane Doe covers transport and city hall for the Herald.</p></div>", "Jane Doe")]
    public void Real_credits_and_bare_dates_still_go(string noise, string marker) =>
        TestPages.AssertOnlyArticle(ArticleExtractor.Default.Extract(TestPages.Article(noise), Url), marker);

    [Theory]
    [InlineData("nl", "<p>Deel dit artikel:</p>", "Deel dit artikel")]
    [InlineData("de", "<p>Teile diesen Artikel:</p>", "Teile diesen Artikel")]
    [InlineData("fr", "<p>Partagez cet article :</p>", "Partagez cet article")]
    [InlineData("es", "<p>Comparte este artículo:</p>", "Comparte este artículo")]
    [InlineData("pt", "<p>Partilhe este artigo:</p>", "Partilhe este artigo")]
    [InlineData("pl", "<p>Udostępnij ten artykuł:</p>", "Udostępnij ten artykuł")]
    [InlineData("ru", "<p>Поделиться статьей:</p>", "Поделиться статьей")]
    public void A_share_label_goes_with_its_bar(string lang, string label, string absent)
    {
        // The bar's links go with their markup; the label over them was left behind as a line of the article.
        var bar = label + "<div class=\"share-buttons\"><a href=\"https://facebook.com/sharer\">Facebook</a> <a href=\"https://wa.me/?text=x\">WhatsApp</a></div>";
        var body = Body(ArticleExtractor.Default.Extract(TestPages.Article(bar, lang: lang), Url));
        Assert.DoesNotContain(absent, body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Deel dit artikel met je buren, vroeg de burgemeester de lezers van de wijkkrant.")]
    [InlineData("de", "Teile diesen Artikel nicht ungeprüft, rät die Verbraucherzentrale ihren Lesern.")]
    public void A_sentence_that_opens_like_a_share_label_is_kept(string lang, string line) =>
        Assert.Contains(line, BodyWith(line, lang), StringComparison.Ordinal);

    [Theory]
    [InlineData("Related work", "Earlier studies of tram extensions in Lyon and Porto found that ridership doubled within five years of opening, as the new report confirms.")]
    [InlineData("Recommended reading for beginners", "Anyone new to transport planning should start with the authority's own guide, which explains in plain words how a route is chosen.")]
    public void A_heading_that_opens_like_a_teaser_label_over_prose_is_kept(string heading, string prose)
    {
        // A label of other articles heads their cards (a linked title, a picture, a date); running prose right after
        // the heading makes it a section of the article itself.
        var body = Body(ArticleExtractor.Default.Extract(TestPages.Article($"<h2>{heading}</h2><p>{prose}</p>"), Url));
        Assert.Contains(heading + "\n\n" + prose, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2>Related coverage of the tram plan</h2><p><a href=\"/news/fares\">Tram fares to rise in May</a></p><p><a href=\"/news/depot\">New depot opens in the north</a></p><p><a href=\"/news/night\">Night trams return on Fridays</a></p>", "Related coverage")]
    [InlineData("<h2>Related: Tram fares to rise in May</h2><p>The new timetable adds a tram every six minutes at rush hour on the two busiest lines of the network.</p>", "Related:")]
    [InlineData("<h2><a href=\"/news/fares\">Recommended: Tram fares to rise in May</a></h2><p>The new timetable adds a tram every six minutes at rush hour on the two busiest lines of the network.</p>", "Recommended")]
    public void A_teaser_label_heading_still_goes(string markup, string absent) =>
        Assert.DoesNotContain(absent, Body(ArticleExtractor.Default.Extract(TestPages.Article(markup), Url)), StringComparison.Ordinal);

    [Theory]
    [InlineData("<h3>Share this article</h3>")]
    [InlineData("<div class=\"article-tools\"><h4>Share this article</h4></div><div class=\"share-buttons\"><a href=\"https://facebook.com/sharer\">Facebook</a></div>")]
    public void A_widget_heading_among_the_article_s_paragraphs_leaves_the_short_ones_after_it(string markup)
    {
        // The heading stands in the article's own container, after its prose: what follows it there is the article
        // going on, short paragraphs included, not the widget's box.
        var body = Body(ArticleExtractor.Default.Extract(TestPages.Article(markup), Url));
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_comments_under_a_comments_heading_after_the_article_s_prose_still_go()
    {
        // The converse: in the same container, the lines after a "Comments" heading are short and none reads as prose.
        const string Thread = "<h3>Comments</h3><p>Great news for the north!</p><p>About time, honestly.</p><p>Who pays for this?</p>";
        var page = TestPages.Article().Replace(TestPages.P3 + "</p>", TestPages.P3 + "</p>" + Thread, StringComparison.Ordinal);
        var body = Body(ArticleExtractor.Default.Extract(page, Url));
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
        Assert.DoesNotContain("About time", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Who pays", body, StringComparison.Ordinal);
    }

    /// <summary>Every class word, role and tag the vocabularies call noise, as markup around a noise block.</summary>
    public static TheoryData<string> NoiseMarkup()
    {
        var data = new TheoryData<string>();
        // A caption or credit captions a picture: without one beside it, "caption" is the page's own text.
        static string Around(NoiseKind kind, string markup) =>
            kind == NoiseKind.Caption ? $"<div class=\"media\"><img src=\"/img/harbour.jpg\" alt=\"The harbour\">{markup}</div>" : markup;

        foreach (var (token, kind) in Lexicon.NoiseTokens)
        {
            if (kind != NoiseKind.Hidden)
            {
                data.Add(Around(kind, $"<div class=\"{token}\">{{0}}</div>"));
            }
        }

        foreach (var (first, second, kind) in Lexicon.NoisePairs)
        {
            data.Add(Around(kind, $"<div class=\"{first}-{second}\">{{0}}</div>"));
        }

        foreach (var role in new[] { "navigation", "banner", "contentinfo", "complementary", "dialog", "search" })
        {
            data.Add($"<div role=\"{role}\">{{0}}</div>");
        }

        foreach (var tag in new[] { "nav", "aside", "footer", "header", "form" })
        {
            data.Add($"<{tag}>{{0}}</{tag}>");
        }

        data.Add("<div hidden>{0}</div>");
        data.Add("<div style=\"display:none\">{0}</div>");
        return data;
    }

    [Theory]
    [MemberData(nameof(NoiseMarkup))]
    public void Generated_articles_come_back_whole_and_without_the_noise(string noiseMarkup)
    {
        // Deterministic per markup: the same page every run, a different arrangement per markup.
        var random = new Random(noiseMarkup.Length * 7919 + noiseMarkup[^3]);
        for (var w = 0; w < InnocentWrappers.Length; w++)
        {
            var wrapper = InnocentWrappers[w];
            var innocent = InnocentBlocks[w % InnocentBlocks.Length];
            var paragraphs = Sentences.OrderBy(_ => random.Next()).Take(4 + random.Next(3)).ToList();
            const string Noise = "Zqx noise block text that must never reach the reader of the article body.";
            var noiseAt = 1 + random.Next(paragraphs.Count - 1);
            var innocentAt = 1 + random.Next(paragraphs.Count - 1);
            var inner = string.Concat(paragraphs.Select((p, i) =>
                (i == noiseAt ? string.Format(System.Globalization.CultureInfo.InvariantCulture, noiseMarkup, $"<p>{Noise}</p>") : "")
                + (i == innocentAt ? innocent.Markup : "")
                + string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, p)));
            var page = $"<!DOCTYPE html><html lang=\"en\"><head><title>Harbour plans | Coast Gazette</title></head><body><main><article><h1>Harbour plans</h1><div class=\"story-body\">{inner}</div></article></main></body></html>";

            var body = ArticleExtractor.Default.Extract(page, new Uri("https://coastgazette.example/harbour")).Body;

            foreach (var p in paragraphs)
            {
                Assert.True(body.Contains(p, StringComparison.Ordinal), $"Lost \"{p}\" inside {wrapper} next to {noiseMarkup}:\n{body}");
            }

            foreach (var kept in innocent.Kept)
            {
                Assert.True(body.Contains(kept, StringComparison.Ordinal), $"Lost \"{kept}\" of {innocent.Markup} next to {noiseMarkup}:\n{body}");
            }

            Assert.False(body.Contains("Zqx", StringComparison.Ordinal), $"Noise kept from {noiseMarkup} with {wrapper}:\n{body}");
        }
    }

    private static readonly string[] InnocentWrappers =
    [
        "<p>{0}</p>",
        "<div class=\"pub-body\"><p>{0}</p></div>",
        "<div class=\"bio-section\"><p>{0}</p></div>",
        "<div class=\"caption-text\"><p>{0}</p></div>",
        "<div class=\"elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\"><p>{0}</p></div></div>",
        "<p><strong>Update:</strong> {0}</p>",
        "<p>{0} <span class=\"tooltip\">(source)</span></p>",
        "<p>As the board put it, <span class=\"promo\">{0}</span> (minutes of the meeting)</p>",
        "<div class=\"social-science\"><p>{0}</p></div>",
        "<section class=\"article__share-price\"><p>{0}</p></section>",
    ];

    /// <summary>Blocks that resemble noise and are the article's own: one is set into each generated page, and each text listed is kept.</summary>
    private static readonly (string Markup, string[] Kept)[] InnocentBlocks =
    [
        ("<p>The harbour master called the plan overdue.</p>", ["overdue"]),
        ("<h3>Related work</h3><p>Earlier studies of dredging in Brest and Aveiro found that ferry traffic grew within two years of the work being finished.</p>",
            ["Related work", "Earlier studies of dredging"]),
        ("<h3>Recommended reading for beginners</h3><p>Readers new to harbour engineering can start with the port's own guide, which explains how a channel is dredged and paid for.</p>",
            ["Recommended reading for beginners", "Readers new to harbour engineering"]),
    ];

    private static readonly string[] Sentences =
    [
        "The harbour board approved a plan to deepen the main channel so that larger ferries can dock in winter storms.",
        "Fishermen said the dredging season must avoid the spring spawning weeks, when the bay is closed to boats.",
        "Engineers expect the work to take two summers and to cost less than the repair of the old breakwater.",
        "A public meeting is planned for next month in the town hall, where residents can see the drawings.",
        "The ferry operator welcomed the decision and promised more crossings once the channel is finished.",
        "Environmental groups asked for an independent study of the sediment before any digging begins.",
        "Local shops hope that more visitors will arrive by sea and stay longer in the old town.",
        "The council will borrow part of the money and repay it from the new docking fees over twenty years.",
    ];
}
