namespace ArticleExtract.Metadata;

/// <summary>
/// Typed views of the metadata stage's word lists, which live as data, by language, in <c>Vocabulary/dates.txt</c>
/// and <c>Vocabulary/authors.txt</c>: change what the stage recognises there, not in the code.
/// </summary>
internal static class MetadataLexicon
{
    /// <summary>
    /// Month names and abbreviations, one line per language, months separated by <c>|</c>, spellings by spaces.
    /// Genitive forms (Polish "marca", Russian "марта") are what dates use, so they are listed beside the nominative.
    /// </summary>
    public static readonly string[] MonthNames = Vocabulary.Words("dates", "month-names");

    /// <summary>Weekday names and abbreviations, all languages.</summary>
    public static readonly string[] Weekdays = Vocabulary.Words("dates", "weekdays");

    /// <summary>Words written before a publication date ("Published on", "Publié le", "Veröffentlicht am").</summary>
    public static readonly string[] PublishedLabels = Vocabulary.Words("dates", "published-labels");

    /// <summary>Words written before a modification date ("Last updated", "Mis à jour le", "Aktualisiert am").</summary>
    public static readonly string[] UpdatedLabels = Vocabulary.Words("dates", "updated-labels");

    /// <summary>
    /// Labels of a date that is never the page's: a forum member's join date ("Joined:", "Member since"), an offer's end, a
    /// validity, a venue's hours.
    /// </summary>
    public static readonly string[] MemberLabels = [.. Vocabulary.Words("dates", "member-labels"), .. Vocabulary.Words("dates", "not-page-date-labels")];

    /// <summary>Class and id words that mark a byline or the author's name ("username" and "poster" on forum threads).</summary>
    public static readonly string[] BylineClassWords = Vocabulary.Words("authors", "marked-words");

    /// <summary>Words that, beside an author word, mark the author's picture, biography or statistics rather than the name.</summary>
    public static readonly string[] BylineNotNameWords = Vocabulary.Words("authors", "not-name-words");

    /// <summary>Class and id words of containers whose bylines are not the article's: comment threads, author boxes of other posts, sidebars.</summary>
    public static readonly string[] BylineForeignWords = Vocabulary.Words("authors", "foreign-words");

    /// <summary>Beside an author word, these mark a box about the writer ("author-box", "about-author").</summary>
    public static readonly string[] AuthorBoxWords = Vocabulary.Words("authors", "box-words");

    /// <summary>Class and id words that mark an element holding the publication date.</summary>
    public static readonly string[] PublishedClassWords = Vocabulary.Words("dates", "published-class-words");

    /// <summary>Class and id words that mark an element holding a date.</summary>
    public static readonly string[] DateClassWords = Vocabulary.Words("dates", "date-class-words");

    /// <summary>Class words that name a part of a date set out in pieces ("day", "month", "year").</summary>
    public static readonly string[] DatePieceClassWords = Vocabulary.Words("dates", "date-piece-class-words");

    /// <summary>Class and id words that mark an element holding the modification date.</summary>
    public static readonly string[] UpdatedClassWords = Vocabulary.Words("dates", "updated-class-words");

    /// <summary>Words that open a byline and are not part of the name, longest first.</summary>
    public static readonly string[] BylineOpenings = Vocabulary.Words("authors", "byline-openings");

    /// <summary>Openings that name a reviewer or checker, who is not the author when an author is named too.</summary>
    public static readonly string[] ReviewerOpenings = Vocabulary.Words("authors", "reviewer-openings");

    /// <summary>Credentials and post-nominals written after a name ("Jane Doe, MD, RD"): never part of the name.</summary>
    public static readonly string[] Credentials = Vocabulary.Words("authors", "credentials");

    /// <summary>
    /// Class and id words of containers whose dates are not the article's: comment threads, sidebars, related and
    /// popular lists, navigation. Narrower than the byline finder's list: page builders put "widget" on every block.
    /// </summary>
    public static readonly string[] ForeignDateContainers = Vocabulary.Words("dates", "foreign-date-containers");

    /// <summary>Class and id words of a column beside the article, read only for a publication date labelled there.</summary>
    public static readonly string[] SidebarDateContainers = Vocabulary.Words("dates", "sidebar-date-containers");

    /// <summary>Class and id words of a thread's opening post, read for the page's date even inside a replies container.</summary>
    public static readonly string[] OpeningPostWords = Vocabulary.Words("dates", "opening-post-words");

    /// <summary>Link and label texts found where a name is expected ("Full Bio", "View all posts"): never an author.</summary>
    public static readonly string[] NotAuthorLabels = Vocabulary.Words("authors", "not-author-labels");

    /// <summary>Openings of a line that names the article's writer (or reviewer), for finding bylines in the page.</summary>
    public static readonly string[] BylineLineOpenings = Vocabulary.Words("authors", "byline-line-openings");

    /// <summary>What ends the names in a byline line: separators, then the date, place or role words that follow them.</summary>
    public static readonly string[] BylineStops = Vocabulary.Words("authors", "byline-stops");

    /// <summary>Job titles a byline runs into the end of a name ("Jane Doe Founder", "Jane Doe, Senior Editor"); lower case.</summary>
    public static readonly string[] JobTitles = Vocabulary.Words("authors", "job-titles");
}
