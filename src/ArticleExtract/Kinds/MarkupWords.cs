using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Kinds;

/// <summary>
/// Class, id and itemprop words that mark a part of one kind of page as not what its reader came for (a product's
/// shoppers' reviews, a thread's posters' signatures), and the marking of those parts as noise before the page is read
/// again. By markup only, never by wording, so the reading works in every language.
/// </summary>
internal sealed class MarkupWords
{
    private readonly HashSet<string> _words;
    private readonly NoiseKind _kind;
    private readonly MarkupWords? _spared;

    /// <summary>The words of one list of <c>Vocabulary/page-kinds.txt</c>, marked as <paramref name="kind"/>.</summary>
    /// <param name="list">The list's name.</param>
    /// <param name="kind">The noise verdict the marked elements get.</param>
    /// <param name="spared">
    /// The list of words that spare an element carrying one of them, with one of these, from being marked (the elements
    /// inside it are weighed in their turn), or null.
    /// </param>
    public MarkupWords(string list, NoiseKind kind, string? spared = null)
    {
        _words = new HashSet<string>(Vocabulary.Words("page-kinds", list), StringComparer.OrdinalIgnoreCase);
        _kind = kind;
        _spared = spared is null ? null : new MarkupWords(spared, NoiseKind.None);
    }

    /// <summary>
    /// Marks the elements inside <paramref name="content"/> that carry one of the words as noise, so that a new reading
    /// of <paramref name="content"/> leaves them out. The reading root and its ancestors are never marked: a page that
    /// wraps everything in a "has-reviews" container keeps its text. Nor is an element holding the reading's headline
    /// (its first <c>h1</c>): that is the product or the post itself, whose classes a shop or a forum engine writes from
    /// its own categories and tags (WooCommerce's "product_cat-bundles", "product_tag-gift").
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public bool Mark(DocumentIndex index, int content)
    {
        var marked = false;
        var end = index.SubtreeEnd[content];
        // Looked for at the first element that carries a word, before this call marks anything: most lists match
        // nothing on a page, and each would otherwise walk the reading for its headline.
        int? headline = null;
        for (var e = content + 1; e < end; e++)
        {
            if (index.InNoise[e] || !Matches(index, e) || _spared?.Matches(index, e) == true)
            {
                continue;
            }

            headline ??= Headline(index, content);
            if (e < headline && headline < index.SubtreeEnd[e])
            {
                continue;
            }

            marked |= index.MarkNoise(e, _kind);
            e = index.SubtreeEnd[e] - 1;
        }

        return marked;
    }

    /// <summary>The first <c>h1</c> inside <paramref name="content"/> outside noise, or -1.</summary>
    private static int Headline(DocumentIndex index, int content)
    {
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (!index.InNoise[e] && (index.Traits[e] & TagTraits.Heading) != 0 && index.Elements[e].LocalName == "h1")
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>Whether the element carries one of the words: in its itemprop, its class or its id.</summary>
    public bool Matches(DocumentIndex index, int e)
    {
        var element = index.Elements[e];
        return HasWord(element.GetAttribute("itemprop")) || HasWord(element.GetAttribute("class")) || HasWord(element.Id);
    }

    private bool HasWord(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > Thresholds.KindProductMaxClassChars)
        {
            return false;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            if (lookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
