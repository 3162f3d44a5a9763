using System.Diagnostics.CodeAnalysis;

namespace ArticleExtract.Cli;

/// <summary>
/// What a build of the tool carries. The Native AOT build (Properties/PublishProfiles/NativeAot.pubxml) turns
/// <see cref="Parquet"/> off at compile time: the compiler then drops the Parquet writer and the reflection it
/// relies on, and asking for a .parquet output fails with <see cref="NoParquet"/>. The dotnet tool has every feature.
/// </summary>
internal static class BuildFeatures
{
    /// <summary>The runtime switch that the Native AOT profile sets to false (with Trim="true").</summary>
    public const string ParquetSwitch = "ArticleExtract.Cli.Parquet";

    /// <summary>Why the Parquet writer is not trim-safe: Parquet.Net is not annotated for trimming, and its schema code
    /// inspects types by reflection (IL2070) and makes generic types at run time (IL3050).</summary>
    public const string ParquetReflection = "Parquet.Net's schema code inspects types by reflection and makes generic types at run time";

    /// <summary>Why a .parquet output is refused, and what to use instead.</summary>
    public const string NoParquet = "Parquet output is not in the Native AOT build of article-extract (Parquet.Net's schema code needs reflection "
        + "that ahead-of-time compilation cannot guarantee); write JSON Lines (.jsonl or .jsonl.gz), or use the dotnet tool "
        + "(dotnet tool install -g ArticleExtract.Cli)";

    /// <summary>
    /// Whether batch can write Parquet: true unless the build turned it off. The feature guard tells the trim and AOT
    /// analyzers that code behind this check may use Parquet.Net, which is not annotated for trimming.
    /// </summary>
    /// <remarks>
    /// The analyzer cannot prove a switch read from AppContext (IL4000); the build proves it: the only trimmed,
    /// ahead-of-time build, the Native AOT profile, fixes the switch to false, and a trimmed build without it would
    /// still see Parquet.Net's own warnings at publish time.
    /// </remarks>
#pragma warning disable IL4000
    [FeatureSwitchDefinition(ParquetSwitch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    public static bool Parquet => !AppContext.TryGetSwitch(ParquetSwitch, out var enabled) || enabled;
#pragma warning restore IL4000

    /// <summary>Whether <paramref name="path"/> (an --out value) asks for Parquet.</summary>
    public static bool IsParquetPath(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
}
