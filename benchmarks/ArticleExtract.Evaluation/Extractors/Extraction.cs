namespace ArticleExtract.Evaluation.Extractors;

/// <summary>What one extractor returned for one page: the text that is scored and the metadata that is compared.</summary>
/// <param name="Body">The article's plain text; empty when none was found.</param>
/// <param name="Title">The headline.</param>
/// <param name="Byline">The first author (ours) or the byline (SmartReader).</param>
/// <param name="Excerpt">The summary.</param>
/// <param name="SiteName">The site's name.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Published">When the article was published.</param>
internal sealed record Extraction(string Body, string? Title, string? Byline, string? Excerpt, string? SiteName, string? Language, DateTimeOffset? Published)
{
    /// <summary>Whether the extractor ran out of time; the result then counts as empty.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The exception the extractor threw, if any; the result then counts as empty.</summary>
    public string? Error { get; init; }

    /// <summary>Our outcome (<c>ExtractionOutcome</c>) as text, for error analysis; null for SmartReader.</summary>
    public string? Outcome { get; init; }

    /// <summary>Our page kind (<c>PageKind</c>) in lower case, compared with WCXB's <c>page_type</c>; null for SmartReader.</summary>
    public string? PageKind { get; init; }

    /// <summary>An empty result for a page that timed out or failed.</summary>
    /// <param name="timedOut">Whether it timed out.</param>
    /// <param name="error">The failure, if it failed.</param>
    /// <returns>The empty result.</returns>
    public static Extraction Failed(bool timedOut, string? error) =>
        new("", null, null, null, null, null, null) { TimedOut = timedOut, Error = error };
}
