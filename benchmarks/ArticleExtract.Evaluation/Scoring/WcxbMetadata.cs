using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;

namespace ArticleExtract.Evaluation.Scoring;

/// <summary>The metadata fields WCXB gives, as keyed in floors.json.</summary>
internal enum WcxbField
{
    /// <summary>The headline as the page shows it (every page with a title).</summary>
    Title,

    /// <summary>The author, on pages that name one.</summary>
    Author,

    /// <summary>The publish day, on pages that show one.</summary>
    PublishDate,
}

/// <summary>Whether an extraction's metadata matches WCXB's truth.</summary>
internal static class WcxbMetadata
{
    /// <summary>All fields, in the order they are reported.</summary>
    public static readonly IReadOnlyList<WcxbField> Fields = Enum.GetValues<WcxbField>();

    /// <summary>Whether the page's truth has a value for the field (pages without one are not counted).</summary>
    /// <param name="field">The field.</param>
    /// <param name="page">The page.</param>
    /// <returns>Whether it counts.</returns>
    public static bool Applies(WcxbField field, WcxbPage page) => Truth(field, page) is not null;

    /// <summary>The truth's value of a field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="page">The page.</param>
    /// <returns>The value, null when the page has none.</returns>
    public static string? Truth(WcxbField field, WcxbPage page) => field switch
    {
        WcxbField.Title => page.Title,
        WcxbField.Author => page.Author,
        WcxbField.PublishDate => page.PublishDate,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>
    /// Title and author match when equal after whitespace is collapsed, ignoring case; the date when the extracted
    /// instant falls on the true day, read in its own offset or in UTC.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="page">The page.</param>
    /// <param name="actual">What the extractor returned.</param>
    /// <returns>Whether it matches.</returns>
    public static bool Matches(WcxbField field, WcxbPage page, Extraction actual)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(actual);
        return field switch
        {
            WcxbField.Title => MetadataMatch.Text(page.Title, actual.Title),
            WcxbField.Author => MetadataMatch.Text(page.Author, actual.Byline),
            WcxbField.PublishDate => actual.Published is { } published && page.PublishDate is { } day
                && (Day(published) == day || Day(published.ToUniversalTime()) == day),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    private static string Day(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
