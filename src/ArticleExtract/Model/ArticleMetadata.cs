namespace ArticleExtract;

/// <summary>The metadata fields gathered by the metadata stage, before the article is assembled.</summary>
internal sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    public string? Title { get; init; }
    public string? MetaTitle { get; init; }

    /// <summary>The title as the page's heading gives it, which the body leaves out where it repeats it; <see cref="Title"/> when null.</summary>
    public string? ShownTitle { get; init; }

    /// <summary>
    /// On a page without a plausible headline, the first top-level heading made of the title's own words ("Headlamps" under
    /// "Headlamps for Camping &amp; Hiking | Shop"): the name of a listing's category (<see cref="Metadata.TitleChooser.ForKind"/>).
    /// </summary>
    public string? CategoryHeading { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public ArticleDate? Published { get; init; }

    /// <summary>
    /// Whether more than a stamp attests <see cref="Published"/>: the page shows its day near the headline, or a JSON-LD
    /// article object states it as its own publication (<see cref="Metadata.DateChooser.ForKind"/>).
    /// </summary>
    public bool PublishedAttested { get; init; }

    /// <summary>
    /// Whether <see cref="Published"/> is only the JSON-LD WebPage node's stamp (a theme dates every page it saves): no
    /// article object, meta tag, address or shown date states that day.
    /// </summary>
    public bool PublishedStampOnly { get; init; }
    public ArticleDate? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? Excerpt { get; init; }
    public string? Url { get; init; }
    public string? LeadImage { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public bool? IsAccessibleForFree { get; init; }
}
