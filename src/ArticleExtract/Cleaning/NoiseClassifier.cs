using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Stage 4 ("clean"): decides, for one element at a time and from its own markup only, whether it is page noise
/// (ads, cookie banners, comments, share bars, newsletter prompts, related lists, navigation, header, footer,
/// sidebars, bylines) and whether it names itself the article body. Nothing is removed: the verdicts go into the
/// <see cref="Analysis.DocumentIndex"/> side table, and wording-based noise is dropped later, block by block, by
/// <see cref="Structure.BoilerplateFilter"/>.
/// </summary>
internal static class NoiseClassifier
{
    private static readonly Dictionary<string, NoiseKind>.AlternateLookup<ReadOnlySpan<char>> PairLookup =
        Lexicon.NoisePairs.ToDictionary(t => t.First + " " + t.Second, t => t.Kind, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicPairLookup =
        new HashSet<string>(Lexicon.TopicPairs, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word list in one table, so that a class or id word costs one hash lookup rather than five or six
    // (hashing the words was over half of the classifier's time).
    private static readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> WordLookup = BuildWordLookup();

    // The same table for words of ASCII characters (nearly all), found without lower-casing them into a buffer first.
    private static readonly AsciiWordTable<WordEntry> AsciiWords = new(WordLookup.Dictionary);

    // For every shape of a word (its first two characters, as five bits each that ignore ASCII case, and its length,
    // lengths from 31 on alike), whether some listed word has it (Listed), and whether some taxonomy or layout-state
    // prefix does ("tag-", "has-": Prefix): most class words ("col", "md", "wrapper", "container") have none, and a bit
    // tells so without casing the word and hashing it. Two characters and not one: with one, most words of a common
    // length passed (measured with `ab ... class-words`).
    private static readonly ulong[] ListedShapes = BuildShapes(WordLookup.Dictionary.Keys);

    private static readonly ulong[] PrefixShapes = BuildShapes([.. Lexicon.TaxonomyClassPrefixes, .. Lexicon.LayoutStateClassPrefixes]);

    [Flags]
    private enum Shape : byte
    {
        None = 0,
        Listed = 1,
        Prefix = 2,
    }

    private static ulong[] BuildShapes(IEnumerable<string> words)
    {
        var shapes = new ulong[32 * 32 * 32 / 64];
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            // A listed word with a character beyond ASCII among its first two may equal, ignoring case, a word with an
            // ASCII letter there (U+017F is "s" upper-cased): every code of that place is marked.
            var first = word[0];
            var second = word.Length > 1 ? word[1] : '\0';
            for (var f = first < 128 ? first & 31 : 0; f <= (first < 128 ? first & 31 : 31); f++)
            {
                for (var c = second < 128 ? second & 31 : 0; c <= (second < 128 ? second & 31 : 31); c++)
                {
                    var index = ShapeIndex((char)f, (char)c, word.Length);
                    shapes[index >> 6] |= 1UL << (index & 63);
                }
            }
        }

        return shapes;
    }

    private static int ShapeIndex(char first, char second, int length) => ((first & 31) << 10) | ((second & 31) << 5) | Math.Min(length, 31);

    /// <summary>
    /// Which lists have a word of <paramref name="word"/>'s shape (see <see cref="ListedShapes"/>): all of them when
    /// one of its first two characters is beyond ASCII.
    /// </summary>
    // Asked for every word: the call cost more than its two loads.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Shape ShapeOf(ReadOnlySpan<char> word)
    {
        var first = word[0];
        var second = word.Length > 1 ? word[1] : '\0';
        if ((first | second) >= 128)
        {
            return Shape.Listed | Shape.Prefix;
        }

        var index = ShapeIndex(first, second, word.Length);
        var bit = 1UL << (index & 63);
        var shape = (ListedShapes[index >> 6] & bit) != 0 ? Shape.Listed : Shape.None;
        return (PrefixShapes[index >> 6] & bit) != 0 ? shape | Shape.Prefix : shape;
    }

    [Flags]
    private enum WordRole : byte
    {
        None = 0,
        Noise = 1,
        Content = 2,
        Subject = 4,
        Body = 8,
        Embed = 16,
        PairFirst = 32,
        InArticle = 64,
    }

    private readonly record struct WordEntry(NoiseKind Kind, WordRole Role);

    private static Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> BuildWordLookup()
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        void Add(string word, WordRole role, NoiseKind kind = NoiseKind.None)
        {
            var entry = words.GetValueOrDefault(word);
            words[word] = new WordEntry(role == WordRole.Noise ? kind : entry.Kind, entry.Role | role);
        }

        // ToDictionary, as before: a word listed twice as noise is a mistake in the lexicon, caught at start-up.
        foreach (var (token, kind) in Lexicon.NoiseTokens.ToDictionary(t => t.Token, t => t.Kind, StringComparer.Ordinal))
        {
            Add(token, WordRole.Noise, kind);
        }

        foreach (var w in Lexicon.ContentTokens)
        {
            Add(w, WordRole.Content);
        }

        foreach (var w in Lexicon.ContentSubjectTokens)
        {
            Add(w, WordRole.Subject);
        }

        foreach (var w in Lexicon.ContentBodyTokens)
        {
            Add(w, WordRole.Body);
        }

        foreach (var w in Lexicon.EmbedTokens)
        {
            Add(w, WordRole.Embed);
        }

        foreach (var (first, _, _) in Lexicon.NoisePairs)
        {
            Add(first, WordRole.PairFirst);
        }

        foreach (var pair in Lexicon.TopicPairs)
        {
            Add(pair[..pair.IndexOf(' ', StringComparison.Ordinal)], WordRole.PairFirst);
        }

        foreach (var w in Lexicon.InArticleNoiseTokens)
        {
            Add(w, WordRole.InArticle);
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Classifies one element.</summary>
    /// <param name="element">The element.</param>
    /// <param name="traits">Its tag traits.</param>
    /// <param name="contentHint">Set when the element's markup names it the article body.</param>
    /// <param name="classWords">
    /// Whether class and id words count as evidence of noise. Off for the guard's second reading of a page whose
    /// article the words all but deleted; tags, roles and hidden state still count.
    /// </param>
    public static NoiseKind Classify(IElement element, TagTraits traits, out bool contentHint, bool classWords = true) =>
        Classify(element, element.LocalName, traits, out contentHint, classWords);

    /// <summary>Classifies one element whose local name the caller has read (each read through the interface is a dispatch stub).</summary>
    /// <param name="element">The element.</param>
    /// <param name="local">Its local name.</param>
    /// <param name="traits">Its tag traits.</param>
    /// <param name="contentHint">Set when the element's markup names it the article body.</param>
    /// <param name="classWords">Whether class and id words count as evidence of noise.</param>
    /// <param name="hiddenWords">
    /// With <paramref name="classWords"/> off, whether the class words of a screen reader's copy ("sr-only",
    /// "visually-hidden") still hide it: hidden state the words carry, not a guess at chrome. On for the records
    /// searched again on a listing, whose cards carry such copies of their titles and options; off for the guard's
    /// reading, which reads an article the class words all but deleted and keeps what it can (on WCXB-dev tuning pages
    /// it gained on F1 there but lost a snippet a truth keeps from such a copy, and the snippet floor did not hold).
    /// </param>
    internal static NoiseKind Classify(IElement element, string local, TagTraits traits, out bool contentHint, bool classWords, bool hiddenWords = false)
    {
        contentHint = false;
        if ((traits & TagTraits.NonContent) != 0 && !IsNoscriptRendering(element))
        {
            return NoiseKind.NonContent;
        }

        var attributes = NoiseAttributes.Of(element);
        var classes = ClassVerdictOf(attributes.Class);
        if (IsHidden(attributes, classes.Hide) && !IsRedundantLink(element, attributes))
        {
            return NoiseKind.Hidden;
        }

        var itemprop = attributes.ItemProp;
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            contentHint = true;
        }

        var kind = LandmarkKind(element, local, traits, attributes.Role, ref contentHint);
        var semanticNoise = kind != NoiseKind.None;
        var tokenKind = classes.Kind;
        contentHint |= classes.ContentHint;
        var id = attributes.Id;
        var idKind = AnchorAware(ClassifyId(id, ref contentHint, out var idInArticle), tokenKind, element, id, traits);
        if (!classWords)
        {
            (tokenKind, idKind) = (hiddenWords && tokenKind == NoiseKind.Hidden ? tokenKind : NoiseKind.None, NoiseKind.None);
        }

        if (kind == NoiseKind.None && OutsideItsArticle(element, tokenKind != NoiseKind.None ? classes.InArticle : idKind != NoiseKind.None && idInArticle))
        {
            tokenKind = idKind = NoiseKind.None;
        }

        if (kind == NoiseKind.None)
        {
            kind = tokenKind != NoiseKind.None ? tokenKind : idKind;

            // A link's text is part of its sentence: cutting a link for a class word ("popup" on a glossary link)
            // leaves "I mean the or ." (A span may be a hover card holding other text, and keeps its verdict.)
            if (local == "a" && kind is not NoiseKind.Hidden)
            {
                kind = NoiseKind.None;
            }

            // A heading's "header" class names the heading itself (Substack's "header-anchor-post", an accordion's
            // "accordion-header"), not the page's masthead; the headings of real page headers sit inside one. Inside
            // <article> or <main> the word names a section's or a card's header ("section-header", "card-header"),
            // unless it names the article's own ("article-header", "entry-header": its title, standfirst and byline).
            // In one of a run of sibling <article>s (a listing's entries, a feed's cards) even the article's own
            // header is the entry's linked title, which is what a reader of the listing reads. Inside a heading the
            // word names a part of that heading (a BEM "card__header__title__text" span holding the title's words).
            if (kind == NoiseKind.Header && ((traits & TagTraits.Heading) != 0
                || (NamesPartHeader(attributes.Class) && !NamesArticle(id) && InsideArticleOrMain(element))
                || InsideEntry(element) || IsDisclosureWidget(element, attributes.Class) || InsideHeading(element)))
            {
                kind = NoiseKind.None;
            }

            // A heading's navigation word names its place in the table of contents ("toc_how-it-works" as an anchor id,
            // "hide-from-toc"), not a menu: a menu's headings sit inside the menu's own element.
            if (kind == NoiseKind.Navigation && (traits & TagTraits.Heading) != 0)
            {
                kind = NoiseKind.None;
            }
        }

        // An element that names itself the article body is not noise, and neither are the document's own
        // containers, whatever their classes say (WordPress puts "comments-open has-sidebar" on <body>). A
        // landmark role or tag (role=complementary, <aside>, <nav>) outranks what class words suggest.
        if ((contentHint && !semanticNoise) || local is "body" or "html" or "main")
        {
            return NoiseKind.None;
        }

        return kind;
    }

    /// <summary>
    /// The id's verdict, unless the id was written from the section's own heading ("respond-to-review-comments" over
    /// "Respond to review comments", as documentation generators and many CMSs anchor their sections): it then names
    /// the section's topic, not its role on the page (<see cref="HeadingSlug"/>). Only an id that alone gives a verdict
    /// is compared.
    /// </summary>
    private static NoiseKind AnchorAware(NoiseKind idKind, NoiseKind tokenKind, IElement element, string? id, TagTraits traits) =>
        idKind is not NoiseKind.None and not NoiseKind.Hidden && tokenKind == NoiseKind.None && HeadingSlug.IsSlugOfOwnHeading(element, id!, traits)
            ? NoiseKind.None
            : idKind;

    /// <summary>The noise a landmark says: its ARIA role, its tag (nav, aside, header, footer) or a form.</summary>
    private static NoiseKind LandmarkKind(IElement element, string local, TagTraits traits, string? role, ref bool contentHint)
    {
        var kind = NoiseKind.None;
        if (role is not null)
        {
            kind = role.Trim().ToLowerInvariant() switch
            {
                "navigation" or "menu" or "menubar" or "search" or "toolbar" => NoiseKind.Navigation,
                "banner" => NoiseKind.Header,
                "contentinfo" => NoiseKind.Footer,
                "complementary" => NoiseKind.Sidebar,
                "dialog" or "alertdialog" => NoiseKind.Popup,
                "main" or "article" => NoiseKind.None,
                _ => NoiseKind.None,
            };
            if (role is "main" or "article")
            {
                contentHint = true;
            }
        }

        if (kind == NoiseKind.None && (traits & TagTraits.Chrome) != 0 && !(local == "header" && IsScopedHeader(element)))
        {
            kind = local switch
            {
                "nav" => NoiseKind.Navigation,
                "aside" => NoiseKind.Sidebar,
                "footer" => NoiseKind.Footer,
                _ => NoiseKind.Header,
            };
        }

        if (kind == NoiseKind.None && local == "form")
        {
            kind = NoiseKind.Form;
        }

        return kind;
    }

    /// <summary>Whether a class or id value holds a word naming the article or its body ("article", "entry", "content").</summary>
    internal static bool NamesArticle(string? value) => ClassRoles(value).Article;

    /// <summary>
    /// Whether a class value names the header of a part of the page ("section-header", "card-header"): besides its
    /// noise word it has a word that is neither noise nor a name of the article or its body.
    /// </summary>
    private static bool NamesPartHeader(string? value)
    {
        var (article, qualified) = ClassRoles(value);
        return qualified && !article;
    }

    /// <summary>
    /// Whether the element stands inside a heading (h1–h6): a "header" class word there names the heading's own parts
    /// ("card__header__title__text"), and a page's masthead never sits inside a heading. On WCXB-dev tuning pages one
    /// listing gains (word F1 0.846 -> 0.999) and one article loses 0.0014 (a title line repeated in a heading).
    /// </summary>
    private static bool InsideHeading(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (Tags.HeadingLevel(ancestor) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DisclosureWords =
        new HashSet<string>(Lexicon.DisclosureTokens, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the value names the article or its body, and whether it has a qualifying word; the toggle of an
    // accordion or FAQ ("accordion-header") counts as neither: it stays with its panel's verdict.
    private static (bool Article, bool Qualified) ClassRoles(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 512)
        {
            return (false, false);
        }

        Span<char> lower = stackalloc char[64];
        var (article, qualified) = (false, false);
        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            if (word.Length > lower.Length || !char.IsLetter(word[0]))
            {
                continue;
            }

            var w = lower[..LowerCase.Invariant(word, lower)];
            if (DisclosureWords.Contains(w))
            {
                return (false, false);
            }

            WordLookup.TryGetValue(w, out var entry);
            article |= (entry.Role & (WordRole.Subject | WordRole.Body | WordRole.Content)) != 0;
            qualified |= entry.Role == WordRole.None && word.Length > 2;
        }

        return (article, qualified);
    }

    /// <summary>
    /// Whether the element stands inside <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>: there a "header" class word
    /// names the header of a section, a card or the article itself (its title and standfirst, a feature section's
    /// lead line), as the tag does for <see cref="IsScopedHeader"/>; the page's masthead stands outside them.
    /// </summary>
    private static bool InsideArticleOrMain(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the class or id word that names the element's noise holds only inside an article (<paramref name="inArticleWord"/>,
    /// <see cref="Lexicon.InArticleNoiseTokens"/>) and the element stands outside one: a call-to-action box is noise set in
    /// an article; on a landing page without one, its "cta" sections are the page's own copy.
    /// </summary>
    private static bool OutsideItsArticle(IElement element, bool inArticleWord) => inArticleWord && !InsideArticleContainer(element);

    /// <summary>
    /// Whether the element stands inside an article's container: an <c>&lt;article&gt;</c>, an element whose itemprop
    /// is articleBody, or one other than <c>&lt;main&gt;</c> and <c>&lt;body&gt;</c> whose class words name the article
    /// body ("entry-content", "article-body").
    /// </summary>
    private static bool InsideArticleContainer(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            // The page's <main> (and <body>) names the page's content, a landing page's bands included, not an article.
            var local = ancestor.LocalName;
            if (local == "article" || (local is not ("main" or "body") && ClassVerdictOf(ancestor.GetAttribute("class")).ContentHint)
                || (ancestor.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element stands in an <c>&lt;article&gt;</c> with an <c>&lt;article&gt;</c> beside it: one entry of
    /// a run of them (a blog's index, a category's posts, a feed of cards), not the page's one article.
    /// </summary>
    private static bool InsideEntry(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "article")
            {
                return ancestor.PreviousElementSibling?.LocalName == "article" || ancestor.NextElementSibling?.LocalName == "article";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a <c>&lt;header&gt;</c> is the header of an article, not the page's masthead: HTML gives a header the
    /// banner role only outside <c>article</c> and <c>main</c> (and sections). Inside one it holds that article's title,
    /// byline and summary (a listing's card: its linked title and teaser), which its reader reads. Sections are left
    /// out: the page builders that wrap every row in one put their mastheads there too (on WCXB-dev tuning pages
    /// counting them changed no figure). Only a header that holds the title (a heading): one between an article's
    /// paragraphs with no heading in it is a banner that landed there.
    /// </summary>
    private static bool IsScopedHeader(IElement element)
    {
        // The ancestors first: a selector query (parsed under AngleSharp's cache lock) on every page header cost more.
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "article" or "main")
            {
                return HoldsHeading(element);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element has an h1–h6 below it, as <c>QuerySelector("h1, h2, h3, h4, h5, h6")</c> tells, without
    /// parsing a selector (under AngleSharp's cache lock) on every header inside an article: the parser writes HTML tag
    /// names in lower case, so the selector's case-blind match is a plain comparison here.
    /// </summary>
    private static bool HoldsHeading(IElement element)
    {
        foreach (var descendant in DomWalker.Descendants(element))
        {
            if (Tags.HeadingLevel(descendant) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a <c>&lt;noscript&gt;</c> is the page's rendering for readers without scripts: it holds block markup
    /// with real text. Pages built by scripts (forum engines, shops) put their only server-side copy of the
    /// content there; a lazy image copy has no such blocks, and a "turn on JavaScript" notice is short and says so.
    /// </summary>
    private static bool IsNoscriptRendering(IElement element)
    {
        if (element.LocalName != "noscript" || element.FirstElementChild is null)
        {
            return false;
        }

        var blocks = false;
        for (var child = element.FirstElementChild; child is not null && !blocks; child = child.NextElementSibling)
        {
            blocks = (Tags.Of(child) & TagTraits.Block) != 0 && (Tags.Of(child) & TagTraits.NonContent) == 0;
        }

        if (!blocks)
        {
            return false;
        }

        // A notice that the page needs JavaScript, however many blocks it is set in ("Your browser does not seem to
        // support JavaScript …" over two paragraphs), is no rendering of the page.
        var text = Dom.ElementText.Of(element);
        var chars = VisibleText.Count(text);
        return chars >= Thresholds.NoscriptRenderingChars
            && !(chars < Thresholds.NoscriptNoticeMaxChars && text.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The noise kind the words of a class value name, whatever the element's tag or role.</summary>
    internal static NoiseKind ClassWordsKind(string? value) => ClassVerdictOf(value).Kind;

    private static NoiseKind ClassifyTokens(string? value, ref bool contentHint)
    {
        var verdict = ClassVerdictOf(value);
        contentHint |= verdict.ContentHint;
        return verdict.Kind;
    }

    /// <summary>What a class value says: the noise its words name, whether they name the article body, and whether it
    /// holds a bare "hide" class (see <see cref="IsHidden(in NoiseAttributes)"/>).</summary>
    private readonly record struct ClassVerdict(NoiseKind Kind, bool ContentHint, bool Hide, bool InArticle = false);

    // Class strings repeat across a page: the words are looked up once per string and thread, and the "hide" class
    // searched with them, not again for every element that repeats the string.
    private static ClassVerdict ClassVerdictOf(string? value) =>
        string.IsNullOrEmpty(value) ? default : (t_tokenMemo ??= new()).Get(value, ComputeClassVerdict);

    private static readonly Func<string, ClassVerdict> ComputeClassVerdict = static value =>
    {
        var hide = HasClass(value, "hide");
        if (value.Length > 512)
        {
            return new ClassVerdict(NoiseKind.None, false, hide);
        }

        var kind = ClassifyWords(value, int.MaxValue, out var hint, out var inArticle);
        return new ClassVerdict(kind, hint, hide, inArticle);
    };

    [ThreadStatic]
    private static StringMemo<ClassVerdict>? t_tokenMemo;

    /// <summary>
    /// The words of an id, read in one pass and not kept: an id is unique on its page, so the memo would only lose a
    /// class string's answer to it. An id made from a heading's words ("sharing-with-multiple-developers", more than
    /// <see cref="SlugWords"/> words that start with a letter), as documentation generators and many CMSs write them,
    /// says nothing: its words describe the section's topic, not its role on the page.
    /// </summary>
    private static NoiseKind ClassifyId(string? id, ref bool contentHint) => ClassifyId(id, ref contentHint, out _);

    /// <summary><see cref="ClassifyId(string?, ref bool)"/>, and whether its verdict's word names noise only inside an article (<see cref="Lexicon.InArticleNoiseTokens"/>).</summary>
    private static NoiseKind ClassifyId(string? id, ref bool contentHint, out bool inArticle)
    {
        inArticle = false;
        if (string.IsNullOrEmpty(id) || id.Length > 512)
        {
            return NoiseKind.None;
        }

        var kind = ClassifyWords(id, SlugWords, out var hint, out inArticle);
        contentHint |= hint;
        return kind;
    }

    /// <summary>The most words starting with a letter that an id may have and not be a slug.</summary>
    private const int SlugWords = 4;

    /// <summary>
    /// The noise kind the words of a class or id value name, and whether they name the article body; none and no hint
    /// when more than <paramref name="maxWords"/> of its words start with a letter (a slug).
    /// </summary>
    // The three buffers (514 bytes) are only read where written: zeroing them cost a run of stores at every value.
    [SkipLocalsInit]
    private static NoiseKind ClassifyWords(string value, int maxWords, out bool contentHint, out bool inArticle)
    {
        contentHint = false;
        inArticle = false;
        var letterWords = 0;
        Span<char> lower = stackalloc char[64];
        Span<char> previous = stackalloc char[64];
        Span<char> pair = stackalloc char[129];
        var previousLength = 0;
        var previousIsPairFirst = false;
        var found = NoiseKind.None;
        var foundByThis = false;
        var hints = default(BodyHints);
        var tokens = new ClassTokens(value);
        var skipUntil = -1;
        var generated = default(GeneratedWords);
        while (tokens.Next(out var word))
        {
            if (char.IsLetter(word[0]) && ++letterWords > maxWords)
            {
                contentHint = false;
                inArticle = false;
                return NoiseKind.None;
            }

            var at = tokens.Position - word.Length;
            if (at < skipUntil)
            {
                continue;
            }

            var shape = ShapeOf(word);
            if ((shape & Shape.Prefix) != 0 && StartsTaxonomy(value, at, word))
            {
                var end = value.IndexOf(' ', at);
                skipUntil = end < 0 ? value.Length : end;
                previousLength = 0;
                continue;
            }

            // A word no list can hold, after one that starts no pair, changes nothing: it is neither cased nor looked up,
            // nor tested for generated text (the tests' scans resume left to right, so the words left out change no
            // later answer).
            if (word.Length > lower.Length || (!previousIsPairFirst && (shape & Shape.Listed) == 0) || generated.Skips(value, at, word.Length))
            {
                previousLength = 0;
                continue;
            }

            var entry = Entry(word, lower);
            contentHint |= (entry.Role & WordRole.Content) != 0;
            hints.Add(entry.Role);
            var foundByPrevious = foundByThis;
            foundByThis = found == NoiseKind.None && (entry.Role & WordRole.Noise) != 0;
            if (foundByThis)
            {
                found = entry.Kind;
                inArticle = (entry.Role & WordRole.InArticle) != 0;
            }

            // Only a word that starts some pair can make one with this word: skip the lookup otherwise. The word is
            // lower-cased only for a pair: as the second word of one, or kept as the first of the next. A verdict the
            // word before gave is taken back when the two name a subject (Lexicon.TopicPairs: "social-science").
            var second = (found == NoiseKind.None || foundByPrevious) && previousLength > 0 && previousIsPairFirst;
            previousIsPairFirst = (entry.Role & WordRole.PairFirst) != 0;
            if (second || previousIsPairFirst)
            {
                var w = lower[..LowerCase.Invariant(word, lower)];
                (found, inArticle) = second ? AfterPair(found, inArticle, foundByPrevious, previous[..previousLength], w, pair) : (found, inArticle);

                w.CopyTo(previous);
            }

            previousLength = word.Length;
        }

        contentHint |= hints.NameBody;
        return hints.Embed && found == NoiseKind.Share ? NoiseKind.None : found;
    }

    /// <summary>
    /// The verdict after a word that follows one starting a pair: with no verdict yet, the noise pair they make; with
    /// the verdict the word before gave, none when the two name a subject (<see cref="IsTopicPair"/>).
    /// </summary>
    private static (NoiseKind Found, bool InArticle) AfterPair(NoiseKind found, bool inArticle, bool foundByPrevious, ReadOnlySpan<char> previous, ReadOnlySpan<char> word, Span<char> buffer) =>
        !foundByPrevious ? (PairKind(previous, word, buffer), inArticle)
        : IsTopicPair(previous, word, buffer) ? (NoiseKind.None, false) : (found, inArticle);

    /// <summary>Whether two lowercased words name a subject, not a widget (<see cref="Lexicon.TopicPairs"/>).</summary>
    private static bool IsTopicPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer)
    {
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return TopicPairLookup.Contains(buffer[..(first.Length + 1 + second.Length)]);
    }

    /// <summary>The lists' entry for <paramref name="word"/> lower-cased (none when no list holds it).</summary>
    private static WordEntry Entry(ReadOnlySpan<char> word, Span<char> lower)
    {
        if (AsciiWords.TryGetValue(word, out var entry, out var ascii) || ascii)
        {
            return entry;
        }

        WordLookup.TryGetValue(lower[..LowerCase.Invariant(word, lower)], out entry);
        return entry;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/>, of a prefix's shape (asked first: nearly every word fails that test, a
    /// branch foreseen, where the dash after a word and the space before it are each a coin toss to the processor),
    /// opens a class whose other words do not describe the element: a
    /// taxonomy class (<see cref="Lexicon.TaxonomyClassPrefixes"/>; a noise pair such as "author-box" is none) or a
    /// layout state (<see cref="Lexicon.LayoutStateClassPrefixes"/>).
    /// </summary>
    private static bool StartsTaxonomy(string value, int at, ReadOnlySpan<char> word)
    {
        if (at + word.Length >= value.Length || value[at + word.Length] != '-' || (at != 0 && value[at - 1] != ' '))
        {
            return false;
        }

        return IsOneOf(word, Lexicon.LayoutStateClassPrefixes)
            || (IsOneOf(word, Lexicon.TaxonomyClassPrefixes) && !StartsNoisePair(word, value.AsSpan(at + word.Length + 1)));
    }

    /// <summary>The noise kind of the pair of two lowercased words, <see cref="NoiseKind.None"/> when they make none.</summary>
    private static NoiseKind PairKind(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer)
    {
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return PairLookup.TryGetValue(buffer[..(first.Length + 1 + second.Length)], out var kind) ? kind : NoiseKind.None;
    }

    /// <summary>The words of one class or id value that name the article body or an embed.</summary>
    private struct BodyHints
    {
        private bool subject;
        private bool body;
        private int words;

        public bool Embed { get; private set; }

        /// <summary>
        /// Two different words, a subject and a body word: "main" is both, and "td-main-sidebar" is no article body.
        /// </summary>
        public readonly bool NameBody => subject && body && words >= 2;

        public void Add(WordRole role)
        {
            subject |= (role & WordRole.Subject) != 0;
            body |= (role & WordRole.Body) != 0;
            Embed |= (role & WordRole.Embed) != 0;
            if ((role & (WordRole.Subject | WordRole.Body)) != 0)
            {
                words++;
            }
        }
    }

    /// <summary>Whether the prefix and the word after its dash are a noise pair ("author-box", "author-bio"), not a taxonomy term.</summary>
    private static bool StartsNoisePair(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest)
    {
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        if (end == 0 || prefix.Length + 1 + end > 128)
        {
            return false;
        }

        Span<char> pair = stackalloc char[128];
        var length = LowerCase.Invariant(prefix, pair);
        pair[length++] = ' ';
        length += LowerCase.Invariant(rest[..end], pair[length..]);
        return PairLookup.TryGetValue(pair[..length], out _);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element's markup hides it: the <c>hidden</c> attribute, <c>aria-hidden</c>, a bare "hide" class or an inline style.</summary>
    internal static bool IsHidden(in NoiseAttributes attributes) =>
        IsHidden(attributes, attributes.Class is { } classes && HasClass(classes, "hide"));

    /// <summary><see cref="IsHidden(in NoiseAttributes)"/> with the class test's answer (<paramref name="hideClass"/>) known.</summary>
    private static bool IsHidden(in NoiseAttributes attributes, bool hideClass)
    {
        if (attributes.Hidden)
        {
            return true;
        }

        var aria = attributes.AriaHidden;
        if (aria is not null && aria.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (hideClass)
        {
            return true;
        }

        var style = attributes.Style;
        if (style is null || style.Length > 2048)
        {
            return false;
        }

        return HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");
    }

    /// <summary>
    /// Whether an element hidden only by <c>aria-hidden</c> is a redundant link: a card's image or teaser linked a
    /// second time to the address its title already links, taken out of the tab order (<c>tabindex="-1"</c>) and out
    /// of the accessibility tree so that a screen reader announces the link once. It is shown on screen, and its text
    /// (a teaser) is read.
    /// </summary>
    private static bool IsRedundantLink(IElement element, in NoiseAttributes attributes) =>
        element.LocalName == "a" && element.GetAttribute("tabindex") is "-1" && IsHidden(attributes with { AriaHidden = null }) is false;

    /// <summary>
    /// Whether a hidden element is the collapsed panel of an accordion, a tab or an expander, which the reader opens
    /// with a click: its control points at it (<see cref="Disclosures"/>), it is a tab panel, or its class or id
    /// names it one ("accordion-content", "faq__answer", "chakra-collapse", a tab widget's "tab-pane"), or it stands where a widget puts its panel
    /// (<see cref="IsPanelByPlace"/>) and its own words name no noise. It stays hidden while the page's
    /// container is chosen (an FAQ or a help dialog must not outweigh the article) and is read when inside it.
    /// </summary>
    internal static bool IsDisclosurePanel(IElement element)
    {
        if (element.HasAttribute(Disclosures.Marker))
        {
            return true;
        }

        var attributes = NoiseAttributes.Of(element);
        return string.Equals(attributes.Role, "tabpanel", StringComparison.OrdinalIgnoreCase)
            || HasDisclosureWord(attributes.Class) || HasDisclosureWord(attributes.Id)
            || (IsPanelByPlace(element) && !NamesNoise(attributes));
    }

    /// <summary>
    /// Whether the element stands where a disclosure widget puts its panel, as the markup shows it without ARIA state:
    /// the body of a <c>&lt;details&gt;</c> (all but its <c>&lt;summary&gt;</c>), or the element right after a heading
    /// that holds a button (the accordion pattern: <c>&lt;h3&gt;&lt;button&gt;Question&lt;/button&gt;&lt;/h3&gt;</c>
    /// then the answer). A bare button before hidden text is not enough: it may open a menu or a dialog.
    /// </summary>
    private static bool IsPanelByPlace(IElement element)
    {
        if (element.ParentElement is { LocalName: "details" } && element.LocalName != "summary")
        {
            return true;
        }

        var previous = element.PreviousElementSibling;
        if (previous is null || !(Tags.HeadingLevel(previous) > 0 || string.Equals(previous.GetAttribute("role"), "heading", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var inside in DomWalker.Descendants(previous))
        {
            if (inside.LocalName == "button" || string.Equals(inside.GetAttribute("role"), "button", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a "header" class word sits on a whole disclosure widget (an accordion or FAQ block around its toggles
    /// and panels, "accordion-wrap accordion-header-align-start"), where it sets how the toggles are laid out: the element
    /// names a disclosure widget and holds prose blocks (a paragraph, a list, a table), which a toggle does not. Its
    /// panels keep their own verdicts. Only the first <see cref="Thresholds.DisclosureWidgetScan"/> elements inside
    /// are looked at: a widget's first panel comes early, and nested toggles must not make the test quadratic.
    /// </summary>
    private static bool IsDisclosureWidget(IElement element, string? classes)
    {
        if (!HasDisclosureWord(classes))
        {
            return false;
        }

        var seen = 0;
        foreach (var inside in DomWalker.Descendants(element))
        {
            if (inside.LocalName is "p" or "ul" or "ol" or "table" or "dl")
            {
                return true;
            }

            if (++seen >= Thresholds.DisclosureWidgetScan)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether the element's own class or id words name some noise (a hidden share menu after a heading stays out).</summary>
    private static bool NamesNoise(in NoiseAttributes attributes)
    {
        var ignored = false;
        return ClassifyTokens(attributes.Class, ref ignored) != NoiseKind.None || ClassifyId(attributes.Id, ref ignored) != NoiseKind.None;
    }

    private static bool HasDisclosureWord(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 512)
        {
            return false;
        }

        var tokens = new ClassTokens(value);
        var previous = ReadOnlySpan<char>.Empty;
        while (tokens.Next(out var word))
        {
            if (IsOneOf(word, Lexicon.DisclosureTokens) || IsDisclosurePair(previous, word))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    // The disclosure pairs split at their space once, not on every call (a class value's every word pair is tested).
    private static readonly (string First, string Second)[] DisclosurePairWords = Array.ConvertAll(Lexicon.DisclosurePairs, pair =>
    {
        var space = pair.IndexOf(' ', StringComparison.Ordinal);
        return (pair[..space], pair[(space + 1)..]);
    });

    /// <summary>Whether two consecutive words are one of <see cref="Lexicon.DisclosurePairs"/> ("tab pane"), ignoring case.</summary>
    private static bool IsDisclosurePair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.IsEmpty)
        {
            return false;
        }

        foreach (var (one, two) in DisclosurePairWords)
        {
            if (first.Length == one.Length && second.Length == two.Length
                && first.Equals(one, StringComparison.OrdinalIgnoreCase) && second.Equals(two, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the class list holds <paramref name="name"/> as a whole class. Style sheets hide a bare "hide" (Bootstrap,
    /// Foundation, site builders' copies of a post); "hide-mobile" and "hide-on-desktop" are shown somewhere, so a
    /// class word alone is not enough.
    /// </summary>
    private static bool HasClass(string classes, string name)
    {
        var at = AsciiSearch.IndexOfIgnoreCase(classes, name);
        while (at >= 0)
        {
            var end = at + name.Length;
            if ((at == 0 || char.IsWhiteSpace(classes[at - 1])) && (end == classes.Length || char.IsWhiteSpace(classes[end])))
            {
                return true;
            }

            at = AsciiSearch.IndexOfIgnoreCase(classes, name, end);
        }

        return false;
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        var at = AsciiSearch.IndexOfIgnoreCase(style, property);
        while (at >= 0)
        {
            var rest = style.AsSpan(at + property.Length).TrimStart();
            if (rest.Length > 0 && rest[0] == ':' && rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            at = AsciiSearch.IndexOfIgnoreCase(style, property, at + property.Length);
        }

        return false;
    }
}
