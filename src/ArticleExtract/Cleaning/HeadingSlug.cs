using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Whether an element's id is the anchor its generator wrote from the element's own heading ("meta-options" on the
/// section headed "Meta options", "respond-to-review-comments" on a heading reading "Respond to review comments"):
/// such an id repeats the section's topic, and its words ("comments", "share", "meta") say nothing of its role.
/// Read only for an element whose id alone gave a noise verdict, which is rare: the allocations here stay off the
/// walk over every element.
/// </summary>
internal static class HeadingSlug
{
    // The wording lists the filter of the reading flow drops headings by (Structure.BoilerplateFilter), read here
    // from the same data: a heading they name ("Related topics", "Newsletter") titles a widget, anchored or not.
    private static readonly HashSet<string> WidgetHeadings = new(Lexicon.BoilerplateLines.Concat(Lexicon.LabelLines).Select(TextKey.Normalize), StringComparer.Ordinal);
    private static readonly string[] RelatedOpenings = Lexicon.TeaserHeadingOpenings.Select(p => TextKey.Normalize(p) + " ").ToArray();

    /// <summary>Whether <paramref name="id"/> spells the words of the element's heading: itself when it is one, else a
    /// heading among its first children, when the element stands in a run of anchored siblings (a document's sections).</summary>
    public static bool IsSlugOfOwnHeading(IElement element, string id, TagTraits traits)
    {
        if (id.Length > Thresholds.MaxHeadingSlugChars)
        {
            return false;
        }

        var heading = (traits & TagTraits.Heading) != 0 ? element : SectionHeading(element);
        if (heading is null || (heading != element && !HasAnchoredSibling(element)))
        {
            return false;
        }

        var text = heading.TextContent;
        if (text.Length > Thresholds.MaxHeadingSlugChars || NamesWidget(text))
        {
            return false;
        }

        var idWords = Words(id);
        var headingWords = Words(text);
        if (headingWords.Count < (heading == element ? Thresholds.MinHeadingSlugWords : Thresholds.MinSectionSlugWords))
        {
            // One word ("Footer", "Newsletter") is as often a widget's name as a section's; a box of two ("Shameless
            // CTA") may be a widget titled by its role, and unlike a lone heading it takes its whole text along.
            return false;
        }

        // A generator may put a short mark before the heading's words (Sphinx's "s-", a CMS's "h-").
        var skip = idWords.Count == headingWords.Count + 1 && idWords[0].Length <= Thresholds.MaxSlugPrefixChars ? 1 : 0;
        if (idWords.Count - skip != headingWords.Count)
        {
            return false;
        }

        for (var i = 0; i < headingWords.Count; i++)
        {
            if (!string.Equals(idWords[i + skip], headingWords[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesWidget(string heading)
    {
        var key = TextKey.Normalize(heading);
        if (WidgetHeadings.Contains(key))
        {
            return true;
        }

        key += " ";
        foreach (var opening in RelatedOpenings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The heading opening a section: among its first few children (an anchor span or a permalink may come first).
    private static IElement? SectionHeading(IElement element)
    {
        var child = element.FirstElementChild;
        for (var i = 0; child is not null && i < Thresholds.HeadingSlugChildren; i++, child = child.NextElementSibling)
        {
            if (Tags.HeadingLevel(child.LocalName) > 0)
            {
                return child;
            }
        }

        return null;
    }

    // A document's sections follow each other, each anchored: one alone with a heading is as likely a widget.
    private static bool HasAnchoredSibling(IElement element) =>
        IsAnchoredLike(element.PreviousElementSibling, element.LocalName) || IsAnchoredLike(element.NextElementSibling, element.LocalName);

    private static bool IsAnchoredLike(IElement? sibling, string localName) =>
        sibling is not null && sibling.LocalName == localName && !string.IsNullOrEmpty(sibling.Id) && SectionHeading(sibling) is not null;

    // The lower-cased runs of letters and digits: how a slug spells a heading, whatever it does with punctuation.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
