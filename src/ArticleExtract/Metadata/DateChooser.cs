namespace ArticleExtract.Metadata;

/// <summary>
/// Chooses the publication and modification dates from every candidate by evidence. The date a reader sees near
/// the headline is the page's own statement and wins; machine-readable dates that name the same day lend it their
/// time and offset, and decide between several visible dates. A UTC timestamp one day off the visible local date
/// is the same moment, not a reason to change the day, and a UTC stamp the page restates in its own offset is
/// given in that offset. Without a visible date, JSON-LD, then meta tags, then the body's attributes, then the URL
/// path decide; on a page without a headline or an article (a forum thread), the first time-stamped date; last, one
/// date the page labels itself far below its headline ("Published …" under the article, "Last updated" at the end).
/// A visible date that is only the metadata's modification stamp is weak evidence of the publication.
/// </summary>
internal static class DateChooser
{
    // Weights of the evidence for a visible date; only their order matters.
    private const double PublishedLabel = 3;
    private const double UnknownLabel = 2;
    private const double UpdatedLabel = 1;
    private const double AgreesWithStructured = 2;
    private const double AgreesWithUrl = 1;
    private const double AgreesWithUpdate = 1;
    private const double InArticle = 0.5;

    /// <summary>The publication and modification dates, each null when the page states none.</summary>
    /// <param name="candidates">Every date the page states.</param>
    /// <param name="headlineIsTitle">
    /// Whether the headline the distances count from is the article's (it agrees with a title); a site's logo heading
    /// places no dateline far below it.
    /// </param>
    /// <returns>The dates.</returns>
    public static (ArticleDate? Published, ArticleDate? Modified) Choose(List<DateCandidate> candidates, bool headlineIsTitle)
    {
        var structuredPublished = First(candidates, DateRole.Published, DateSource.JsonLd, DateSource.Meta, DateSource.Attribute);
        var structuredModified = First(candidates, DateRole.Modified, DateSource.JsonLd, DateSource.Meta, DateSource.Attribute);
        var latest = Latest(candidates);
        var stampedAlike = StampedAlike(candidates);

        var visible = Visible(candidates, latest, structuredPublished, headlineIsTitle, stampedAlike is not null);
        // An "updated" line is the only date some pages show; when the page's head tags state the publication, that wins,
        // unless the metadata contradicts itself or never saw the update: then it states nothing, and the page's own lines
        // decide. A publication stated for search engines only (JSON-LD, microdata) is the record's first save, which the
        // page itself no longer shows: its "updated" line is the version it stands by, unless it falls within the news
        // cycle of that publication (the same day or the next), a report revised, not a page rewritten.
        var contradicted = Contradicted(candidates) || (visible is { Role: DateRole.Modified } shown && stampedAlike is { } stamp && stamp.Date != shown.Value.Date);
        if (visible is { Role: DateRole.Modified } updated && structuredPublished is { } stated && !contradicted
            && (HeadStatesPublication(candidates) || updated.Value.Date.DayNumber - stated.Date.DayNumber <= MetadataThresholds.UpdateInNewsCycleDays))
        {
            visible = null;
        }

        ArticleDate? published = visible is { } v ? Enrich(Unswapped(v, candidates), candidates)
            : (contradicted ? Labelled(candidates, latest, DateRole.Published, headlineIsTitle) : null) ?? Local(structuredPublished, candidates) ?? UnlabelledAttribute(candidates) ?? First(candidates, DateRole.Published, DateSource.Url)
            ?? Headless(candidates, latest) ?? Labelled(candidates, latest, DateRole.Published, headlineIsTitle) ?? Labelled(candidates, latest, DateRole.Modified, headlineIsTitle)
            ?? Dateline(candidates, latest);

        ArticleDate? modified = Later(structuredModified, VisibleModified(candidates, latest)) ?? Labelled(candidates, latest, DateRole.Modified, headlineIsTitle);
        if (published is { } p && modified is { } m && m.Date < p.Date)
        {
            modified = null;
        }

        return (published, modified);
    }

