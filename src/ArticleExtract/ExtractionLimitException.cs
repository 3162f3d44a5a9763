namespace ArticleExtract;

/// <summary>Which limit of <see cref="ArticleExtractorOptions"/> a page exceeded.</summary>
public enum ExtractionLimit
{
    /// <summary>
    /// Not stated: the exception was built without naming a limit (its message-only constructors). The library
    /// itself always names one.
    /// </summary>
    Unspecified,
    /// <summary><see cref="ArticleExtractorOptions.MaxInputLength"/>: the input, or what compressed input inflates to.</summary>
    InputLength,
    /// <summary><see cref="ArticleExtractorOptions.MaxElements"/>.</summary>
    Elements,
    /// <summary><see cref="ArticleExtractorOptions.TimeBudget"/>.</summary>
    TimeBudget,
}

/// <summary>
/// Thrown when a page exceeds one of the limits in <see cref="ArticleExtractorOptions"/>. This is the only
/// exception extraction throws for any input, besides <see cref="ArgumentNullException"/> for a null argument,
/// <see cref="ArgumentException"/> for a stream that cannot be read (an exception the stream itself throws while read
/// reaches the caller as it was) and <see cref="OperationCanceledException"/> when the caller's token is cancelled.
/// </summary>
public sealed class ExtractionLimitException : Exception
{
    /// <summary>Creates the exception; <see cref="Limit"/> is <see cref="ExtractionLimit.Unspecified"/>.</summary>
    public ExtractionLimitException() : this("An extraction limit was exceeded.") { }

    /// <summary>Creates the exception with a message; <see cref="Limit"/> is <see cref="ExtractionLimit.Unspecified"/>.</summary>
    public ExtractionLimitException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception; <see cref="Limit"/> is <see cref="ExtractionLimit.Unspecified"/>.</summary>
    public ExtractionLimitException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a limit.</summary>
    public ExtractionLimitException(ExtractionLimit limit, long limitValue, string message) : base(message)
    {
        Limit = limit;
        LimitValue = limitValue;
    }

    /// <summary>The limit that was exceeded; <see cref="ExtractionLimit.Unspecified"/> when the exception was built without one.</summary>
    public ExtractionLimit Limit { get; }

    /// <summary>The configured value of that limit (characters, bytes, elements or milliseconds); 0 when <see cref="Limit"/> is <see cref="ExtractionLimit.Unspecified"/>.</summary>
    public long LimitValue { get; }
}
