using System.CommandLine;
using System.Globalization;
using ArticleExtract.Cli.Batch;

namespace ArticleExtract.Cli;

/// <summary><c>batch</c>: every page of folders, files and WARC archives to JSON Lines or Parquet, in input order, streamed as pages finish.</summary>
internal static class BatchCommand
{
    public static Command Build(TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Folders and files: every *.html, *.htm, *.html.gz, *.warc and *.warc.gz file under a folder (subfolders included, links to folders not followed), "
                + "and any file named on its own (a WARC when its name ends in .warc or .warc.gz, a page when it ends as a page does, else whichever its first bytes are: batch <(curl URL) reads an archive).",
            HelpName = "dir|file",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write: a .jsonl file, a .jsonl.gz file (gzip), a .parquet file, or '-' for standard output (JSON Lines). "
                + "One record per page: \"file\" (the path relative to its folder, '/'-separated; its path as given when a file of another folder has that one) and the article's fields (as --format json), "
                + "or \"file\" and \"error\" when that page failed; pages from a WARC also carry \"offset\", \"warcRecordId\", \"url\" "
                + "(the WARC-Target-URI; the article's own URL is then \"canonicalUrl\") and \"fetched\". Files appear complete or not at all "
                + "(written to a temporary name, then renamed). {shard} in the name is replaced by the shard index; {input} makes one output per input, "
                + "named by its path.",
            HelpName = "FILE|-",
            Required = true,
        };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many pages to extract at once; default the number of cores.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError($"--parallel '{token}' is not a positive whole number");
                return 1;
            },
        };
        var shard = new Option<Shard>("--shard")
        {
            Description = "Process only part i of N of the inputs (0 <= i < N), chosen by a stable hash of each input's path: N runs with "
                + "i = 0..N-1 (on N machines: a Kubernetes Indexed Job, a Slurm array, GNU parallel) cover every input once, with no coordinator.",
            HelpName = "i/N",
            DefaultValueFactory = _ => Shard.All,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (Shard.TryParse(token, out var s, out var error))
                {
                    return s;
                }

                result.AddError(error!);
                return Shard.All;
            },
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Skip what is already done: an input whose output file (with {input} in --out) exists, or the whole run when "
                + "the single output file exists. Outputs are only ever complete, so an existing one is finished work.",
        };
        var timeout = CommonOptions.Timeout("extracting each page");
        var favor = CommonOptions.Favor();
        var maxInput = CommonOptions.MaxInputMegabytes();
        var maxElements = CommonOptions.MaxElements();
        var command = new Command("batch", "Extracts every page of the given folders, files and WARC archives on all cores and writes one record per page, in input order. "
            + "Prints progress on standard error when it is a terminal, and pages/s and MB/s at the end.")
        {
            inputs, output, parallel, shard, resume, timeout, favor, maxInput, maxElements,
        };
        output.Validators.Add(result =>
        {
            if (!BuildFeatures.Parquet && result.Tokens.Count > 0 && BuildFeatures.IsParquetPath(result.Tokens[^1].Value))
            {
                result.AddError($"--out '{result.Tokens[^1].Value}': {BuildFeatures.NoParquet}");
            }
        });
        inputs.Validators.Add(result =>
        {
            // Several inputs are allowed, so a mistyped option would otherwise be taken for one more input.
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    var near = Suggest.Closest(token.Value, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                    result.AddError(near is null ? $"unknown option '{token.Value}'" : $"unknown option '{token.Value}'; did you mean '{near}'?");
                    return;
                }
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = CommonOptions.Extractor(parse, favor, maxInput, maxElements, timeout);
            var outPath = parse.GetRequiredValue(output);
            return await RunAsync(parse.GetRequiredValue(inputs), outPath, parse.GetValue(parallel), parse.GetValue(shard), parse.GetValue(resume), extractor,
                parse.InvocationConfiguration.Output, stderr, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string outPath, int parallel, Shard shard, bool resume, ArticleExtractor extractor, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var inputs = BatchInputs.Discover(paths, out var missing, out var unreadableFolders);
        if (missing.Count > 0)
        {
            var why = BatchInputs.IsBadName(missing[0]) ? "its name is not valid UTF-8, which .NET cannot open" : "no such file or directory";
            await stderr.WriteLineAsync($"article-extract: cannot read '{missing[0]}': {why}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        if (unreadableFolders > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"article-extract: {unreadableFolders} folder(s) could not be listed (unreadable, or named in bytes that are not UTF-8) and were passed over")).ConfigureAwait(false);
        }

        if (paths.Length == 1 && File.Exists(paths[0]) && BatchInputs.KindOf(paths[0]) is InputKind.Html)
        {
            await stderr.WriteLineAsync($"article-extract: '{paths[0]}' is a file; batch reads folders and WARC archives (use 'article-extract extract {paths[0]}' for one page)").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        try
        {
            return await new BatchRunner(extractor, parallel, stdout, stderr).RunAsync(inputs, outPath, shard, resume, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot write '{outPath}': {ex.Message}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }
    }
}
