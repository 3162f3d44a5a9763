using ArticleExtract.Decision;

namespace ArticleExtract;

/// <summary>Which way to lean when a block might be boilerplate or might be article text.</summary>
public enum ExtractionFavor
{
    /// <summary>The default balance, tuned for the best F1 on real news pages.</summary>
    Balanced,
    /// <summary>Drop borderline blocks: less noise, sometimes a missed paragraph.</summary>
    Precision,
    /// <summary>Keep borderline blocks: every paragraph, sometimes a line of noise.</summary>
    Recall,
}

/// <summary>
/// Settings for an <see cref="ArticleExtractor"/>. Immutable: create a changed copy with <c>with</c>.
/// Values are validated when the extractor is built.
/// </summary>
public sealed record ArticleExtractorOptions
{
    /// <summary>The defaults.</summary>
    public static ArticleExtractorOptions Default { get; } = new();

    /// <summary>
    /// Whether a second opinion (SmartReader, a port of Mozilla Readability) is asked when our own result looks
    /// doubtful (too short, too link-heavy, no paragraphs). Default <see langword="true"/>. SmartReader cannot be
    /// cancelled, so it is not asked on a page over 4 MiB of characters or 20,000 elements, nor on one holding too
    /// little text for any answer of its to be kept; <see cref="Article.SecondOpinion"/> says what came of it.
    /// </summary>
    public bool UseSecondOpinion { get; init; } = true;

    // Off only to measure what the article guard changes (the evaluation and the tests); always on for users.
    internal bool UseArticleGuard { get; init; } = true;

    // The learned decision's constants and the training tool's stand-ins (a model file, an oracle): per extractor, set
    // only by the training tool and the tests, so nothing process-wide changes how another caller's pages are read.
    internal DecisionSettings Decision { get; init; } = DecisionSettings.Default;

    // The clock the time budget is read on; the tests step a clock of their own, so a spent budget needs no race.
    internal TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Which way to lean on borderline blocks. Default <see cref="ExtractionFavor.Balanced"/>.</summary>
    public ExtractionFavor Favor { get; init; } = ExtractionFavor.Balanced;

    /// <summary>
    /// The largest input accepted, in characters for a string and in bytes for bytes or a stream; for gzip or zlib
    /// input it applies to the inflated bytes too, and inflating stops as soon as they pass it (a decompression bomb
    /// costs milliseconds). Larger input throws <see cref="ExtractionLimitException"/>. Default 16 MiB (news pages
    /// are rarely over 2 MB); at least 1.
    /// </summary>
    public int MaxInputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// The most elements a page may have after parsing; more throws <see cref="ExtractionLimitException"/>.
    /// Default 500,000 (large news pages have 5,000–20,000); at least 1.
    /// </summary>
    public int MaxElements { get; init; } = 500_000;

    /// <summary>
    /// The deepest element nesting kept. Deeper start tags are dropped before parsing (their content stays), the
    /// way browsers flatten absurd nesting; this keeps parsing linear and every tree walk bounded. Default 256
    /// (real pages stay under 60; browsers cap at 512); from 16 to 4,096.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// Time allowed for one extraction, from when the page is text (after reading, inflating and decoding, which
    /// <see cref="MaxInputLength"/> bounds); when it runs out the extraction throws <see cref="ExtractionLimitException"/>
    /// (<see cref="ExtractionLimit.TimeBudget"/>). It is read on a monotonic clock between the stages and every 1,024
    /// elements of the long ones, so a busy machine does not delay it; the parse and the second opinion cannot be
    /// interrupted, and a spent budget is seen right after them. Default 30 seconds; positive, or
    /// <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks that every value is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInputLength, 1, nameof(MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxElements, 1, nameof(MaxElements));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNestingDepth, 16, nameof(MaxNestingDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxNestingDepth, 4096, nameof(MaxNestingDepth));
        if (TimeBudget != Timeout.InfiniteTimeSpan && TimeBudget <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), TimeBudget, "The time budget must be positive or Timeout.InfiniteTimeSpan.");
        }

        if (!Enum.IsDefined(Favor))
        {
            throw new ArgumentOutOfRangeException(nameof(Favor), Favor, "Unknown favor.");
        }
    }
}
