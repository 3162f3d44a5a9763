namespace ArticleExtract.Cleaning;

/// <summary>
/// The named thresholds of the keep/drop decisions added for pages nobody tuned for, in one place so that the
/// next person can see and change them together. Lengths are in visible characters as
/// <see cref="VisibleText.Count"/> counts them.
/// </summary>
internal static class Thresholds
{
    /// <summary>
    /// A quote's closing <c>&lt;cite&gt;</c> no longer than this is its credit (a name and a role), as a closing line
    /// after a dash is; a longer one is quoted text that cites a work.
    /// </summary>
    public const int CiteLineMaxChars = 120;

    /// <summary>
    /// A <c>&lt;noscript&gt;</c> holding at least this much text in block elements is the page's no-script rendering
    /// (forum and shop engines serve crawlers the whole thread there), not a "please enable JavaScript" line.
    /// </summary>
    public const int NoscriptRenderingChars = 200;

    /// <summary>A <c>&lt;noscript&gt;</c> shorter than this that names JavaScript is the notice that the page needs it.</summary>
    public const int NoscriptNoticeMaxChars = 600;

    /// <summary>A hidden element holding at least this share of the page's running text is content a script reveals.</summary>
    public const double HiddenRenderingShare = 0.6;

    /// <summary>…and at least this many characters of it.</summary>
    public const int HiddenRenderingChars = 1000;

    /// <summary>
    /// A "header" class value shared by at least this many elements names the headers of like parts (cards, sections,
    /// accordion items), not the page's masthead, which is one element (two or three where each screen size has its
    /// own). On WCXB-dev tuning pages 3 also lifted a table's three captions on a page whose truth is a small part of
    /// it (0.216 → 0.199, a page more under 0.2); 4 takes the same gains without it.
    /// </summary>
    public const int RepeatedHeaderCount = 4;

    /// <summary>A form with no field to fill in that holds at least this share of the page's text is a wrapper of the page's list or table, not a form.</summary>
    public const double PageFormShare = 0.5;

    /// <summary>How many elements of such a form are searched for a field; past it, one is assumed.</summary>
    public const int PageFormScan = 5000;

    /// <summary>…when running text is at least this share of such an element's text: a part's title and lead line, not a bar of links.</summary>
    public const double RepeatedHeaderRunningShare = 0.5;

    /// <summary>
    /// A heading with nothing under it whose text is at least this long and ends as a sentence ends is a paragraph set
    /// in a heading's tag (titles run to about 100 characters); it is read, not dropped as an empty heading.
    /// </summary>
    public const int ProseHeadingChars = 150;

    /// <summary>
    /// A run of at least this many ASCII characters without a space is no word but a web address, a hash or an
    /// identifier (the longest English words in use have about 20 letters).
    /// </summary>
    public const int UnbrokenStringChars = 25;

    /// <summary>A unit with more than this share of its characters in such runs is data, not running text.</summary>
    public const double RunningTextMaxUnbrokenShare = 0.5;

    /// <summary>
    /// A wrapper of blocks with at least this many characters that repeats its previous sibling word for word is a
    /// second rendering of the same passage (one per screen size), read once.
    /// </summary>
    public const int CopiedWrapperChars = 100;

    /// <summary>A block of at most this many words holding a credit marker anywhere is a photo credit; a longer one only when the marker comes early.</summary>
    public const int CreditLineMaxWords = 12;

    /// <summary>
    /// A block shorter than this holding a site's affiliate notice ("We may earn commission from links on this page") is
    /// that notice: on WCXB-dev tuning pages such notices run 80 to 190 characters, two or three sentences with a link to
    /// the policy; a longer paragraph that says it is a story about commissions.
    /// </summary>
    public const int AffiliateNoticeMaxChars = 250;

    /// <summary>A credit marker this close to the start of a longer block ("Cover image: …", "Top photo: …") makes it a credit.</summary>
    public const int CreditMarkerMaxOffset = 16;

    /// <summary>How many elements inside a caption are searched for the image it captions; past it, one is assumed.</summary>
    public const int CaptionImageScan = 400;

    /// <summary>A footer inside an article whose text is at least this share running text is the article's closing prose.</summary>
    public const double ArticleFooterProseShare = 0.8;

    /// <summary>
    /// How many elements inside an inline noise element, and how many sibling nodes on either side of it, are read to
    /// find it a phrase of its sentence; past it, it keeps its verdict (a sentence's phrase is a few words).
    /// </summary>
    public const int PhraseInSentenceScan = 32;

    /// <summary>A call to follow the site on a social network is a prompt only in a block of at most this many characters (a line or two); a longer paragraph ending with one is the writer's closing words.</summary>
    public const int FollowCallMaxChars = 200;

    /// <summary>The article guard weighs the share of the page's running text a result kept only on pages with at least this much of it; on a shorter page, only a result with no prose at all is lost.</summary>
    public const int GuardPageProseChars = 500;

    /// <summary>A result with less prose than this (or than <see cref="GuardMinProseShare"/> of the page's) lost the article.</summary>
    public const int GuardMinProseChars = 200;

