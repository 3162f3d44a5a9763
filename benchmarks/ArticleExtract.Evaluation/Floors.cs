using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Evaluation;

/// <summary>
/// The figures our extractor must not fall below (<c>floors.json</c>). Raised by hand when the library improves,
/// never lowered to make a change pass.
/// </summary>
internal sealed record Floors
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A misspelt key would otherwise leave its floor at zero and the gate silently open.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>AEB-dev F1.</summary>
    public required double AebF1 { get; init; }

    /// <summary>AEB-dev precision.</summary>
    public required double AebPrecision { get; init; }

    /// <summary>AEB-dev recall.</summary>
    public required double AebRecall { get; init; }

    /// <summary>Readability suite content F1.</summary>
    public required double ReadabilityF1 { get; init; }

    /// <summary>Match rate per metadata field, keyed as in <c>expected-metadata.json</c> (<c>title</c>, <c>byline</c>, …).</summary>
    public required IReadOnlyDictionary<string, double> Metadata { get; init; }

    /// <summary><c>publishedTime</c> match rate on the Readability cases whose expected metadata has a date.</summary>
    public required double DatedPublishedTime { get; init; }

    /// <summary>WCXB-dev floors, one set per split.</summary>
    public required WcxbFloors Wcxb { get; init; }

    /// <summary>Reads a floors file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The floors.</returns>
    /// <exception cref="InvalidDataException">The file is malformed or lacks a floor.</exception>
    public static Floors Load(string path)
    {
        Floors? floors;
        try
        {
            floors = JsonSerializer.Deserialize<Floors>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        if (floors is null)
        {
            throw new InvalidDataException($"{path} holds no floors.");
        }

        var missing = MetadataMatch.Fields.Select(Key).Where(key => !floors.Metadata.ContainsKey(key)).ToList();
        var unknown = floors.Metadata.Keys.Where(key => !MetadataMatch.Fields.Select(Key).Contains(key, StringComparer.Ordinal)).ToList();
        if (floors.Wcxb?.Tuning is null || floors.Wcxb.Validation is null)
        {
            throw new InvalidDataException($"{path}: wcxb floors need both \"tuning\" and \"validation\".");
        }

        missing.AddRange(floors.Wcxb.Tuning.Missing().Concat(floors.Wcxb.Validation.Missing()));
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidDataException($"{path}: metadata floors missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", unknown)}].");
        }

        return floors;
    }

    /// <summary>The key of a metadata field in floors.json and expected-metadata.json.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its camelCase name.</returns>
    public static string Key(MetadataField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    /// <summary>The key of a WCXB metadata field in floors.json.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its camelCase name.</returns>
    public static string Key(WcxbField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    /// <summary>Every figure that is below its floor, as a readable line; empty when all are met.</summary>
    /// <param name="ours">Our figures.</param>
    /// <returns>The shortfalls.</returns>
    public IReadOnlyList<string> Shortfalls(SystemFigures ours)
    {
        ArgumentNullException.ThrowIfNull(ours);
        var checks = new List<(string Name, double Actual, double Floor)>
        {
            ("AEB-dev F1", ours.Aeb.F1, AebF1),
            ("AEB-dev precision", ours.Aeb.Precision, AebPrecision),
            ("AEB-dev recall", ours.Aeb.Recall, AebRecall),
            ("Readability content F1", ours.Readability.F1, ReadabilityF1),
        };
        checks.AddRange(MetadataMatch.Fields.Select(f => ($"Metadata {Key(f)}", ours.Metadata[f], Metadata[Key(f)])));
        checks.Add(("Metadata publishedTime on the cases Readability dates", ours.DatedPublishedTime, DatedPublishedTime));
        if (ours.Wcxb.Tuning.Pages + ours.Wcxb.Validation.Pages > 0)
        {
            checks.AddRange(Wcxb.Tuning.Checks("WCXB-dev tuning", ours.Wcxb.Tuning));
            checks.AddRange(Wcxb.Validation.Checks("WCXB-dev validation", ours.Wcxb.Validation));
        }

        return checks.Where(c => c.Actual < c.Floor)
            .Select(c => FormattableString.Invariant($"{c.Name} {c.Actual:0.0000} is below its floor {c.Floor:0.0000}"))
            .ToList();
    }
}

/// <summary>WCXB-dev floors for the tuning (ids 0–7) and validation (ids 8–9) splits.</summary>
internal sealed record WcxbFloors
{
    /// <summary>Floors on the tuning split.</summary>
    public required WcxbSplitFloors Tuning { get; init; }

    /// <summary>Floors on the validation split.</summary>
    public required WcxbSplitFloors Validation { get; init; }
}

/// <summary>
/// The figures of one WCXB split that must not fall. Counts and leak shares are "at most" figures; the gate checks
/// them as floors on their negation so that every check reads "actual below floor".
/// </summary>
internal sealed record WcxbSplitFloors
{
    /// <summary>Mean word F1.</summary>
    public required double F1 { get; init; }

    /// <summary>Mean word F1 on articles.</summary>
    public required double ArticlesF1 { get; init; }

    /// <summary>Share of <c>with</c> snippets found.</summary>
    public required double WithFound { get; init; }

    /// <summary>At most this share of <c>without</c> snippets leaked.</summary>
    public required double WithoutLeakedMax { get; init; }

    /// <summary>At most this many pages under 0.2.</summary>
    public required int LostMax { get; init; }

    /// <summary>Share of pages whose <c>PageKind</c> agrees with WCXB's <c>page_type</c>.</summary>
    public required double KindAgreement { get; init; }

    /// <summary>Share of the pages we date that are dated on the true day (<see cref="WcxbFigures.DatePrecision"/>).</summary>
    public required double PublishDatePrecision { get; init; }

    /// <summary>Match rate per metadata field (<c>title</c>, <c>author</c>, <c>publishDate</c>).</summary>
    public required IReadOnlyDictionary<string, double> Metadata { get; init; }

    /// <summary>The metadata fields this floor set lacks.</summary>
    /// <returns>Their keys.</returns>
    public IEnumerable<string> Missing() => WcxbMetadata.Fields.Select(Floors.Key).Where(key => !Metadata.ContainsKey(key));

    /// <summary>Each figure beside its floor.</summary>
    /// <param name="name">The split's name, for the message.</param>
    /// <param name="ours">Our figures on the split.</param>
    /// <returns>The checks.</returns>
    public IEnumerable<(string Name, double Actual, double Floor)> Checks(string name, WcxbFigures ours)
    {
        ArgumentNullException.ThrowIfNull(ours);
        yield return ($"{name} word F1", ours.F1, F1);
        yield return ($"{name} articles word F1", ours.F1ByType.GetValueOrDefault("article"), ArticlesF1);
        yield return ($"{name} with-snippets found", ours.WithFound, WithFound);
        yield return (FormattableString.Invariant($"{name} without-snippets leaked (negated: at most {WithoutLeakedMax:0.0000})"), -ours.WithoutLeaked, -WithoutLeakedMax);
        yield return (FormattableString.Invariant($"{name} pages under 0.2 (negated: at most {LostMax})"), -ours.Lost, -LostMax);
        yield return ($"{name} page kind agreement", ours.KindAgreement, KindAgreement);
        yield return ($"{name} publishDate precision", ours.DatePrecision, PublishDatePrecision);
        foreach (var field in WcxbMetadata.Fields)
        {
            yield return ($"{name} metadata {Floors.Key(field)}", ours.Metadata[field], Metadata[Floors.Key(field)]);
        }
    }
}
