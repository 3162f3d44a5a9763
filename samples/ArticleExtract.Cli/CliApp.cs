using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ArticleExtract.Cli;

/// <summary>
/// The <c>article-extract</c> command line on System.CommandLine: help per command, <c>--version</c>, typo
/// suggestions, and a usage error that is one line plus a pointer to <c>--help</c>. Options are declared by hand
/// (no reflection binding), which keeps start-up cheap and the tool ready for Native AOT.
/// </summary>
internal static class CliApp
{
    /// <summary>Exit status 0: success.</summary>
    public const int Ok = 0;

    /// <summary>Exit status 1: the input could not be read, fetched or extracted (missing file, a directory given to
    /// extract, HTTP error, timeout, over a limit, not an HTML page), or batch could not read its folder or write its output.</summary>
    public const int Unreadable = 1;

    /// <summary>Exit status 2: bad usage.</summary>
    public const int BadUsage = 2;

    /// <summary>Exit status 3: batch ran to the end, but at least one page failed (its line has an "error").</summary>
    public const int SomePagesFailed = 3;

    /// <summary>Exit status 130: cancelled (Ctrl+C, SIGINT or SIGTERM) before the command finished; the shell's
    /// number for a run stopped by Ctrl+C. extract prints nothing on standard output; batch leaves no partial output file.</summary>
    public const int Cancelled = 130;

    private const string Examples = """
        Examples:
          article-extract extract page.html
          article-extract extract https://example.com/news/story --format markdown
          curl -s https://example.com/story | article-extract extract - --url https://example.com/story --format json
          article-extract batch ./pages --out articles.jsonl --parallel 2
          article-extract batch ./pages --out - | jq .title
          article-extract batch ./crawl --out out/part-{shard}.parquet --shard 3/16 --resume
          article-extract batch CC-MAIN-example.warc.gz --out articles.jsonl.gz

        Exit status:
          0  success
          1  the input could not be read, fetched or extracted (missing file, a directory given to extract, HTTP
             error, timeout, over a limit, not an HTML page); batch: the folder or the output could not be used
          2  bad usage
          3  batch: finished and the output written, but at least one page failed (its record has "error") or a
             bad WARC record was skipped (named on standard error)
          130  cancelled (Ctrl+C, SIGINT, SIGTERM) before finishing; batch leaves no partial output file
        """;

