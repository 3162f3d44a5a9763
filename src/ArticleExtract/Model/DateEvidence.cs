namespace ArticleExtract;

/// <summary>What states the day chosen as the publication: each source that names that day (<see cref="Metadata.DateChooser.Evidence"/>).</summary>
[Flags]
internal enum DateEvidence
{
    /// <summary>Nothing (no date).</summary>
    None = 0,

    /// <summary>A date the page shows near its headline.</summary>
    Shown = 1,

    /// <summary>A JSON-LD article object's own publication.</summary>
    ArticleObject = 2,

    /// <summary>A JSON-LD WebPage node's stamp (a theme dates every page it saves).</summary>
    PageStamp = 4,

    /// <summary>A meta tag.</summary>
    MetaTag = 8,

    /// <summary>The address's path.</summary>
    Url = 16,

    /// <summary>The body's markup, a visible date far from the headline, or a wire dateline.</summary>
    Body = 32,

    /// <summary>Every source naming that day says it is an update ("Last updated", <c>dateModified</c>): none names it a publication.</summary>
    UpdateOnly = 64,
}
