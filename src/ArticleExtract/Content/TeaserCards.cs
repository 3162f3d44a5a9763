using System.Buffers;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Content;

/// <summary>
/// Finds the teasers of other pages that a theme puts under or beside the article, inside the wrapper the article
/// was found in ("more from the blog", "latest insights"): a run of sibling cards of one tag, each holding one
/// heading that is a link to the other page and a short excerpt. Structure, not vocabulary: the cards' classes and
/// headings are as varied as the themes. The excerpts read like prose, so without this the chosen container keeps
/// them as article text. A page that is itself such a list (a blog's index) is left alone: the cards are only
/// teasers when the container holds more article text outside them than in them. A "recent posts" grid writes its
/// cards without headings: there the card opens with a link of a few words to the other page, on its own line or
/// followed by a date only, and a date or an excerpt that is not a link follows it.
/// </summary>
internal static class TeaserCards
{
    /// <summary>
    /// Marks the teaser cards inside <paramref name="root"/> as related-content noise and moves their text from the
    /// good to the bad side of every ancestor's score, as recognised noise counts there.
    /// </summary>
    /// <param name="index">The page's index; noise flags and scores inside and above the cards are rewritten.</param>
    /// <param name="root">The container chosen for the article.</param>
    /// <returns>Whether any card was marked (the container is then worth choosing again).</returns>
    public static bool Strip(DocumentIndex index, int root)
    {
        if (root < 0 || index.InNoise[root])
        {
            return false;
        }

        using var counts = Count(index, root);
        // A container with linked headings everywhere is a grid of entries (rows of three cards), not an article.
        var linkedHeadings = counts.Total(counts.LinkedHeadings);
        if (linkedHeadings + counts.Total(counts.LinkedTitles) < Thresholds.TeaserMinCards || linkedHeadings > Thresholds.TeaserMaxLinkedHeadings)
        {
            return false;
        }

        var cards = Find(index, root, counts, plain: false);
        if (cards is null)
        {
            return false;
        }

        foreach (var card in cards)
        {
            Mark(index, card);
        }

        return true;
    }

    /// <summary>
    /// The cards after the article titled each by one heading that is not a link, with a picture or a link to the
    /// other page beside it (a theme that links the card's picture, its writer or its "Learn more", not its title):
    /// two at least, of one tag, every sibling of that tag a card. A service page's feature cards look the same, so
    /// they are not made noise: the reading marks them and only an article's leaves them out.
    /// </summary>
    /// <returns>The cards' ordinals, or null when there are none.</returns>
    public static List<int>? FindPlain(DocumentIndex index, int root)
    {
        if (root < 0 || index.InNoise[root])
        {
            return null;
        }

        // Every page is asked: most hold too few headings for a run of cards, found without the prefix sums' arrays.
        var headings = 0;
        for (var e = root; e < index.SubtreeEnd[root] && headings < Thresholds.TeaserMinPlainCards; e++)
        {
            headings += !index.InNoise[e] && (index.Traits[e] & TagTraits.Heading) != 0 && index.Chars[e] > 0 ? 1 : 0;
        }

        if (headings < Thresholds.TeaserMinPlainCards)
        {
            return null;
        }

        using var counts = Count(index, root);
        return Find(index, root, counts, plain: true);
    }

    private static List<int>? Find(DocumentIndex index, int root, Counts counts, bool plain)
    {
        var cards = new List<int>();
        var cardChars = 0;
        for (var p = root; p < index.SubtreeEnd[root]; p++)
        {
            if (!index.InNoise[p] && (index.Traits[p] & TagTraits.Block) != 0)
            {
                cardChars += Run(index, root, p, counts, cards, plain);
            }
        }

        var outside = counts.Total(counts.Clean) - cardChars;
        return cards.Count == 0 || outside < Math.Max(Thresholds.TeaserArticleOverCards * cardChars, Thresholds.TeaserMinArticleChars) ? null : cards;
    }

    /// <summary>Prefix sums over the container's elements, in document order: a subtree is a range of ordinals.</summary>
    /// <remarks>
    /// <c>LinkedTitles</c> counts the links that could title a card without a heading (see <see cref="IsTitleLink"/>).
    /// The arrays are rented: sized by the container's element count, a huge page's four of them landed on the large
    /// object heap on every call (eight an extraction), each counting towards the full collection the next one
    /// triggers. Rented arrays run longer than the sums: <see cref="Total"/> reads the last sum.
    /// </remarks>
    private sealed class Counts(int n) : IDisposable
    {
        public int[] Headings { get; } = Rent(n);
        public int[] LinkedHeadings { get; } = Rent(n);
        public int[] LinkedTitles { get; } = Rent(n);
        public int[] Clean { get; } = Rent(n);

