using ArticleExtract.Decision;
using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>A product page is read as a shopper reads it: the description and the specifications, each once, without the reviews.</summary>
public sealed class ProductReadingTests
{
    private const string Description =
        "<p>The Larchwood trail stool folds flat to the width of a paperback and opens in one movement into a seat that holds a grown adult on uneven ground.</p>"
        + "<p>Its legs are cut from ash grown in managed woodland, oiled by hand, and joined with a brass pivot that will outlast the canvas seat.</p>";

    private const string Specifications =
        "<table><tr><th>Weight</th><td>640 g</td></tr><tr><th>Seat height</th><td>42 cm</td></tr><tr><th>Materials</th><td>Ash, waxed canvas, brass</td></tr></table>";

    private static string Page(string reviews, string extra = "") =>
        "<!DOCTYPE html><html><head><title>Larchwood trail stool</title><meta property=\"og:type\" content=\"product\"></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a> <a href=\"/journal\">Journal</a></nav></header>"
        + "<main><div class=\"product\"><h1>Larchwood trail stool</h1><p class=\"price\">£48.00</p>"
        + $"<section class=\"product-description\"><h2>About this stool</h2>{Description}{extra}</section>"
        + $"<section class=\"product-specs\"><h2>Specifications</h2>{Specifications}</section>"
        + reviews
        + "</div></main><footer><p>© 2026 Larchwood Workshop</p></footer></body></html>";

    private const string ReviewText1 = "Bought two of these for fishing trips on the river and they have survived a whole wet season without a wobble.";
    private const string ReviewText2 = "Lighter than I expected and the canvas has kept its shape, although the brass pivot squeaked for the first week.";

    private static readonly Uri Url = new("https://larchwood.example/products/trail-stool");

