using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// On a product page, a section titled as other products ("Customers also viewed", "Frequently bought together",
/// "Featured products", "Keep exploring iPad.": <c>Vocabulary/page-kinds.txt</c>) is left out, with the sections
/// under it (its cards, each a name and a few lines of features), up to the next heading of its level or above. A shop
/// classes most of these strips as related or recommended, and they go by their markup already
/// (<see cref="ProductReader.MarkOtherProducts"/>); these are the strips whose markup says nothing, titled for the
/// shopper. Only after the reading's first half (<see cref="Thresholds.KindProductOtherSectionMinShare"/>): a shop
/// shows other products once its own has been described, and a heading so titled near the top is a layout whose
/// headings do not nest the text after them (an auction page's strip of items viewed also, above the item's own
/// details), where the sections under it are the product's.
/// </summary>
internal static class OtherProductSections
{
    private static readonly string[] Openings = Keys(Vocabulary.Words("page-kinds", "product-other-headings"));

    /// <summary>The sections without those titled as other products in the reading's second half, and those under them.</summary>
    /// <param name="sections">The page's sections, in reading order.</param>
    /// <returns>The sections, the same list when none is titled so.</returns>
    public static IReadOnlyList<Section> Without(IReadOnlyList<Section> sections)
    {
        var total = 0L;
        foreach (var section in sections)
        {
            total += Chars(section);
        }

        List<Section>? result = null;
        var before = 0L;
        var droppedLevel = -1;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            if (droppedLevel >= 0 && section.Heading is not null && section.Level <= droppedLevel)
            {
                droppedLevel = -1;
            }

            if (droppedLevel < 0 && section.Heading is { } heading && before >= Thresholds.KindProductOtherSectionMinShare * total
                && Opens(TextKey.Normalize(heading)))
            {
                droppedLevel = section.Level;
            }

            before += Chars(section);
            var drop = droppedLevel >= 0;
            if (drop && result is null)
            {
                result = new List<Section>(sections.Count);
                for (var k = 0; k < s; k++)
                {
                    result.Add(sections[k]);
                }
            }

            if (!drop)
            {
                result?.Add(section);
            }
        }

        return result ?? sections;
    }

    private static long Chars(Section section)
    {
        long chars = section.Heading?.Length ?? 0;
        foreach (var block in section.Blocks)
        {
            chars += block.Text.Length;
        }

        return chars;
    }

    /// <summary>Whether the heading's key opens with one of the titles, as whole words.</summary>
    private static bool Opens(string key)
    {
        foreach (var opening in Openings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal) && (key.Length == opening.Length || key[opening.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Keys(string[] words)
    {
        var keys = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            keys[i] = TextKey.Normalize(words[i]);
        }

        return keys;
    }
}
