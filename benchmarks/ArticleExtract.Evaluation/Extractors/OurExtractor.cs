namespace ArticleExtract.Evaluation.Extractors;

/// <summary>ArticleExtract with its defaults, as users call it.</summary>
internal static class OurExtractor
{
    /// <summary>Extracts one page; a thrown exception is recorded and counts as an empty result.</summary>
    /// <param name="html">The page's bytes (encoding detected by the library).</param>
    /// <param name="url">The page's URL.</param>
    /// <returns>The body and metadata.</returns>
    /// <param name="extractor">The extractor (default options unless the run asks otherwise).</param>
    /// <param name="text">Which of the article's text is scored (default: <see cref="Article.Body"/>).</param>
    public static Extraction Extract(byte[] html, Uri url, ArticleExtractor? extractor = null, ScoredText text = ScoredText.Body)
    {
        try
        {
            var article = (extractor ?? ArticleExtractor.Default).Extract(html, url);
            return new Extraction(ScoredTextComposer.Compose(article, text), article.Title, article.Authors.Count > 0 ? article.Authors[0] : null,
                article.Excerpt, article.SiteName, article.Language, article.Published?.ToDateTimeOffset(TimeSpan.Zero))
            {
                Outcome = article.Outcome.ToString(),
                PageKind = article.PageKind.ToString().ToLowerInvariant(),
                Authors = article.Authors,
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A limit or a bug on one page must show up as that page's zero, not end the whole run.
            return Extraction.Failed(false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
