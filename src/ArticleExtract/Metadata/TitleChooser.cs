using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Picks the headline: JSON-LD (<c>headline</c> or <c>name</c>, whichever agrees with the page's other titles),
/// then meta titles (Dublin Core, OpenGraph, Twitter, plain), then the page's <c>&lt;title&gt;</c> — or the
/// <c>&lt;h1&gt;</c> when the <c>&lt;title&gt;</c> is that heading plus decorations. Site-name decorations are
/// then removed.
/// </summary>
internal static class TitleChooser
{
    // Readability's threshold for "the same title, give or take a decoration".
    private const double SameTitle = 0.75;

    // Below this share of shared words, two titles are about different things.
    private const double Unrelated = 0.25;

    /// <summary>
    /// The headline as shown and, when it differs, the metadata (SEO) title. The visible headline
    /// (<paramref name="headline"/>, given only when <see cref="HeadlineFinder"/> judged it a plausible title) wins;
    /// otherwise the metadata title stands, decorations removed.
    /// </summary>
    public static (string? Title, string? MetaTitle) Choose(List<IElement> h1s, string? docTitle, MetaTags meta, JsonLdReader ld, string?[] siteNames, IElement? headline)
    {
        var reference = docTitle ?? MetadataReader.Clean(meta.First("og:title"));
        var metaTitle = MetadataReader.Clean(meta.First("dc:title", "dcterms:title", "og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "headline"));
        if (metaTitle is not null && IsSiteDefault(h1s, metaTitle, docTitle))
        {
            metaTitle = null;
        }

        var chosen = Untruncated(FromJsonLd(ld, reference, siteNames), reference, siteNames) ?? metaTitle ?? FromPage(h1s, docTitle, siteNames);
        var fromMetadata = TitleCleaner.WithoutPipedTail(TitleCleaner.FirstOfChain(chosen, siteNames) ?? TitleCleaner.Clean(chosen, siteNames));
        var shown = TitleCleaner.WithoutPipedTail(TitleCleaner.Clean(headline is null ? null : ShownText(headline), siteNames));
        if (shown is null)
        {
            return (fromMetadata, null);
        }

        shown = TitleCleaner.SpelledAsTitle(TitleCleaner.WithoutLabel(shown, TitleCleaner.WithoutPipedTail(TitleCleaner.Clean(docTitle, siteNames))), docTitle, siteNames);

        var same = fromMetadata is null || Cleaning.TextKey.SameKey(shown, fromMetadata);
        return (shown, same ? null : fromMetadata);
    }

    /// <summary>
    /// The title once the page's kind is known. A service or landing page's big heading is a slogan ("Win customers
    /// with the #1 platform", "Software you can count on"); the page's name is what its metadata title says ("Email
    /// marketing tools"), so that title wins there. Not when the metadata title opens with the heading and a separator
    /// follows (the heading is the page's name and the rest a decoration the cleaner did not know), nor on a home page,
    /// whose title names the brand (<see cref="MetadataReader"/>). A title that says the heading and goes on in words
    /// does win: the heading is the name cut down ("Home insurance" over "Home insurance for renters and owners"; on WCXB-dev
    /// tuning pages 4 such titles were the truth, none of their headings). The body still leaves out the heading as it
    /// shows it (<see cref="ArticleMetadata.ShownTitle"/>).
    /// </summary>
    public static ArticleMetadata ForKind(ArticleMetadata metadata, PageKind kind, Uri? url)
    {
        if (kind == PageKind.Listing && metadata.CategoryHeading is { } category)
        {
            // The body was read with the title it had: it keeps leaving out the same heading.
            return metadata with { Title = category, MetaTitle = metadata.Title, ShownTitle = metadata.ShownTitle ?? metadata.Title };
        }

        if (kind != PageKind.Service || metadata.MetaTitle is not { } named || metadata.Title is not { } shown || url is { AbsolutePath: "/" or "" })
        {
            return metadata;
        }

        return Cleaning.TextKey.Normalize(named).StartsWith(Cleaning.TextKey.Normalize(shown), StringComparison.Ordinal) && !GoesOn(named, shown)
            ? metadata
            : metadata with { Title = named, MetaTitle = null };
    }

    /// <summary>Whether <paramref name="named"/> is <paramref name="shown"/>, a space, and more words (or a bracket), not a separator and a decoration.</summary>
    private static bool GoesOn(string named, string shown) =>
        named.Length > shown.Length + 1 && named.StartsWith(shown, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(named[shown.Length])
        && named.AsSpan(shown.Length).TrimStart() is [var next, ..] && (char.IsLetterOrDigit(next) || next == '(');

    /// <summary>
    /// The first <c>&lt;h1&gt;</c> most of whose words the <c>&lt;title&gt;</c> holds, however short ("Headlamps" under
    /// "Headlamps for Camping, Hiking &amp; Running | Shop"): a shop's or blog's category page names its category in the
    /// heading and adds the words searchers type in the title. Not the site's name, a heading in navigation or a sidebar,
    /// or the title's trailing decoration. Null when no heading qualifies.
    /// </summary>
    public static string? CategoryHeading(List<IElement> h1s, string? docTitle, string?[] siteNames)
    {
        if (docTitle is null)
        {
            return null;
        }

        var cleanedTitle = TitleCleaner.Clean(docTitle, siteNames);
        var seen = 0;
        foreach (var h1 in h1s)
        {
            if (++seen > MetadataThresholds.MaxCategoryHeadings)
            {
                break;
            }

            var text = TitleCleaner.WithoutPipedTail(TitleCleaner.Clean(MetadataReader.Clean(HeadlineText.Of(h1)), siteNames));
            if (text is null || text.Length > MetadataThresholds.MaxHeadlineLength || IsSiteName(text, siteNames)
                || TitleCleaner.IsDecoration(text, docTitle, cleanedTitle) || BylineFinder.IsForeign(h1))
            {
                continue;
            }

            if (Similarity(docTitle, text) >= MetadataThresholds.CategoryHeadingInTitle)
            {
                return text;
            }
        }

        return null;
    }

    private static readonly string[] LabelClasses = Vocabulary.Words("titles", "headline-label-classes");

    /// <summary>The headline's text without a label element that opens it ("&lt;span class="label"&gt;Question&lt;/span&gt; Which hoe?").</summary>
    private static string? ShownText(IElement headline)
    {
        var text = MetadataReader.Clean(HeadlineText.Of(headline));
        if (text is null || headline.FirstElementChild is not { } first || !IsLabel(first.GetAttribute("class")))
        {
            return text;
        }

        foreach (var node in headline.ChildNodes)
        {
            if (node == first)
            {
                break;
            }

            if (node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return text;
            }
        }

        var label = MetadataReader.Clean(HeadlineText.Of(first));
        return label is not null && text.Length > label.Length + 1 && text.StartsWith(label, StringComparison.Ordinal) ? text[label.Length..].TrimStart() : text;
    }

    private static bool IsLabel(string? classValue)
    {
        foreach (var word in LabelClasses)
        {
            if (BylineFinder.HasToken(classValue, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Some sites put a section or type label in <c>headline</c> ("Wikimedia list article") and the title in
    /// <c>name</c>, others the reverse; the one that resembles the page's own title wins, <c>headline</c> on a tie.
    /// </summary>
    private static string? FromJsonLd(JsonLdReader ld, string? reference, string?[] siteNames)
    {
        var headline = MetadataReader.Clean(ld.Headline);
        var name = MetadataReader.Clean(ld.Name);
        if (name is not null && IsSiteName(name, siteNames))
        {
            name = null;
        }

        if (headline is null || name is null || reference is null || string.Equals(headline, name, StringComparison.OrdinalIgnoreCase))
        {
            return headline ?? name;
        }

        var headlineAgrees = Similarity(reference, headline) > SameTitle;
        var nameAgrees = Similarity(reference, name) > SameTitle;
        return nameAgrees && !headlineAgrees ? name : headline;
    }

    /// <summary>
    /// The page's title in place of a JSON-LD headline cut short by a length limit ("… Every Joint by Hand (And the" or
    /// "… Every Joint by Ha…") when the title goes on with the headline's next words; not when what follows is a
    /// decoration (" - Site", a separator) or the site's name alone.
    /// </summary>
    private static string? Untruncated(string? headline, string? reference, string?[] siteNames)
    {
        if (headline is null || reference is null || reference.Length <= headline.Length)
        {
            return headline;
        }

        var bare = headline.TrimEnd('\u2026', '.', ' ');
        var ellipsis = bare.Length < headline.Length && (headline.EndsWith('\u2026') || headline.EndsWith("...", StringComparison.Ordinal));
        if (bare.Length < MetadataThresholds.MinHeadlineLength || !reference.StartsWith(bare, StringComparison.OrdinalIgnoreCase)
            || !(ellipsis || char.IsWhiteSpace(reference[bare.Length])))
        {
            return headline;
        }

        var rest = reference[bare.Length..].TrimStart();
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]) && !IsSiteName(rest, siteNames) ? reference : headline;
    }

    /// <summary>
    /// A meta title left at the site's default ("Yahoo News - Latest News &amp; Headlines") shares almost no words
    /// with a page whose <c>&lt;title&gt;</c> and <c>&lt;h1&gt;</c> agree on the headline: it is junk, not a title.
    /// </summary>
    private static bool IsSiteDefault(List<IElement> h1s, string metaTitle, string? docTitle)
    {
        if (docTitle is null || Similarity(docTitle, metaTitle) >= Unrelated || Similarity(metaTitle, docTitle) >= Unrelated)
        {
            return false;
        }

        foreach (var h1 in h1s)
        {
            if (MetadataReader.Clean(HeadlineText.Of(h1)) is { } text && Similarity(docTitle, text) > SameTitle && Similarity(metaTitle, text) < Unrelated)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FromPage(List<IElement> h1s, string? docTitle, string?[] siteNames)
    {
        string? onlyH1 = null;
        foreach (var h1 in h1s)
        {
            if (MetadataReader.Clean(HeadlineText.Of(h1)) is not { } text)
            {
                continue;
            }

            // Several headings (site name, article title, widget titles) leave no single headline to trust.
            if (onlyH1 is not null)
            {
                return docTitle;
            }

            onlyH1 = text;
        }

        if (docTitle is null || onlyH1 is null)
        {
            return docTitle ?? onlyH1;
        }

        // "Pruning - The Orchard Handbook" around the heading "The Orchard Handbook": the heading
        // is the book's name, and the title without it is the page's. Not when what is left is the site's name ("Brand
        // Coffee - How to Brew the Perfect Cup" over that heading): there the heading is the page's title and the brand
        // leads it as a decoration.
        if (TitleCleaner.WithoutTail(docTitle, onlyH1) is { } page && !IsSiteName(page, siteNames))
        {
            return page;
        }

        // "Headline | Section | Site" around the page's one h1 "Headline": the h1 is the title without its decorations.
        // Not a blog's name set as its one h1 ("Blog Name: Post Title" around "Blog Name"): that is the decoration.
        var isCore = onlyH1.Length >= 10 && !IsSiteName(onlyH1, siteNames) && onlyH1.Length * 5 >= docTitle.Length * 2 && onlyH1.Length < docTitle.Length
            && docTitle.Contains(onlyH1, StringComparison.OrdinalIgnoreCase);
        return isCore ? onlyH1 : docTitle;
    }

    /// <summary>Whether the value is one of the site's names, spaces aside ("Arch Linux" is the host's "archlinux").</summary>
    internal static bool IsSiteName(string value, string?[] siteNames)
    {
        if (value.Length > MaxKeyOnStack)
        {
            return IsSiteNameOfLong(value, siteNames);
        }

        // The keys written into buffers and compared there: two strings per name and call were made before, for a
        // handful of names asked about every heading and title.
        Span<char> valueBuffer = stackalloc char[value.Length];
        Span<char> siteBuffer = stackalloc char[MaxKeyOnStack];
        var key = GluedInto(value, valueBuffer);
        if (key.IsEmpty)
        {
            return false;
        }

        foreach (var site in siteNames)
        {
            if (site is not null && (site.Length > MaxKeyOnStack ? Glued(site).AsSpan() : GluedInto(site, siteBuffer)).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="IsSiteName"/> for a value too long for a buffer on the stack; the tests hold the two to the same answers.</summary>
    internal static bool IsSiteNameOfLong(string value, string?[] siteNames)
    {
        var key = Glued(value);
        foreach (var site in siteNames)
        {
            if (site is not null && key.Length > 0 && Glued(site) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Texts up to this long have their comparison keys written on the stack (a key is never longer than its text).</summary>
    private const int MaxKeyOnStack = TitleCleaner.MaxKeyOnStack;

    private static string Glued(string s) => Cleaning.TextKey.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary><see cref="Glued"/> written into <paramref name="buffer"/> (at least as long as <paramref name="text"/>): the title cleaner's key.</summary>
    private static ReadOnlySpan<char> GluedInto(ReadOnlySpan<char> text, Span<char> buffer) => TitleCleaner.KeyInto(text, buffer);

    /// <summary>The share of <paramref name="b"/>'s word characters that also appear as words of <paramref name="a"/> (Readability's measure).</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length > MaxKeyOnStack || b.Length > MaxKeyOnStack)
        {
            return SimilarityOfLong(a, b);
        }

        // The keys written into buffers and their words compared in place (a key's words are separated by one space, with
        // none before or after): the set, the arrays and the word strings of each call were most of the title choice's
        // garbage. A word of b is looked for among a's by a scan, which the keys' bounded length keeps short.
        Span<char> bufferA = stackalloc char[a.Length];
        Span<char> bufferB = stackalloc char[b.Length];
        ReadOnlySpan<char> keyA = bufferA[..Cleaning.TextKey.NormalizeInto(a, bufferA)];
        ReadOnlySpan<char> keyB = bufferB[..Cleaning.TextKey.NormalizeInto(b, bufferB)];
        return keyA.IsEmpty || keyB.IsEmpty ? 0 : Share(keyA, keyB);
    }

    /// <summary>
    /// <see cref="Similarity"/> both ways, (<paramref name="a"/>, <paramref name="b"/>) and (<paramref name="b"/>,
    /// <paramref name="a"/>), from one key of each.
    /// </summary>
    internal static (double AB, double BA) Similarities(string a, string b)
    {
        if (a.Length > MaxKeyOnStack || b.Length > MaxKeyOnStack)
        {
            return (SimilarityOfLong(a, b), SimilarityOfLong(b, a));
        }

        Span<char> bufferA = stackalloc char[a.Length];
        Span<char> bufferB = stackalloc char[b.Length];
        ReadOnlySpan<char> keyA = bufferA[..Cleaning.TextKey.NormalizeInto(a, bufferA)];
        ReadOnlySpan<char> keyB = bufferB[..Cleaning.TextKey.NormalizeInto(b, bufferB)];
        return keyA.IsEmpty || keyB.IsEmpty ? (0, 0) : (Share(keyA, keyB), Share(keyB, keyA));
    }

    /// <summary>The share of <paramref name="keyB"/>'s word characters that also stand as words in <paramref name="keyA"/>; both keys non-empty.</summary>
    private static double Share(ReadOnlySpan<char> keyA, ReadOnlySpan<char> keyB)
    {
        var total = 0;
        var unique = 0;
        foreach (var range in keyB.Split(' '))
        {
            var word = keyB[range];
            total += word.Length + 1;
            if (!HasWord(keyA, word))
            {
                unique += word.Length + 1;
            }
        }

        return 1 - ((double)unique / total);
    }

    private static bool HasWord(ReadOnlySpan<char> key, ReadOnlySpan<char> word)
    {
        if (!word.IsEmpty)
        {
            // The word searched for (one vectorised search) and taken where it stands whole, between spaces or the key's
            // ends: the key's words are set apart by single spaces and hold none, so that is where it equals one of them.
            for (var from = 0; from + word.Length <= key.Length;)
            {
                var at = key[from..].IndexOf(word);
                if (at < 0)
                {
                    return false;
                }

                at += from;
                var end = at + word.Length;
                if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
                {
                    return true;
                }

                from = at + 1;
            }

            return false;
        }

        foreach (var range in key.Split(' '))
        {
            if (key[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Similarity"/> for texts too long for buffers on the stack, by a set of a's words; the tests hold the two to the same answers.</summary>
    internal static double SimilarityOfLong(string a, string b)
    {
        var wordsA = new HashSet<string>(Words(a), StringComparer.Ordinal);
        var wordsB = Words(b);
        if (wordsA.Count == 0 || wordsB.Length == 0)
        {
            return 0;
        }

        var total = 0;
        var unique = 0;
        foreach (var w in wordsB)
        {
            total += w.Length + 1;
            if (!wordsA.Contains(w))
            {
                unique += w.Length + 1;
            }
        }

        return 1 - ((double)unique / total);
    }

    private static string[] Words(string s) => Cleaning.TextKey.Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
