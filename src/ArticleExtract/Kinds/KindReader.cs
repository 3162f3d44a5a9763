using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads pages that are not articles by their records. A listing, a service page's cards or a collection's entries
/// are many short items, none of them running text on its own, so the article reading keeps a fragment or nothing;
/// when the page's run of repeated records (<see cref="RepeatedItems"/>) holds clearly more text than that reading,
/// the records are what a reader of the page wants. Never at the article's cost: a reading that kept a screen of
/// text, or several paragraphs of a page that is an article, stays, since a longer run beside it is then its
/// comment thread or its related stories.
/// </summary>
internal static class KindReader
{
    /// <summary>The region of records to read instead of the article reading, or null to keep that reading.</summary>
    /// <param name="records">The page's records (found once, shared with the classifier).</param>
    /// <param name="kind">The page's kind as classified from the article reading.</param>
    /// <param name="ownBodyChars">Visible characters the article reading kept.</param>
    /// <param name="ownParagraphs">Paragraphs the article reading kept.</param>
    /// <returns>The element to read, or null.</returns>
    public static int? Region(PageRecords records, PageKind kind, int ownBodyChars, int ownParagraphs)
    {
        if (ownBodyChars >= Thresholds.KindRecordsMaxArticleChars
            || (kind == PageKind.Article && ownParagraphs >= Thresholds.KindRecordsMaxArticleParagraphs))
        {
            return null;
        }

        return records.Run is { } run && run.RegionChars >= Thresholds.KindRecordsOverArticle * Math.Max(ownBodyChars, 1)
            ? run.Region
            : null;
    }
}
