namespace ArticleExtract;

/// <summary>How the body of an <see cref="Article"/> was obtained.</summary>
public enum ExtractionOutcome
{
    /// <summary>The page had no article text: <see cref="Article.Sections"/> is empty and <see cref="Article.Body"/> is empty. Metadata may still be set.</summary>
    NoArticle,
    /// <summary>The body came from ArticleExtract's own content scorer.</summary>
    Extracted,
    /// <summary>Our own result looked doubtful and the second opinion (a Readability port) gave a better one.</summary>
    SecondOpinion,
}
