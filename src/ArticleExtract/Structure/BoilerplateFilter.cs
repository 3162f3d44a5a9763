using System.Text;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// Stage 6b: drops, from the reading flow, the noise that markup did not give away and only wording does: ad
/// labels ("- Advertisement -"), cookie notices, comment prompts ("Leave a Reply"), share and newsletter
/// prompts, related-article headings and everything under them, bylines and datelines, link lists, and the
/// article's own title repeated as a heading.
/// </summary>
internal static class BoilerplateFilter
{
    private static readonly HashSet<string> Lines = new(Lexicon.BoilerplateLines.Select(Normalize), StringComparer.Ordinal);
    private static readonly HashSet<string> Labels = new(Lexicon.LabelLines.Select(Normalize), StringComparer.Ordinal);
    private static readonly string[] BioHeadings = Lexicon.AuthorBioHeadings.Select(Normalize).ToArray();
    private static readonly string[] Prefixes = Lexicon.BoilerplatePrefixes.Select(p => Normalize(p) + " ").ToArray();
    private static readonly string[] TeaserOpenings = Lexicon.TeaserHeadingOpenings.Select(p => Normalize(p) + " ").ToArray();
    private static readonly string[] PartnerOpenings = Lexicon.PartnerLineOpenings.Select(p => Normalize(p) + " ").ToArray();
    private static readonly string[] CallToActionOpenings = Lexicon.CallToActionOpenings.Select(p => Normalize(p) + " ").ToArray();

    // Every phrase list a block's tests read, searched in one pass of its lower-cased text: the four of a call to
    // subscribe (bits 0 to 3, as IsSubscribeCall reads them), then cookie phrases, the consent line's phrases and nouns,
    // credit markers, affiliate notices and the phrases only a cookie notice uses. Each list was searched phrase by phrase
    // (about 150 substring searches of every short block, 40% of the filter's time).
    private static readonly PhraseLists BlockPhrases = new(
        Lexicon.NewsletterVerbs, Lexicon.NewsletterNouns, Lexicon.FollowPhrases, Lexicon.SocialNetworks,
        Lexicon.CookiePhrases, Lexicon.NewsletterConsentPhrases, Lexicon.NewsletterConsentNouns, Lexicon.CreditPhrases,
        Lexicon.AffiliateNoticePhrases, Lexicon.CookieNoticePhrases);

    private const int SubscribeBits = 0b1111;
    private const int CookieBit = 1 << 4;
    private const int ConsentPhraseBit = 1 << 5;
    private const int ConsentNounBit = 1 << 6;
    private const int CreditBit = 1 << 7;
    private const int AffiliateNoticeBit = 1 << 8;
    private const int CookieNoticeBit = 1 << 9;

    // Fixed for the process: built once here, not for every block.
    private static readonly string[] DatelineOpenings = Lexicon.DatelinePrefixes.Select(p => p.TrimEnd(':')).ToArray();
    private static readonly string[] DatelineWordsInside = Lexicon.DatelinePrefixes.Select(p => " " + Normalize(p) + " ").ToArray();
    private static readonly string[] DatelineWordsAtEnd = Lexicon.DatelinePrefixes.Select(p => " " + Normalize(p)).ToArray();

    /// <summary>A partner line longer than this is a sentence of the article that happens to start the same way.</summary>
    private const int MaxPartnerLineLength = 100;

    /// <summary>
    /// A list whose items all open with a linked title is a teaser list only while the text after the titles averages
    /// under this per item: an excerpt, which CMSs cut at about 55 words (some 330 characters), not a paragraph.
    /// </summary>
    private const int TeaserListMaxTextPerItem = 400;

    /// <summary>A boilerplate prefix opens a label of at most this many characters of key ("Related post: …"); a longer
    /// one is a sentence.</summary>
    private const int MaxPrefixLabelKeyLength = 100;

    /// <summary>From this length on, a block meets no wording test but the label tests (see <see cref="IsNoise"/>).</summary>
    private const int LongBlockChars = 400;