    /// <summary>A result holding less than this share of the page's running text lost the article.</summary>
    public const double GuardMinProseShare = 0.15;

    /// <summary>
    /// A result with at least this much prose is measured against the page without its comment threads (a long
    /// thread under an article does not make the article lost); a shorter one against the whole page.
    /// </summary>
    public const int GuardThreadArticleChars = 1500;

    /// <summary>The guard's second reading is refused when more of its text than this sits in links (a link farm, not an article).</summary>
    public const double GuardMaxLinkDensity = 0.5;

    /// <summary>
    /// On a listing, a heading with nothing under it is kept as an entry's title when it has at least this many words
    /// and is printed once (a label, "Latest" or "Content feed", has one or two, or recurs on every card). Chosen on
    /// WCXB-dev tuning pages, where one- and two-word labels were the headings such a rule brought back wrongly.
    /// </summary>
    public const int KindEntryTitleWords = 3;

    /// <summary>A page with less prose than this and no declared kind is a service or landing page (or a listing).</summary>
    public const int KindArticleProseChars = 600;

    /// <summary>An undeclared page with at least this many code blocks is documentation.</summary>
    public const int KindDocumentationCodeBlocks = 3;

    /// <summary>A short undeclared page with at least this many link items is a listing.</summary>
    public const int KindListingLinkItems = 8;

    /// <summary>A page with at least this many elements each declaring a product (a JSON-LD script or an itemtype per card) lists products.</summary>
    public const int KindListingDeclaredProducts = 8;

    /// <summary>JSON-LD scripts longer than this are not searched for types (bounded work on hostile pages).</summary>
    public const int KindJsonLdMaxChars = 200_000;

    /// <summary>A run of repeated records (listing entries, cards, posts) has at least this many siblings of one signature.</summary>
    public const int KindMinItems = 3;

    /// <summary>…holding on average at least this many characters outside noise (a menu's one-word links hold fewer).</summary>
    public const int KindMinItemChars = 30;

    /// <summary>
    /// A run of at least this many records needs only <see cref="KindLongRunMinItemChars"/> per record on average: a
    /// shop's grid of cards holding a short name and a price. Chosen on WCXB-dev tuning pages: 12–20 records and 10–15
    /// characters found the same two grids (a shop's category, a ranking) and changed no other page; from 8 records a
    /// shorter run won over one listing's entries.
    /// </summary>
    public const int KindLongRunItems = 12;

    /// <summary>The average characters per record of a long run (<see cref="KindLongRunItems"/>).</summary>
    public const int KindLongRunMinItemChars = 15;

    /// <summary>The records' region widens to an ancestor that adds at most this factor of text (the list's title and intro).</summary>
    public const double KindRegionGrowth = 1.3;

    /// <summary>
    /// The records are read instead of the article reading when they hold at least this factor of its text. Chosen on
    /// WCXB-dev tuning pages (ids 0–7): 1.2–3 all gain; 1.5 gained most without changing the article pages' figure.
    /// </summary>
    public const double KindRecordsOverArticle = 1.5;

    /// <summary>
    /// …and only when the article reading kept less than this: past it the reading is an article, and a longer run
    /// beside it is its comment thread (AEB-dev and the Readability suite lost whole articles to it without this).
    /// </summary>
    public const int KindRecordsMaxArticleChars = 1500;

    /// <summary>
    /// …and, on a page classified as an article, only when the reading kept fewer paragraphs than this: an article's
    /// short reading of several paragraphs is the article (the listings read as records kept at most one).
    /// </summary>
    public const int KindRecordsMaxArticleParagraphs = 2;

    /// <summary>
    /// …and not when the article reading lies inside one record holding at least this share of the run's text: such a
    /// "run" is the page's layout blocks, one of them the block already read (a forum engine's tables at the body's top
    /// level, a landing page's bands), not entries alike in size. On WCXB-dev tuning pages the records read held the
    /// reading in a record of 0.72 and 0.81 of the run (both pages lost) or 0.18 and less.
    /// </summary>
    public const double KindReadingRecordShare = 0.5;

    /// <summary>
    /// On a service page, a carousel inside the reading that holds at least this many characters outside links is read
    /// (<see cref="Kinds.ServiceCarousels"/>): a customer's quote or a feature's line and its heading, not a strip of
    /// logos or pictures with a "Next" button.
    /// </summary>
    public const int ServiceCarouselMinTextChars = 80;

    /// <summary>
    /// A box under an author-bio heading ("About the author") is left out whole when it holds at most this many
    /// characters (non-space): a biography of a few sentences, not a section of the article about a writer.
    /// </summary>
    public const int AuthorBoxMaxChars = 1500;

    /// <summary>Teaser cards of other pages (<see cref="Content.TeaserCards"/>) come in runs of at least this many.</summary>
    public const int TeaserMinCards = 3;

    /// <summary>
    /// Teaser cards titled by plain headings (<see cref="Content.TeaserCards.FindPlain"/>) come in runs of at least this
    /// many: a "related" box after an article often shows two, and these cards are only left out of an article.
    /// </summary>
    public const int TeaserMinPlainCards = 2;

