using System.Globalization;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// On a product page, a paragraph that is only a price ("$19.99", "Sale price $19.95", "$98.00 was $130.00",
/// "EUR 355.58", "99,90 €") after the reading's first one is left out. The first is the product's own, printed by its
/// name in the buy box; the later ones are the prices of other things the page sells beside it (the bundle or the
/// accessory offered with it, the other editions, the other sellers' offers, a comparison table's rows), each cut
/// from the name it priced, a figure that says nothing on its own. A price is told by its form, not its wording:
/// amounts, a currency sign (any Unicode currency symbol) or code, and at most a few labels ("sale", "was", "from":
/// <c>Vocabulary/page-kinds.txt</c>); any other word ("per month", "delivery", "off") keeps the block, and so does a
/// number without a currency ("Save 40%", a size). Not on a reading with more than
/// <see cref="Thresholds.KindProductMaxPriceBlocks"/> of them: that is a grid of products (a category page read as a
/// product), whose prices belong with each card. Measured on WCXB-dev tuning pages: dropping every price, the
/// product's own with the others, cost the pages whose truth keeps it (a <c>with</c> snippet on two of them) and took one
/// page under 0.2; dropping only the later ones, nine pages of five shops gained and one lost (a shop whose truth
/// keeps the prices of the parts listed with the product).
/// </summary>
internal static class ProductPrices
{
    private static readonly HashSet<string> Currencies = new(Vocabulary.Words("page-kinds", "product-price-currencies"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Labels = new(Vocabulary.Words("page-kinds", "product-price-labels"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The sections without the paragraphs that are only a price, but for the first.</summary>
    /// <param name="sections">The page's sections, in reading order.</param>
    /// <returns>The sections, the same list when at most one paragraph is a price or when too many are.</returns>
    public static IReadOnlyList<Section> Without(IReadOnlyList<Section> sections)
    {
        var prices = 0;
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                if (block is ParagraphBlock && IsPrice(block.Text) && ++prices > Thresholds.KindProductMaxPriceBlocks)
                {
                    return sections;
                }
            }
        }

        if (prices < 2)
        {
            return sections;
        }

        var first = true;
        return SectionFilter.Keep(sections, block =>
        {
            if (block is not ParagraphBlock || !IsPrice(block.Text))
            {
                return true;
            }

            var keep = first;
            first = false;
            return keep;
        });
    }

    /// <summary>
    /// Whether the text is only amounts with a currency: digits, a currency sign or code, the price labels, spaces and
    /// the marks written inside and between amounts.
    /// </summary>
    internal static bool IsPrice(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > Thresholds.KindProductPriceMaxChars)
        {
            return false;
        }

        var digits = false;
        var currency = false;
        var currencies = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();
        var labels = Labels.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }

                var word = text.AsSpan(start, i - start + 1);
                if (currencies.Contains(word))
                {
                    currency = true;
                }
                else if (!labels.Contains(word))
                {
                    return false;
                }
            }
            else if (char.IsDigit(c))
            {
                digits = true;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                currency = true;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('.' or ',' or ':' or '-' or '\u2013' or '\u2014' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return digits && currency;
    }
}