    /// <summary>The flow without the blocks that wording or link share give away as boilerplate.</summary>
    /// <param name="items">The reading flow.</param>
    /// <param name="title">The page's title (a heading or block repeating it is dropped).</param>
    /// <param name="authors">The page's authors (a byline naming them is dropped).</param>
    /// <param name="favor">The caller's precision/recall preference (how much link text a block may hold).</param>
    /// <param name="listing">
    /// Whether the page is a listing: its entries are then what the reader wants, so a list of headline teasers stays
    /// and a linked line that reads as an entry's title (<see cref="IsEntryTitle"/>) is not taken for navigation.
    /// </param>
    /// <param name="thread">
    /// Whether the flow is a thread's posts: a line that is only a date (often the post's permalink) is then the time
    /// stamp of a post, which says when each reply was written, not an article's dateline shown once beside its body.
    /// </param>
    /// <returns>The blocks kept, in order.</returns>
    /// <param name="statUnits">
    /// Whether the page is a business's own page (a service or landing page): its row of counters, each figure over its
    /// caption (<see cref="IsStatFigure"/>), is then what it says of itself, where around an article (a review site's
    /// "100 hours of research" bar) it is the site's badge.
    /// </param>
    public static List<FlowItem> Apply(List<FlowItem> items, string? title, IReadOnlyList<string>? authors, ExtractionFavor favor, bool listing = false, bool thread = false, bool statUnits = false)
    {
        var result = new List<FlowItem>(items.Count);
        var titleKey = title is null ? null : Normalize(title);
        var authorKeys = AuthorKeys(authors);
        var maxLinkDensity = favor switch
        {
            ExtractionFavor.Precision => 0.4,
            ExtractionFavor.Recall => 0.8,
            _ => 0.55,
        };

        var personKeys = listing ? null : PersonKeys(authors);
        var bioFrom = personKeys is null ? items.Count : TailStart(items, Thresholds.AuthorBioTailBlocks);
        var cardFrom = listing ? items.Count : TailStart(items, Thresholds.AuthorBioTailBlocks, countImages: false);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (i >= bioFrom && IsAuthorBio(item, personKeys!))
            {
                continue;
            }

            if (i >= cardFrom && IsAuthorCardLine(item, personKeys))
            {
                continue;
            }

            if (item.IsHeading)
            {
                // Boilerplate headings and what follows them were already skipped by the SectionBuilder, which
                // knows where their container ends.
                var key = Normalize(item.Heading!);
                if (key.Length == 0 || (titleKey is not null && IsTitle(key, titleKey)) || IsBoilerplateLine(key)
                    || (HasBoilerplatePrefix(key) && !item.HeadsProse))
                {
                    continue;
                }

                result.Add(item);
                continue;
            }

            if (IsNoise(item, titleKey, authorKeys, maxLinkDensity, listing, IsIntroducedList(items, i)) && !IsLinkedTerm(items, i, maxLinkDensity) && !(thread && IsPostStamp(item))
                && !(statUnits && IsStatFigure(items, i, titleKey, authorKeys, maxLinkDensity, listing)))
            {
                continue;
            }

            result.Add(item);
        }