    /// <summary>
    /// On a page that tells no story (a product, a service, documentation) a publication date only a stamp states is
    /// dropped: the page neither shows its day near the headline nor states it as an article object's publication, and the
    /// metadata's stamp there is the page's save time (a shop's product record, a theme's WebPage node, a documentation
    /// build), not a publication. On a listing, a date read from the body belongs to an entry: only the metadata or the
    /// address dates the listing itself. Both only where the page itself decided its kind (<paramref name="decided"/>):
    /// a short story is not a service page for being short. A JSON-LD WebPage stamp alone dates no such page whatever
    /// decided its kind, nor does one the page re-saved more than a year later (<see cref="RevisedStamp"/>), whatever its kind.
    /// Nor does a day every source names an update ("Last updated" over a product's, a service's or a documentation page's
    /// text, its <c>dateModified</c>), shown or not, where the page decided its kind: such a page is kept current, and
    /// states no publication; a short story with an "Updated" line is not a service page for being short.
    /// </summary>
    /// <param name="metadata">The page's metadata.</param>
    /// <param name="kind">The page's kind.</param>
    /// <param name="decided">Whether the page's generator, types, path or records decided its kind, not its text's shape.</param>
    /// <returns>The metadata, without a publication date where nothing dates the page itself.</returns>
    public static ArticleMetadata ForKind(ArticleMetadata metadata, PageKind kind, bool decided)
    {
        const DateEvidence attested = DateEvidence.Shown | DateEvidence.ArticleObject;
        const DateEvidence ofThePage = DateEvidence.ArticleObject | DateEvidence.PageStamp | DateEvidence.MetaTag | DateEvidence.Url;
        var evidence = metadata.PublishedEvidence;
        var storyless = kind is PageKind.Product or PageKind.Service or PageKind.Documentation;
        var stampOnly = storyless && (evidence & attested) == 0 && (decided || evidence == DateEvidence.PageStamp);
        var updateOnly = storyless && decided && (evidence & DateEvidence.UpdateOnly) != 0;
        var entryOnly = decided && kind == PageKind.Listing && (evidence & ofThePage) == 0;
        return metadata.Published is not null && (stampOnly || updateOnly || entryOnly || RevisedStamp(metadata)) ? metadata with { Published = null } : metadata;
    }

    /// <summary>
    /// Whether the publication only a JSON-LD WebPage node states (nothing shown, no article object, no head tag) is followed
    /// by a modification more than <see cref="MetadataThresholds.StampRevisedAfterDays"/> later: the CMS record's first
    /// save on a page kept current since, which shows no date because it is not a dated publication.
    /// </summary>
    private static bool RevisedStamp(ArticleMetadata metadata) =>
        metadata.PublishedEvidence == DateEvidence.PageStamp && metadata.Published is { } published && metadata.Modified is { } modified
        && modified.Date.DayNumber - published.Date.DayNumber > MetadataThresholds.StampRevisedAfterDays;

    /// <summary>What states the day chosen: each source among the candidates that names it.</summary>
    /// <param name="candidates">Every date the page states.</param>
    /// <param name="day">The publication chosen.</param>
    /// <param name="articleDated">Whether JSON-LD's publication is an article object's own (else the WebPage node's).</param>
    internal static DateEvidence Evidence(List<DateCandidate> candidates, ArticleDate? day, bool articleDated)
    {
        var evidence = DateEvidence.None;
        if (day is not { } d)
        {
            return evidence;
        }

        var updatesOnly = true;
        foreach (var c in candidates)
        {
            if (!SameDay(c.Value, d))
            {
                continue;
            }

            updatesOnly &= c.Role == DateRole.Modified;

            evidence |= c.Source switch
            {
                DateSource.JsonLd when !articleDated => DateEvidence.PageStamp,
                DateSource.JsonLd => c.Role == DateRole.Published ? DateEvidence.ArticleObject : DateEvidence.None,
                DateSource.Meta => DateEvidence.MetaTag,
                DateSource.Url => DateEvidence.Url,
                DateSource.Visible when IsNear(c) => DateEvidence.Shown,
                _ => DateEvidence.Body,
            };
        }

        return evidence != DateEvidence.None && updatesOnly ? evidence | DateEvidence.UpdateOnly : evidence;
    }

