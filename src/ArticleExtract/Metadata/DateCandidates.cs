namespace ArticleExtract.Metadata;

/// <summary>What a date candidate's wording or markup says it is.</summary>
internal enum DateRole
{
    /// <summary>Nothing says: a date alone under a headline is most often the publication date.</summary>
    Unknown,

    /// <summary>"Published", <c>datePublished</c>, <c>pubdate</c>.</summary>
    Published,

    /// <summary>"Updated", <c>dateModified</c>.</summary>
    Modified,
}

/// <summary>Where a candidate was read.</summary>
internal enum DateSource
{
    /// <summary>A JSON-LD object's property.</summary>
    JsonLd,

    /// <summary>A <c>&lt;meta&gt;</c> value.</summary>
    Meta,

    /// <summary>A machine-readable attribute in the body (<c>itemprop</c>, <c>datetime</c>, <c>title</c>, <c>content</c>).</summary>
    Attribute,

    /// <summary>Text a reader sees (a <c>&lt;time&gt;</c>'s own text included).</summary>
    Visible,

    /// <summary>The URL path (<c>/2017/7/12/</c>).</summary>
    Url,

    /// <summary>
    /// A wire dateline opening a paragraph ("CITY, Mon D, YYYY (AGENCY) – …"): the date of the report, used only when
    /// the page states no other.
    /// </summary>
    Dateline,
}

/// <summary>One date the page states, with where it stands.</summary>
/// <param name="Value">The date as stated.</param>
/// <param name="Role">Published, updated or not said.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Distance">
/// Elements between it and the headline in document order: negative before the headline, positive after it;
/// <see cref="int.MaxValue"/> for candidates outside the body (JSON-LD, meta, URL) or on pages without a headline.
/// </param>
/// <param name="InArticle">Whether it stands inside the headline's article (or the page's main element).</param>
internal readonly record struct DateCandidate(ArticleDate Value, DateRole Role, DateSource Source, int Distance, bool InArticle)
{
    /// <summary>Whether the page wrote its month as a name ("March 9, 2026"): such a date is never read with day and month swapped.</summary>
    public bool NamedMonth { get; init; }

    /// <summary>
    /// Whether the page labels it itself: a label opening its line or standing just before it ("Published on …",
    /// "Last updated:"), or markup naming its role; not a label inside a sentence.
    /// </summary>
    public bool Stated { get; init; }

    /// <summary>
    /// Whether it was read from an attribute no date markup names (a tooltip, a <c>data-*</c> attribute, a script's own
    /// element): the page's date only where a reader looks for one, near the headline.
    /// </summary>
    public bool Hint { get; init; }

    /// <summary>
    /// Whether a meta tag's publication is stated only in schema.org's vocabulary (<c>itemprop="datePublished"</c>), as
    /// JSON-LD states it: for search engines, not in the head tags (<c>article:published_time</c> and kin) a page stands by.
    /// </summary>
    public bool SchemaOnly { get; init; }

    /// <summary>Whether it stands near the headline, where a reader looks for the article's date.</summary>
    public bool NearHeadline => Distance >= -MetadataThresholds.ElementsBeforeHeadline && Distance <= MetadataThresholds.ElementsAfterHeadline;
}
