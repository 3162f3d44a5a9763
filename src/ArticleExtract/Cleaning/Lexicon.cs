namespace ArticleExtract.Cleaning;

/// <summary>
/// Typed views of the noise and boilerplate word lists, which live as data in <c>Vocabulary/noise.txt</c> and
/// <c>Vocabulary/boilerplate.txt</c>: change what counts as noise there. Markup tokens are matched whole against the words of <c>class</c> and <c>id</c>
/// values (split at <c>-</c>, <c>_</c>, spaces and camelCase), never as substrings: "ad" matches <c>ad-slot</c>
/// but not <c>header</c> or <c>download</c>.
/// </summary>
internal static class Lexicon
{
    /// <summary>Single class/id words that mark an element as noise, with the kind of noise.</summary>
    public static readonly (string Token, NoiseKind Kind)[] NoiseTokens = Vocabulary.Tagged<NoiseKind>("noise", "noise-tokens");

    /// <summary>
    /// Class prefixes that list the post's taxonomy ("tag-sidebar", "category-ads", "author-jane"), as WordPress and
    /// similar CMSs write them: the words after the dash are the post's topics, not the element's role.
    /// </summary>
    public static readonly string[] TaxonomyClassPrefixes = Vocabulary.Words("noise", "taxonomy-class-prefixes");

    /// <summary>
    /// Class prefixes that state what a layout holds or lacks ("has-sidebar", "has-rail-right", "with-comments",
    /// "no-sidebar"): the wrapper around the article and its sidebar says it has one; it is not one.
    /// </summary>
    public static readonly string[] LayoutStateClassPrefixes = Vocabulary.Words("noise", "layout-state-class-prefixes");

    /// <summary>Whole class names of the line-number gutters highlighters write beside or inside code.</summary>
    public static readonly string[] LineNumberClasses = Vocabulary.Words("noise", "line-number-classes");

    /// <summary>Two consecutive class/id words that mark noise though neither does alone.</summary>
    public static readonly (string First, string Second, NoiseKind Kind)[] NoisePairs = Vocabulary.TaggedPairs<NoiseKind>("noise", "noise-pairs");

    /// <summary>
    /// Two consecutive class/id words, the first a noise word, that name a subject or a part of the text rather than a
    /// widget ("social-science", "share-price", "related-work"), written with a space.
    /// </summary>
    public static readonly string[] TopicPairs = Vocabulary.Words("noise", "topic-pairs");

    /// <summary>
    /// Class/id words that mark the article body itself. An element carrying one of them together with a body
    /// word is never treated as noise, whatever else its class says (<c>entry-content has-sidebar</c>).
    /// </summary>
    public static readonly string[] ContentSubjectTokens = Vocabulary.Words("noise", "content-subject-tokens");

    /// <inheritdoc cref="ContentSubjectTokens"/>
    public static readonly string[] ContentBodyTokens = Vocabulary.Words("noise", "content-body-tokens");

    /// <summary>
    /// Class/id words of embedded posts (tweets, Instagram, YouTube): quoted content that belongs to the article,
    /// so they cancel a share/social verdict (<c>social-media-embed</c> around a <c>twitter-tweet</c>).
    /// </summary>
    public static readonly string[] EmbedTokens = Vocabulary.Words("noise", "embed-tokens");

    /// <summary>
    /// Class/id words of the collapsed panels of accordions, tabs and expanders: a hidden element carrying one is
    /// content the reader opens with a click, not hidden noise.
    /// </summary>
    public static readonly string[] DisclosureTokens = Vocabulary.Words("noise", "disclosure-tokens");

    /// <summary>
    /// Two consecutive class/id words (written with a space) of a tab widget's panel ("tab-pane", "tab__content"), which
    /// count as <see cref="DisclosureTokens"/> together though neither does alone.
    /// </summary>
    public static readonly string[] DisclosurePairs = Vocabulary.Words("noise", "disclosure-pairs");

    /// <summary>
    /// Noise words (<see cref="NoiseTokens"/>) whose verdict holds only inside an article's container: a call-to-action
    /// box ("cta") set in an article is an advertisement for the site; a landing page's "cta" sections are its copy.
    /// </summary>
    public static readonly string[] InArticleNoiseTokens = Vocabulary.Words("noise", "in-article-noise-tokens");

    /// <summary>Single class/id words that, alone, say "the article body" (schema.org and common CMS names).</summary>
    public static readonly string[] ContentTokens = Vocabulary.Words("noise", "content-tokens");

    /// <summary>
    /// Whole-block texts that are boilerplate labels in any language (compared after lower-casing and trimming
    /// punctuation and spaces). An element whose whole text is one of these is dropped.
    /// </summary>
    public static readonly string[] BoilerplateLines = Vocabulary.Words("boilerplate", "boilerplate-lines");

