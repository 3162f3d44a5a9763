using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads pages that are not articles by their records. A listing, a service page's cards or a collection's entries
/// are many short items, none of them running text on its own, so the article reading keeps a fragment or nothing;
/// when the page's run of repeated records (<see cref="RepeatedItems"/>) holds clearly more text than that reading,
/// the records are what a reader of the page wants. Never at the article's cost: a reading that kept a screen of
/// text, or several paragraphs of a page that is an article, stays, since a longer run beside it is then its
/// comment thread or its related stories. Never on a product page: its runs of records are the other products
/// (related, recently viewed, "customers also bought") or the reviews, and the reader came for the one product.
/// </summary>
internal static class KindReader
{
    /// <summary>The region of records to read instead of the article reading, or null to keep that reading.</summary>
    /// <param name="records">The page's records (found once, shared with the classifier).</param>
    /// <param name="kind">The page's kind as classified from the article reading.</param>
    /// <param name="ownBodyChars">Visible characters the article reading kept.</param>
    /// <param name="ownParagraphs">Paragraphs the article reading kept.</param>
    /// <param name="content">The article reading's root in the records' index, or -1 when it is not in it.</param>
    /// <returns>The element to read, or null.</returns>
    public static int? Region(PageRecords records, PageKind kind, int ownBodyChars, int ownParagraphs, int content = -1)
    {
        if (kind == PageKind.Product || ownBodyChars >= Thresholds.KindRecordsMaxArticleChars
            || (kind == PageKind.Article && ownParagraphs >= Thresholds.KindRecordsMaxArticleParagraphs))
        {
            return null;
        }

        // A listing's entries lead somewhere: a run without a link in it (a consent panel's purposes, a list of
        // questions and answers) is something else on the page.
        return records.Run is { } run && run.RegionChars >= Thresholds.KindRecordsOverArticle * Math.Max(ownBodyChars, 1)
            && (kind != PageKind.Listing || run.LinkShare >= Thresholds.KindListingMinRecordLinkShare)
            && !HoldsReading(records, run, content)
            ? run.Region
            : null;
    }

    /// <summary>
    /// Whether the article reading lies inside one of the run's records and that record holds most of the run's text
    /// (<see cref="Thresholds.KindReadingRecordShare"/>): then the "records" are the page's layout blocks (a forum
    /// engine's tables at the body's top level, a landing page's bands), one of them the block the reading chose, not
    /// entries alike in size, and reading them all adds the bands around the reading.
    /// </summary>
    private static bool HoldsReading(PageRecords records, RepeatedItems.Run run, int content)
    {
        if (content <= run.Parent || records.Index is not { } index || content >= index.SubtreeEnd[run.Parent])
        {
            return false;
        }

        var record = content;
        while (index.Parent[record] != run.Parent)
        {
            record = index.Parent[record];
        }

        return RepeatedItems.CleanChars(index, record) >= Thresholds.KindReadingRecordShare * run.ItemChars;
    }

    /// <summary>
    /// Whether a listing or a service page whose reading stayed short should look for its records again with class
    /// words ignored: a shop's grid is often classed "product-list", "search-results" or "widget", words that mark a
    /// page's chrome elsewhere, and the grid is then read as empty (a shop's category or landing page is often told a
    /// service page, its grid being what made it look like a listing). Tags, roles and hidden state (a screen reader's
    /// copy) still count, so the header, the navigation and the footer stay out; and records that hold the reading in
    /// one of them (<see cref="HoldsReading"/>) are the page's bands, a business's menu among them, not its cards
    /// (<see cref="GridAgain"/>). On WCXB-dev tuning pages the two service pages that changed, a shop's category page
    /// and a landing page of panels, went from 0.003 and 0.18 to 0.89 and 0.98; before the bands were told apart a
    /// third traded its few lines for its menu.
    /// </summary>
    /// <param name="kind">The page's kind (an article by its address only counts as an article).</param>
    /// <param name="ownBodyChars">Visible characters the reading kept.</param>
    /// <param name="addressed">
    /// Whether the page's address is known: a short page given without one is a service page by its shape alone, as
    /// often a short article, whose gallery or run of captions must not replace it.
    /// </param>
    /// <returns>Whether to search again.</returns>
    public static bool SearchesGridAgain(PageKind kind, int ownBodyChars, bool addressed) =>
        (kind == PageKind.Listing || (kind == PageKind.Service && addressed)) && ownBodyChars < Thresholds.KindRecordsMaxArticleChars;

    /// <summary>
    /// The region of the records found again with class words ignored (<see cref="SearchesGridAgain"/>), or null: as
    /// <see cref="Region"/> reads them, and on a service page only records led by links or by headings, as a shop's
    /// cards and a landing page's panels are: records with neither that the class words had put aside are the lines
    /// framing a thread's posts (a "post-header" with its poster and date).
    /// </summary>
    /// <param name="plain">The records of the page indexed with class words ignored.</param>
    /// <param name="kind">The page's kind.</param>
    /// <param name="ownBodyChars">Visible characters the reading kept.</param>
    /// <param name="ownParagraphs">Paragraphs the reading kept.</param>
    /// <param name="content">The reading's root in <paramref name="plain"/>'s index, or -1.</param>
    /// <returns>The element to read, or null.</returns>
    public static int? GridAgain(PageRecords plain, PageKind kind, int ownBodyChars, int ownParagraphs, int content) =>
        kind == PageKind.Service && plain.Run is { } run && run.LinkShare < Thresholds.KindListingMinRecordLinkShare
            && (plain.Index is not { } index || Headings(index, run.Parent) < run.Items) ? null
        : Region(plain, kind, ownBodyChars, ownParagraphs, content);

    /// <summary>Headings outside noise among the records of <paramref name="parent"/>.</summary>
    private static int Headings(DocumentIndex index, int parent)
    {
        var count = 0;
        for (var e = parent + 1; e < index.SubtreeEnd[parent]; e++)
        {
            count += !index.InNoise[e] && (index.Traits[e] & TagTraits.Heading) != 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The sections with each block's text kept once, for a product, a listing, a thread or a service page: a shop or a
    /// listing repeats its blocks (a desktop and a mobile copy of the same description, the chosen colour in the picker
    /// and in the summary, a card's price in its badge), a business's landing page its slider's cloned slides and its
    /// tagline in every panel, and a reader reads each once. Not for documentation (a tutorial repeats its commands on
    /// purpose) nor a page that is a service page only by its address, which is read as an article, or only by its
    /// shape, without an address (measured on WCXB-dev tuning pages: 25 service pages gained, four of them listings
    /// read as service pages, and 11 lost; every service page read once cost Readability's articles 0.02).
    /// A block that repeats a heading of the reading goes too: a card's title is often written twice, as its heading
    /// and as the link stretched over the whole card (or a screen reader's copy), and one of them is read. Images stay.
    /// </summary>
    /// <param name="sections">The page's sections, in reading order.</param>
    /// <returns>The sections, the same list when nothing repeats.</returns>
    public static IReadOnlyList<Section> WithoutRepeats(IReadOnlyList<Section> sections)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                seen.Add(heading);
            }
        }

        return SectionFilter.Keep(sections, block => block is ImageBlock || seen.Add(block.Text));
    }
}
