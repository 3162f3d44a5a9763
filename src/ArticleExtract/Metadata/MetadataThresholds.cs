namespace ArticleExtract.Metadata;

/// <summary>Every tuned number of the metadata stage, in one place, with why it has its value.</summary>
internal static class MetadataThresholds
{
    /// <summary>Web articles begin in the 1990s (htmldate's floor): an earlier year in a page is history, not its date.</summary>
    public const int EarliestYear = 1995;

    /// <summary>Beyond this a year is a typo or a placeholder.</summary>
    public const int LatestYear = 2100;

    /// <summary>
    /// A title (<see cref="Article.Title"/>, <see cref="Article.MetaTitle"/>) or site name (<see cref="Article.SiteName"/>)
    /// longer than this, in characters, is none: the longest on the evaluation corpora are 218 and 86, and a
    /// <c>&lt;title&gt;</c> left open takes in the whole page.
    /// </summary>
    public const int MaxTitleLength = 1000;

    /// <summary>At most this many authors (<see cref="Article.Authors"/>): a longer list is a page's contributors or a template's loop, not a byline.</summary>
    public const int MaxAuthors = 20;

    /// <summary>
    /// At most this many tags (<see cref="Article.Tags"/>): a keywords list is an SEO field, and some hold thousands of
    /// words. The most on the evaluation corpora is 66 (one key's meta tags are kept up to 64, <see cref="MetaTags"/>).
    /// </summary>
    public const int MaxTags = 100;

    /// <summary>
    /// A time written before its date is looked for this many characters back: "10:00:00 A.M. AKST, Wednesday, " is 31.
    /// </summary>
    public const int LeadingTimeReach = 32;

    /// <summary>A visible date is looked for this many elements before the headline (kicker, breadcrumb line).</summary>
    public const int ElementsBeforeHeadline = 40;

    /// <summary>… and this many after it (standfirst, byline and date line, lead image).</summary>
    public const int ElementsAfterHeadline = 150;

    /// <summary>
    /// A visible date nothing labels, further than this many elements from the headline and stated by no other source,
    /// is some other item's (a teaser, a review, an event in the text), not the article's: a dateline stands close.
    /// </summary>
    public const int UnlabelledDateNearHeadline = 50;

    /// <summary>A text node longer than this is prose, not a date line; dates inside prose are about other things.</summary>
    public const int MaxDateLineLength = 160;

    /// <summary>
    /// A line of this many words or more that ends as a sentence ends is prose: a date nothing labels in it is an event
    /// the text tells of. A date line with a name and a place ("Jane Doe, Staff Reporter, March 5, 2021.") has fewer.
    /// </summary>
    public const int MinSentenceWords = 8;

    /// <summary>
    /// A date-marked element whose text is split into at most this many pieces may hold a date set out in them ("29" "Jun"
    /// "2019", with a weekday and a label); more pieces are a block that holds other things.
    /// </summary>
    public const int MaxDatePieces = 8;

    /// <summary>Nodes read at most in a date-marked element for its pieces (icons, wrappers and white space between them).</summary>
    public const int MaxDatePieceNodes = 40;

    /// <summary>
    /// Elements after the headline within which a date line no class marks is read for a date set out in pieces
    /// (<c>&lt;span&gt;March&lt;/span&gt; &lt;span&gt;5&lt;/span&gt;, &lt;span&gt;2021&lt;/span&gt;</c>): the lines under a headline, not the body.
    /// </summary>
    public const int SplitDateAfterHeadline = 30;

    /// <summary>
    /// Sibling items (list items, cards) of one tag under one parent, each with an unlabelled date and two days at
    /// least among them, that make a list of other items' dates (related stories, recent posts) rather than the page's.
    /// </summary>
    public const int MinDateListItems = 3;

    /// <summary>Levels above a date within which the item of a list that holds it is looked for (the date's line, the card, the list item).</summary>
    public const int MaxDateListDepth = 4;

    /// <summary>Characters at most in one item of such a list: a teaser's title, date and summary, not a section of the article.</summary>
    public const int MaxDateListItemText = 500;