        /// <summary>The sum over the whole container.</summary>
        public int Total(int[] prefix) => prefix[n];

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(Headings);
            ArrayPool<int>.Shared.Return(LinkedHeadings);
            ArrayPool<int>.Shared.Return(LinkedTitles);
            ArrayPool<int>.Shared.Return(Clean);
        }

        private static int[] Rent(int n)
        {
            var prefix = ArrayPool<int>.Shared.Rent(n + 1);
            prefix[0] = 0;
            return prefix;
        }
    }

    private static Counts Count(DocumentIndex index, int root)
    {
        var n = index.SubtreeEnd[root] - root;
        var counts = new Counts(n);
        try
        {
            var headingEnd = -1;
            for (var i = 0; i < n; i++)
            {
                var e = root + i;
                var heading = !index.InNoise[e] && (index.Traits[e] & TagTraits.Heading) != 0 && index.Chars[e] > 0;
                var linked = heading && index.LinkChars[e] >= Thresholds.TeaserTitleLinkShare * index.Chars[e] && LinksAway(index.Elements[e]);
                headingEnd = (index.Traits[e] & TagTraits.Heading) != 0 ? Math.Max(headingEnd, index.SubtreeEnd[e]) : headingEnd;
                var title = e >= headingEnd && !index.InNoise[e] && IsTitleLink(index, e);
                counts.Headings[i + 1] = counts.Headings[i] + (heading ? 1 : 0);
                counts.LinkedHeadings[i + 1] = counts.LinkedHeadings[i] + (linked ? 1 : 0);
                counts.LinkedTitles[i + 1] = counts.LinkedTitles[i] + (title ? 1 : 0);
                counts.Clean[i + 1] = counts.Clean[i] + (index.InNoise[e] ? 0 : index.UnitChars[e]);
            }
        }
        catch
        {
            // The arrays go back to the pool on every path; a caller only disposes what it was given.
            counts.Dispose();
            throw;
        }

        return counts;
    }

    /// <summary>
    /// Whether the element is a link that reads as the title of another page: it leads away and holds a few words
    /// ("Read more", a category or a tag are one or two).
    /// </summary>
    private static bool IsTitleLink(DocumentIndex index, int e)
    {
        if ((index.Traits[e] & TagTraits.Link) == 0 || index.Chars[e] < Thresholds.TeaserTitleMinChars || index.Chars[e] > Thresholds.TeaserTitleMaxChars)
        {
            return false;
        }

        var element = index.Elements[e];
        return ElementText.Of(element).AsSpan().Trim().Count(' ') + 1 >= Thresholds.TeaserTitleMinWords && LinksAway(element);
    }

    /// <summary>
    /// Whether the heading's first link, or the link around it, leads to another page: an accordion's or a table of contents' toggle
    /// (<c>href="#…"</c>, a script) opens text on this page.
    /// </summary>
    private static bool LinksAway(AngleSharp.Dom.IElement heading)
    {
        // A card wrapped whole in its link (<a class="card"><h3>…</h3><p>…</p></a>) titles it from outside.
        var link = heading.LocalName == "a" ? heading : heading.QuerySelector("a[href]") ?? heading.Closest("a[href]");
        var href = link?.GetAttribute("href")?.Trim();
        return !string.IsNullOrEmpty(href) && href[0] != '#' && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Adds the cards among <paramref name="parent"/>'s children to <paramref name="cards"/> when they make a run:
    /// <see cref="Thresholds.TeaserMinCards"/> to <see cref="Thresholds.TeaserMaxCards"/> of one tag, and every child
    /// of that tag with text a card (a listicle's or a listing's entries vary in length; teasers are cut to one size).
    /// </summary>
    /// <returns>The characters of text in the cards added.</returns>
    private static int Run(DocumentIndex index, int root, int parent, Counts counts, List<int> cards, bool plain)
    {
        var end = index.SubtreeEnd[parent];
        var titled = plain ? counts.Headings[end - root] - counts.Headings[parent - root + 1]
            : counts.LinkedHeadings[end - root] - counts.LinkedHeadings[parent - root + 1] + counts.LinkedTitles[end - root] - counts.LinkedTitles[parent - root + 1];
        var fewest = plain ? Thresholds.TeaserMinPlainCards : Thresholds.TeaserMinCards;
        if (titled < fewest)
        {
            return 0;
        }

        string? tag = null;
        int found = 0, siblings = 0, chars = 0;
        for (var c = parent + 1; c < end; c = index.SubtreeEnd[c])
        {
            var text = Sum(counts.Clean, root, c, index.SubtreeEnd[c]);
            if (index.InNoise[c] || text == 0)
            {
                continue;
            }

            var isCard = IsCard(index, root, c, counts, text, plain);
            tag ??= isCard ? index.Elements[c].LocalName : null;
            if (tag is not null && index.Elements[c].LocalName == tag)
            {
                siblings++;
                found += isCard ? 1 : 0;
                chars += isCard ? text : 0;
            }
        }

        // Teasers follow the article: a run with much of the container's other text after it is the article's own
        // list (a listicle's linked items, a service page's feature cards, a listing's entries).
        var before = counts.Clean[parent - root];
        var after = counts.Total(counts.Clean) - counts.Clean[end - root];
        if (found < fewest || found > Thresholds.TeaserMaxCards || found < siblings || before < Thresholds.TeaserTextBefore * (before + after))
        {
            return 0;
        }

        for (var c = parent + 1; c < end; c = index.SubtreeEnd[c])
        {
            if (!index.InNoise[c] && index.Elements[c].LocalName == tag && IsCard(index, root, c, counts, Sum(counts.Clean, root, c, index.SubtreeEnd[c]), plain))
            {
                cards.Add(c);
            }
        }

        return chars;
    }

    // A heading is a card's title, never a card: a listicle's linked headings sit between its paragraphs. A card
    // without a heading opens with its one title link and goes on with text that is not a link (a date, an excerpt).
    private static bool IsCard(DocumentIndex index, int root, int c, Counts counts, int text, bool plain)
    {
        if (text > (plain ? Thresholds.TeaserPlainCardMaxChars : Thresholds.TeaserMaxChars) || (index.Traits[c] & TagTraits.Heading) != 0)
        {
            return false;
        }

        var end = index.SubtreeEnd[c];
        var headings = Sum(counts.Headings, root, c, end);
        if (headings > 0)
        {
            return headings == 1 && (plain ? Sum(counts.LinkedHeadings, root, c, end) == 0 && PictureOrLink(index, c) : Sum(counts.LinkedHeadings, root, c, end) == 1);
        }

        if (plain)
        {
            return false;
        }

        if (Sum(counts.LinkedTitles, root, c, end) != 1 || index.Chars[c] - index.LinkChars[c] < Thresholds.TeaserCardMinOtherChars)
        {
            return false;
        }

        for (var e = c + 1; e < end; e++)
        {
            if (IsTitleLink(index, e))
            {
                return IsTitleOf(index, c, e);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the link titles the card: the card's text starts with it, and it stands on its own line (alone in a
    /// block of the card) or the rest of the card is a date ("recent posts" widgets). A link inside a sentence, or a
    /// title followed on its line by the description, opens an entry of the article's own list.
    /// </summary>
    private static bool IsTitleOf(DocumentIndex index, int card, int link)
    {
        var title = ElementText.Of(index.Elements[link]).Trim();
        var text = ElementText.Of(index.Elements[card]).Trim();
        if (!text.StartsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        var block = index.Parent[link];
        while (block != card && (index.Traits[block] & TagTraits.Block) == 0)
        {
            block = index.Parent[block];
        }

        if (block != card && index.Chars[block] == index.Chars[link])
        {
            return true;
        }

        var rest = text[title.Length..].Trim();
        return rest.Length <= Thresholds.TeaserDateMaxChars && Metadata.DateParser.LooksLikeDate(rest);
    }

    /// <summary>
    /// Whether the card holds a picture, lies inside a link to another page, or holds such a link on a line of its own
    /// ("Learn more", the other page's name): a link inside a sentence of the text is an FAQ answer's or a section's.
    /// </summary>
    private static bool PictureOrLink(DocumentIndex index, int card)
    {
        var element = index.Elements[card];
        if (element.QuerySelector("img") is not null || (element.Closest("a[href]") is not null && LinksAway(element)))
        {
            return true;
        }

        for (var e = card + 1; e < index.SubtreeEnd[card]; e++)
        {
            if ((index.Traits[e] & TagTraits.Link) == 0 || index.Chars[e] == 0 || !LinksAway(index.Elements[e]))
            {
                continue;
            }

            var block = index.Parent[e];
            while (block != card && (index.Traits[block] & TagTraits.Block) == 0)
            {
                block = index.Parent[block];
            }

            if (index.Chars[block] == index.Chars[e])
            {
                return true;
            }
        }

        return false;
    }

    private static int Sum(int[] prefix, int root, int from, int to) => prefix[to - root] - prefix[from - root];

    private static void Mark(DocumentIndex index, int card)
    {
        index.Noise[card] = NoiseKind.Related;
        for (var e = card; e < index.SubtreeEnd[card]; e++)
        {
            index.InNoise[e] = true;
        }

        var good = index.Good[card];
        var units = index.GoodUnits[card];
        for (var a = index.Parent[card]; a >= 0; a = index.Parent[a])
        {
            index.Good[a] -= good;
            index.GoodUnits[a] -= units;
            index.Bad[a] += good / 2;
        }
    }
}
