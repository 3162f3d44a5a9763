namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// A clock for the time budget that moves only when read: every reading is <paramref name="step"/> later than the one
/// before (a zero step: a clock that never moves). A budget is then spent at a known check, with no timer and no race.
/// </summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _now;
    private int _readings;

    /// <summary>How many times the clock was read (the budget's start, then one per check).</summary>
    public int Readings => Volatile.Read(ref _readings);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        Interlocked.Increment(ref _readings);
        return Interlocked.Add(ref _now, step.Ticks);
    }
}