    /// <summary>
    /// …and each holds at most this many characters (non-space): a title and a sentence or two of summary. A listicle's
    /// entries, a picture and a name over a paragraph, are longer.
    /// </summary>
    public const int TeaserPlainCardMaxChars = 300;

    /// <summary>
    /// A run of at least this many hexadecimal characters mixing digits and letters in a class or id is a generated
    /// hash (page builders' element ids, CSS-module suffixes): its letters are not words ("60ad7eb" holds no "ad").
    /// Shorter runs such as "ad1" or "h2o" stay words.
    /// </summary>
    public const int HashRunChars = 6;

    /// <summary>
    /// How many elements inside a disclosure widget classed with a "header" word are looked at for a prose block
    /// (NoiseClassifier.IsDisclosureWidget): its first panel comes within a few elements of its first toggle.
    /// </summary>
    public const int DisclosureWidgetScan = 64;

    /// <summary>The length of the hash a CSS-modules build appends after a double underscore ("table_frame__adR7z").</summary>
    public const int ModuleHashChars = 5;

    /// <summary>
    /// A definition (<c>dd</c>) under this share of link text describes its term in words, so a term that is all
    /// link (a property named by a link to its own page) is the definition's name, not navigation.
    /// </summary>
    public const double DefinitionMaxLinkShare = 0.5;

    /// <summary>
    /// A list of links that a paragraph of prose introduces with a colon ("some examples include:") belongs to the
    /// article when that paragraph holds at least this many characters… WCXB-dev tuning pages: 60 keeps such lists
    /// on 22 pages and loses on 8; 30 kept more but let more of the truth's unwanted snippets through.
    /// </summary>
    public const int LeadInMinChars = 60;

    /// <summary>…and at most this share of link text (prose, not another line of links).</summary>
    public const double LeadInMaxLinkShare = 0.2;

    /// <summary>
    /// A paragraph's lines (split by <c>&lt;br&gt;</c>) that are each a link and nothing else are a list written the old
    /// way when at least this many follow each other (<see cref="Structure.LinkLines"/>): two are a story's "Print |
    /// E-mail" pair as often as a list.
    /// </summary>
    public const int LinkLinesAsList = 3;

    /// <summary>
    /// A line that opens with at least this many spaces a browser does not collapse (<c>&amp;nbsp;</c>, ideographic
    /// spaces) after a line break is an indented paragraph's first line: one such space is often a stray, two are an
    /// indent (Chinese and Japanese news indent by two ideographic spaces, old pages by two to five no-break spaces).
    /// </summary>
    public const int IndentSpaces = 2;

    /// <summary>A card's heading is a link to the other page when at least this share of its text is link text.</summary>
    public const double TeaserTitleLinkShare = 0.8;

    /// <summary>
    /// A card without a heading is titled by a link of at least this many words and characters (non-space), up to
    /// <see cref="TeaserTitleMaxChars"/>: "Read more", a category or a tag are shorter.
    /// </summary>
    public const int TeaserTitleMinWords = 3;

    /// <inheritdoc cref="TeaserTitleMinWords"/>
    public const int TeaserTitleMinChars = 12;

    /// <inheritdoc cref="TeaserTitleMinWords"/>
    public const int TeaserTitleMaxChars = 150;

    /// <summary>…and goes on with at least this many characters that are not a link (a date such as "3 May 2025", an excerpt).</summary>
    public const int TeaserCardMinOtherChars = 6;

    /// <summary>A card whose title link shares its line reads as a teaser only when the rest of it is a date this long at most.</summary>
    public const int TeaserDateMaxChars = 40;

    /// <summary>
    /// After a related-content heading among the article's blocks (<see cref="Structure.TeaserRun"/>), a block of at
    /// least this share of link text is a card's title or its links.
    /// </summary>
    public const double TeaserRunLinkShare = 0.5;

    /// <summary>
    /// A related-content label written as a paragraph ("Trending stories in …") starts a run of teasers only when at
    /// most this share of it is link text: a linked line is itself a teaser.
    /// </summary>
    public const double TeaserLabelMaxLinkShare = 0.3;

    /// <summary>
    /// A heading that opens like a label of other articles ("Related work", "Recommended reading for beginners") heads the
    /// article's own section when a sentence of at least this many characters, under
    /// <see cref="TeaserLabelMaxLinkShare"/> of them links, follows it right away: a card's excerpt follows its title, not
    /// the label over the cards.
    /// </summary>
    public const int ProseAfterLabelMinChars = 100;

    /// <summary>…a card's title is followed by at most this many lines that are not links (a date, a one-line teaser)…</summary>
    public const int TeaserRunMaxCardLines = 2;

    /// <summary>…each of at most this many characters: a longer paragraph is the article's running prose and ends the run.</summary>
    public const int TeaserRunMaxLineChars = 200;

