using System.Globalization;
using System.Text;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;

namespace ArticleExtract.Evaluation.Scoring;

/// <summary>The metadata fields compared with <c>expected-metadata.json</c>, named as in that file.</summary>
internal enum MetadataField
{
    /// <summary><c>title</c> vs the headline.</summary>
    Title,
    /// <summary><c>byline</c> vs our first author (SmartReader: its byline, else its author).</summary>
    Byline,
    /// <summary><c>excerpt</c>.</summary>
    Excerpt,
    /// <summary><c>siteName</c>.</summary>
    SiteName,
    /// <summary><c>lang</c>.</summary>
    Lang,
    /// <summary><c>publishedTime</c>, compared as an instant.</summary>
    PublishedTime,
}

/// <summary>Whether an extracted metadata value matches Readability's expected one.</summary>
internal static class MetadataMatch
{
    /// <summary>All fields, in the order they are reported.</summary>
    public static readonly IReadOnlyList<MetadataField> Fields = Enum.GetValues<MetadataField>();

    /// <summary>
    /// Whether a case counts for a field's match rate: every case does, except for <c>lang</c> the cases whose page
    /// declares no language. Readability's <c>lang</c> is the <c>&lt;html lang&gt;</c> attribute, so its null says the
    /// page declares none, not that the text has no language; the library then reads the language from the text
    /// (<see cref="ArticleExtract.Article.Language"/>), which this truth cannot check.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="expected">The expected metadata.</param>
    /// <returns>Whether the case is scored.</returns>
    public static bool Scored(MetadataField field, ExpectedMetadata expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return field != MetadataField.Lang || !string.IsNullOrWhiteSpace(expected.Lang);
    }

    /// <summary>Compares one field of one case.</summary>
    /// <param name="field">The field.</param>
    /// <param name="expected">The expected metadata.</param>
    /// <param name="actual">What the extractor returned.</param>
    /// <returns>Whether they match.</returns>
    public static bool Matches(MetadataField field, ExpectedMetadata expected, Extraction actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return field == MetadataField.PublishedTime
            ? Instant(expected.PublishedTime, actual.Published)
            : Text(Expected(field, expected), Actual(field, actual));
    }

    /// <summary>The expected value of a field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="expected">The expected metadata.</param>
    /// <returns>The value, null when the file has none.</returns>
    public static string? Expected(MetadataField field, ExpectedMetadata expected) => field switch
    {
        MetadataField.Title => expected.Title,
        MetadataField.Byline => expected.Byline,
        MetadataField.Excerpt => expected.Excerpt,
        MetadataField.SiteName => expected.SiteName,
        MetadataField.Lang => expected.Lang,
        MetadataField.PublishedTime => expected.PublishedTime,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>An extractor's value of a field, the date in ISO 8601.</summary>
    /// <param name="field">The field.</param>
    /// <param name="actual">What the extractor returned.</param>
    /// <returns>The value, null when the extractor returned none.</returns>
    public static string? Actual(MetadataField field, Extraction actual) => field switch
    {
        MetadataField.Title => actual.Title,
        MetadataField.Byline => actual.Byline,
        MetadataField.Excerpt => actual.Excerpt,
        MetadataField.SiteName => actual.SiteName,
        MetadataField.Lang => actual.Language,
        MetadataField.PublishedTime => actual.Published?.ToString("o", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>
    /// Text fields match when equal after whitespace is collapsed and trimmed, ignoring case; an expected null or
    /// empty matches only an actual null or empty (saying nothing is right when there is nothing to say).
    /// </summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The extracted value.</param>
    /// <returns>Whether they match.</returns>
    public static bool Text(string? expected, string? actual) =>
        string.Equals(Normalize(expected), Normalize(actual), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Dates match as instants when the expected value parses as a date (a value without a zone is read as UTC);
    /// otherwise as normalised strings against our ISO 8601 form.
    /// </summary>
    /// <param name="expected">The expected <c>publishedTime</c>.</param>
    /// <param name="actual">The extracted date.</param>
    /// <returns>Whether they match.</returns>
    public static bool Instant(string? expected, DateTimeOffset? actual)
    {
        if (string.IsNullOrWhiteSpace(expected) || actual is null)
        {
            return string.IsNullOrWhiteSpace(expected) && actual is null;
        }

        return DateTimeOffset.TryParse(expected.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime == actual.Value.UtcDateTime
            : Text(expected, actual.Value.ToString("o", CultureInfo.InvariantCulture));
    }

    /// <summary>Collapses every run of whitespace to one space and trims; null and blank become empty.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The normalised value.</returns>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