    /// <summary>A date alone in an element at most this many elements after a byline line's opening ("Written by") is the byline's date.</summary>
    public const int DateAfterByline = 3;

    /// <summary>A wire dateline ("CITY, Mon D, YYYY (AGENCY) –") is looked for in this many characters opening a long line.</summary>
    public const int MaxDatelinePrefix = 100;

    /// <summary>At most this many date candidates are gathered from the page; the first ones are the article's.</summary>
    public const int MaxDateCandidates = 200;

    /// <summary>A page walk for metadata stops after this many elements (huge pages keep their metadata near the top).</summary>
    public const int MaxElementsWalked = 60_000;

    /// <summary>
    /// A visible date later than the page's latest machine-readable date by more than this is a clock widget or an
    /// event, not the article's date.
    /// </summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(2);

    /// <summary>
    /// An "Updated" line at most this many days after the publication the metadata states is the same story's news cycle
    /// (a report revised the next day): the publication still dates it, whatever states it.
    /// </summary>
    public const int UpdateInNewsCycleDays = 2;

    /// <summary>
    /// A publication only a JSON-LD WebPage node states, on a page whose modification stamp is more than this many days
    /// later, is the record's first save on a page kept current since (a service, a guide), not a publication a reader sees.
    /// </summary>
    public const int StampRevisedAfterDays = 365;

    /// <summary>The furthest a time zone stands from UTC (UTC+14): a UTC stamp further before a shown day is not that day's midnight.</summary>
    public static readonly TimeSpan MaxUtcOffset = TimeSpan.FromHours(14);

    /// <summary>The furthest a time zone stands west of UTC (UTC−12): a UTC stamp later after a shown day is not that day's evening.</summary>
    public static readonly TimeSpan MaxUtcOffsetWest = TimeSpan.FromHours(12);

    /// <summary>Readability's limit: a byline is a line, not a paragraph.</summary>
    public const int MaxBylineLength = 100;

    /// <summary>A label naming a reviewer ("Medically reviewed by") is a few words; longer text is a sentence that mentions a review.</summary>
    public const int MaxReviewerLabelLength = 40;

    /// <summary>An author box names its person in a short line; longer text is the biography.</summary>
    public const int MaxAuthorBoxNameLength = 60;

    /// <summary>Share of a heading's words a metadata title must contain for the two to be the same headline.</summary>
    public const double SameHeadline = 0.6;

    /// <summary>Share of a metadata title's words a heading must cover to be that title's headline (and not a logo inside it).</summary>
    public const double HeadlineCoversTitle = 0.35;

    /// <summary>
    /// A title's last part that opens with a site's two- or three-letter name ("BBC News", "CNN Politics") is the site's
    /// desk up to this many words; longer, it is a clause about the name ("BBC to cut 500 jobs").
    /// </summary>
    public const int MaxShortNameDecorationWords = 3;

    /// <summary>
    /// A site's name that matches only once its article is dropped ("The Daily Planet", "dailyplanet") must keep this many
    /// letters: "The Sun" against a site "sun" is too short to tell from a word.
    /// </summary>
    public const int MinSiteNameWithoutArticle = 5;

    /// <summary>A visible headline shorter than this (in characters) is a label ("News", "Blog"), not a title.</summary>
    public const int MinHeadlineLength = 8;

    /// <summary>
    /// A heading that holds the <c>&lt;title&gt;</c>'s own part, which makes up at least this share of it, is that part plus
    /// a template's label ("Thread: ", "Blog: ") or counter; a shorter part is a phrase inside a longer headline.
    /// </summary>
    public const double LabelledHeadlineShare = 0.6;

    /// <summary>
    /// Share of a heading's words the <c>&lt;title&gt;</c> must contain for the heading to name a listing's category
    /// ("All Headphones" under "Shop Headphones | Wireless, Headsets"); less, and it is a slogan or a widget's label.
    /// </summary>
    public const double CategoryHeadingInTitle = 0.5;