    /// <summary>Runs the command line and returns the exit status.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input (read by the commands through the console; kept for symmetry).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cancellationToken">Cancels the run as Ctrl+C or SIGTERM does (both also cancel it on their own).</param>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        _ = stdin;
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction || (parse.Errors.Count > 0 && parse.Action is not (HelpAction or HelpWithExamples or SynchronousCommandLineAction { Terminating: true })))
        {
            return await UsageErrorAsync(parse, stderr).ConfigureAwait(false);
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A signal (or the caller's token) stopped the work; the commands let cancellation through rather than
            // turning it into a per-page error, so it arrives here once. A stack trace would read as a crash.
            await stderr.WriteLineAsync("article-extract: cancelled").ConfigureAwait(false);
            return Cancelled;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("article-extract: finds the article in a news or blog page - title, authors, dates and the body in sections under "
            + "their headings - and leaves out ads, cookie banners, comments, share bars, related lists and navigation.");
        root.Add(ExtractCommand.Build(stdout, stderr));
        root.Add(BatchCommand.Build(stderr));
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                // Examples and exit codes after every command's help.
                helpOption.Action = new HelpWithExamples(help);
            }
        }

        return root;
    }

    /// <summary>System.CommandLine's help, then the examples and the exit codes.</summary>
    private sealed class HelpWithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(Examples);
            return code;
        }
    }

    private static async Task<int> UsageErrorAsync(ParseResult parse, TextWriter stderr)
    {
        var command = parse.CommandResult.Command;
        var message = parse.UnmatchedTokens.Count > 0 ? Unmatched(command, parse.UnmatchedTokens[0]) : parse.Errors[0].Message;
        var path = command is RootCommand ? "article-extract" : "article-extract " + command.Name;
        await stderr.WriteLineAsync($"article-extract: {FirstLine(message)}").ConfigureAwait(false);
        await stderr.WriteLineAsync($"See '{path} --help'.").ConfigureAwait(false);
        return BadUsage;
    }

    private static string Unmatched(Command command, string token)
    {
        var names = new List<string>();
        foreach (var sub in command.Subcommands)
        {
            names.Add(sub.Name);
        }

        foreach (var option in command.Options)
        {
            names.Add(option.Name);
            names.AddRange(option.Aliases);
        }

        var what = token.StartsWith('-') ? $"unknown option '{token}'" : command is RootCommand ? $"unknown command '{token}'" : $"unexpected argument '{token}'";
        return Suggest.Closest(token, names) is { } near ? $"{what}; did you mean '{near}'?" : what;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

/// <summary>Options both commands share, and their checks; every check fails with one line that names the option.</summary>
internal static class CommonOptions
{
    public const int MaxInputMegabytesLimit = 2047;

    /// <summary>
    /// A limit's message for a user of the command line: it names the option that sets the limit, not the library's
    /// property. An oversized page is read only to one byte past the limit, so its size is not known and not stated.
    /// </summary>
    public static string LimitMessage(ExtractionLimitException limit) => limit.Limit switch
    {
        ExtractionLimit.InputLength => string.Create(CultureInfo.InvariantCulture,
            $"the page is over the input limit of {limit.LimitValue / (1024.0 * 1024):0.##} MiB (see --max-input-mb)"),
        ExtractionLimit.Elements => $"{limit.Message} (see --max-elements)",
        ExtractionLimit.TimeBudget => $"{limit.Message} (see --timeout)",
        _ => limit.Message,
    };

    public static Option<ExtractionFavor?> Favor() => Choice("--favor",
        "balanced (default), precision (drop borderline blocks: less noise, sometimes a missed paragraph) or recall (keep them: every paragraph, sometimes noise).",
        ("balanced", ExtractionFavor.Balanced), ("precision", ExtractionFavor.Precision), ("recall", ExtractionFavor.Recall));

    public static Option<int?> MaxInputMegabytes() => new("--max-input-mb")
    {
        Description = $"The largest page accepted, in MiB (after decompression), 1 to {MaxInputMegabytesLimit}; default 16.",
        HelpName = "MB",
        CustomParser = r => ParseInt(r, 1, MaxInputMegabytesLimit),
    };

    public static Option<int?> MaxElements() => new("--max-elements")
    {
        Description = "The most elements a page may have after parsing; default 500000.",
        HelpName = "N",
        CustomParser = r => ParseInt(r, 1, int.MaxValue),
    };

    public static Option<TimeSpan?> Timeout(string what) => new("--timeout")
    {
        Description = $"Seconds allowed for {what}; default 30.",
        HelpName = "SECONDS",
        CustomParser = ParseSeconds,
    };

    /// <summary>
    /// An option whose values are words, matched without regard to case, with a suggestion for a typo. Null when
    /// not given: the description names the default, so help does not print the enum member's name as well.
    /// </summary>
    public static Option<T?> Choice<T>(string name, string description, params (string Word, T Value)[] choices)
        where T : struct
    {
        var words = new List<string>(choices.Length);
        foreach (var (word, _) in choices)
        {
            words.Add(word);
        }

        return new Option<T?>(name)
        {
            Description = description,
            HelpName = string.Join('|', words.Distinct()),
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                foreach (var (word, value) in choices)
                {
                    if (string.Equals(word, token, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                var near = Suggest.Closest(token, words);
                result.AddError($"unknown {name} '{token}' ({string.Join(", ", words.Distinct())}){(near is null ? "" : $"; did you mean '{near}'?")}");
                return null;
            },
        };
    }

    public static ArticleExtractor Extractor(ParseResult parse, Option<ExtractionFavor?> favor, Option<int?> maxInput, Option<int?> maxElements, Option<TimeSpan?> timeout)
    {
        var options = new ArticleExtractorOptions { Favor = parse.GetValue(favor) ?? ExtractionFavor.Balanced };
        if (parse.GetValue(maxInput) is { } mb)
        {
            options = options with { MaxInputLength = mb * 1024 * 1024 };
        }

        if (parse.GetValue(maxElements) is { } elements)
        {
            options = options with { MaxElements = elements };
        }

        if (parse.GetValue(timeout) is { } budget)
        {
            options = options with { TimeBudget = budget };
        }

        return options == ArticleExtractorOptions.Default ? ArticleExtractor.Default : new ArticleExtractor(options);
    }

    private static int? ParseInt(ArgumentResult result, int min, int max)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{OptionName(result)} '{token}' is not a whole number from {min} to {max}");
        return null;
    }

    private static TimeSpan? ParseSeconds(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        try
        {
            return PageFetcher.ParseTimeout(token);
        }
        catch (UsageException ex)
        {
            result.AddError(ex.Message);
            return null;
        }
    }

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult o ? o.Option.Name : "value";
}

/// <summary>A usage mistake found after parsing (in a value's own check): reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>"Did you mean" for a mistyped command, option or value: the closest name within two edits.</summary>
internal static class Suggest
{
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        var word = typed.TrimStart('-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var d = Distance(word.ToLowerInvariant(), name.TrimStart('-').ToLowerInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        return bestDistance <= Math.Max(1, Math.Min(2, word.Length / 3)) && bestDistance > 0 ? best : null;
    }

    // Optimal string alignment distance: a swap of two neighbouring letters ("extarct") counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