    /// <summary>
    /// …and is dropped only after running prose: paragraphs of at least this many characters with less than
    /// <see cref="TeaserRunProseLinkShare"/> link text, <see cref="TeaserMinArticleChars"/> in all and at least
    /// <see cref="TeaserArticleOverCards"/> of the run's text (a listing's sections of cards have none above them).
    /// </summary>
    public const int TeaserRunProseChars = 80;

    /// <inheritdoc cref="TeaserRunProseChars"/>
    public const double TeaserRunProseLinkShare = 0.3;

    /// <summary>A card holds at most this much text: a title and an excerpt, not a section of the article.</summary>
    public const int TeaserMaxChars = 600;

    /// <summary>
    /// …and at most this many in a run: a theme's "related" or "latest" box shows a handful; a longer run is a listing,
    /// a table of contents or a listicle's items.
    /// </summary>
    public const int TeaserMaxCards = 8;

    /// <summary>A container holding more headings that link away than this is a grid of entries, and no run in it is a teaser box.</summary>
    public const int TeaserMaxLinkedHeadings = 12;

    /// <summary>…and at least this share of the container's text outside their parent comes before it (teasers follow the article).</summary>
    public const double TeaserTextBefore = 0.8;

    /// <summary>The container must hold at least this much text outside the cards for them to be teasers…</summary>
    public const int TeaserMinArticleChars = 800;

    /// <summary>…and at least this factor of the cards' text (a blog's index holds little beside its cards).</summary>
    public const double TeaserArticleOverCards = 0.5;

    /// <summary>
    /// A page that declares no kind is a listing when its run of records has at least this many records… Chosen on
    /// WCXB-dev tuning pages: 8–12 records with a link share of 0.3–0.4 all found the same listings and no article.
    /// </summary>
    public const int KindListingRecords = 8;

    /// <summary>
    /// On a listing or a shop, a paragraph or list item whose last words (at least this many, from a third of the
    /// item on) all appear before them reads its own card again, and is cut there (<see cref="Kinds.RepeatedTail"/>).
    /// </summary>
    public const int KindRepeatedTailWords = 3;

    /// <summary>…and holding at least one word in this many of the item: a card read twice, not a sentence's last words echoing its first.</summary>
    public const int KindRepeatedTailShare = 3;

    /// <summary>…with at least this share of their text in links (each entry is led by its title's link)…, and more text in them than in the page's running prose.</summary>
    public const double KindListingRecordLinkShare = 0.3;

    /// <summary>The records read on a page classified a listing hold at least this share of their text in links: its entries lead somewhere.</summary>
    public const double KindListingMinRecordLinkShare = 0.05;

    /// <summary>
    /// A shorter run of records (from <see cref="KindMinItems"/>) makes a listing when at least this share of their text
    /// is in links: each record is little more than a linked title (a front page's headlines in a few blocks).
    /// </summary>
    public const double KindListingTitleRecordLinkShare = 0.7;

    /// <summary>
    /// A chrome line among a records reading's blocks (<c>BoilerplateFilter.WithoutChromeLines</c>) is a label: the
    /// longest boilerplate line a control prints alone ("Sort by", "Load more") is under 20 characters; a longer block
    /// that happens to equal one is rare, and is the page's own.
    /// </summary>
    public const int RecordChromeLineMaxChars = 40;

    /// <summary>On a thread, a block quotation is a repeated post when at least this share of its text appeared earlier on the page.</summary>
    public const double KindRepeatedQuoteShare = 0.5;

    /// <summary>
    /// On a thread, the characters of earlier text looked through for quoted paragraphs, whatever the thread's size
    /// (2^28: about a tenth of a second of searching): a real thread's quotations are all searched within it.
    /// </summary>
    public const long KindQuoteSearchFloorChars = 1L << 28;

    /// <summary>On a thread, the characters of earlier text looked through for quoted paragraphs per character of the thread read, beyond <see cref="KindQuoteSearchFloorChars"/>.</summary>
    public const long KindQuoteSearchPerChar = 256;

    /// <summary>On a thread, a short plain paragraph (at most <see cref="KindThreadLineMaxChars"/>) recurring this many times is the chrome around each post.</summary>
    public const int KindThreadLineRepeats = 3;

    /// <summary>On a thread, a run of this many lines of a code block, each printed earlier in the block, is a log's entry pasted again.</summary>
    public const int KindThreadLogRunLines = 4;

    /// <summary>The fewest characters of a run of a code block's repeated lines dropped as a log's entry pasted again.</summary>
    public const int KindThreadLogRunChars = 200;

    /// <summary>The longest paragraph counted as a recurring line around posts ("Joined", "Posts", "Share this post").</summary>
    public const int KindThreadLineMaxChars = 60;

    /// <summary>How many levels above a thread's reading root its posts' frame is looked for (the post's text, its body, its frame).</summary>
    public const int KindThreadPostLevels = 3;

    /// <summary>On a thread, this many siblings of one tag and class (the reading's own post among them) are a run of posts.</summary>
    public const int KindThreadPostRun = 3;

    /// <summary>…when together they hold at least this share of their parent's text…</summary>
    public const double KindThreadPostRunShare = 0.5;