    /// <summary>Top-level headings looked through for a listing's category heading.</summary>
    public const int MaxCategoryHeadings = 30;

    /// <summary>A heading longer than this is a paragraph set in large type, not a headline.</summary>
    public const int MaxHeadlineLength = 250;

    /// <summary>Characters a title keeps before " | " for the rest to be cut as a decoration ("News | Site" keeps "News").</summary>
    public const int MinTitleBeforePipe = 3;

    /// <summary>Words after the brand in a home page's title for it to be a tagline ("Acme | Home Page" is a page label, not one).</summary>
    public const int MinHomeTaglineWords = 3;

    /// <summary>
    /// A byline listing more people than this is a paper's author list or a page's contributor roll, not co-authors
    /// to add to the one the metadata names.
    /// </summary>
    public const int MaxBylineCoAuthors = 6;

    /// <summary>Elements of a replies container looked through for the thread's opening post (it comes first).</summary>
    public const int MaxOpeningPostSearch = 200;

    /// <summary>
    /// Visible dates labelled "Published" on this many different days are a list's (teasers, events),
    /// and their label is no evidence of the article's date.
    /// </summary>
    public const int PublishedLabelsInAList = 3;

    /// <summary>
    /// Dates of one kind (read from the text or from an attribute, with one role) standing each within
    /// <see cref="EntryRunGap"/> elements of the one before, this many or more, on at least <see cref="MinEntryRunDays"/>
    /// different days: a run of entries (a listing's stories, a podcast's episodes, an events calendar), each dated, none
    /// the page's.
    /// </summary>
    public const int MinEntryRun = 4;

    /// <summary>The different days at least in a run of entries' dates (<see cref="MinEntryRun"/>).</summary>
    public const int MinEntryRunDays = 3;

    /// <summary>Elements at most between one entry's date and the next in a run (<see cref="MinEntryRun"/>): a teaser's card, not an article's body.</summary>
    public const int EntryRunGap = 30;

    /// <summary>A two-digit year up to this one is 20xx ("7/9/05" is 2005), a later one 19xx ("12/3/98" is 1998).</summary>
    public const int TwoDigitYearPivot = 69;

    /// <summary>
    /// The language of an article is read from at most this many letters of its prose (<see cref="LanguageGuess"/>), about
    /// 650 English words: the common function words show dozens of times, and the work stays small on a long page.
    /// </summary>
    public const int LanguageSampleLetters = 3_000;

    /// <summary>Under this many letters of prose (a sentence) there is no guess from the text.</summary>
    public const int LanguageMinLetters = 150;

    /// <summary>The script that guesses the language must hold this share of the prose's letters, or the text is mixed and gives no guess.</summary>
    public const double LanguageScriptShare = 0.6;

    /// <summary>Japanese when kana are at least one in this many of the Han and kana characters; Chinese text has next to none, Japanese a third or more.</summary>
    public const int LanguageKanaShare = 10;

    /// <summary>The fewest function-word hits a language needs to be guessed.</summary>
    public const int LanguageMinWordHits = 8;

    /// <summary>The share of the words that must be the guessed language's function words: text in a language has a third or more.</summary>
    public const double LanguageMinWordShare = 0.15;

    /// <summary>The guessed language must lead the next by this many hits, and by <see cref="LanguageLeadShare"/> of its own.</summary>
    public const int LanguageMinLead = 3;

    /// <inheritdoc cref="LanguageMinLead"/>
    public const double LanguageLeadShare = 0.1;

    /// <summary>Text is plainly in the guessed language, enough to overrule the page's declaration, when this share of its words are that language's function words.</summary>
    public const double LanguagePlainWordShare = 0.25;

    /// <summary>A declaration is overruled only by this many letters of prose or more (Han, kana and Hangul weighed as three), about 130 English words: three times a pair of sentences.</summary>
    public const int LanguageOverruleMinLetters = 600;

    /// <summary>A declaration is overruled only when its own language scores at most a third of the guessed one's on the same words.</summary>
    public const int LanguageOverruleMargin = 3;
}
