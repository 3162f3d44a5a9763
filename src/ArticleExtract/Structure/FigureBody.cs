using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>
/// Whether a <c>figure</c> with an image holds body text of its own beside its caption, and is read as a box of blocks
/// (its image kept, its caption still the image's caption) rather than as one image block: a pull-quote with the
/// speaker's portrait, a code listing with an icon in it, a table; or a shop's product card (picture, name, price, link
/// titles: several short lines) in a grid of such cards. A figure of an image, a caption and a credit line stays an image.
/// </summary>
internal static class FigureBody
{
    private const TagTraits Structural = TagTraits.Quote | TagTraits.Preformatted | TagTraits.Table;

    /// <summary>
    /// Whether the figure is read as a box of blocks; <paramref name="cards"/> is the number of card figures in the
    /// scope (the content, or the list being read), counted on first need (pass -1 before).
    /// </summary>
    public static bool Reads(DocumentIndex index, int figure, int scope, ref int cards)
    {
        switch (Shape(index, figure))
        {
            case FigureShape.Blocks:
                return true;
            case FigureShape.Card:
                if (cards < 0)
                {
                    cards = CountCards(index, scope);
                }

                return cards >= Thresholds.FigureCardMinRun;
            default:
                return false;
        }
    }

    private enum FigureShape
    {
        Image,
        Card,
        Blocks,
    }

    private static FigureShape Shape(DocumentIndex index, int figure)
    {
        var end = index.SubtreeEnd[figure];
        var lines = 0;
        var longest = 0;
        var d = figure;
        while (d < end)
        {
            var traits = index.Traits[d];
            if (index.InNoise[d] || (d != figure && ((traits & TagTraits.Figure) != 0 || index.Elements[d].LocalName == "figcaption")))
            {
                // Noise, the caption and any figure inside (read for itself) are no body text of this one.
                d = index.SubtreeEnd[d];
                continue;
            }

            if ((traits & Structural) != 0 && index.Chars[d] > 0)
            {
                return FigureShape.Blocks;
            }

            if (index.UnitChars[d] > 0)
            {
                lines++;
                longest = Math.Max(longest, index.UnitChars[d]);
            }

            d++;
        }

        return lines >= Thresholds.FigureCardMinLines && longest <= Thresholds.FigureCardLineMaxChars ? FigureShape.Card : FigureShape.Image;
    }

    private static int CountCards(DocumentIndex index, int scope)
    {
        var cards = 0;
        var end = index.SubtreeEnd[scope];
        var d = scope;
        while (d < end)
        {
            if (index.InNoise[d])
            {
                d = index.SubtreeEnd[d];
                continue;
            }

            if ((index.Traits[d] & TagTraits.Figure) != 0)
            {
                cards += Shape(index, d) == FigureShape.Card ? 1 : 0;
                d = index.SubtreeEnd[d];
                continue;
            }

            d++;
        }

        return cards;
    }
}