    /// <summary>…and the parent holds at least this many times the reading's text: less, and the reading had the thread already.</summary>
    public const double KindThreadPostRunGrowth = 1.2;

    /// <summary>The longest heading counted as a recurring heading in each post's frame (a poster's rank, a "Re: " subject repeating the thread's title).</summary>
    public const int KindThreadHeadingMaxChars = 160;

    /// <summary>On a thread, a comment thread (by its markup) holding at least this much running text is the thread's replies, read with its first post.</summary>
    public const int KindThreadMinRepliesChars = 200;

    /// <summary>How many classes of a parent's children are tried as a run of posts whose posters' card fields are looked for.</summary>
    public const int KindThreadPostFieldsClassesTried = 4;

    /// <summary>How many of a parent's first children are looked at for a run of posts (a long table's rows are not posts).</summary>
    public const int KindThreadPostFieldsChildren = 64;

    /// <summary>A class, id or itemprop value longer than this (a utility-class soup) is not read for review words on a product page.</summary>
    public const int KindProductMaxClassChars = 512;

    /// <summary>
    /// An undated, unsigned page that declares nothing and whose address ends in at most this many words is a service
    /// page. On WCXB-dev tuning pages one word found 15 service pages for 5 articles; two words 30 for 14.
    /// </summary>
    public const int KindServicePathWords = 1;

    /// <summary>
    /// An undated, unsigned page that declares nothing, at an address of at most <see cref="KindLandingPathWords"/>
    /// words, whose prose averages fewer characters than this per block (headings and list items counted) is a
    /// landing page: many short blurbs and bullets, where a story's paragraphs run longer. On WCXB-dev tuning pages the
    /// rule (with <see cref="KindLandingPathWords"/>) found 17 service pages for 6 articles.
    /// </summary>
    public const int KindLandingMeanBlockChars = 100;

    /// <summary>The longest address (words of its last segment) at which short blocks make a page a landing page.</summary>
    public const int KindLandingPathWords = 4;

    // The second opinion (Fallback/SecondOpinion.cs). Measured on WCXB-dev tuning pages (ids ending 0–7) by asking
    // SmartReader on every page and scoring both answers (gate9, December 2026). Picking the better answer per page
    // would raise word F1 from 0.866 to 0.888 with SmartReader's own text, 0.882 with its answer read by our stages
    // less what we judged noise; but that answer is worse than ours by over 0.1 on 235 pages for 35 where it is
    // better, and no rule of up to three thresholds on cheap features of both results (body, paragraphs, link
    // share, page kind, length ratio, share kept by the noise veto, word overlap) gained on ids 0–5. These values
    // take no tuning page; the best of a grid around them (body 250–900, link share 0.35–0.5, growth 1.0–2.0,
    // gain 0–400) took two and gained +0.0001. The gate asks on 5 % of WCXB-dev tuning pages and on no AEB-dev
    // page. Taking the answer without the noise veto gained +0.0018 on tuning (ids 0–5 and 6–7 alike) but lost on
    // validation (0.8579 to 0.8554).

    /// <summary>Our result is doubtful, and SmartReader is asked, when its body has fewer visible characters than this.</summary>
    public const int SecondOpinionBodyChars = 250;

    /// <summary>…or when more of its text than this sits in links (a menu or a link list, not an article).</summary>
    public const double SecondOpinionLinkDensity = 0.35;

    /// <summary>…or when it has no paragraph at all and fewer visible characters than this.</summary>
    public const int SecondOpinionBareChars = 1000;

    /// <summary>SmartReader's answer replaces ours only when it is longer than this many times ours…</summary>
    public const double SecondOpinionGrowth = 1.2;

    /// <summary>…and by at least this many visible characters (on short results, 20 % more is a caption).</summary>
    public const int SecondOpinionMinGain = 200;

    /// <summary>…and when at most this share of its text sits in links.</summary>
    public const double SecondOpinionMaxLinkDensity = 0.5;

    /// <summary>
    /// Attribute characters the parsed document may hold beyond the page's own before SmartReader is not asked
    /// (<see cref="Fallback.SecondOpinion.Proportionate"/>): room for the parser's copies of short formatting attributes
    /// (an unclosed <c>&lt;font face=…&gt;</c> reopened in a thousand paragraphs adds tens of KB), far below a hostile page's GBs.
    /// </summary>
    public const int SecondOpinionClonedAttributeChars = 1 << 20;

    /// <summary>The longest document title and <c>&lt;meta content&gt;</c> SmartReader is shown
    /// (<see cref="Fallback.SecondOpinion.Ask"/>): its title cleaning takes time far worse than linear in the title's
    /// length. Real titles and descriptions run to a few hundred characters.</summary>
    public const int SecondOpinionMetadataChars = 1000;

    /// <summary>
    /// A paragraph counts toward a repeated run (<see cref="Kinds.RepeatedParagraphs"/>) from this many characters:
    /// shorter lines ("Learn more", a price) repeat on purpose.
    /// </summary>
    public const int RepeatedParagraphMinChars = 40;

