namespace ArticleExtract;

/// <summary>Whether the second opinion (SmartReader, a Readability port) was asked for an <see cref="Article"/>, and what came of it.</summary>
public enum SecondOpinionStatus
{
    /// <summary>Not asked: our own result did not look doubtful, or <see cref="ArticleExtractorOptions.UseSecondOpinion"/> is off.</summary>
    NotAsked,
    /// <summary>Our result looked doubtful, but SmartReader, which cannot be cancelled, was not asked: the page is
    /// outside the bounds it is asked within (over 4 MiB of characters or 20,000 elements, nested past
    /// <see cref="ArticleExtractorOptions.MaxNestingDepth"/>, or attributes out of proportion to the page), or holds too
    /// little text for any answer of its to be kept (a page of blank text).</summary>
    Skipped,
    /// <summary>Asked; its answer was not clearly better, and our own result stands.</summary>
    Asked,
    /// <summary>Asked, and its answer is the body: <see cref="Article.Outcome"/> is <see cref="ExtractionOutcome.SecondOpinion"/>.</summary>
    Taken,
    /// <summary>Asked, and SmartReader failed on the page (it threw); our own result stands.</summary>
    Failed,
}
