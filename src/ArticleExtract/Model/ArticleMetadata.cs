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

    /// <summary>What states <see cref="Published"/>'s day: the page near its headline, an article object, a stamp (<see cref="Metadata.DateChooser.ForKind"/>).</summary>
    internal DateEvidence PublishedEvidence { get; init; }
    public ArticleDate? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? Excerpt { get; init; }
    public string? Url { get; init; }
    public string? LeadImage { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public bool? IsAccessibleForFree { get; init; }
}
