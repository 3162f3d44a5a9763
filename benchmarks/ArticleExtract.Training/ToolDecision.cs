using ArticleExtract.Decision;

namespace ArticleExtract.Training;

/// <summary>
/// The learned decision as this tool's command line sets it (constants, a model file, the oracle), given to every
/// extractor the tool builds through the options' internal <c>Decision</c>: the library has no process-wide switch
/// for them, so the tool's settings live here, in the tool's own process.
/// </summary>
internal static class ToolDecision
{
    public static DecisionSettings Settings { get; set; } = DecisionSettings.Default;

    /// <summary>The settings with the decision switched on or off.</summary>
    public static DecisionSettings Enabled(bool on) => Settings with { Tuning = Settings.Tuning with { Enabled = on } };

    /// <summary>An extractor with <paramref name="settings"/> (the tool's by default) and otherwise <paramref name="options"/>.</summary>
    public static ArticleExtractor Extractor(DecisionSettings? settings = null, ArticleExtractorOptions? options = null) =>
        new((options ?? ArticleExtractorOptions.Default) with { Decision = settings ?? Settings });
}
