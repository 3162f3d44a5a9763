using System.Globalization;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Reporting;

namespace ArticleExtract.Evaluation;

/// <summary>The command line: parses options, runs the evaluation, prints the table, writes predictions, applies the gate.</summary>
internal static class EvaluationCli
{
    /// <summary>Success (and every floor met, with <c>--check</c>).</summary>
    public const int Ok = 0;

    /// <summary>A figure is below its floor.</summary>
    public const int BelowFloor = 1;

    /// <summary>Bad usage, or the corpus or the floors file cannot be read.</summary>
    public const int Usage = 2;

    private const string Help = """
        Scores ArticleExtract against ground truth, side by side with SmartReader.

        ArticleExtract.Evaluation [--shared DIR] [--predictions FILE] [--check FLOORS.json]
                                  [--no-baseline] [--mismatches] [--workers N] [--timeout SECONDS]
                                  [--only wcxb|classic] [--pages FILE] [--worst N] [--no-second-opinion]
                                  [--text body|title+body|body+captions|title+body+captions] [--rouge]
                                  [--favor balanced|precision|recall]

          --shared DIR         the folder holding corpus/aeb-dev and corpus/readability-test-pages
                               (default: the first ./shared found walking up from the binary, then from the current folder)
          --predictions FILE   write our AEB-dev bodies as {id: {"articleBody": text}}
          --check FILE         exit 1 when a figure of ours is below its floor in FILE (floors.json beside the binary)
          --no-baseline        do not run SmartReader
          --mismatches         also list, per metadata field, every Readability case where ours does not match
          --workers N          pages extracted at once (default 2)
          --timeout SECONDS    time allowed per SmartReader call; a page over it counts as empty (default 10)
          --only wcxb|classic  run only WCXB-dev, or only AEB-dev and the Readability suite (default: all)
          --pages FILE         write one JSON line per WCXB-dev page: scores of both, our outcome and
                               metadata matches; tuning pages also carry both texts (validation pages never do)
          --worst N            list our N worst WCXB-dev tuning pages (default 10; 0 for none)
          --no-second-opinion  run ours with UseSecondOpinion = false (what the SmartReader stage is worth)
          --text VARIANT       which of our text is scored: body (default, Article.Body), title+body (the
                               headline first), body+captions (image and table captions kept), title+body+captions
          --rouge              also print ROUGE-LSum per corpus (the Web Content Extraction Benchmark's metric; slow)
          --favor FAVOR        run ours with Favor = balanced (default), precision or recall (as the CLI's --favor)

        Exit codes: 0 success, 1 below a floor, 2 bad usage or unreadable input.
        """;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? shared = null, predictions = null, check = null, pages = null;
        var worst = ReportPrinter.WorstCount;
        var mismatches = false;
        var settings = new EvaluationSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    output.WriteLine(Help);
                    return Ok;
                case "--no-baseline":
                    settings = settings with { IncludeBaseline = false };
                    continue;
                case "--no-second-opinion":
                    settings = settings with { SecondOpinion = false };
                    continue;
                case "--rouge":
                    settings = settings with { Rouge = true };
                    continue;
                case "--text" when value is not null && ScoredTextComposer.Names.TryGetValue(value, out var text):
                    settings = settings with { Text = text };
                    break;
                case "--favor" when Enum.TryParse<ExtractionFavor>(value, ignoreCase: true, out var favor) && Enum.IsDefined(favor) && !char.IsAsciiDigit(value![0]):
                    settings = settings with { Favor = favor };
                    break;
                case "--mismatches":
                    mismatches = true;
                    continue;
                case "--shared" when value is not null:
                    shared = value;
                    break;
                case "--predictions" when value is not null:
                    predictions = value;
                    break;
                case "--pages" when value is not null:
                    pages = value;
                    break;
                case "--only" when value is "wcxb":
                    settings = settings with { IncludeClassic = false };
                    break;
                case "--only" when value is "classic":
                    settings = settings with { IncludeWcxb = false };
                    break;
                case "--worst" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                    worst = count;
                    break;
                case "--check" when value is not null:
                    check = value;
                    break;
                case "--workers" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers > 0:
                    settings = settings with { Workers = workers };
                    break;
                case "--timeout" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    settings = settings with { BaselineTimeout = TimeSpan.FromSeconds(seconds) };
                    break;
                default:
                    error.WriteLine($"Unknown option or missing/invalid value: {args[i]}");
                    error.WriteLine(Help);
                    return Usage;
            }

            i++;
        }

        shared ??= SharedFolder.Find(AppContext.BaseDirectory, Environment.CurrentDirectory);
        if (shared is null || !Directory.Exists(Path.Combine(shared, "corpus")))
        {
            error.WriteLine(shared is null
                ? "No shared/corpus folder found above the binary or the current folder; pass --shared DIR."
                : $"{Path.Combine(shared, "corpus")} does not exist.");
            return Usage;
        }

        Floors? floors = null;
        EvaluationReport report;
        try
        {
            // Read the floors first: a broken floors file should fail fast, not after a full run.
            floors = check is null ? null : Floors.Load(check);
            report = await Evaluator.RunAsync(shared, settings).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine(ex.Message);
            return Usage;
        }

        if (settings.Text != ScoredText.Body)
        {
            output.WriteLine($"Scored text of ours: {ScoredTextComposer.Names.First(n => n.Value == settings.Text).Key} (not Article.Body alone)");
        }

        ReportPrinter.Print(report, output);
        WcxbReport.PrintTable(report, output);
        if (settings.Rouge)
        {
            RougeReport.Print(RougeReport.Compute(report, settings.Workers), output);
        }

        WcxbReport.PrintWorst(report, output, worst);
        if (mismatches)
        {
            ReportPrinter.PrintMetadataMismatches(report, output);
        }

        if (pages is not null)
        {
            WcxbReport.WritePages(report, pages);
            output.WriteLine();
            output.WriteLine($"WCXB-dev pages written to {pages}");
        }

        if (predictions is not null)
        {
            Predictions.Write(report.AebPages, predictions);
            output.WriteLine();
            output.WriteLine($"Predictions written to {predictions}");
        }

        if (floors is null)
        {
            return Ok;
        }

        var shortfalls = floors.Shortfalls(report.Ours);
        output.WriteLine();
        if (shortfalls.Count == 0)
        {
            output.WriteLine($"Floors in {check}: all met.");
            return Ok;
        }

        foreach (var shortfall in shortfalls)
        {
            error.WriteLine(shortfall);
        }

        error.WriteLine($"{shortfalls.Count} figure(s) below the floors in {check}.");
        return BelowFloor;
    }
}

/// <summary>Finds the shared folder (corpora) beside the repository, wherever the clone lives.</summary>
internal static class SharedFolder
{
    /// <summary>The first <c>shared</c> folder holding <c>corpus/</c> found walking up from each start in turn.</summary>
    /// <param name="starts">Folders to walk up from.</param>
    /// <returns>The folder, or null when there is none.</returns>
    public static string? Find(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpus")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