    /// <summary>
    /// …and a second copy is a stretch of at least this many different paragraphs repeated in order: a meal plan repeats
    /// a pair of lines day after day, and a pricing page a plan's features, on purpose.
    /// </summary>
    public const int RepeatedRunMinParagraphs = 3;

    /// <summary>…and it follows the stretch it repeats with at most this many other lines between them.</summary>
    public const int RepeatedCopyMaxGap = 1;

    /// <summary>
    /// A paragraph that is one phrase printed this many times or more, and nothing else, is a marquee's track (a
    /// scrolling band copies its phrase to loop without a seam), not text (<see cref="Kinds.RepeatedParagraphs"/>).
    /// </summary>
    public const int MarqueeMinRepeats = 4;

    /// <summary>…of a phrase of at least this many characters other than white space ("ha ha ha ha" is not one).</summary>
    public const int MarqueePhraseMinChars = 4;

    /// <summary>…and at most this many (a band's phrase is a call or a slogan; a sentence said over and over stays).</summary>
    public const int MarqueePhraseMaxChars = 40;

    /// <summary>
    /// An element called navigation by its class or id words that holds at least this many characters of running
    /// text… (<see cref="Analysis.DocumentIndex"/>: a section anchored for a table of contents, not a menu)
    /// </summary>
    public const int ProseSectionChars = 500;

    /// <summary>…with under this share of its text in links is a section of the article, not navigation.</summary>
    public const double ProseSectionLinkShare = 0.3;

    /// <summary>
    /// A paragraph that opens with the page's author and a verb of a biography ("Jane Doe is a freelance writer…") is
    /// the writer's note when it stands among this many last blocks of the article (headings not counted)…
    /// (<see cref="Structure.BoilerplateFilter"/>; earlier, such a paragraph may be the article's own subject).
    /// </summary>
    public const int AuthorBioTailBlocks = 3;

    /// <summary>…and holds at most this many characters (a biography is a short note, not an interview's answer).</summary>
    public const int AuthorBioMaxChars = 900;

    /// <summary>
    /// A line of the writer's card among the article's last blocks (its role: "Contributing Writer", "Jane Doe Senior
    /// Project Manager") holds fewer characters than this…
    /// </summary>
    public const int AuthorCardLineMaxChars = 100;

    /// <summary>
    /// …and at most this many words: a name and a role with its qualifiers ("UK-based Systems Theorist &amp; Independent
    /// Technology Writer"); a longer line is a sentence even without its stop.
    /// </summary>
    public const int AuthorCardLineMaxWords = 10;

    /// <summary>
    /// A block of fewer characters than this that states a post's reading time ("5 min read"), alone or between the
    /// separators of a meta line ("March 15 · 3 min read · By Jane Doe"), is chrome (<see cref="Structure.BoilerplateFilter"/>).
    /// </summary>
    public const int ReadingTimeLineMaxChars = 100;

    /// <summary>
    /// A block of fewer characters than this that opens with a loading word and ends in an ellipsis ("Loading prices for
    /// your region…") is a script's placeholder (<see cref="Structure.BoilerplateFilter"/>); a sentence of prose that
    /// happens to open so ("Loading the dishwasher right saves…") runs longer and ends otherwise.
    /// </summary>
    public const int LoadingPlaceholderMaxChars = 60;

    /// <summary>
    /// A block shorter than this that ends with a plea to try again ("Oops! Something went wrong. Please try again.") is a
    /// script's error notice, left in the page as fetched (<see cref="Structure.BoilerplateFilter"/>); the longest seen on
    /// WCXB-dev tuning pages, a shop's failed shipping estimate, runs to 64 characters, and a paragraph of advice that
    /// ends so runs longer.
    /// </summary>
    public const int ScriptErrorMaxChars = 100;

    /// <summary>
    /// On a product page, an element hidden by a bare <c>hidden</c> class holding at most this many characters (other
    /// than spaces) is a label, notice or hover note a script swaps in ("Add to cart", "Pre-pay to reserve"), left
    /// out; a longer one may be a part of the description the shopper opens, and is read
    /// (<see cref="Kinds.ProductReader.HideByClass"/>).
    /// </summary>
    public const int KindProductHiddenLabelMaxChars = 200;

    /// <summary>
    /// On a product page, a paragraph of at most this many characters made only of amounts, a currency and price labels
    /// is a price, left out after the first (<see cref="Kinds.ProductPrices"/>); the longest seen on WCXB-dev tuning pages,
    /// a sale price beside the old one with their labels, runs to about 30.
    /// </summary>
    public const int KindProductPriceMaxChars = 48;

    /// <summary>
    /// A product reading with more than this many paragraphs that are only a price keeps them all: it is a grid of
    /// products with a price on each card (a category page read as a product), not one product's price followed by
    /// its editions' or its bundles'. Measured on WCXB-dev tuning pages read as products: the most on a product page was six
    /// (a game's editions and add-ons), the one category page among them had 23.
    /// </summary>
    public const int KindProductMaxPriceBlocks = 8;

