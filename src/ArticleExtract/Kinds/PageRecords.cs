using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// The page's run of repeated records, found at most once and only when asked: the classifier asks on pages that
/// declare nothing, the records reader on pages whose article reading came out short; an article that declares
/// itself is never searched.
/// </summary>
internal sealed class PageRecords
{
    private readonly DocumentIndex? _index;
    private RepeatedItems.Run? _run;
    private bool _found;

    /// <summary>The records of the page indexed by <paramref name="index"/> (none when null).</summary>
    /// <param name="index">The page's index.</param>
    public PageRecords(DocumentIndex? index) => _index = index;

    /// <summary>
    /// Whether the classifier called the page a listing by <see cref="LooksLikeTitleListing"/> alone: a front page or a
    /// shop's landing page, whose big heading is a slogan as a service page's is, so its title is chosen as theirs.
    /// </summary>
    public bool ListingByTitlesOnly { get; set; }

    /// <summary>The page's index, when there is one.</summary>
    public DocumentIndex? Index => _index;

    /// <summary>The largest run of records, or null.</summary>
    public RepeatedItems.Run? Run
    {
        get
        {
            if (!_found && _index is not null)
            {
                _run = RepeatedItems.Find(_index);
                _found = true;
            }

            return _run;
        }
    }

    /// <summary>
    /// Whether the page is a listing by its shape: many records, each led by a link (an entry's title), that hold more
    /// text than the page's running prose. An article's paragraphs are records too, but they are not links, and a
    /// grid of related stories beside an article holds less text than the article.
    /// </summary>
    public bool LooksLikeListing => _index is not null && Run is { } r && r.Items >= Thresholds.KindListingRecords
        && r.LinkShare >= Thresholds.KindListingRecordLinkShare && _index.RunningTextChars < r.ItemChars;

    /// <summary>
    /// Whether the page reads as a listing of linked titles: a shorter run of records (from <see cref="Thresholds.KindMinItems"/>),
    /// each little more than its title's link (<see cref="Thresholds.KindListingTitleRecordLinkShare"/>), holding more
    /// text than the page's running prose (a front page's headlines set out in a few blocks of a few entries each).
    /// Weaker than <see cref="LooksLikeListing"/>: a page's address naming its kind goes first.
    /// </summary>
    public bool LooksLikeTitleListing => _index is not null && Run is { } r && r.LinkShare >= Thresholds.KindListingTitleRecordLinkShare
        && _index.RunningTextChars < r.ItemChars;
}