    /// <summary>
    /// Headings of a box about the writer ("About the author", "Über den Autor"): the heading and the rest of its
    /// short box are left out.
    /// </summary>
    public static readonly string[] AuthorBioHeadings = Vocabulary.Words("boilerplate", "author-bio-headings");

    /// <summary>
    /// Boilerplate lines that are labels of the page's chrome, not the title of a section of other content: as a
    /// heading, only the heading itself is dropped ("Video" above the article's own clip and its text, "Home" of a
    /// breadcrumb); what follows it is judged on its own.
    /// </summary>
    public static readonly string[] LabelLines = Vocabulary.Words("boilerplate", "label-lines");

    /// <summary>
    /// Verbs that open a note about the writer after their name ("Jane Doe is a freelance writer…", "Jane has
    /// covered…"): a short paragraph among the article's last blocks opening with the page's author and one of these is
    /// the writer's biography.
    /// </summary>
    public static readonly string[] AuthorBioVerbs = Vocabulary.Words("boilerplate", "author-bio-verbs");

    /// <summary>
    /// Nouns of a writer's or a manager's trade that end the role line of a writer's card at the article's end
    /// ("Contributing Writer", "Editor in Chief").
    /// </summary>
    public static readonly string[] AuthorCardRoles = Vocabulary.Words("boilerplate", "author-card-roles");

    /// <summary>Pieces of an author's name that name a role, a desk or a company rather than a person ("Staff", "Inc").</summary>
    public static readonly string[] NotPeople = Vocabulary.Words("authors", "not-people");

    /// <summary>
    /// A post's reading time ("5 min read", "Reading time: 8 minutes"), "#" standing for the number: a short block
    /// that is one, or a meta line holding one between separators, is the page's chrome.
    /// </summary>
    public static readonly string[] ReadingTimeLines = Vocabulary.Words("boilerplate", "reading-time-lines");

    /// <summary>
    /// Openings of a placeholder a script replaces once its data arrives ("Loading prices for your region…"): a short
    /// block that opens with one and ends in an ellipsis is left over from the page as fetched.
    /// </summary>
    public static readonly string[] LoadingOpenings = Vocabulary.Words("boilerplate", "loading-openings");

    /// <summary>
    /// Endings of the notice a script shows when its request fails ("Something went wrong. Please try again."): a short
    /// block that ends with one is a form's or a widget's error state, left in the page as fetched.
    /// </summary>
    public static readonly string[] ScriptErrorEndings = Vocabulary.Words("boilerplate", "script-error-endings");

    /// <summary>What a post's or thread's counters count ("3 Likes", "Replies 154"): a block of a number and one of these is chrome.</summary>
    public static readonly string[] CounterNouns = Vocabulary.Words("boilerplate", "counter-nouns");

    /// <summary>
    /// Openings of labels that introduce links to other articles ("Related post: …", "More in Amsterdam",
    /// "Lesen Sie auch: …"). A heading, or a link-heavy short paragraph, that starts with one is dropped (only
    /// itself: what follows may be the article again). Compared after normalisation, like
    /// <see cref="BoilerplateLines"/>.
    /// </summary>
    public static readonly string[] BoilerplatePrefixes = Vocabulary.Words("boilerplate", "boilerplate-prefixes");

    /// <summary>
    /// Openings of headings that announce teaser cards of other articles ("Related posts", "You may also like",
    /// "Lesen Sie auch"): the run of cards after one is dropped. Compared after normalisation.
    /// </summary>
    public static readonly string[] TeaserHeadingOpenings = Vocabulary.Words("boilerplate", "teaser-heading-openings");

    /// <summary>
    /// Edit links that wikis put inside headings, written "[edit]" or "[edit | edit source]" after the words.
    /// Matched whole (lower case) between the brackets; only a bracketed group at the end of a heading is removed.
    /// </summary>
    public static readonly string[] HeadingEditLinks = Vocabulary.Words("boilerplate", "heading-edit-links");

    /// <summary>
    /// Permalink marks that documentation and blog generators put inside headings (a link to the heading itself).
    /// Removed at either end of a heading; "#" only when set apart by a space, so "C#" and "#MeToo" stay.
    /// </summary>
    public static readonly string[] HeadingPermalinkMarks = Vocabulary.Words("boilerplate", "heading-permalink-marks");

    /// <summary>
    /// Openings of a button's or banner's linked line ("Shop all lamps", "Join now for free"): on a listing, such a
    /// line is an invitation, not an entry's title. Compared with the normalised text followed by a space.
    /// </summary>
    public static readonly string[] CallToActionOpenings = Vocabulary.Words("boilerplate", "call-to-action-openings");

