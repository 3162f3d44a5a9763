using System.Globalization;

namespace ArticleExtract;

/// <summary>
/// A date as the page states it, without loss: the calendar day the page shows, and the time of day and the UTC
/// offset only when the page gives them. A page that says "5 March 2024" has no time, and a page that says
/// "2024-03-05T09:30" has no offset; neither is invented.
/// </summary>
public readonly struct ArticleDate : IEquatable<ArticleDate>
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>Creates a date.</summary>
    /// <param name="date">The calendar day, in the page's own time zone.</param>
    /// <param name="time">The local time of day, when the page gives one (to the microsecond, as JSON-LD writes it).</param>
    /// <param name="offset">The offset from UTC of <paramref name="time"/>, when the page states it.</param>
    /// <exception cref="ArgumentException">An offset is given without a time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offset is beyond ±14 hours or not in whole minutes, or it puts the
    /// instant before 0001-01-01 or after 9999-12-31 in UTC (early on the first day or late on the last).</exception>
    public ArticleDate(DateOnly date, TimeOnly? time = null, TimeSpan? offset = null)
    {
        if (offset is { } o)
        {
            if (time is null)
            {
                throw new ArgumentException("An offset needs a time of day.", nameof(offset));
            }

            if (o < -MaxOffset || o > MaxOffset || o.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), o, "The offset must be whole minutes within ±14 hours.");
            }

            // Else ToDateTimeOffset, which promises the instant, would throw for a value this accepted.
            var utcTicks = date.ToDateTime(time.Value).Ticks - o.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), o, "The offset puts the instant outside 0001-01-01 to 9999-12-31 in UTC.");
            }
        }

        Date = date;
        Time = time is { } t ? new TimeOnly(t.Hour, t.Minute, t.Second, t.Millisecond, t.Microsecond) : null;
        Offset = offset;
    }

    /// <summary>The calendar day the page shows, in the page's own time zone (never converted to UTC).</summary>
    public DateOnly Date { get; }

    /// <summary>The local time of day, when the page gives one.</summary>
    public TimeOnly? Time { get; }

    /// <summary>The offset from UTC, when the page states one (only ever set together with <see cref="Time"/>).</summary>
    public TimeSpan? Offset { get; }

    /// <summary>Whether the value is an exact instant (a time with an offset).</summary>
    public bool IsInstant => Time is not null && Offset is not null;

    /// <summary>
    /// The instant, when <see cref="IsInstant"/>; otherwise <see langword="null"/>, since a day or a local time
    /// alone is not an instant.
    /// </summary>
    /// <returns>The instant, or <see langword="null"/>.</returns>
    public DateTimeOffset? ToDateTimeOffset() =>
        Time is { } t && Offset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o) : null;

    /// <summary>
    /// The value as a <see cref="DateTimeOffset"/>, filling what the page left out: midnight for a missing time and
    /// <paramref name="assumedOffset"/> for a missing offset. The stated offset always wins.
    /// </summary>
    /// <param name="assumedOffset">The offset to assume when the page states none.</param>
    /// <returns>The date and time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assumedOffset"/> is beyond ±14 hours or not in whole
    /// minutes, or it puts the instant outside 0001-01-01 to 9999-12-31 in UTC (which a date the library reads, from 1995
    /// to 2100, never is).</exception>
    public DateTimeOffset ToDateTimeOffset(TimeSpan assumedOffset) =>
        new(Date.ToDateTime(Time ?? TimeOnly.MinValue), Offset ?? assumedOffset);

    /// <summary>Creates a date from an exact instant, keeping its offset as the page's own.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The date.</returns>
    public static ArticleDate FromDateTimeOffset(DateTimeOffset value) =>
        new(DateOnly.FromDateTime(value.DateTime), TimeOnly.FromDateTime(value.DateTime), value.Offset);

    /// <summary>
    /// ISO 8601 with only what the page said: <c>2024-03-05</c>, <c>2024-03-05T09:30:00</c> or
    /// <c>2024-03-05T09:30:00+01:00</c> (<c>Z</c> is written <c>+00:00</c>; milliseconds only when stated, and
    /// microseconds only when the page states a finer fraction: <c>09:30:00.314667</c>).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } t)
        {
            return date;
        }

        var format = t.Microsecond != 0 ? "HH:mm:ss.ffffff" : t.Millisecond != 0 ? "HH:mm:ss.fff" : "HH:mm:ss";
        var time = date + "T" + t.ToString(format, CultureInfo.InvariantCulture);
        if (Offset is not { } o)
        {
            return time;
        }

        var sign = o < TimeSpan.Zero ? '-' : '+';
        var abs = o.Duration();
        return time + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool Equals(ArticleDate other) => Date == other.Date && Time == other.Time && Offset == other.Offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ArticleDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Time, Offset);

    /// <summary>Whether two dates say the same thing (same day, same time or none, same offset or none).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ArticleDate left, ArticleDate right) => left.Equals(right);

    /// <summary>Whether two dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ArticleDate left, ArticleDate right) => !left.Equals(right);
}