    /// <summary>
    /// On a product page, a section titled as other products ("Customers also viewed") is left out, with those under it,
    /// only when at least this share of the reading's characters comes before its heading
    /// (<see cref="Kinds.OtherProductSections"/>): a shop shows the others after its own product. Measured on WCXB-dev
    /// tuning pages: the strips titled so at the end of a shop's reading stood after 80 to 98 % of it; an auction page's
    /// strip at the top (2 % in) had the item's own details under it, in sections its heading seemed to hold.
    /// </summary>
    public const double KindProductOtherSectionMinShare = 0.5;

    /// <summary>
    /// On a product page, a block of at least this many words that repeats an earlier block almost word for word is
    /// left out (<see cref="Kinds.RepeatedBlocks"/>); a shorter one (a price, a colour, a size, a two-word badge) may
    /// stand in many places for good reasons. Measured on WCXB-dev tuning pages read as products: at three or four words
    /// one more page gained and one lost a line; from five words up none lost, and fewer gained the longer the bar.
    /// </summary>
    public const int KindProductRepeatMinWords = 5;

    /// <summary>
    /// The share of a block's runs of three words that one earlier block or heading must hold for the block to be a copy
    /// of it (<see cref="Kinds.RepeatedBlocks"/>): a copy wrapped or punctuated differently, or a selling point printed
    /// again on its own after the sentence that held it. At 0.8, paragraphs that only shared a long phrase went too; at
    /// 1.0, copies that differ by a word or a footnote mark stayed.
    /// </summary>
    public const double KindProductRepeatShare = 0.9;

    /// <summary>
    /// The least part of its original a copy makes up (<see cref="Kinds.RepeatedBlocks"/>), by runs of three words: a
    /// selling point printed again on its own after the bar of three or four that held it, a paragraph written again,
    /// go; a sentence that an earlier paragraph four or more times its length holds stays, since a page may say a feature
    /// again in another setting. Measured on WCXB-dev tuning pages: without it a service page read as a product lost the
    /// card that restated its paragraph's first sentence; at a third, the selling points of a bar of four stayed.
    /// </summary>
    public const double KindProductRepeatMinPart = 0.25;

    /// <summary>
    /// How many earlier blocks are remembered for one run of three words (<see cref="Kinds.RepeatedBlocks"/>): a run
    /// as common as "one of the" is held by many blocks, and weighing each of them for every block would grow with
    /// the square of the page; a copy shares rarer runs with its original as well.
    /// </summary>
    public const int KindProductRepeatMaxHolders = 16;

    /// <summary>
    /// A paragraph of line-broken lines whose first line is a copyright notice is the page's footer (the notice, then
    /// the publisher's address, telephone and e-mail) when it has at most this many lines… (<see cref="Structure.FooterNotice"/>)
    /// </summary>
    public const int FooterNoticeMaxLines = 4;

    /// <summary>…and at most this many characters (the wording filter drops a notice alone only under 200).</summary>
    public const int FooterNoticeMaxChars = 600;

    /// <summary>
    /// A story's head set as line-broken lines before its first prose (kicker, headline, byline, paper, date:
    /// <see cref="Structure.StoryHead"/>) has at most this many lines…
    /// </summary>
    public const int StoryHeadMaxLines = 6;

    /// <summary>…none longer than this: a headline's length; a longer line is the story's opening sentence.</summary>
    public const int StoryHeadLineMaxChars = 100;

    /// <summary>
    /// A paragraph of this many characters other than white space (a sentence of some twenty words), mostly not links,
    /// is the story's prose: a head stands before it.
    /// </summary>
    public const int StoryHeadProseMinChars = 100;

    /// <summary>
    /// A unit of text that is no running text for its links, read line by line, is running text when the lines outside
    /// runs of link lines hold at least this many characters… (<see cref="Content.StoryCells"/>: a story cell that ends
    /// on a box of links written as lines)
    /// </summary>
    public const int StoryCellMinProseChars = 200;

    /// <summary>…with at most this share of them in links (the share running text may have).</summary>
    public const double StoryCellLinkShare = 0.35;

    /// <summary>
    /// A heading or bold line that is the last thing read from a layout table is the label of what was left out under
    /// it when the table holds this many characters more than twice the label (<see cref="Structure.SectionBuilder"/>).
    /// </summary>
    public const int BoxLabelMinLeftOut = 40;

    /// <summary>…or when what follows it in the table is only paragraphs and lists with at least this share of their text in links.</summary>
    public const double BoxLabelLinkShare = 0.5;

    /// <summary>
    /// A figure with an image is a card, read as a box of blocks rather than as an image with a caption, when outside its
    /// caption it holds text in at least this many blocks (a shop card: a badge, the name, a subtitle, the price)…
    /// (<see cref="Structure.FigureBody"/>)
    /// </summary>
    public const int FigureCardMinLines = 3;

    /// <summary>…none of them longer than this (a card's lines; a box with a paragraph of its own is some page chrome's)…</summary>
    public const int FigureCardLineMaxChars = 150;

    /// <summary>…and the content (or the list) holds at least this many such cards: a grid of them, not one odd figure in a story.</summary>
    public const int FigureCardMinRun = 3;