    [Fact]
    public void The_reviews_under_a_product_are_left_out_and_the_description_and_specifications_kept()
    {
        var reviews = "<section id=\"reviews\" class=\"product-reviews\"><h2>Customer reviews</h2><p>4.7 out of 5, 212 ratings</p>"
            + $"<div class=\"review\"><p class=\"author\">Morag</p><p>{ReviewText1}</p></div>"
            + $"<div class=\"review\"><p class=\"author\">Pieter</p><p>{ReviewText2}</p></div></section>";
        var article = ArticleExtractor.Default.Extract(Page(reviews), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("brass pivot that will outlast", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("squeaked", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collapsed_panels_of_a_products_accordion_are_read_and_other_hidden_text_is_not()
    {
        // The description shows; care notes and delivery fold into accordion panels a shopper opens (hidden until then).
        const string Care = "Wipe the legs with a damp cloth after a muddy walk, and rub in a little linseed oil at the end of each season.";
        const string Delivery = "Sent in a recycled card tube within two working days, free across the mainland on orders over forty pounds.";
        var panels =
            "<div class=\"accordion\">"
            + "<h3><button id=\"acc-care\" aria-expanded=\"false\" aria-controls=\"panel-care\">Care</button></h3>"
            + $"<div class=\"collapse\" style=\"display:none\"><div role=\"region\" id=\"panel-care\" aria-labelledby=\"acc-care\"><p>{Care}</p></div></div>"
            + "<h3><button id=\"acc-delivery\" aria-expanded=\"false\" aria-controls=\"panel-delivery\">Delivery</button></h3>"
            + $"<div role=\"tabpanel\" id=\"panel-delivery\" aria-labelledby=\"acc-delivery\" hidden><p>{Delivery}</p></div>"
            + "</div><div class=\"size-guide-popup\" style=\"display:none\"><p>Our size guide opens here when you tap the link above the price.</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, panels), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains(Care, article.Body, StringComparison.Ordinal);
        Assert.Contains(Delivery, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("size guide opens here", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_marked_by_microdata_are_left_out_whatever_their_classes()
    {
        var reviews = "<section class=\"block block-3\"><h2>What people say</h2>"
            + $"<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><p>{ReviewText1}</p></div>"
            + $"<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><p>{ReviewText2}</p></div></section>";
        var article = ArticleExtractor.Default.Extract(Page(reviews), Url);

        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shops_fine_print_and_selling_points_beside_a_product_are_left_out()
    {
        // A bar of selling points under the price and the footnotes to the marketing claims are the shop's terms,
        // printed on every product page; the description and the specifications stay.
        const string Points = "Free delivery on orders over forty pounds, returns accepted within thirty days of purchase.";
        const string Footnote = "Seat load tested to one hundred and twenty kilograms in laboratory conditions; results on uneven ground may vary.";
        var extra = $"<ul class=\"usp-bar\"><li>{Points}</li><li>Speak to one of our workshop experts by chat.</li></ul>";
        var fineprint = $"<div class=\"product-disclaimer\"><p>{Footnote}</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(fineprint, extra), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("returns accepted within thirty days", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("laboratory conditions", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_articles_disclaimer_goes_and_its_paragraphs_stay()
    {
        // The same class word on an article (a health or finance story's disclaimer paragraph) is its fine print, left
        // out like the shop's (issue 10: WCXB-dev tuning articles leave such blocks out 16 times for 5), and deletes
        // nothing else.
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Part {i} of the guide: we compared the three folding seats most walkers already own on four walks in the hills, in mud and on rock.</p>"));
        var html = "<!DOCTYPE html><html><head><title>Choosing a trail stool</title><meta property=\"og:type\" content=\"article\"></head><body>"
            + $"<main><article><h1>Choosing a trail stool</h1>{paragraphs}"
            + "<p class=\"disclaimer\">We bought every stool in this guide ourselves, and no maker saw this article before it was published.</p></article></main></body></html>";
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://outdoors.example/2026/03/choosing-a-trail-stool"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.DoesNotContain("no maker saw this article", article.Body, StringComparison.Ordinal);
        Assert.Contains("Part 5 of the guide", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_article_keeps_its_review()
    {
        // The same class words on an article (a critic's review is the article) delete nothing.
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Part {i} of the verdict: we carried the stool on four walks in the hills, sat on it in mud and on rock, and weighed it against the three folding seats most walkers already own.</p>"));
        var html = "<!DOCTYPE html><html><head><title>Trail stool review</title><meta property=\"og:type\" content=\"article\"></head><body>"
            + $"<main><article class=\"review post-review\"><h1>Trail stool review: small, stubborn, worth it</h1>{paragraphs}</article></main></body></html>";
        var article = ArticleExtractor.Default.Extract(html, new Uri("https://outdoors.example/2026/03/trail-stool-review"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Contains("Part 5 of the verdict", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_the_decision_drops_stays_out_when_the_product_is_read_again_without_its_reviews()
    {
        // The reviews make the product's reader read the page again; a stray line the decision dropped from the first
        // reading (a video's caption, a lone price) must not come back with it. An oracle stands in for the model.
        const string Stray = "Unboxing video for the Larchwood trail stool";
        var reviews = "<section id=\"reviews\" class=\"product-reviews\"><h2>Customer reviews</h2>"
            + $"<div class=\"review\"><p>{ReviewText1}</p></div><div class=\"review\"><p>{ReviewText2}</p></div></section>";
        var decided = new ArticleExtractor(ArticleExtractorOptions.Default with
        {
            Decision = DecisionSettings.Default with
            {
                Oracle = static (index, e) => !index.Elements[e].TextContent.Contains(Stray, StringComparison.Ordinal),
            },
        });

        var article = decided.Extract(Page(reviews, $"<div class=\"video-caption\"><p>{Stray}</p></div>"), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Stray, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_shown_twice_for_two_screen_sizes_is_read_once()
    {
        var article = ArticleExtractor.Default.Extract(Page("", extra: "<div class=\"mobile-copy\">" + Description + "</div>"), Url);

        var body = article.Body;
        var first = body.IndexOf("folds flat to the width of a paperback", StringComparison.Ordinal);
        Assert.True(first >= 0);
        Assert.Equal(-1, body.IndexOf("folds flat to the width of a paperback", first + 1, StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_blocks_are_dropped_and_the_first_of_each_kept()
    {
        Section[] sections =
        [
            new("Colour", 2, [new ParagraphBlock([new Inline("Moss green")]), new ParagraphBlock([new Inline("Free returns within 30 days")])]),
            new("Details", 2, [new ParagraphBlock([new Inline("Moss green")]), new ParagraphBlock([new Inline("Hand-oiled ash legs")])]),
        ];

        var read = KindReader.WithoutRepeats(sections);

        Assert.Equal(["Moss green", "Free returns within 30 days"], read[0].Blocks.Select(b => b.Text));
        Assert.Equal(["Hand-oiled ash legs"], read[1].Blocks.Select(b => b.Text));
    }
    [Fact]
    public void A_hidden_list_of_image_addresses_stays_hidden()
    {
        // A shop prints its custom fields (thumbnail addresses, price codes) in a list its style sheet hides: long
        // strings without a space are data, not the running text of content waiting for a script.
        var fields = string.Concat(new[] { "Oak", "Ash", "Walnut", "Birch", "Cherry", "Maple", "Elm", "Beech", "Larch", "Alder", "Hazel", "Yew" }.Select(wood =>
            $"<dt>thumb_{wood}:</dt><dd>https://cdn.larchwood.example/images/stencil/160x160/uploaded/stools/THUMBNAILS/STOOL_{wood.ToUpperInvariant()}_THUMB.jpg</dd>"
            + $"<dt>price_code_{wood}:</dt><dd>GBP48.00_1-9_items_GBP44.00_10-49_items_{wood.ToUpperInvariant()}</dd>"));
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, $"<dl class=\"product-info hide\">{fields}</dl>"), Url);

        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("THUMB.jpg", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("price_code", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_description_is_not_traded_for_the_run_of_other_products_beside_it()
    {
        // Eight cards of other products carry more text than the short description; on a listing they would be the
        // page's records, on a product page they are what the shopper did not come for. (Our own reading, without
        // SmartReader's second opinion on a page this short.)
        string[] names = ["Heron folding chair", "Kestrel camp table", "Otter dry bag", "Wren hip flask", "Badger wool blanket", "Finch trail cup", "Plover rain poncho", "Curlew tarp"];
        var cards = string.Concat(names.Select((name, i) =>
            $"<div class=\"tile\"><a href=\"/products/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"><span class=\"name\">{name}</span></a>"
            + $"<span class=\"blurb\">Made in the same workshop, in ash and canvas.</span><span class=\"cost\">£{20 + i}.00</span><a class=\"btn\" href=\"/cart/add/{i}\">Add to basket</a></div>"));
        var page = "<!DOCTYPE html><html><head><title>Larchwood trail stool</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + $"<main><div class=\"product\"><h1>Larchwood trail stool</h1><p class=\"price\">£48.00</p><div class=\"description\">{Description}</div></div>"
            + $"<section class=\"shelf\"><h2>You may also like</h2><div class=\"tiles\">{cards}</div></section></main></body></html>";
        var article = new ArticleExtractor(new ArticleExtractorOptions { UseSecondOpinion = false }).Extract(page, Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Kestrel camp table", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Curlew tarp", article.Body, StringComparison.Ordinal);
    }
    [Fact]
    public void The_other_products_classed_as_upsells_or_recently_viewed_are_left_out()
    {
        var others = "<section class=\"upsell-products\"><h2>Pairs well with</h2>"
            + "<div class=\"item\"><a href=\"/products/seat-cover\">Waxed seat cover</a><p>A spare canvas seat in three colours, stitched by the same hands as the stool itself.</p></div>"
            + "<div class=\"item\"><a href=\"/products/strap\">Carry strap</a><p>A leather strap that buckles round the folded stool so it rides on a rucksack.</p></div></section>"
            + "<section id=\"recently-viewed\"><h2>You looked at</h2>"
            + "<div class=\"item\"><a href=\"/products/flask\">Copper flask</a><p>Holds half a litre of tea and keeps it hot through a morning on the riverbank.</p></div></section>";
        var article = ArticleExtractor.Default.Extract(Page(others), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("spare canvas seat", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("leather strap", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("half a litre of tea", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_of_products_bought_together_is_left_out()
    {
        // "Frequently bought together": the product beside two others at a bundle price, a strip of other products.
        var bundle = "<section class=\"product-bundle\"><h2>Frequently bought together</h2>"
            + "<div class=\"bundle-item\"><a href=\"/products/seat-cover\">Waxed seat cover</a><p>A spare canvas seat in three colours, stitched by the same hands as the stool itself.</p></div>"
            + "<div class=\"bundle-item\"><a href=\"/products/strap\">Carry strap</a><p>A leather strap that buckles round the folded stool so it rides on a rucksack.</p></div>"
            + "<p class=\"bundle-total\">Buy all three for £79.00</p></section>";
        var article = ArticleExtractor.Default.Extract(Page(bundle), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("spare canvas seat", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy all three", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_accessories_and_add_ons_suggested_with_a_product_are_left_out()
    {
        var suggested = "<section id=\"suggested-accessories\"><h2>Complete your kit</h2>"
            + "<div class=\"item\"><a href=\"/products/seat-cover\">Waxed seat cover</a><p>A spare canvas seat in three colours, stitched by the same hands as the stool itself.</p></div></section>"
            + "<div class=\"product-addons\"><h3>Add a carry strap</h3><p>A leather strap that buckles round the folded stool so it rides on a rucksack.</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(suggested), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("spare canvas seat", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("leather strap", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_whose_own_classes_name_its_shops_categories_keeps_its_text()
    {
        // A shop writes the product's categories and tags into its classes ("product_cat-bundles",
        // "product_tag-gift"): the element holding the product's headline is the product, never a strip beside it.
        var html = "<!DOCTYPE html><html><head><title>Larchwood trail stool</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + "<main><div class=\"shop-page\">"
            + "<div class=\"product type-product product_cat-bundles product_tag-gift\"><h1>Larchwood trail stool</h1>"
            + $"<div class=\"summary\">{Description}</div><div class=\"specs\">{Specifications}</div></div>"
            + "<section class=\"care\"><h2>Looking after ash and canvas</h2>"
            + "<p>Wipe the legs with a damp cloth after a muddy walk, and rub in a little linseed oil at the end of each season.</p>"
            + "<p>Brush dried mud off the canvas rather than washing it, so the wax that keeps the rain out stays in the weave.</p></section>"
            + $"<section class=\"product-reviews\"><h2>Customer reviews</h2><div class=\"review\"><p>{ReviewText1}</p></div></section>"
            + "</div></main></body></html>";
        var article = ArticleExtractor.Default.Extract(html, Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("42 cm", article.Body, StringComparison.Ordinal);
        Assert.Contains("linseed oil", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_labels_hidden_by_a_bare_hidden_class_are_left_out()
    {
        // A shop's theme hides the labels its script swaps in with a bare "hidden" class (display:none in its style
        // sheet): they are not shown, and not the product's text.
        var labels = "<div class=\"larch-swap\"><span class=\"hidden\">Pre-order now to reserve yours from the spring batch</span>"
            + "<p class=\"notice hidden\">Added to your basket, continue shopping</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, labels), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("spring batch", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("continue shopping", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_a_hidden_class_hides_only_on_small_screens_or_at_length_stays()
    {
        // "hidden md:block" shows from a tablet's width up; a long hidden block is the rest of the description behind
        // a "Read more"; a tab panel classed hidden is a panel the shopper opens.
        const string Wide = "Every stool is numbered on the underside of the seat rail and logged in the workshop's book.";
        const string More = "The canvas is woven in a mill on the Pennine side of the valley, waxed in small batches with a blend of paraffin and "
            + "beeswax, and cut by hand so that the weave runs across the seat, where it takes the load, and never along it. A worn seat "
            + "can be sent back to the workshop and replaced for the price of the cloth.";
        const string Tab = "Fold the legs together, then lift the seat by its front edge.";
        var extra = $"<p class=\"hidden md:block\">{Wide}</p><div class=\"larch-notes hidden\"><p>{More}</p></div>"
            + $"<div role=\"tabpanel\" class=\"hidden\" id=\"tab-folding\" aria-labelledby=\"tab-folding-button\"><p>{Tab}</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, extra), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains(Wide, article.Body, StringComparison.Ordinal);
        Assert.Contains(More, article.Body, StringComparison.Ordinal);
        Assert.Contains(Tab, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hidden", true)]
    [InlineData("notice hidden", true)]
    [InlineData("HIDDEN js-label", true)]
    [InlineData("hidden md:block", false)]
    [InlineData("hidden-xs", false)]
    [InlineData("is-hidden-mobile", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_bare_hidden_class_without_a_breakpoint_hides(string? classes, bool hides) =>
        Assert.Equal(hides, ProductReader.HiddenByClass(classes));

    [Fact]
    public void A_carousel_of_other_products_stays_out_when_the_page_is_read_with_class_words_ignored()
    {
        // The theme wraps the product's block in a class a blog gives its related stories, so the first reading loses
        // the description and the page is read again with class words ignored; the strip of other stools scrolled
        // sideways inside the same block must not come back with it.
        const string More = "<p>Each one is finished in the workshop by the person who turned its legs, and signed in pencil under the seat rail before it is boxed.</p>"
            + "<p>It packs into a canvas sleeve with a shoulder strap, and the whole thing weighs less than a full bottle of water on the walk in.</p>"
            + "<p>Leave it out in the rain and wipe it down afterwards; the oil in the ash sheds water, and the brass will darken but never rust.</p>";
        string[] names = ["Heron folding chair", "Kestrel camp table", "Otter dry bag", "Wren hip flask"];
        var cards = string.Concat(names.Select((name, i) =>
            $"<div class=\"larch-strip__item\"><a href=\"/products/{i}\"><span>{name}</span></a>"
            + $"<p>The {name} is made in the same workshop from ash and waxed canvas, folding flat for the walk in.</p><span>£{20 + i}.00</span></div>"));
        var page = "<!DOCTYPE html><html><head><title>Larchwood trail stool</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + "<header><nav><a href=\"/\">Home</a></nav></header><main><div class=\"product\"><h1>Larchwood trail stool</h1><p class=\"price\">£48.00</p>"
            + $"<div class=\"larch-related\"><h2>About this stool</h2>{Description}{More}"
            + $"<div class=\"larch-strip carousel\"><h2>Other stools in ash</h2>{cards}</div></div></div></main></body></html>";
        var article = ArticleExtractor.Default.Extract(page, Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("the brass will darken but never rust", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Kestrel camp table", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("same workshop from ash and waxed canvas", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_products_details_in_a_dialog_are_read_and_a_sign_in_or_an_offer_dialog_is_not()
    {
        // The shop lays the details and the measurements out as sheets that slide over the page from a button: they are
        // the product's. A dialog naming no details (a newsletter offer) and one declaring itself modal (a sign-in that
        // blocks the page) stay out.
        const string Details = "The seat is stitched with a double row of waxed linen thread and can be replaced in the workshop when it wears through.";
        const string Offer = "Join our mailing list and take ten percent off your first order from the workshop this spring.";
        const string SignIn = "Sign in to your account to see your orders, your saved addresses and the stools you marked for later.";
        var dialogs = "<button>Product details</button>"
            + $"<div class=\"larch-product-details-modal\"><h3>Product details</h3><p>{Details}</p></div>"
            + "<div class=\"larch-measurements-modal\"><h3>Measurements</h3><ul><li>Folded: 58 x 9 cm</li><li>Open: 42 x 36 cm</li></ul></div>"
            + $"<div class=\"larch-offer-modal\"><p>{Offer}</p></div>"
            + $"<div role=\"dialog\" aria-modal=\"true\" class=\"larch-account-details\"><p>{SignIn}</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, dialogs), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains(Details, article.Body, StringComparison.Ordinal);
        Assert.Contains("Folded: 58 x 9 cm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mailing list", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("saved addresses", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folded_specifications_tab_is_read_and_a_folded_panel_of_prose_is_not()
    {
        // The shop folds the specifications table into a tab a script shows on a click; the reviews beside it make the
        // page be read again as a product, and the table must come back with the description. A folded panel of prose
        // beside it (the shop's delivery terms) stays folded.
        const string Terms = "Orders placed before noon leave the workshop the same day, and a courier delivers them within three working days.";
        var tabs = "<div class=\"larch-tabs\"><button>Description</button><button>Specifications</button><button>Delivery</button>"
            + "<div class=\"tab-pane\" style=\"display:none\"><table><tr><th>Pivot</th><td>Solid brass, 8 mm</td></tr>"
            + "<tr><th>Folded length</th><td>58 cm</td></tr></table></div>"
            + $"<div class=\"tab-pane\" style=\"display:none\"><p>{Terms}</p></div></div>";
        var reviews = "<section class=\"product-reviews\"><h2>Customer reviews</h2>"
            + $"<div class=\"review\"><p>{ReviewText1}</p></div><div class=\"review\"><p>{ReviewText2}</p></div></section>";
        var article = ArticleExtractor.Default.Extract(Page(reviews, tabs), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("Solid brass, 8 mm", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("courier delivers them", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sellers_badge_popover_and_a_stock_tooltip_are_left_out()
    {
        // Hover cards beside the product: the explanation a seller's badge opens, the note under the stock line. They
        // show while pointed at and are the shop's words, not the product's.
        var cards = "<div class=\"larch-seller\"><span>Larchwood Workshop</span><span class=\"badge\">Trusted maker</span>"
            + "<div class=\"larch-pop popover\"><p>Trusted makers have shipped every order on time for a year and answer messages within a day.</p></div></div>"
            + "<p class=\"stock\">In stock</p><div class=\"stock-tooltip\"><p>Items in stock leave our workshop within two working days of your order.</p></div>";
        var article = ArticleExtractor.Default.Extract(Page(string.Empty, cards), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains("Trusted maker", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("shipped every order on time", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("leave our workshop within two working days", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Critics_quotes_in_a_reviews_block_named_editorial_or_description_are_kept_and_the_buyers_reviews_are_not()
    {
        // A book's "editorial reviews" and a game's description block of press quotes carry a review word in their id,
        // as the buyers' reviews below them do; only the buyers' go.
        const string Press = "A patient, handsome little stool that will outlast the walker who carries it, and very nearly the woods.";
        const string Critic = "The pivot alone is worth the price: it turns as smoothly on the last day of the season as on the first.";
        var reviews = $"<section id=\"editorialReviews_section\" class=\"celwidget\"><h2>Editorial reviews</h2><p>{Press}</p><p>The Countryside Gazette</p></section>"
            + $"<div class=\"game_area_description\" id=\"area_reviews\"><h2>Reviews</h2><p>{Critic}</p><p>9/10, Trail Gear Monthly</p></div>"
            + "<section id=\"reviews\" class=\"product-reviews\"><h2>Customer reviews</h2><p>4.7 out of 5, 212 ratings</p>"
            + $"<div class=\"review\"><p class=\"author\">Morag</p><p>{ReviewText1}</p></div>"
            + $"<div class=\"review\"><p class=\"author\">Pieter</p><p>{ReviewText2}</p></div></section>";
        var article = ArticleExtractor.Default.Extract(Page(reviews), Url);

        Assert.Equal(PageKind.Product, article.PageKind);
        Assert.Contains("folds flat to the width of a paperback", article.Body, StringComparison.Ordinal);
        Assert.Contains(Press, article.Body, StringComparison.Ordinal);
        Assert.Contains(Critic, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fishing trips", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("squeaked", article.Body, StringComparison.Ordinal);
    }
}
