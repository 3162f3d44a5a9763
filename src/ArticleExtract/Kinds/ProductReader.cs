using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads a product page as a shopper would: the description and the specifications. The reviews (and the widgets that
/// count and summarise them) are other people's opinions beneath the product, and are left out. They are recognised by
/// their markup (microdata <c>itemprop="review"</c>, the review vendors' and widgets' class words), never by their
/// wording, so the reading works in every language. So are the other products shown beside the page's own (related,
/// recently viewed, upsells), by their class and id words, and so is the shop's fine print beside the product (legal
/// disclaimers, the bar of selling points). (Repeated blocks go as on every page that is neither an article nor
/// documentation: <see cref="KindReader.WithoutRepeats"/>.)
/// </summary>
internal static class ProductReader
{
    /// <summary>
    /// Class, id and itemprop words of the shoppers' reviews and of the widgets that show them, and the words that say a
    /// reviews block is the critics' or the publisher's, quoted in the product's description (<c>Vocabulary/page-kinds.txt</c>).
    /// </summary>
    private static readonly MarkupWords Reviews = new("product-review-tokens", NoiseKind.Comments, spared: "product-editorial-tokens");

    /// <summary>Class and id words of the other products beside the page's own (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords OtherProducts = new("product-other-tokens", NoiseKind.Related);

    /// <summary>Class and id words of the carousels beside the product (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords Carousels = new("product-carousel-tokens", NoiseKind.Gallery);

    /// <summary>Class and id words of the hover cards beside the product (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords HoverCards = new("product-hovercard-tokens", NoiseKind.Popup);

    /// <summary>Class and id words that name the product's own details on a dialog (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords Details = new("product-details-tokens", NoiseKind.None);

    /// <summary>Class and id words of the shop's fine print and selling points (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords FinePrint = new("product-fineprint-tokens", NoiseKind.Footer);

    /// <summary>
    /// Marks the shop's fine print beside the product as noise, by class and id words: legal disclaimers and the
    /// footnotes to the marketing claims, and the bar of selling points (delivery, returns, price promises). They are the
    /// shop's terms, printed on every product page, not the product's description or specifications.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool MarkFinePrint(DocumentIndex index, int content) => FinePrint.Mark(index, content);

    /// <summary>
    /// Marks the other products the page shows (related, recommended, recently viewed, bought together) as noise, by
    /// their class and id words: a reading that ignored class words (the article guard's) must not bring them back.
    /// So are the page's carousels: the strips of other products and variants a shop scrolls sideways (each card a
    /// name, a price and a badge) and the product's own image strip with its badges and hover notes; the description
    /// and the specifications are never written in one.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool MarkOtherProducts(DocumentIndex index, int content) =>
        OtherProducts.Mark(index, content) | Carousels.Mark(index, content);

    /// <summary>
    /// Marks the page's review markup as noise, so that a new reading of <paramref name="content"/> leaves it out. The
    /// reading root and its ancestors are never marked: a shop that wraps the whole page in a "has-reviews" container
    /// keeps its description. Nor is a reviews block that names itself editorial or part of the description (a book's
    /// "editorial reviews", a game's "description" block of critics' quotes with their scores): those are the
    /// publisher's words about the product, printed with its description, not its buyers' opinions.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool MarkReviews(DocumentIndex index, int content) => Reviews.Mark(index, content);

    /// <summary>
    /// Shows the collapsed panels of the page's tabs and accordions inside the reading root: a shop folds the
    /// description, the specifications and the care notes into panels the shopper opens, hidden until then
    /// (<c>hidden</c>, <c>display:none</c>), and they are what the shopper reads. A panel is recognised by its ARIA
    /// role (<c>tabpanel</c>, or a <c>region</c> labelled by its button), on the hidden element or on its only child
    /// (the collapsing wrapper around it), and so is any folded disclosure panel that holds a table of specifications
    /// (<see cref="ShowSpecificationPanels"/>), and a dialog that names the product's details
    /// (<see cref="ShowInlineDialogs"/>); other hidden elements stay hidden, and so do those a utility class hides
    /// (<see cref="HideByClass"/>) and the hover cards (popovers and tooltips, by their class and id words: a seller
    /// badge's explanation, a stock line's note, a price-match form), shown only while pointed at.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text was shown or hidden.</returns>
    public static bool ShowPanels(DocumentIndex index, int content)
    {
        // Not a reason to read the page again on its own: the article reading opened every folded panel already, and
        // stands when nothing else is marked.
        ShowSpecificationPanels(index, content);
        return ShowInlineDialogs(index, content) | ShowMarkedPanels(index, content) | HideByClass(index, content) | HoverCards.Mark(index, content);
    }

    /// <summary>
    /// Shows the dialogs inside the reading root that hold the product's own details (a dialog role, a <c>dialog</c>
    /// tag or a "modal" class word, together with a class or id word naming the details: <see cref="Details"/>): a
    /// shop lays the full description, the specifications and the measurements out as sheets that slide over the page
    /// when their button is pressed, and they are what a shopper reads. Not a dialog that declares itself modal
    /// (<c>aria-modal="true"</c>: it blocks the page while open, as a sign-in or a cart does), nor a hover card; what
    /// inside is noise for its own reasons (a form, a cookie banner) stays noise.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text was shown.</returns>
    internal static bool ShowInlineDialogs(DocumentIndex index, int content) =>
        ShowTopmost(index, content, NoiseKind.Popup, readInside: true, static (index, e) =>
            Details.Matches(index, e) && !HoverCards.Matches(index, e)
            && !string.Equals(index.Elements[e].GetAttribute("aria-modal")?.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Hides what the shop's style sheet hides by a bare <c>hidden</c> class (Tailwind's, Bootstrap 3's and most
    /// Shopify themes' <c>display:none</c>) when it is short (<see cref="Thresholds.KindProductHiddenLabelMaxChars"/>):
    /// the spare "Add to cart" and "Pre-pay" labels a script swaps in, the confirmation a bundle shows once added, the
    /// text of a tooltip not yet hovered. Not when another class of the element shows it at some width
    /// (<c>hidden md:block</c>: a class with a colon), nor a tab or accordion panel (<see cref="ShowMarkedPanels"/>
    /// reads those), nor a longer block, which may be the rest of the description behind a "Read more".
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was hidden.</returns>
    public static bool HideByClass(DocumentIndex index, int content)
    {
        var hidden = false;
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (index.InNoise[e] || index.Chars[e] > Thresholds.KindProductHiddenLabelMaxChars
                || !HiddenByClass(index.Elements[e].GetAttribute("class")) || IsPanel(index, e))
            {
                continue;
            }

            hidden |= index.MarkNoise(e, NoiseKind.Hidden);
            e = index.SubtreeEnd[e] - 1;
        }

        return hidden;
    }

    /// <summary>Whether a class attribute holds the bare class <c>hidden</c> and no class with a breakpoint or state prefix.</summary>
    internal static bool HiddenByClass(string? classes)
    {
        if (string.IsNullOrEmpty(classes) || classes.Length > Thresholds.KindProductMaxClassChars
            || classes.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\r\n\f"))
        {
            if (classes.AsSpan(range).Equals("hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shows the collapsed tab and accordion panels (see <see cref="ShowPanels"/>).</summary>
    private static bool ShowMarkedPanels(DocumentIndex index, int content) =>
        ShowTopmost(index, content, NoiseKind.Hidden, readInside: true, static (index, e) =>
            IsPanel(index, e) || (OnlyChild(index, e) is >= 0 and var child && IsPanel(index, child)));

    /// <summary>
    /// Shows the collapsed disclosure panels inside the reading root that hold a table or a description list: the
    /// specifications tab a shop folds beside the description (<see cref="NoiseClassifier.IsDisclosurePanel"/>). A
    /// folded panel of prose may be the shop's FAQ or its delivery terms; a table of attributes and values is the
    /// product's.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text was shown.</returns>
    internal static bool ShowSpecificationPanels(DocumentIndex index, int content) =>
        ShowTopmost(index, content, NoiseKind.Hidden, readInside: false, static (index, e) =>
            NoiseClassifier.IsDisclosurePanel(index.Elements[e]) && HoldsTable(index, e));

    /// <summary>
    /// Shows the elements inside <paramref name="content"/> judged <paramref name="kind"/> outside any other noise that
    /// <paramref name="shows"/> picks; with <paramref name="readInside"/>, the elements of that kind inside a shown one
    /// (a panel nested in a panel) are asked in their turn. Returns whether any text was shown.
    /// </summary>
    private static bool ShowTopmost(DocumentIndex index, int content, NoiseKind kind, bool readInside, Func<DocumentIndex, int, bool> shows)
    {
        var shown = false;
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (index.Noise[e] != kind || index.InNoise[index.Parent[e]])
            {
                continue;
            }

            if (shows(index, e))
            {
                shown |= index.LiftNoise(e);
                if (readInside)
                {
                    continue;
                }
            }

            e = index.SubtreeEnd[e] - 1;
        }

        return shown;
    }

    private static bool HoldsTable(DocumentIndex index, int e)
    {
        for (var d = e + 1; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Elements[d].LocalName is "table" or "dl")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPanel(DocumentIndex index, int e)
    {
        var element = index.Elements[e];
        var role = element.GetAttribute("role");
        return string.Equals(role, "tabpanel", StringComparison.OrdinalIgnoreCase)
            || (string.Equals(role, "region", StringComparison.OrdinalIgnoreCase) && element.HasAttribute("aria-labelledby"));
    }

    /// <summary>The element's only child element, or -1.</summary>
    private static int OnlyChild(DocumentIndex index, int e)
    {
        var first = e + 1;
        return first < index.SubtreeEnd[e] && index.SubtreeEnd[first] == index.SubtreeEnd[e] ? first : -1;
    }
}
