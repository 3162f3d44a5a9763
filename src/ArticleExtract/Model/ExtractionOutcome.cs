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
    /// <summary>The input was not an HTML or text page (binary data such as an executable, PDF, image or archive, or
    /// text too full of control characters to be a page): <see cref="Article.Sections"/> and <see cref="Article.Body"/>
    /// are empty and no metadata is read; <see cref="Article.PageKind"/> keeps its default, <see cref="PageKind.Article"/>,
    /// as there is no kind for "no page": read the outcome first.</summary>
    NotHtml,
}
