using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads a product page as a shopper would: the description and the specifications. The reviews (and the widgets that
/// count and summarise them) are other people's opinions beneath the product, and are left out. They are recognised by
/// their markup (microdata <c>itemprop="review"</c>, the review vendors' and widgets' class words), never by their
/// wording, so the reading works in every language. (Repeated blocks go as on every page that is neither an article
/// nor documentation: <see cref="KindReader.WithoutRepeats"/>.)
/// </summary>
internal static class ProductReader
{
    /// <summary>Class, id and itemprop words of the shoppers' reviews and of the widgets that show them (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords Reviews = new("product-review-tokens", NoiseKind.Comments);

    /// <summary>
    /// Marks the page's review markup as noise, so that a new reading of <paramref name="content"/> leaves it out. The
    /// reading root and its ancestors are never marked: a shop that wraps the whole page in a "has-reviews" container
    /// keeps its description.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool MarkReviews(DocumentIndex index, int content) => Reviews.Mark(index, content);
}