        return result;
    }

    /// <summary>
    /// Whether the block is the figure of a stat unit in a row of them: a plain number ("4,999,000", "365", that the date
    /// test reads as a date for its digits and separators) followed by its short label ("therapy sessions"), with the
    /// unit before or after it (past the icons between them) a figure with its label too. A landing page's counters are shown so, each
    /// figure over its caption (and often its icon before it); a real date parses as one, and a lone number (a page
    /// number, a count of replies beside a "Reply" link) has no row of captioned figures around it.
    /// </summary>
    private static bool IsStatFigure(List<FlowItem> items, int i, string? titleKey, string[]? authorKeys, double maxLinkDensity, bool listing)
    {
        if (!IsPlainFigure(items[i], requireUnitless: true) || !IsStatLabel(items, i + 1, titleKey, authorKeys, maxLinkDensity, listing))
        {
            return false;
        }

        // Each unit may open with its icon: the neighbouring unit is looked for past the images between them.
        var before = SkipImages(items, i - 1, -1);
        var after = SkipImages(items, i + 2, 1);
        return (before >= 1 && IsPlainFigure(items[before - 1], requireUnitless: false) && IsStatLabel(items, before, titleKey, authorKeys, maxLinkDensity, listing))
            || (after >= 0 && IsPlainFigure(items[after], requireUnitless: false) && IsStatLabel(items, after + 1, titleKey, authorKeys, maxLinkDensity, listing));
    }

    /// <summary>The first item from <paramref name="j"/> on, in <paramref name="step"/>'s direction, that is not an image; -1 past either end.</summary>
    private static int SkipImages(List<FlowItem> items, int j, int step)
    {
        while (j >= 0 && j < items.Count && items[j].Block is ImageBlock)
        {
            j += step;
        }

        return j >= 0 && j < items.Count ? j : -1;
    }

    /// <summary>
    /// Whether the item is a short unlinked paragraph holding a number and no word: with <paramref name="requireUnitless"/>,
    /// digits and separators only that do not parse as a date; else also a figure with a sign or a short unit ("98%",
    /// "25+", "45K+", "$6M", "4 min").
    /// </summary>
    private static bool IsPlainFigure(FlowItem item, bool requireUnitless)
    {
        if (item.IsHeading || item.LinkChars > 0 || item.Block is not ParagraphBlock { Text: var raw })
        {
            return false;
        }

        var text = raw.AsSpan().Trim();
        // A figure opens with its number, or with one sign before it ("$6M", "~40").
        if (text.Length is 0 or > Thresholds.StatFigureMaxChars || (!char.IsDigit(text[0]) && !(text.Length > 1 && char.IsDigit(text[1]))))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (requireUnitless && !(char.IsDigit(c) || c is ',' or '.' or ' ' or '\u00A0' or '\u202F'))
            {
                return false;
            }
        }

        return requireUnitless ? letters == 0 && Metadata.DateParser.Parse(raw.Trim()) is null : letters <= 3;
    }

    /// <summary>
    /// Whether the item at <paramref name="i"/> is a stat unit's caption: a short unlinked line of words without a number
    /// (a number in it makes it a figure of its own, a product's option, a video's title) that the wording tests keep.
    /// </summary>
    private static bool IsStatLabel(List<FlowItem> items, int i, string? titleKey, string[]? authorKeys, double maxLinkDensity, bool listing)
    {
        if (i >= items.Count || items[i].LinkChars > 0)
        {
            return false;
        }

        var item = items[i];
        var text = item.Text.AsSpan().Trim();
        if (text.Length is 0 or > Thresholds.StatLabelMaxChars || !HasLetter(text) || text.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        return item.IsHeading || !IsNoise(item, titleKey, authorKeys, maxLinkDensity, listing, introducedList: false);
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the block is a definition term made of a link (a reference page's property named by a link to its own
    /// page) followed by its definition in prose: the term names what the definition describes, so the link share
    /// that marks a paragraph of links as navigation does not apply. Other wording tests still do.
    /// </summary>
    private static bool IsLinkedTerm(List<FlowItem> items, int i, double maxLinkDensity)
    {
        var item = items[i];
        if (!item.DefinitionTerm || item.Block is not ParagraphBlock || item.LinkDensity <= maxLinkDensity || i + 1 >= items.Count)
        {
            return false;
        }

        var next = items[i + 1];
        var key = Normalize(item.Block.Text);
        return next.Block is ParagraphBlock && !next.DefinitionTerm && next.LinkDensity <= maxLinkDensity
            && key.Length > 0 && !IsBoilerplateLine(key) && !HasBoilerplatePrefix(key);
    }

    /// <summary>
    /// Whether the block is a list that the article's prose introduces: the paragraph just before it is prose
    /// (<see cref="Thresholds.LeadInMinChars"/>, little link text) ending in a colon ("some examples include:"), and
    /// the list is not the flow's last block. Its links are then the resources or steps the sentence announces, so the
    /// link share that marks a list as navigation does not apply; the teaser-list test still does.
    /// </summary>
    private static bool IsIntroducedList(List<FlowItem> items, int i)
    {
        if (i == 0 || i + 1 >= items.Count || items[i].Block is not ListBlock)
        {
            return false;
        }

        var lead = items[i - 1];
        if (lead.Block is not ParagraphBlock || lead.LinkDensity > Thresholds.LeadInMaxLinkShare)
        {
            return false;
        }

        var text = lead.Block.Text.AsSpan().TrimEnd();
        return text.Length >= Thresholds.LeadInMinChars && text[^1] == ':';
    }

    private static readonly HashSet<string> BioVerbs = new(Lexicon.AuthorBioVerbs.Select(Normalize), StringComparer.Ordinal);

    private static readonly HashSet<string> NotPeople = new(Lexicon.NotPeople.Select(Normalize), StringComparer.Ordinal);

    /// <summary>
    /// The keys of the authors that read as a person's name (<see cref="IsAuthorBio"/>): two words or more, the first
    /// capitalised and not all capitals, none naming a desk or a company ("Docker Inc", "QCY Official" close their own
    /// posts with "QCY is…"). Null when there are none.
    /// </summary>
    private static string[]? PersonKeys(IReadOnlyList<string>? authors)
    {
        List<string>? keys = null;
        foreach (var author in authors ?? [])
        {
            var key = Normalize(author);
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var first = author.AsSpan().TrimStart();
            if (space <= 0 || first.Length < 2 || !char.IsUpper(first[0]) || !char.IsLower(first[1]) || NamesNoPerson(key))
            {
                continue;
            }

            (keys ??= []).Add(key);
        }

        return keys?.ToArray();
    }

    private static bool NamesNoPerson(string key)
    {
        foreach (var word in key.Split(' '))
        {
            if (NotPeople.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index from which the flow's last <paramref name="blocks"/> blocks other than headings stand; images and
    /// videos not counted unless <paramref name="countImages"/> (a writer's card shows the writer's picture, and the
    /// page's closing video player its poster).
    /// </summary>
    private static int TailStart(List<FlowItem> items, int blocks, bool countImages = true)
    {
        var i = items.Count;
        while (i > 0 && blocks > 0)
        {
            if (!items[--i].IsHeading && (countImages || items[i].Block is not ImageBlock))
            {
                blocks--;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether a paragraph is a note about the writer: it opens with the name of one of the page's authors that reads as a
    /// person's (<see cref="PersonKeys"/>: an organisation named as the author closes its own post with "Acme is…"), or
    /// with that name's first word, followed by a verb of a biography (<see cref="Lexicon.AuthorBioVerbs"/>: "Jane Doe
    /// is a freelance writer…", "Jane has covered…"), and it is short (<see cref="Thresholds.AuthorBioMaxChars"/>).
    /// Only the article's last blocks are asked (<see cref="Thresholds.AuthorBioTailBlocks"/>): earlier, the writer may
    /// be the article's subject. The Readability suite's expected texts keep such notes (Readability keeps them); WCXB's
    /// and AEB's leave them out.
    /// </summary>
    private static bool IsAuthorBio(FlowItem item, string[] authorKeys)
    {
        if (item.Block is not ParagraphBlock paragraph || paragraph.Text.Length > Thresholds.AuthorBioMaxChars)
        {
            return false;
        }

        var text = paragraph.Text;
        var opening = Normalize(text.Length > 120 ? text[..120] : text);
        foreach (var author in authorKeys)
        {
            var space = author.IndexOf(' ', StringComparison.Ordinal);
            if (OpensWithBioVerb(opening, author) || OpensWithBioVerb(opening, author[..space]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> CardRoles = new(Lexicon.AuthorCardRoles.Select(Normalize), StringComparer.Ordinal);

    /// <summary>
    /// Whether a short paragraph among the article's last blocks is a line of the writer's card: the name of one of the
    /// page's authors alone (<paramref name="personKeys"/>), or a role with no sentence around it ("Contributing Writer",
    /// "Editor in Chief", "Jane Doe Senior Project Manager", "Editor, Running Reviews"): its first part, up to a comma, a
    /// bar or a dash, ends with a noun of a writer's or a manager's trade (<see cref="Lexicon.AuthorCardRoles"/>). A
    /// sentence ends in a stop; a heading is not asked.
    /// </summary>
    private static bool IsAuthorCardLine(FlowItem item, string[]? personKeys)
    {
        if (item.Block is not ParagraphBlock paragraph || paragraph.Text.Length >= Thresholds.AuthorCardLineMaxChars)
        {
            return false;
        }

        var text = paragraph.Text.AsSpan().Trim();
        if (text.Length == 0 || text[^1] is '.' or '!' or '?' or ':' or ';' or '…')
        {
            return false;
        }

        var key = Normalize(paragraph.Text);
        if (personKeys is not null && Array.IndexOf(personKeys, key) >= 0)
        {
            return true;
        }

        var cut = text.IndexOfAny(",|\u2013\u2014");
        var spacedDash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (spacedDash >= 0 && (cut < 0 || spacedDash < cut))
        {
            cut = spacedDash;
        }

        var part = Normalize((cut < 0 ? text : text[..cut]).ToString());
        if (part.Length == 0 || CountWords(key) > Thresholds.AuthorCardLineMaxWords)
        {
            return false;
        }

        var lastSpace = part.LastIndexOf(' ');
        return CardRoles.Contains(lastSpace < 0 ? part : part[(lastSpace + 1)..]);
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="name"/>, a space and a verb of <see cref="BioVerbs"/>, then more.</summary>
    private static bool OpensWithBioVerb(string key, string name)
    {
        if (name.Length < 3 || key.Length <= name.Length + 1 || !key.StartsWith(name, StringComparison.Ordinal) || key[name.Length] != ' ')
        {
            return false;
        }

        var from = name.Length + 1;
        var end = key.IndexOf(' ', from);
        return end > from && BioVerbs.Contains(key[from..end]);
    }

    private static string[]? AuthorKeys(IReadOnlyList<string>? authors)
    {
        if (authors is null)
        {
            return null;
        }

        var keys = new string[authors.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Normalize(authors[i]);
        }

        return keys;
    }

    /// <summary>
    /// Whether the block is a post's time stamp on a thread: a paragraph that is a link (the post's permalink) reading as
    /// a full date and nothing else. The dates of a poster's card (when they joined) link nowhere.
    /// </summary>
    private static bool IsPostStamp(FlowItem item)
    {
        if (item.Block is not ParagraphBlock { Text: { Length: > 0 and < 40 } text } paragraph)
        {
            return false;
        }

        foreach (var inline in paragraph.Inlines)
        {
            if (!inline.IsLink && !string.IsNullOrWhiteSpace(inline.Text))
            {
                return false;
            }
        }

        return Metadata.DateParser.LooksLikeDate(text) && Metadata.DateParser.Parse(text) is not null;
    }

    private static bool IsNoise(FlowItem item, string? titleKey, string[]? authorKeys, double maxLinkDensity, bool listing, bool introducedList)
    {
        var block = item.Block!;
        if (block is ImageBlock or CodeBlock or TableBlock)
        {
            return false;
        }

        var text = block.Text;
        if (text.Length == 0)
        {
            return true;
        }

        // A long block meets only the label and list tests (the others read shorter blocks); with more letters than any
        // label's key holds, its key (a copy of the whole text) is not made: long paragraphs' keys were most of the work.
        if (text.Length >= LongBlockChars && KeyLongerThan(text, LabelKeyMaxLength(titleKey)))
        {
            return block is ListBlock longList && IsLinkOrTeaserList(item, longList, maxLinkDensity, listing, introducedList);
        }

        var key = Normalize(text);
        if (IsLabelLine(item, text, key, titleKey) || IsLeftoverPlaceholder(text, key))
        {
            return true;
        }

        // The block's text in lower case and the phrase lists it holds, found once (the phrase tests below all read them;
        // none reads a block of 400 characters or more). Lowered on the stack: only these tests read it.
        Span<char> lower = text.Length < 400 ? stackalloc char[text.Length] : default;
        var found = 0;
        if (text.Length < 400)
        {
            text.AsSpan().ToLowerInvariant(lower);
            found = BlockPhrases.FoundIn(lower);
            if (IsSiteNotice(found, text, lower))
            {
                return true;
            }
        }

        if (block is ListBlock list && IsLinkOrTeaserList(item, list, maxLinkDensity, listing, introducedList))
        {
            return true;
        }

        if (text.Length < 300 && IsNewsletterLine(found, text.Length))
        {
            return true;
        }

        // A block without a credit marker anywhere is no credit: IsCredit looks for where each one stands.
        if (text.Length < 160 && (found & CreditBit) != 0 && IsCredit(text, lower))
        {
            return true;
        }

        if ((text.Length < 40 && (Metadata.DateParser.LooksLikeDate(text) || IsCounter(key)))
            || (text.Length < Thresholds.ReadingTimeLineMaxChars && IsReadingTimeLine(text, key)))
        {
            return true;
        }

        if (block is ParagraphBlock paragraph && item.LinkDensity > maxLinkDensity && text.Length < 300 && !(listing && IsEntryTitle(paragraph)))
        {
            return true;
        }

        if (text.Length < 120 && IsBylineOrDateline(key, text, authorKeys))
        {
            return true;
        }

        if (text.Length < 400 && IsAgencyCredit(key))
        {
            return true;
        }

        return text.Length < 200 && (text.AsSpan().IndexOfAny(CopyrightSigns) >= 0 || key.Contains("all rights reserved", StringComparison.Ordinal));
    }

    /// <summary>The site's cookie notice or its notice that it earns a commission, from the phrase lists the lower-cased text holds.</summary>
    private static bool IsSiteNotice(int found, string text, ReadOnlySpan<char> lower) =>
        (found & CookieNoticeBit) != 0 || ((found & CookieBit) != 0 && IsCookieNotice(text, lower))
        || ((found & AffiliateNoticeBit) != 0 && text.Length < Thresholds.AffiliateNoticeMaxChars);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CookieNoticeWords =
        new HashSet<string>(Lexicon.CookieNoticeWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a block holding a cookie phrase is the site's cookie notice: a label of a few words ("Cookie settings"),
    /// or a notice that speaks to the reader or names the site (<see cref="Lexicon.CookieNoticeWords"/>: "We use cookies
    /// to improve your experience"). A sentence of the article about how sites use cookies ("Most news sites use cookies
    /// to follow readers from page to page, the researchers found.") is neither.
    /// </summary>
    private static bool IsCookieNotice(string text, ReadOnlySpan<char> lower)
    {
        if (CountWords(text) <= Thresholds.CookieLabelMaxWords)
        {
            return true;
        }

        foreach (var word in new LetterRuns(lower))
        {
            if (CookieNoticeWords.Contains(lower[word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The copyright sign, and the circled letters that Korean and Japanese sites type for it ("Copyright ⓒ …"): a short
    /// block holding one is the page's or a picture's copyright line.
    /// </summary>
    private const string CopyrightSigns = "\u00A9\u24D2\u24B8";

    /// <summary>A list of links (unless the prose introduces it) or of teasers; on a listing, the teasers are the entries
    /// the page lists.</summary>
    private static bool IsLinkOrTeaserList(FlowItem item, ListBlock list, double maxLinkDensity, bool listing, bool introducedList) =>
        (item.LinkDensity > maxLinkDensity && !introducedList) || (maxLinkDensity < 0.8 && !listing && IsTeaserList(list));

    /// <summary>The longest key of a boilerplate line.</summary>
    private static readonly int LongestLineKey = Lines.Select(line => line.Length).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The longest key the label tests (<see cref="IsLabelLine"/>) can match in a block of <see cref="LongBlockChars"/> or
    /// more: a boilerplate line, the title's key, or a key of up to <see cref="MaxPrefixLabelKeyLength"/> characters opening with a boilerplate prefix (the
    /// partner test reads only shorter blocks).
    /// </summary>
    private static int LabelKeyMaxLength(string? titleKey) => Math.Max(Math.Max(LongestLineKey, titleKey?.Length ?? 0), MaxPrefixLabelKeyLength);

    /// <summary>
    /// Whether the key of <paramref name="text"/> (<see cref="TextKey.Normalize"/>) is longer than <paramref name="maxLength"/>:
    /// the key holds one character for each letter or digit of the text, so counting them up to the bound tells, reading
    /// only the text's opening, without writing the key.
    /// </summary>
    internal static bool KeyLongerThan(string text, int maxLength)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && ++count > maxLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label of the page's chrome by its normalised text: a boilerplate line, the title again, a linked line
    /// opening like a label of other articles, a partner's line (not a sentence that opens the same way: "Sponsored by a
    /// local foundation, the children's floor has its own puppet theatre.").</summary>
    private static bool IsLabelLine(FlowItem item, string text, string key, string? titleKey) =>
        key.Length == 0 || IsBoilerplateLine(key)
        || (titleKey is not null && key == titleKey)
        || (item.LinkDensity > 0.3 && HasBoilerplatePrefix(key))
        || (text.Length < MaxPartnerLineLength && StartsWithAny(key, PartnerOpenings) && !SentenceShape.IsSentence(text));

    /// <summary>
    /// A newsletter call to action ("Sign up for our newsletter"), its consent line ("By subscribing you agree to our
    /// privacy policy"), or a call to follow the site on a social network ("Follow us on Instagram").
    /// </summary>
    /// <remarks><paramref name="found"/>: the lists of <see cref="BlockPhrases"/> that the lower-cased text holds.</remarks>
    private static bool IsNewsletterLine(int found, int length) =>
        IsSubscribeCall(found & SubscribeBits, length)
        || ((found & ConsentPhraseBit) != 0 && (found & ConsentNounBit) != 0);

    /// <summary>
    /// A call to subscribe to the newsletter or to follow the site on a social network, from lists already searched in
    /// the lower-cased text: <paramref name="found"/> holds, in
    /// its bits 0 to 3, whether the text has a newsletter verb, a newsletter noun, a follow phrase, a social network. A
    /// follow call counts only as a short block of its own: a writer's closing paragraph may end with one, and is the
    /// article.
    /// </summary>
    internal static bool IsSubscribeCall(int found, int length) =>
        (found & 0b0011) == 0b0011 || (length <= Thresholds.FollowCallMaxChars && (found & 0b1100) == 0b1100);

    /// <summary>
    /// A list of teasers for other articles: most items open with a headline link to another page, and many end in a
    /// truncated excerpt ("…" or "...").
    /// </summary>
    private static bool IsTeaserList(ListBlock list)
    {
        if (list.Items.Count < 3)
        {
            return false;
        }

        var headlines = 0;
        var truncated = 0;
        var afterHeadlines = 0;
        foreach (var item in list.Items)
        {
            var t = item.Text;
            // Four words or more, counted by their spaces: splitting built an array for every list item. A headline
            // leads to another page: a link to an anchor of this one is an accordion's toggle (an FAQ's question
            // over its answer) or a table of contents.
            if (item.Inlines.Count > 0 && item.Inlines[0].Href is { } href && LeadsAway(href) && item.Inlines[0].Text.AsSpan().Count(' ') >= 3)
            {
                headlines++;
                afterHeadlines += Math.Max(0, t.Length - item.Inlines[0].Text.Length);
            }

            if (t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…'))
            {
                truncated++;
            }
        }

        // Items that each go on for a paragraph after their linked title are the article's own annotated list (the
        // books, tools or places it recommends), not teasers whose excerpt is a line or two.
        var shortItems = afterHeadlines < TeaserListMaxTextPerItem * Math.Max(1, headlines);
        return headlines >= 0.6 * list.Items.Count && (truncated >= 0.5 * list.Items.Count || (headlines == list.Items.Count && shortItems));
    }

    /// <summary>
    /// Whether a linked line reads as the title of a listing's entry: one link (every linked run leads to the same
    /// place) of a few words (<see cref="Thresholds.TeaserTitleMinWords"/>, as a card's title link), which leads to
    /// another page (not an anchor on this one, a phone number or an address), does not end in a count ("Mirrorless
    /// cameras (897)" is a filter) and does not invite the reader to act ("Shop all lamps", "Join now").
    /// </summary>
    internal static bool IsEntryTitle(ParagraphBlock paragraph)
    {
        string? href = null;
        var chars = 0;
        var words = 0;
        foreach (var run in paragraph.Inlines)
        {
            if (run.Href is not { } target)
            {
                continue;
            }

            if ((href is not null && target != href) || !LeadsAway(target))
            {
                return false;
            }

            href = target;
            chars += run.Text.Length;
            words += run.Text.AsSpan().Trim().Count(' ') + 1;
        }

        var text = paragraph.Text.AsSpan().TrimEnd();
        return href is not null && chars >= Thresholds.TeaserTitleMinChars && words >= Thresholds.TeaserTitleMinWords
            && !(text.Length > 2 && text[^1] == ')' && char.IsAsciiDigit(text[^2]))
            && !StartsWithAny(Normalize(paragraph.Text) + " ", CallToActionOpenings);
    }

    private static bool LeadsAway(string href) =>
        !href.Contains('#', StringComparison.Ordinal) && !href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithAny(string key, string[] openings)
    {
        foreach (var opening in openings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A photo credit: a credit marker standing as a word of its own ("macOS/Apple TV" holds "/ap" inside a word),
    /// near the start of a block that does not go on as a sentence ("Photo: the archive holds a picture of the first
    /// reading hall, which hangs by the stairs." tells of a photograph), inside brackets, or in a block too short to be
    /// a sentence ("Tip: you can add a photo: it helps" is advice, "Photo: Jane Doe/AP" a credit).
    /// </summary>
    private static bool IsCredit(string text, ReadOnlySpan<char> lower)
    {
        var shortLine = CountWords(text) <= Thresholds.CreditLineMaxWords;
        foreach (var phrase in Lexicon.CreditPhrases)
        {
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = IndexFrom(lower, phrase, at + 1))
            {
                var end = at + phrase.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(lower[at - 1]) || !char.IsLetterOrDigit(phrase[0]))
                    && (end == lower.Length || !char.IsLetterOrDigit(lower[end]) || !char.IsLetterOrDigit(phrase[^1]));
                if (whole && (shortLine || (at <= Thresholds.CreditMarkerMaxOffset && !SentenceShape.IsSentence(text))
                    || (at > 0 && lower[at - 1] is '(' or '[') || (at > 1 && lower[at - 2] is '(' or '[')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int IndexFrom(ReadOnlySpan<char> text, string phrase, int from)
    {
        var at = text[from..].IndexOf(phrase, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// The records' blocks less the lines of the page's chrome left among them, each a block of its own whose whole text
    /// is a boilerplate line (a sort control's "Sort by:", a "Load more" button); the same list when there are none. A
    /// records reading is not filtered by wording, its entries being short lines that the wording tests would take for
    /// labels, but a line that is nothing but a boilerplate label is one on any page.
    /// </summary>
    public static List<FlowItem> WithoutChromeLines(List<FlowItem> items) =>
        Without(items, 0, static (item, _) => item.Block is ParagraphBlock && item.VisibleChars < Thresholds.RecordChromeLineMaxChars
            && Lines.Contains(Normalize(item.Block.Text)));

    /// <summary>The blocks less the headings that repeat <paramref name="title"/> (the same list when there are none).</summary>
    public static List<FlowItem> WithoutTitleHeadings(List<FlowItem> items, string? title)
    {
        if (title is null || Normalize(title) is not { Length: > 0 } titleKey)
        {
            return items;
        }

        return Without(items, titleKey, static (item, key) => item.IsHeading && IsTitle(Normalize(item.Heading!), key));
    }

    /// <summary>The items less those <paramref name="drops"/> picks; the same list, not a copy, when it picks none.</summary>
    private static List<FlowItem> Without<TState>(List<FlowItem> items, TState state, Func<FlowItem, TState, bool> drops)
    {
        List<FlowItem>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var dropped = drops(item, state);
            if (dropped && kept is null)
            {
                kept = new List<FlowItem>(items.Count);
                for (var j = 0; j < i; j++)
                {
                    kept.Add(items[j]);
                }
            }
            else if (!dropped)
            {
                kept?.Add(item);
            }
        }

        return kept ?? items;
    }

    private static bool IsTitle(string key, string titleKey) =>
        key == titleKey || (key.Length >= 20 && titleKey.StartsWith(key, StringComparison.Ordinal) && key.Length >= 0.8 * titleKey.Length);

    /// <summary>Whether a heading announces boilerplate ("Related posts", "Leave a Reply", "Lesen Sie auch").</summary>
    public static bool IsBoilerplateHeading(string text) => text.Length < 80 && IsBoilerplateLine(Normalize(text));

    /// <summary>
    /// Whether a heading announces teaser cards of other articles: it is, or starts with, a related-content label
    /// ("Related", "Trending", "More from City Herald", "Lesen Sie auch").
    /// </summary>
    public static bool IsRelatedHeading(string text) => text.Length < 80 && StartsWithAny(Normalize(text) + " ", TeaserOpenings);

    /// <summary>Whether a heading titles a box about the writer ("About the author", "About the author: Jane Doe").</summary>
    public static bool IsAuthorBioHeading(string text)
    {
        if (text.Length >= 80)
        {
            return false;
        }

        var key = Normalize(text);
        foreach (var bio in BioHeadings)
        {
            if (key.StartsWith(bio, StringComparison.Ordinal) && (key.Length == bio.Length || key[bio.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a heading is a chrome label ("Home", "Video", "Trending") or a script's error notice set as a heading ("Oops!
    /// Something went wrong. Please try again."): it goes, and what follows it is judged on its own.
    /// </summary>
    public static bool IsLabelHeading(string text) =>
        (text.Length < 40 && Labels.Contains(Normalize(text))) || (text.Length < Thresholds.ScriptErrorMaxChars && IsScriptError(Normalize(text)));

    private static bool IsBoilerplateLine(string key)
    {
        if (Lines.Contains(key))
        {
            return true;
        }

        return false;
    }

    /// <summary>A placeholder the page as fetched still shows: a script's loading notice, or its error notice.</summary>
    private static bool IsLeftoverPlaceholder(string text, string key) =>
        (text.Length < Thresholds.LoadingPlaceholderMaxChars && IsLoadingPlaceholder(text, key))
        || (text.Length < Thresholds.ScriptErrorMaxChars && IsScriptError(key));

    private static readonly string[] ScriptErrorEndings = Lexicon.ScriptErrorEndings.Select(Normalize).ToArray();

    /// <summary>
    /// Whether a short block is a script's error notice: it ends with a plea to try again
    /// (<see cref="Lexicon.ScriptErrorEndings"/>), as a form's or a widget's failure message does, hidden until the
    /// request fails; a sentence of the article that gives the same advice runs longer or ends otherwise.
    /// </summary>
    private static bool IsScriptError(string key)
    {
        foreach (var ending in ScriptErrorEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && (key.Length == ending.Length || key[key.Length - ending.Length - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LoadingOpenings = Lexicon.LoadingOpenings.Select(Normalize).ToArray();

    /// <summary>
    /// Whether a short block is a script's placeholder: it opens with a loading word (<see cref="Lexicon.LoadingOpenings"/>)
    /// and ends in an ellipsis, which a label or a heading of the article does not.
    /// </summary>
    private static bool IsLoadingPlaceholder(string text, string key)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (!trimmed.EndsWith("...", StringComparison.Ordinal) && !trimmed.EndsWith("\u2026", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var opening in LoadingOpenings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal) && (key.Length == opening.Length || key[opening.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] ReadingTimes = Lexicon.ReadingTimeLines.Select(line => Normalize(line.Replace("#", "0", StringComparison.Ordinal)).Split(' ')).ToArray();

    /// <summary>
    /// Whether a short block states a post's reading time (<see cref="Lexicon.ReadingTimeLines"/>): its key is one, or
    /// holds one and the text has a meta line's separator ("·", "|", "•", a line break) around it.
    /// </summary>
    private static bool IsReadingTimeLine(string text, string key)
    {
        if (!HasDigit(key))
        {
            return false;
        }

        // A key under the line limit has at most half as many words as characters: the ranges fit on the stack.
        Span<Range> words = stackalloc Range[Thresholds.ReadingTimeLineMaxChars / 2 + 1];
        var count = key.AsSpan().Split(words, ' ');
        var separated = text.AsSpan().IndexOfAny("·|•\n") >= 0;
        foreach (var pattern in ReadingTimes)
        {
            for (var at = 0; at + pattern.Length <= count; at++)
            {
                if ((pattern.Length == count || separated) && MatchesAt(key, words[..count], at, pattern))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="pattern"/> stands in the key's <paramref name="words"/> at <paramref name="at"/>, its "0" matching any number.</summary>
    private static bool MatchesAt(string key, ReadOnlySpan<Range> words, int at, string[] pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var word = key.AsSpan()[words[at + i]];
            if (pattern[i] == "0" ? !IsDigits(word) : !word.SequenceEqual(pattern[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> word) => word.Length > 0 && !word.ContainsAnyExceptInRange('0', '9');

    private static readonly HashSet<string> CounterNouns = new(Lexicon.CounterNouns.Select(Normalize), StringComparer.Ordinal);

    /// <summary>
    /// Whether a block's key is a counter: a number and what it counts, either way round ("3 likes", "replies 154",
    /// "26 2k views" for "26.2k views"): the number's parts are digits, a "k" or "m" may close it.
    /// </summary>
    private static bool IsCounter(string key)
    {
        // Most short blocks hold no digit: they are not split.
        if (!key.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // Four slots: a fourth range means more than three words.
        Span<Range> parts = stackalloc Range[4];
        var count = key.AsSpan().Split(parts, ' ');
        if (count is < 2 or > 3)
        {
            return false;
        }

        var nouns = CounterNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (nouns.Contains(key.AsSpan()[parts[count - 1]]))
        {
            return IsNumber(key, parts[..(count - 1)]);
        }

        return nouns.Contains(key.AsSpan()[parts[0]]) && IsNumber(key, parts[1..count]);
    }

    private static bool IsNumber(string key, ReadOnlySpan<Range> parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            var part = key.AsSpan()[parts[i]];
            if (i == parts.Length - 1 && part.Length > 1 && part[^1] is 'k' or 'm')
            {
                part = part[..^1];
            }

            if (part.Length == 0 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a flow item is a paragraph of running prose: a sentence of at least
    /// <see cref="Thresholds.ProseAfterLabelMinChars"/> characters with under <see cref="Thresholds.TeaserLabelMaxLinkShare"/>
    /// of them in links. A heading that opens like a label of other articles ("Related work", "Recommended reading for
    /// beginners") and is followed by one heads the article's own section: a teaser label heads cards (a linked title,
    /// a picture, a date) or a list of links.
    /// </summary>
    internal static bool IsRunningProse(FlowItem item) =>
        item.Block is ParagraphBlock paragraph && item.VisibleChars >= Thresholds.ProseAfterLabelMinChars
        && item.LinkDensity < Thresholds.TeaserLabelMaxLinkShare && SentenceShape.IsSentence(paragraph.Text);

    /// <summary>"Related post: …", "More in Amsterdam", "Lesen Sie auch: …": a label and the name of another article.</summary>
    private static bool HasBoilerplatePrefix(string key)
    {
        if (key.Length > MaxPrefixLabelKeyLength)
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a short line is a byline by its opening ("By Jane Doe", "Von …", "Par …").</summary>
    public static bool IsBylineLine(string text) => text.Length < 120 && IsByline(Normalize(text), null);

    private static bool IsByline(string key, string[]? authorKeys)
    {
        foreach (var prefix in Lexicon.BylinePrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length && key[prefix.Length] == ' '
                && key.Length - prefix.Length < 60)
            {
                return true;
            }
        }

        if (authorKeys is not null)
        {
            foreach (var author in authorKeys)
            {
                if (author == key)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsDateline(string key)
    {
        foreach (var prefix in DatelineOpenings)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && HasDigit(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a block that opens with a dateline word and holds a digit is a sentence of the article that states no date
    /// ("Published in 1911, the first catalogue listed …", "Updated timetable: buses 4 and 12 now stop …"): a dateline
    /// states when the page was published or changed, with a full date ("Mis à jour le 3 mai 2024 à 10h15.", which also
    /// reads as a sentence) or in a few words ("Updated 14 hours ago").
    /// </summary>
    private static bool IsUndatedSentence(string text) => SentenceShape.IsSentence(text) && Metadata.DatePhrases.Dates(text, null).Length == 0;

    /// <summary>A byline or a dateline that does not go on as a sentence of the article (<see cref="SentenceShape"/>).</summary>
    private static bool IsBylineOrDateline(string key, string text, string[]? authorKeys) =>
        (IsByline(key, authorKeys) && !SentenceShape.IsSentence(text)) || (IsDateline(key) && !IsUndatedSentence(text)) || IsStampedDateline(key, text);

    /// <summary>"November 19, 2019 / 12:21 AM / Updated 14 hours ago": a date line with a dateline word inside it.</summary>
    private static bool IsStampedDateline(string key, string text)
    {
        if (!HasDigit(key) || text.TrimEnd().EndsWith('.') || key.AsSpan().Count(' ') > 11)
        {
            return false;
        }

        for (var i = 0; i < DatelineWordsInside.Length; i++)
        {
            if (key.Contains(DatelineWordsInside[i], StringComparison.Ordinal) || key.EndsWith(DatelineWordsAtEnd[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Reporting by …; Editing by …": the wire agencies' credit line under a story.</summary>
    private static bool IsAgencyCredit(string key)
    {
        foreach (var opening in Lexicon.CreditLineOpenings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string s) => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Lower case, punctuation and symbols dropped, white space collapsed (see <see cref="TextKey.Normalize"/>).</summary>
    internal static string Normalize(string text) => TextKey.Normalize(text);
}
