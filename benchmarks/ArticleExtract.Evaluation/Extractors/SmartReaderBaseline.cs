namespace ArticleExtract.Evaluation.Extractors;

/// <summary>SmartReader (a port of Mozilla Readability) with its defaults: the baseline we are measured against.</summary>
internal static class SmartReaderBaseline
{
    /// <summary>
    /// Runs SmartReader on one page within a time limit. It loops or crawls on some pages; a page that is not
    /// done in time counts as empty (what a caller with a deadline would get), and the run moves on.
    /// </summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's URL.</param>
    /// <param name="timeout">The time allowed.</param>
    /// <returns>The body (<c>TextContent</c>) and metadata.</returns>
    public static async Task<Extraction> ExtractAsync(string html, Uri url, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        // GetArticleAsync is GetArticle() with a token, the only way to ask SmartReader to stop; the two gave the
        // same figure on every page of both corpora.
        var work = Task.Run(() => new SmartReader.Reader(url.AbsoluteUri, html).GetArticleAsync(cancellation.Token), CancellationToken.None);
        try
        {
            // WaitAsync returns at the deadline even when SmartReader does not observe its token; the abandoned
            // task finishes (or not) in the background and its result is ignored.
            var article = await work.WaitAsync(timeout).ConfigureAwait(false);
            return new Extraction(article.TextContent ?? "", article.Title, NonEmpty(article.Byline) ?? NonEmpty(article.Author),
                article.Excerpt, article.SiteName, article.Language, ToInstant(article.PublicationDate));
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            return Extraction.Failed(true, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Extraction.Failed(false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // SmartReader gives a DateTime without a zone for most pages; read as UTC, the way its ISO sources mean it.
    private static DateTimeOffset? ToInstant(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        var d => new DateTimeOffset(d.Value),
    };
}
