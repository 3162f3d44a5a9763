using ArticleExtract.Analysis;
using ArticleExtract.Kinds;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Kinds;

/// <summary>Pages that are not articles are read by their repeated records: a listing's entries, a service page's cards.</summary>
public sealed class RecordReadingTests
{
    private const string Header = "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/events\">Events</a></li><li><a href=\"/about\">About us</a></li></ul></nav></header>";
    private const string Footer = "<footer><p>© 2025 Valley Water Board. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>";

    private static readonly string[] Titles =
    [
        "Reservoir levels rise after a wet November", "New filtration plant opens in the east district", "Board approves the spring pipe replacement plan",
        "School visits to the treatment works resume", "Drought advice updated for farms upstream", "Annual water quality report published",
    ];

    private static readonly string[] Teasers =
    [
        "Rainfall ran well above average.", "The plant serves twelve thousand homes.", "Work starts on the old town mains in March.",
        "Classes can book guided tours again.", "Irrigation limits ease for orchards.", "Every sample met the national standard.",
    ];

    private static Article Extract(string body, string url) =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html><head><title>Valley Water Board</title></head><body>{Header}{body}{Footer}</body></html>", new Uri(url));

    [Fact]
    public void A_news_listing_keeps_each_entry_title_date_and_teaser()
    {
        var entries = string.Concat(Titles.Select((t, i) =>
            $"<li class=\"col\"><h4><a href=\"/news/{i}\">{t}</a></h4><div class=\"date\"><time>0{i + 1}/12/2025</time></div><div><p>{Teasers[i]}</p></div></li>"));
        var article = Extract($"<main><h1>News</h1><ul class=\"row list-news\">{entries}</ul><nav class=\"pager\"><a href=\"?page=2\">Next</a></nav></main>", "https://water.example/news");

        AllKept(Titles.Concat(Teasers), article);
        Assert.DoesNotContain("Events", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_page_keeps_its_cards()
    {
        string[] services = ["Leak detection", "Pipe relining", "Water testing", "Pump repair", "Meter reading"];
        string[] blurbs = ["Acoustic survey of your mains.", "New lining without digging.", "Lab results within two days.", "Same-day call-out for stations.", "Monthly readings for big sites."];
        var cards = string.Concat(services.Select((t, i) =>
            $"<div class=\"card card-{i}\"><img src=\"/icons/{i}.svg\" alt=\"\"><h3>{t}</h3><p>{blurbs[i]}</p><a href=\"/services/{i}\">Learn more</a></div>"));
        var article = Extract($"<main><section class=\"hero\"><h1>What we do</h1><p>Water engineering for the towns and farms of the valley since 1952.</p></section><section class=\"services\"><div class=\"grid\">{cards}</div></section></main>", "https://water.example/what-we-do");

        AllKept(services.Concat(blurbs), article);
        Assert.DoesNotContain("About us", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_grid_of_related_cards_stays_the_article()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the story: the board met on Tuesday evening and heard from residents about the pipe works, which will close two streets in the old town for most of the spring while the mains are replaced.</p>"));
        var cards = string.Concat(Titles.Select((t, i) => $"<div class=\"card\"><a href=\"/news/{i}\"><h3>{t}</h3></a><p>{Teasers[i]}</p></div>"));
        var article = Extract($"<main><article><h1>Pipe works close two streets</h1>{paragraphs}</article><section><h2>More from the board</h2><div class=\"cards\">{cards}</div></section></main>", "https://water.example/2025/12/pipe-works");

        Assert.Contains("Paragraph 6 of the story", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Teasers[0], article.Body, StringComparison.Ordinal);
        Assert.Equal(PageKind.Article, article.PageKind);
    }

    [Fact]
    public void A_results_grid_whose_cards_each_declare_a_product_is_read_as_the_listing()
    {
        // Each card carries its own JSON-LD product, as search results often do: the page is a list of products, and
        // its grid (classed "search") is read, not the newsletter box that was the only text outside noise.
        string[] names = ["Brass garden tap", "Hose reel on wheels", "Rain barrel, 200 litres", "Drip irrigation kit", "Watering can, galvanised", "Soaker hose, 15 m", "Pressure sprayer", "Tap timer with dial", "Hose nozzle, 7 patterns"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<article class='r{i % 3}'><a href='/p/{i}'>{n}. In stock. On sale for £{12 + i}.99. {3 + (i % 2)}.5 out of 5 stars</a><button type='button'>Add to favourites</button>"
            + $"<script type='application/ld+json'>{{\"@type\":\"Product\",\"name\":\"{n}\"}}</script></article>"));
        var signup = "<section><h3>Join our email list</h3><p>New subscribers get ten per cent off their first order of seeds.</p></section>";
        var article = Extract($"<main><div id='searchPage' class='searchPage'><h2>Search results</h2><div id='items'>{cards}</div></div>{signup}</main>", "https://garden.example/watering-tools");

        Assert.Equal(PageKind.Listing, article.PageKind);
        AllKept(names, article);
        Assert.Contains("£15.99", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shop_grid_whose_classes_read_as_noise_is_still_read_as_the_listing()
    {
        // "search" and "carousel" mark a page's chrome elsewhere; here they name the results grid of a category page.
        string[] names = ["Brass garden tap", "Hose reel on wheels", "Rain barrel, 200 litres", "Drip irrigation kit", "Watering can, galvanised", "Soaker hose, 15 m", "Pressure sprayer", "Tap timer with dial"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<div class='tile'><a href='/p/{i}'><img src='/img/{i}.jpg' alt=''><span class='name'>{n}</span></a><span class='price'>£{12 + i}.99</span><span class='stars'>{3 + (i % 2)}.5 stars ({20 + i} reviews)</span></div>"));
        var article = Extract($"<main><h1>Watering</h1><p class='count'>{names.Length} results</p><div id='search-results' class='carousel-grid'>{cards}</div></main>", "https://garden.example/c/watering");

        Assert.Equal(PageKind.Listing, article.PageKind);
        AllKept(names, article);
        Assert.Contains("£15.99", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Events", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shop_grid_read_again_without_class_words_leaves_out_its_screen_reader_copies()
    {
        // The grid's classes read as chrome, so it is found again with class words ignored; each card's colour swatches
        // carry a copy of the product's name for screen readers ("sr-only"), hidden state and not text a shopper sees.
        string[] names = ["Brass garden tap", "Hose reel on wheels", "Rain barrel, 200 litres", "Drip irrigation kit", "Watering can, galvanised", "Soaker hose, 15 m", "Pressure sprayer", "Tap timer with dial"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<div class='tile'><a href='/p/{i}'><span class='name'>{n}</span></a><span class='price'>£{12 + i}.99</span>"
            + $"<a href='/p/{i}-green'><span class='sr-only'>Option: {n}, green</span><img src='/img/{i}g.jpg' alt=''></a>"
            + $"<a href='/p/{i}-red'><span class='visually-hidden'>Option: {n}, red</span><img src='/img/{i}r.jpg' alt=''></a></div>"));
        var article = Extract($"<main><h1>Watering</h1><p class='count'>{names.Length} results</p><div id='search-results' class='carousel-grid'>{cards}</div></main>", "https://garden.example/c/watering");

        Assert.Equal(PageKind.Listing, article.PageKind);
        AllKept(names, article);
        Assert.Contains("£15.99", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Option:", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shops_landing_page_whose_grid_reads_as_chrome_is_read_by_its_grid()
    {
        // A shop's front page: a line of welcome, then its products in a grid classed as a carousel widget. The page is
        // told a service page, and its grid is what a shopper reads.
        string[] names = ["Hand-thrown stoneware mug", "Linen tea towel, striped", "Walnut serving board", "Beeswax candle pair", "Wool throw, undyed", "Copper plant mister", "Enamel camp kettle", "Cedar shoe rack"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<div class='slide-card'><a href='/products/{i}'><img src='/img/{i}.jpg' alt=''><span>{n}</span></a><span class='amount'>${24 + (i * 7)}.00</span><span class='maker'>Made in a small workshop in Vermont</span></div>"));
        var article = Extract($"<main><section class='hero'><p>Goods made by hand, chosen with care.</p></section><div class='carousel-widget'>{cards}</div></main>", "https://makers.example/");

        Assert.Equal(PageKind.Service, article.PageKind);
        AllKept(names, article);
        Assert.Contains("$31.00", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_landing_pages_panels_that_read_as_chrome_are_read_by_their_headings()
    {
        // A provider's landing page: one line of welcome, then panels classed as a promo widget, each a heading and a
        // sentence with no link among them. They are the page, read as its cards.
        string[] headings = ["Build your plan", "Stream everything in one place", "Never miss a match", "Equipment that keeps up"];
        string[] texts =
        [
            "Choose the channels you watch and leave out the rest, with one bill for the whole household every month.",
            "Every streaming service you already pay for sits together on one screen, with a single login for all of them.",
            "Four games side by side on one screen, live scores on the ticker, and the replays ready the moment it ends.",
            "The box, the remote and the router are ours to look after, and a technician comes out within two working days.",
        ];
        var panels = string.Concat(headings.Select((h, i) => $"<div class='promo-panel'><h3>{h}</h3><p>{texts[i]}</p></div>"));
        var article = Extract($"<main><section class='hero'><p>Television the way you like it.</p></section><div class='promo-widget'>{panels}</div></main>", "https://tv.example/learn/cable");

        Assert.Equal(PageKind.Service, article.PageKind);
        AllKept(texts, article);
    }

    [Fact]
    public void A_service_page_whose_bands_are_the_records_found_again_keeps_its_reading()
    {
        // With class words ignored the page's top-level bands look alike (one class word, "band"): the menu band, the
        // band holding the reading and a partners' band. The band holding the reading holds most of their text, so
        // they are the page's layout, and the menu is not read.
        var links = string.Concat(Enumerable.Range(1, 10).Select(i => $"<li><a href='/services/{i}'>Service area {i}</a></li>"));
        var intro = "<h1>Valley pipe repairs</h1><p>We repair burst mains, replace old lead service lines and inspect drains with cameras for homes and farms across the valley. "
            + "Our crews are on call day and night, and every repair comes with a written guarantee for ten years.</p>";
        var page = $"<div class='band menu'><ul>{links}</ul></div><div class='band intro'>{intro}</div><div class='band partners'><a href='/p/1'>Valley Water Board</a> <a href='/p/2'>County Roads</a></div>";
        var article = Extract(page, "https://pipes.example/about");

        Assert.Contains("written guarantee for ten years", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Service area 7", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_grid_of_short_cards_is_read_as_the_listing()
    {
        // Each card shows only a short name and a price, under the 30 characters a record of a short run needs: a long
        // run of them is a shop's grid all the same, and the names are what a shopper reads.
        string[] names = ["Oak desk shelf", "Cable tray", "Monitor arm", "Foot rest", "Desk lamp", "Cup holder", "Drawer unit", "Anti-fatigue mat", "Laptop stand", "Keyboard tray", "Power strip", "Privacy panel", "Headset hook", "Pen organiser"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<div class='col-span-1 flex'><a href='/p/{i}'><img src='/img/{i}.jpg' alt='{n}'></a><div class='mt-2'><a href='/p/{i}'>{n}</a><p>${19 + (i * 10)}+</p></div></div>"));
        var intro = "<section class='promo'><h2>Spring setup sale</h2><p>Buy more and save more when you furnish the whole office: the discount grows with every accessory in the basket.</p></section>";
        var article = Extract($"<main>{intro}<h1>Desk accessories</h1><div class='col-span-full grid grid-cols-4'>{cards}</div></main>", "https://office.example/desk-accessories/");

        Assert.Equal(PageKind.Listing, article.PageKind);
        AllKept(names, article);
        Assert.Contains("$49+", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_menu_of_short_links_is_not_a_run_of_records()
    {
        var menu = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li class=\"menu-item\"><a href=\"/topic/{i}\">Topic {i}</a></li>"));
        var article = Extract($"<div class=\"wrap\"><ul class=\"menu\">{menu}</ul><div class=\"intro\"><p>The Valley Water Board looks after the reservoirs, the treatment works and the pipes of six towns in the valley, and publishes its minutes every month.</p></div></div>", "https://water.example/about");

        Assert.Contains("publishes its minutes every month", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Topic 7", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_reading_of_several_paragraphs_or_a_screen_of_text_is_never_replaced_by_records()
    {
        var index = new PageRecords(Index($"<main><article><h1>Board votes</h1><p>The board voted.</p></article></main><div class=\"entries\">{Replies(12)}</div>"));

        Assert.NotNull(KindReader.Region(index, PageKind.Service, ownBodyChars: 300, ownParagraphs: 3));
        Assert.Null(KindReader.Region(index, PageKind.Article, ownBodyChars: 300, ownParagraphs: 3));
        Assert.NotNull(KindReader.Region(index, PageKind.Article, ownBodyChars: 30, ownParagraphs: 1));
        Assert.Null(KindReader.Region(index, PageKind.Service, ownBodyChars: 1500, ownParagraphs: 1));
    }

    [Fact]
    public void Bands_of_a_page_alike_in_markup_are_not_records_when_the_reading_is_one_of_them_holding_most_of_their_text()
    {
        // A business's page built of three bands of one class: a band of shop links, the band holding the page's own text
        // (the article reading), and a band of visitors' links. They share a signature, but one of them holds most of
        // their text: they are the page's layout, and reading them all would add the link bands around the reading.
        var about = "<p>Our workshop has built oak furniture by hand for three generations, from chairs sold at the county fair to tables shipped today.</p>"
            + "<p>Every piece is cut from timber grown within fifty miles and finished with oil, never lacquer, so it can be repaired.</p>"
            + "<p>We take a dozen commissions a year and build each one with the family who will use it.</p>";
        var offer = "<div class=\"band band-shop\"><ul><li><a href=\"/tables\">Dining tables</a></li><li><a href=\"/chairs\">Chairs and benches</a></li><li><a href=\"/beds\">Beds</a></li><li><a href=\"/shelves\">Shelving</a></li><li><a href=\"/commissions\">Commissions</a></li><li><a href=\"/desks\">Writing desks</a></li><li><a href=\"/sale\">Seconds and offcuts</a></li></ul></div>";
        var showroom = "<div class=\"band band-visit\"><ul><li><a href=\"/visit\">Showroom on Mill Lane</a></li><li><a href=\"/book\">Book a workshop tour</a></li><li><a href=\"/care\">Caring for oak</a></li><li><a href=\"/faq\">Questions</a></li><li><a href=\"/delivery\">Delivery and returns</a></li><li><a href=\"/contact\">Contact the workshop</a></li></ul></div>";
        var article = Extract($"<div class=\"page\">{offer}<div class=\"band band-main\"><main><h1>Our workshop</h1>{about}</main></div>{showroom}</div>", "https://oak.example/about");

        Assert.Contains("build each one with the family", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Chairs and benches", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Book a workshop tour", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_is_read_over_a_reading_inside_one_of_its_records_only_when_that_record_holds_less_than_half_its_text()
    {
        var index = Index($"<div class=\"entries\">{Replies(2)}<div class=\"entry\"><p>{string.Concat(Enumerable.Repeat("A long reply that holds most of the run's text. ", 4))}</p></div></div>");
        var records = new PageRecords(index);
        var paragraph = Enumerable.Range(0, index.Count).First(e => index.Elements[e].LocalName == "p");
        var bold = Enumerable.Range(0, index.Count).First(e => index.Elements[e].LocalName == "b");

        Assert.Null(KindReader.Region(records, PageKind.Service, ownBodyChars: 60, ownParagraphs: 1, content: paragraph));
        Assert.NotNull(KindReader.Region(records, PageKind.Service, ownBodyChars: 60, ownParagraphs: 1, content: bold));
        Assert.NotNull(KindReader.Region(records, PageKind.Service, ownBodyChars: 60, ownParagraphs: 1));
    }

    [Fact]
    public void The_cells_of_a_layout_table_are_not_records()
    {
        var cells = string.Concat(Enumerable.Range(1, 6).Select(i => $"<td><p>Column {i} of the layout holds a line of text.</p></td>"));
        Assert.Null(RepeatedItems.Find(Index($"<table><tr>{cells}</tr></table>")));
        Assert.NotNull(RepeatedItems.Find(Index($"<div class=\"entries\">{Replies(6)}</div>")));
    }

    [Fact]
    public void A_listing_of_article_cards_keeps_the_titles_and_teasers_in_their_headers()
    {
        var cards = string.Concat(Titles.Select((t, i) =>
            $"<article class=\"story\"><a href=\"/news/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"></a><header><h2><a href=\"/news/{i}\">{t}</a></h2><p>{Teasers[i]}</p><div><a href=\"/staff/{i}\">Staff writer</a> <time>0{i + 1}/12/2025</time></div></header></article>"));
        var article = Extract($"<main><h1>Water news</h1><section><h2>Latest</h2>{cards}</section></main>", "https://water.example/topic/water");

        AllKept(Titles.Concat(Teasers), article);
        Assert.DoesNotContain("Events", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_linked_a_second_time_and_hidden_from_screen_readers_is_read()
    {
        var cards = string.Concat(Titles.Select((t, i) =>
            $"<div class=\"story\"><h3><a href=\"/news/{i}\">{t}</a></h3><p><a href=\"/news/{i}\" aria-hidden=\"true\" tabindex=\"-1\">{Teasers[i]}</a></p><span aria-hidden=\"true\">Icon label {i}</span></div>"));
        var article = Extract($"<main><h1>Water news</h1><div class=\"river\">{cards}</div></main>", "https://water.example/topic/water");

        AllKept(Titles.Concat(Teasers), article);
        Assert.DoesNotContain("Icon label", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_masthead_header_stays_out_but_an_article_header_is_read()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i}: the board met on Tuesday evening and heard from residents about the pipe works in the old town this spring.</p>"));
        var article = Extract($"<main><article><header><h1>Pipe works close two streets</h1><p class=\"standfirst\">Residents asked the board for a shorter closure.</p></header>{paragraphs}</article></main>", "https://water.example/2025/12/pipe-works");

        Assert.Contains("Residents asked the board for a shorter closure.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("About us", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shop_grid_read_by_its_records_leaves_out_its_sort_label_and_load_more_link()
    {
        // The grid's classes read as chrome, so its records are read, and without the wording filter (their entries are
        // short lines); the sort control's label and the link under the grid, each a line of its own, are the shop's
        // controls on any page.
        string[] names = ["Brass garden tap", "Hose reel on wheels", "Rain barrel, 200 litres", "Drip irrigation kit", "Watering can, galvanised", "Soaker hose, 15 m", "Pressure sprayer", "Tap timer with dial"];
        var cards = string.Concat(names.Select((n, i) =>
            $"<div class='tile'><a href='/p/{i}'><img src='/img/{i}.jpg' alt=''><span class='name'>{n}</span></a><span class='price'>£{12 + i}.99</span><span class='stars'>{3 + (i % 2)}.5 stars ({20 + i} reviews)</span></div>"));
        var article = Extract($"<main><h1>Watering</h1><p class='count'>{names.Length} results</p><div id='search-results' class='carousel-grid'><p>Sort by:</p><div class='tiles'>{cards}</div><p><a href='?page=2'>Load more</a></p></div></main>", "https://garden.example/c/watering");

        Assert.Equal(PageKind.Listing, article.PageKind);
        AllKept(names, article);
        Assert.Contains("£15.99", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort by", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Load more", article.Body, StringComparison.Ordinal);
    }

    private static void AllKept(IEnumerable<string> texts, Article article)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, article.Body, StringComparison.Ordinal);
        }
    }

    private static string Replies(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<div class=\"entry\"><b>Neighbour {i}</b> <span>Lived here for {i + 10} years now.</span> <span>The board should have asked us.</span></div>"));

    [Fact]
    public void Records_of_one_type_share_a_signature_whatever_their_numbers_and_other_types_do_not()
    {
        var index = Index("<ul><li class=\"post-17 sticky\">a</li><li class=\"post-18\">b</li><li class=\"card\">c</li><li>d</li><li class=\"postx\">e</li></ul>");
        var items = Enumerable.Range(0, index.Count).Where(e => index.Elements[e].LocalName == "li").ToArray();

        Assert.Equal(RepeatedItems.Signature(index, items[0]), RepeatedItems.Signature(index, items[1]));
        Assert.NotEqual(RepeatedItems.Signature(index, items[0]), RepeatedItems.Signature(index, items[2]));
        Assert.NotEqual(RepeatedItems.Signature(index, items[2]), RepeatedItems.Signature(index, items[3]));
        Assert.NotEqual(RepeatedItems.Signature(index, items[0]), RepeatedItems.Signature(index, items[4]));
    }

    private static DocumentIndex Index(string body)
    {
        var document = DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Board</title></head><body>{body}</body></html>");
        return DocumentIndex.Build(document.Body!, 100_000, CancellationToken.None);
    }
}