    /// <summary>
    /// Openings of short partner lines ("Powered by …", "In partnership with …"): a sponsor's credit, not the
    /// article. Compared with a block's normalised text; only blocks shorter than a sentence of prose are dropped.
    /// </summary>
    public static readonly string[] PartnerLineOpenings = Vocabulary.Words("boilerplate", "partner-line-openings");

    /// <summary>
    /// Phrases that state that a site uses cookies: inside a short block that is a few words long or speaks to the reader
    /// (<see cref="CookieNoticeWords"/>), they show it is a cookie or consent notice. Lower case; matched as substrings
    /// of the block's lower-cased text.
    /// </summary>
    public static readonly string[] CookiePhrases = Vocabulary.Words("boilerplate", "cookie-phrases");

    /// <summary>Phrases only a cookie notice or its buttons use ("We use cookies", "Cookie policy"): inside a short block, one shows it is a notice.</summary>
    public static readonly string[] CookieNoticePhrases = Vocabulary.Words("boilerplate", "cookie-notice-phrases");

    /// <summary>
    /// Words of a cookie notice that speaks to the reader or names the site ("we", "your", "Ihnen", "votre", "сайт"): a
    /// block longer than a label holding a cookie phrase is a notice only with one of them. Lower case, whole words.
    /// </summary>
    public static readonly string[] CookieNoticeWords = Vocabulary.Words("boilerplate", "cookie-notice-words");

    /// <summary>
    /// Photo-credit markers: a short block containing one is an image credit, not article text ("Natalie Naccache |
    /// Bloomberg | Getty Images", "(Image: GETTY)", "Foto: dpa").
    /// </summary>
    public static readonly string[] CreditPhrases = Vocabulary.Words("boilerplate", "credit-phrases");

    /// <summary>
    /// The site's notice that it earns a commission on what readers buy through its links ("We may earn commission
    /// from links on this page"): a short block holding one is fine print, not the article. Lower case; matched as
    /// substrings of the block's lower-cased text.
    /// </summary>
    public static readonly string[] AffiliateNoticePhrases = Vocabulary.Words("boilerplate", "affiliate-notice-phrases");

    /// <summary>
    /// Newsletter calls to action inside the body: a short block with one verb from the first list and one noun
    /// from the second ("Sign up for The Water Coolest ... newsletter", "Get the latest updates in your inbox").
    /// </summary>
    public static readonly string[] NewsletterVerbs = Vocabulary.Words("boilerplate", "newsletter-verbs");

    /// <inheritdoc cref="NewsletterVerbs"/>
    public static readonly string[] NewsletterNouns = Vocabulary.Words("boilerplate", "newsletter-nouns");

    /// <summary>
    /// Calls to follow the site or the writer on a social network: a short block with a phrase of this list and a name
    /// of <see cref="SocialNetworks"/> ("Follow us on Instagram for more", "Síguenos en Facebook") is a prompt, read as a
    /// newsletter's.
    /// </summary>
    public static readonly string[] FollowPhrases = Vocabulary.Words("boilerplate", "follow-phrases");

    /// <inheritdoc cref="FollowPhrases"/>
    public static readonly string[] SocialNetworks = Vocabulary.Words("boilerplate", "social-networks");

    /// <summary>
    /// The consent line under a sign-up form ("By subscribing you agree to our privacy policy", "I agree to receive
    /// emails"): a short block with a phrase of this list and a word of <see cref="NewsletterConsentNouns"/>.
    /// </summary>
    public static readonly string[] NewsletterConsentPhrases = Vocabulary.Words("boilerplate", "newsletter-consent-phrases");

    /// <inheritdoc cref="NewsletterConsentPhrases"/>
    public static readonly string[] NewsletterConsentNouns = Vocabulary.Words("boilerplate", "newsletter-consent-nouns");

    /// <summary>Words that open a byline ("By Jane Doe"), per language; the line must be short to count.</summary>
    public static readonly string[] BylinePrefixes = Vocabulary.Words("boilerplate", "byline-prefixes");

    /// <summary>
    /// Openings of the credit line wire agencies put under a story ("Reporting by …; Editing by …"), normalised
    /// (lower case, no punctuation). A block up to a few hundred characters that starts with one is dropped.
    /// </summary>
    public static readonly string[] CreditLineOpenings = Vocabulary.Words("boilerplate", "credit-line-openings");

    /// <summary>Words that open a date line ("Published 3 May 2024"), per language.</summary>
    public static readonly string[] DatelinePrefixes = Vocabulary.Words("boilerplate", "dateline-prefixes");
}