    /// <summary>
    /// Whether the page's head tags state its publication (<c>article:published_time</c> and kin, not schema.org's
    /// <c>datePublished</c>, <see cref="DateCandidate.SchemaOnly"/>).
    /// </summary>
    private static bool HeadStatesPublication(List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source == DateSource.Meta && c.Role == DateRole.Published && !c.SchemaOnly)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the metadata names two publication days: JSON-LD says one, the meta tags another (a template's stale
    /// copy, a syndicated original). Neither is then evidence against what the page shows.
    /// </summary>
    private static bool Contradicted(List<DateCandidate> candidates) =>
        First(candidates, DateRole.Published, DateSource.JsonLd) is { } ld && First(candidates, DateRole.Published, DateSource.Meta) is { } meta && !SameDay(ld, meta);

    /// <summary>
    /// The one value the metadata stamps both its publication and its modification with (JSON-LD, else the meta tags),
    /// if any: a template writing the page's save (or build) time into both fields. Such metadata knows nothing of an
    /// update the page shows on another day, nor of the publication before it, and its day bounds no "Updated" line.
    /// </summary>
    private static ArticleDate? StampedAlike(List<DateCandidate> candidates) =>
        StampedAlike(candidates, DateSource.JsonLd) ?? StampedAlike(candidates, DateSource.Meta);

    private static ArticleDate? StampedAlike(List<DateCandidate> candidates, DateSource source) =>
        First(candidates, DateRole.Published, source) is { } published && First(candidates, DateRole.Modified, source) is { } modified && published == modified
            ? published : null;

    /// <summary>
    /// The visible date that dates the page, if any. A far date with no label and nothing behind it
    /// (<see cref="IsUnbackedFar"/>) gives way to the page's other statements of its publication (the metadata, an
    /// unlabelled <c>datetime</c>, the URL, a labelled line) and to a nearer or better-evidenced visible date, but
    /// not to an "updated" line: with nothing else, it is still the page's date.
    /// </summary>
    private static DateCandidate? Visible(List<DateCandidate> candidates, DateOnly? latest, ArticleDate? structuredPublished, bool headlineIsTitle, bool updatesUnbounded)
    {
        var backed = BestVisible(candidates, latest, true, updatesUnbounded);
        if (backed is { Role: not DateRole.Modified } || BestVisible(candidates, latest, false, updatesUnbounded) is not { } far || far == backed)
        {
            return backed;
        }

        var other = structuredPublished ?? UnlabelledAttribute(candidates) ?? First(candidates, DateRole.Published, DateSource.Url)
            ?? Labelled(candidates, latest, DateRole.Published, headlineIsTitle);
        return other is null ? far : null;
    }

    /// <summary>The visible date with the most evidence near the headline (or in the article, on a page without one).</summary>
    /// <param name="candidates">Every date the page states.</param>
    /// <param name="latest">The page's latest machine-readable date.</param>
    /// <param name="backedWhenFar">Whether a date far from the headline needs a label or another source to count (<see cref="IsUnbackedFar"/>).</param>
    /// <param name="updatesUnbounded">Whether an "Updated" line may be later than <paramref name="latest"/> (<see cref="StampedAlike(List{DateCandidate})"/>).</param>
    private static DateCandidate? BestVisible(List<DateCandidate> candidates, DateOnly? latest, bool backedWhenFar, bool updatesUnbounded)
    {
        DateCandidate? best = null;
        var bestScore = double.MinValue;
        var listedLabels = LabelsAList(candidates);
        foreach (var c in candidates)
        {
            if (c.Source != DateSource.Visible || !IsNear(c) || TooLate(c.Value, updatesUnbounded && c.Role == DateRole.Modified ? null : latest)
                || (backedWhenFar && IsUnbackedFar(c, candidates)))
            {
                continue;
            }

            var score = c.Role switch { DateRole.Published when !listedLabels => PublishedLabel, DateRole.Modified => UpdatedLabel, _ => UnknownLabel };
            score += Agreement(c.Value, candidates);
            score += c.InArticle ? InArticle : 0;

            // Nearer is likelier; a date after the headline (the usual byline line) is worth more than one before it.
            score -= c.Distance < 0 ? -c.Distance / (double)MetadataThresholds.ElementsBeforeHeadline : c.Distance == int.MaxValue ? 0 : c.Distance / (double)MetadataThresholds.ElementsAfterHeadline;
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the visible dates labelled as publications name several different days, near the headline or further down
    /// the page: each item of a list (teasers, events, a series' parts) states its own, and the label says nothing of the
    /// article's, even on the one item that happens to stand near the headline.
    /// </summary>
    private static bool LabelsAList(List<DateCandidate> candidates)
    {
        Span<DateOnly> days = stackalloc DateOnly[MetadataThresholds.PublishedLabelsInAList];
        var count = 0;
        foreach (var c in candidates)
        {
            if (c.Source == DateSource.Visible && c.Role == DateRole.Published && c.Stated && !days[..count].Contains(c.Value.Date))
            {
                days[count++] = c.Value.Date;
                if (count == days.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A date with no label, well below (or above) the headline within the near window, that no machine-readable source
    /// or the URL states: another item's date in the page (a card, a quoted event), not the article's dateline.
    /// </summary>
    private static bool IsUnbackedFar(DateCandidate c, List<DateCandidate> candidates)
    {
        if (c.Role != DateRole.Unknown || c.Stated || c.Distance == int.MaxValue || Math.Abs(c.Distance) <= MetadataThresholds.UnlabelledDateNearHeadline)
        {
            return false;
        }

        foreach (var other in candidates)
        {
            if (other.Source is not (DateSource.Visible or DateSource.Dateline) && SameDay(c.Value, other.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static double Agreement(ArticleDate value, List<DateCandidate> candidates)
    {
        double score = 0;
        var structured = false;
        var updateOnly = false;
        var url = false;
        foreach (var other in candidates)
        {
            if (other.Source is DateSource.Visible or DateSource.Dateline || !SameDay(value, other.Value))
            {
                continue;
            }

            // The metadata's modification date shown on the page is evidence of a date, not of the publication.
            structured |= other.Source != DateSource.Url && other.Role != DateRole.Modified;
            updateOnly |= other.Role == DateRole.Modified;
            url |= other.Source == DateSource.Url;
        }

        score += structured ? AgreesWithStructured : updateOnly ? AgreesWithUpdate : 0;
        score += url ? AgreesWithUrl : 0;
        return score;
    }

    /// <summary>
    /// The visible date completed by a machine-readable one of the same day (its time and offset); a visible day
    /// with a time keeps its own unless they agree. The day shown is never changed. An update's stamp of that day lends
    /// its clock only when no publication stamp tells the moment, on that day or across its midnight in UTC.
    /// </summary>
    private static ArticleDate Enrich(ArticleDate visible, List<DateCandidate> candidates)
    {
        if (visible.Offset is { } own)
        {
            // "10:43:37Z" in a datetime where the metadata says 10:43:37-08:00: the template stamped the local clock
            // with a Z; the metadata's offset is the page's.
            return own == TimeSpan.Zero && visible.Time is { } clock && Restated(visible.Date, clock, candidates) is { } restated ? restated
                : Finer(visible, own, candidates) ?? visible;
        }

        // The publication's own stamp before an update's: an update's clock on the day shown is not the publication's.
        ArticleDate? updateOfTheDay = null;
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.Attribute && c.Value.Date == visible.Date && c.Value.Time is not null
                && (visible.Time is null || SameMinute(visible.Time.Value, c.Value.Time.Value)))
            {
                if (c.Role != DateRole.Modified)
                {
                    return c.Value;
                }

                updateOfTheDay ??= c.Value;
            }
        }

        if (visible.Time is null && (UtcDayOf(visible.Date, candidates) ?? MidnightInUtc(visible.Date, candidates) ?? UtcStampAcrossMidnight(visible.Date, candidates)) is { } stamp)
        {
            return stamp;
        }

        return updateOfTheDay ?? visible;
    }

    /// <summary>
    /// A UTC stamp on the round hour (or half hour) of the evening before the day shown ("2018-06-12T23:00:00.000Z"
    /// under "6/13/2018"): a day-only publication stored as midnight in a zone east of UTC and written in UTC. It is
    /// that midnight, given in the offset that makes it one (<c>2018-06-13T00:00:00+01:00</c>): the same instant, on
    /// the day shown.
    /// </summary>
    private static ArticleDate? MidnightInUtc(DateOnly shown, List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.Attribute && c.Role != DateRole.Modified
                && c.Value is { Offset: { } offset, Time: { } time } && offset == TimeSpan.Zero && c.Value.Date.AddDays(1) == shown
                && time.Second == 0 && time.Millisecond == 0 && time.Minute % 30 == 0
                && TimeSpan.FromHours(24) - time.ToTimeSpan() is var east && east <= MetadataThresholds.MaxUtcOffset)
            {
                return new ArticleDate(shown, TimeOnly.MinValue, east);
            }
        }

        return null;
    }

    /// <summary>
    /// A publication stamp in UTC on the day before or after the day shown, within a time zone's reach of it
    /// (<c>2021-12-10T02:17:00+00:00</c> under "December 9, 2021", <c>2025-12-02T23:00:55+00:00</c> under "Dec 3, 2025"):
    /// the page's clock is the reader's local one and the metadata's is UTC, so it is the same moment. It is given in the
    /// whole-hour offset nearest UTC that puts it on the day shown: the instant is the metadata's, the day the page's.
    /// </summary>
    private static ArticleDate? UtcStampAcrossMidnight(DateOnly shown, List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source is not (DateSource.JsonLd or DateSource.Meta or DateSource.Attribute) || c.Role == DateRole.Modified
                || c.Value is not { Offset: { } offset, Time: { } time } || offset != TimeSpan.Zero || c.Value.ToDateTimeOffset() is not { } moment)
            {
                continue;
            }

            // East of UTC the evening before is the day shown; west of it the small hours after are still the day shown.
            var shift = c.Value.Date.AddDays(1) == shown ? TimeSpan.FromHours(24 - time.Hour)
                : c.Value.Date.AddDays(-1) == shown ? -TimeSpan.FromHours(time.Hour + 1)
                : TimeSpan.Zero;
            if (shift != TimeSpan.Zero && (shift > TimeSpan.Zero ? shift <= MetadataThresholds.MaxUtcOffset : -shift <= MetadataThresholds.MaxUtcOffsetWest))
            {
                var local = moment.ToOffset(shift);
                return new ArticleDate(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), shift);
            }
        }

        return null;
    }

    /// <summary>
    /// A stamp in the page's own offset (<c>2024-06-02T20:22:24-04:00</c>) whose UTC day is the day shown
    /// ("Jun 3, 2024"): a template that prints dates in UTC shows the same moment on the next or previous day. The
    /// stamp keeps both days, the page's local one and the one shown.
    /// </summary>
    private static ArticleDate? UtcDayOf(DateOnly shown, List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.Attribute && c.Role != DateRole.Modified && c.Value.Date != shown
                && c.Value.Offset is { } offset && offset != TimeSpan.Zero && c.Value.ToDateTimeOffset() is { } moment
                && DateOnly.FromDateTime(moment.UtcDateTime) == shown)
            {
                return c.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// "Dec. 6, 2024, 10:00 PM UTC" shown where the metadata stamps 22:00:40Z: the same moment to the minute the page
    /// shows, which the stamp tells to the second. It is kept in the page's own offset.
    /// </summary>
    private static ArticleDate? Finer(ArticleDate visible, TimeSpan own, List<DateCandidate> candidates)
    {
        if (visible is not { Time: { Second: 0, Millisecond: 0 } } || visible.ToDateTimeOffset() is not { } shown)
        {
            return null;
        }

        // As Enrich: the publication's own stamp before an update's of the same moment.
        DateTimeOffset? update = null;
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.Attribute
                && c.Value.ToDateTimeOffset() is { } moment && moment >= shown && moment - shown < TimeSpan.FromMinutes(1))
            {
                if (c.Role != DateRole.Modified)
                {
                    return ArticleDate.FromDateTimeOffset(moment.ToOffset(own));
                }

                update ??= moment;
            }
        }

        return update is { } u ? ArticleDate.FromDateTimeOffset(u.ToOffset(own)) : null;
    }

    /// <summary>A machine-readable stamp of the same day and wall-clock minute with an offset other than UTC.</summary>
    private static ArticleDate? Restated(DateOnly date, TimeOnly clock, List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta && c.Value.Date == date && c.Value.Time is { } t && SameMinute(t, clock)
                && c.Value.Offset is { } offset && offset != TimeSpan.Zero)
            {
                return c.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// A UTC stamp (<c>2025-12-18T23:25:38+00:00</c>) restated by the page in its own offset
    /// (<c>2025-12-19T04:25:38+05:00</c> in a <c>datetime</c>): the same moment, told as the page's readers see it.
    /// </summary>
    private static ArticleDate? Local(ArticleDate? stamp, List<DateCandidate> candidates)
    {
        if (stamp is not { Offset: { } offset } utc || offset != TimeSpan.Zero || utc.ToDateTimeOffset() is not { } moment)
        {
            return stamp;
        }

        foreach (var c in candidates)
        {
            if (c.Source is DateSource.Attribute or DateSource.Meta or DateSource.JsonLd && c.Value.Offset is { } own && own != TimeSpan.Zero
                && c.Value.ToDateTimeOffset() == moment)
            {
                return c.Value;
            }
        }

        return stamp;
    }

    /// <summary>
    /// "09.10.2024" read day-first where the metadata or the URL says 2024-09-10 and nothing says October 9: the
    /// site wrote the month first. Only a date whose day could be a month is read again, and never one whose month the
    /// page wrote as a name: then it is the metadata ("03-09-2026") that is ambiguous.
    /// </summary>
    private static ArticleDate Unswapped(DateCandidate shown, List<DateCandidate> candidates)
    {
        var visible = shown.Value;
        var d = visible.Date;
        if (shown.NamedMonth || d.Day > 12 || d.Day == d.Month)
        {
            return visible;
        }

        var swapped = new DateOnly(d.Year, d.Day, d.Month);
        var agrees = false;
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.Visible or DateSource.Dateline)
            {
                continue;
            }

            if (c.Value.Date == d)
            {
                return visible;
            }

            agrees |= c.Value.Date == swapped;
        }

        return agrees ? new ArticleDate(swapped, visible.Time, visible.Offset) : visible;
    }

    /// <summary>Whether two dates can be the same day: equal, or one day apart where one is an instant whose UTC day differs from the local one.</summary>
    internal static bool SameDay(ArticleDate a, ArticleDate b)
    {
        if (a.Date == b.Date)
        {
            return true;
        }

        var apart = Math.Abs(a.Date.DayNumber - b.Date.DayNumber);
        return apart == 1 && (a.Time is not null || b.Time is not null);
    }

    /// <summary>"7h19" on the page and 07:19:58 in the metadata are the same time.</summary>
    private static bool SameMinute(TimeOnly a, TimeOnly b) => a.Hour == b.Hour && a.Minute == b.Minute;

    /// <summary>
    /// Whether a body attribute's date stands where the article's does: in the article or near the headline. A hint
    /// (<see cref="DateCandidate.Hint"/>) near the headline only (inside the article, on a page without one), and when
    /// nothing names its role, as close as an unlabelled dateline stands.
    /// </summary>
    private static bool Placed(DateCandidate c) =>
        !c.Hint ? c.InArticle || c.NearHeadline
            : c.Distance == int.MaxValue ? c.InArticle
            : c.Role != DateRole.Unknown ? c.NearHeadline
            : Math.Abs(c.Distance) <= MetadataThresholds.UnlabelledDateNearHeadline;

    /// <summary>Near the headline; on a page without one, inside its article.</summary>
    private static bool IsNear(DateCandidate c) => c.NearHeadline || (c.Distance == int.MaxValue && c.InArticle);

    private static bool TooLate(ArticleDate value, DateOnly? latest) =>
        latest is { } l && value.Date.DayNumber > l.DayNumber + MetadataThresholds.FutureTolerance.Days;

    /// <summary>The page's latest machine-readable date: a visible date after it is a clock widget or an event.</summary>
    private static DateOnly? Latest(List<DateCandidate> candidates)
    {
        DateOnly? latest = null;
        foreach (var c in candidates)
        {
            if (c.Source is DateSource.JsonLd or DateSource.Meta && (latest is null || c.Value.Date > latest))
            {
                latest = c.Value.Date;
            }
        }

        return latest;
    }

    private static ArticleDate? First(List<DateCandidate> candidates, DateRole role, params ReadOnlySpan<DateSource> sources)
    {
        foreach (var source in sources)
        {
            foreach (var c in candidates)
            {
                if (c.Source == source && c.Role == role && (source != DateSource.Attribute || Placed(c)))
                {
                    return c.Value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The wire dateline opening the first paragraph after the headline (or the page's first, on a page without one):
    /// the report's date when nothing else dates it.
    /// </summary>
    private static ArticleDate? Dateline(List<DateCandidate> candidates, DateOnly? latest)
    {
        foreach (var c in candidates)
        {
            if (c.Source == DateSource.Dateline && c.Distance >= 0 && !TooLate(c.Value, latest))
            {
                return c.Value;
            }
        }

        return null;
    }

    /// <summary>A <c>datetime</c> or <c>content</c> date in the article that says nothing of its role.</summary>
    private static ArticleDate? UnlabelledAttribute(List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source == DateSource.Attribute && c.Role == DateRole.Unknown && Placed(c))
            {
                return c.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// On a page without a headline or an article element (a forum thread), nothing is near, and the first date stamped
    /// with a time of day is the opening post's; a date alone there is a member's join date, an archive or a calendar,
    /// and a stamp that says it is an update is passed over. A thread opens before its replies: a first stamp later than
    /// every stamp after it is the site's clock or the reader's last visit in the page's header, and the next one is the
    /// opening post's.
    /// </summary>
    private static ArticleDate? Headless(List<DateCandidate> candidates, DateOnly? latest)
    {
        foreach (var c in candidates)
        {
            if (IsPostStamp(c))
            {
                var opening = SkipsClock(candidates, c) ?? c;
                return opening.Role == DateRole.Modified || TooLate(opening.Value, latest) ? null : opening.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The stamp after <paramref name="first"/> when every stamp after it is earlier (<paramref name="first"/> is a clock),
    /// null otherwise.
    /// </summary>
    private static DateCandidate? SkipsClock(List<DateCandidate> candidates, DateCandidate first)
    {
        DateCandidate? next = null;
        var seenFirst = false;
        foreach (var c in candidates)
        {
            if (!IsPostStamp(c))
            {
                continue;
            }

            if (!seenFirst)
            {
                seenFirst = true;
                continue;
            }

            if (!Later(first.Value, c.Value))
            {
                return null;
            }

            next ??= c;
        }

        return next;
    }

    private static bool IsPostStamp(DateCandidate c) =>
        c.Source is DateSource.Visible or DateSource.Attribute && c.Distance == int.MaxValue && !c.InArticle && c.Value.Time is not null;

    private static bool Later(ArticleDate a, ArticleDate b) => a.Date > b.Date || (a.Date == b.Date && a.Time > b.Time);

    /// <summary>Whether a page read without a headline shows a post's stamp (a date with a time of day), which <see cref="Headless"/> judges.</summary>
    internal static bool HasPostStamp(List<DateCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (IsPostStamp(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Far below the headline, a date the page labels ("Published Feb 2, 2023" below the article, "Last updated" at
    /// the page's end) is still the page's statement, when nothing nearer or machine-readable dates it. Only one
    /// statement, maybe repeated: several days labelled alike are a list (customer reviews, teasers), not the page's date.
    /// </summary>
    private static ArticleDate? Labelled(List<DateCandidate> candidates, DateOnly? latest, DateRole role, bool headlineIsTitle)
    {
        if (!headlineIsTitle)
        {
            return null;
        }

        ArticleDate? found = null;
        foreach (var c in candidates)
        {
            // Below the headline only: far above it stand the site's furniture and other items' details. On a page
            // without a headline the opening post's stamp decides (Headless), and an update there is no date.
            if (c.Source != DateSource.Visible || c.Role != role || !c.Stated || c.Distance <= 0 || c.Distance == int.MaxValue || TooLate(c.Value, latest))
            {
                continue;
            }

            if (found is { } f && f.Date != c.Value.Date)
            {
                return null;
            }

            found ??= c.Value;
        }

        return found;
    }

    /// <summary>
    /// The metadata's modification date, or the "Updated" line near the headline when it states a later day: a template
    /// that stamps the metadata once and prints each revision shows the reader a newer version than its tags say. Only a
    /// later day, not a later hour of the same day: the line is often local time and the tag UTC.
    /// </summary>
    private static ArticleDate? Later(ArticleDate? stated, ArticleDate? shown) =>
        stated is not { } s ? shown : shown is { } v && v.Date > s.Date ? v : stated;

    private static ArticleDate? VisibleModified(List<DateCandidate> candidates, DateOnly? latest)
    {
        foreach (var c in candidates)
        {
            if (c.Source == DateSource.Visible && c.Role == DateRole.Modified && IsNear(c) && !TooLate(c.Value, latest))
            {
                return c.Value;
            }
        }

        return null;
    }
}
