namespace ArticleExtract;

/// <summary>
/// The caller's cancellation and the time budget of one extraction (<see cref="ArticleExtractorOptions.TimeBudget"/>),
/// checked together by <see cref="Check"/>: between the stages and every 1,024 elements of the long walks (the document
/// index, the section builder). The budget is a start time on a monotonic clock, read at each check, so a spent budget
/// is seen at the first check after it runs out, whatever the machine's load. A timer
/// (<see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>) fires on the thread pool, late when the pool is
/// starved (or after the extraction has finished), and cost a linked token source and a timer per extraction.
/// </summary>
internal readonly struct ExtractionDeadline
{
    private readonly CancellationToken _token;

    // Null when there is no budget: only the caller's token is checked.
    private readonly TimeProvider? _clock;
    private readonly long _start;
    private readonly TimeSpan _budget;

    private ExtractionDeadline(TimeProvider? clock, long start, TimeSpan budget, CancellationToken token)
    {
        _token = token;
        _clock = clock;
        _start = start;
        _budget = budget;
    }

    /// <summary>The caller's token alone, with no time budget (the stages' own tests and tools pass a token).</summary>
    public static implicit operator ExtractionDeadline(CancellationToken token) => new(null, 0, default, token);

    /// <summary>A budget that starts now on <paramref name="clock"/>; none when it is <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static ExtractionDeadline Start(TimeSpan budget, TimeProvider clock, CancellationToken token) =>
        budget == Timeout.InfiniteTimeSpan ? token : new ExtractionDeadline(clock, clock.GetTimestamp(), budget, token);

    /// <summary>Throws when the caller cancelled (that first) or the budget is spent.</summary>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    /// <exception cref="ExtractionLimitException">The time budget is spent (<see cref="ExtractionLimit.TimeBudget"/>).</exception>
    public void Check()
    {
        _token.ThrowIfCancellationRequested();
        if (_clock is not null && _clock.GetElapsedTime(_start) > _budget)
        {
            throw Spent(_budget);
        }
    }

    private static ExtractionLimitException Spent(TimeSpan budget) =>
        new(ExtractionLimit.TimeBudget, (long)budget.TotalMilliseconds, ArticleExtractor.TimeBudgetMessage(budget));
}
