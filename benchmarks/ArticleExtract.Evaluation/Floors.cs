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
        return checks.Where(c => c.Actual < c.Floor)
            .Select(c => FormattableString.Invariant($"{c.Name} {c.Actual:0.0000} is below its floor {c.Floor:0.0000}"))
            .ToList();
    }
}