    /// <summary>
    /// An id or heading longer than this is not compared as a section's anchor and its heading (<see cref="HeadingSlug"/>):
    /// headings are short, and the comparison stays bounded on a page of huge attributes.
    /// </summary>
    public const int MaxHeadingSlugChars = 160;

    /// <summary>A heading needs this many words for its anchor id to be read as its slug: one word ("Footer", "Newsletter") names widgets as often as sections.</summary>
    public const int MinHeadingSlugWords = 2;

    /// <summary>…and a section (a box holding the heading and its text) this many: a box of two words ("Shameless CTA") may be a widget named by its role, and takes all its text along.</summary>
    public const int MinSectionSlugWords = 3;

    /// <summary>The longest mark a generator puts before a heading's words in its anchor (Sphinx's "s-", a CMS's "h-").</summary>
    public const int MaxSlugPrefixChars = 2;

    /// <summary>A section's heading is looked for among this many of its first children (an anchor span or a permalink may come first).</summary>
    public const int HeadingSlugChildren = 3;

    /// <summary>
    /// A figure of a stat unit ("4,999,000" over "therapy sessions") is at most this long: the longest counters shown so
    /// (a count in the billions with its separators) run to 13 characters, and a short line of digits and separators is
    /// otherwise read as a date.
    /// </summary>
    public const int StatFigureMaxChars = 16;

    /// <summary>
    /// A stat unit's label ("members helped", "years of experience") is at most this long: a longer line under a figure is
    /// a sentence or a card's text, not the caption of a counter.
    /// </summary>
    public const int StatLabelMaxChars = 60;

    /// <summary>
    /// A code block's language class is looked for on this many of the <c>pre</c>'s first children: the <c>code</c> is
    /// the first, or follows the empty <c>span</c> Pygments writes first.
    /// </summary>
    public const int CodeLanguageChildren = 3;

    /// <summary>
    /// A code block's language class is looked for on this many wrappers above the <c>pre</c>: Jekyll's
    /// "language-ruby highlighter-rouge" stands two levels up (its "highlight" div between).
    /// </summary>
    public const int CodeLanguageWrapperLevels = 2;

    /// <summary>
    /// Reading a table's row spans costs at most this many steps per cell of the table (each step a row a span reaches
    /// into); past it the rest of the table is read without the empty cells that keep columns in place. Real tables
    /// with row spans need one or two; a table of thousands of rows each spanning a thousand would be quadratic.
    /// </summary>
    public const int RowSpanWorkPerCell = 4;

    /// <summary>
    /// A <c>pre</c> of line numbers is known by the gutter's class on it or on this many wrappers above it: Sphinx puts
    /// it in a "linenodiv" inside a "linenos" cell.
    /// </summary>
    public const int LineNumberWrapperLevels = 2;

    /// <summary>
    /// A block that opens like a byline, a dateline or a sponsor's line is a sentence of the article when it has at least
    /// this many words and reads as one (<see cref="Structure.SentenceShape"/>): "By noon, the queue reached the bridge."
    /// has seven words of two letters or more; a label that ends with a full stop and whose words are mostly lower case
    /// ("by staff reports.") is shorter.
    /// </summary>
    public const int LabelSentenceMinWords = 4;

    /// <summary>
    /// A block holding a cookie phrase is a cookie notice whatever its other words when it has at most this many words
    /// ("Cookie settings", "Manage cookie settings", "This site uses cookies."); a longer one is a notice only when it
    /// speaks to the reader or names the site (<see cref="Lexicon.CookieNoticeWords"/>).
    /// </summary>
    public const int CookieLabelMaxWords = 6;

    /// <summary>
    /// How many leading bytes the guess of an undeclared legacy page's encoding reads (<c>Decoding.EncodingGuess</c>):
    /// every candidate reads them once, so the work is bounded whatever the page's size. 64 KiB holds thousands of the
    /// page's non-ASCII characters even under a long head of scripts and styles; chardetng's users feed it about as much.
    /// </summary>
    public const int EncodingGuessBytes = 64 * 1024;

    /// <summary>
    /// The page's top-level domain (.jp, .ru, .cz…) chooses its own encoding over the best-scoring one when that reading
    /// scores at least this share of the best: a near tie (Turkish with no ğ, ı or ş reads the same in windows-1252),
    /// never against clear evidence in the bytes.
    /// </summary>
    public const double EncodingGuessDomainShare = 0.9;

    /// <summary>
    /// An uncommon encoding of the guess (windows-1257, windows-1258, IBM866, ISO-8859-5) must score at least this much
    /// above the best other reading outside its own domains: four frequent letters' worth. Its letters sit on bytes that
    /// common encodings read as letters too, and a page in it is far rarer than one in them, so a letter or two of
    /// evidence is not enough (a Catalan sentence whose only accents are ç and ï reads as Latvian ē and ļ); whole
    /// paragraphs of Baltic, Vietnamese or DOS Cyrillic clear it many times over.
    /// </summary>
    public const int EncodingGuessUncommonMargin = 8;
}
