using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArticleExtract.Cli;

/// <summary><c>batch</c>: every page under a folder to JSON Lines, in file order, streamed as pages finish.</summary>
internal static class BatchCommand
{
    public static Command Build(TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "The folder: every *.html, *.htm and *.html.gz file under it, subfolders included.", HelpName = "dir" };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The JSON Lines file to write, or '-' for standard output. One line per page: \"file\" (the path relative to dir, "
                + "'/'-separated) and the article's fields (as --format json), or \"file\" and \"error\" when that page failed.",
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
        var timeout = CommonOptions.Timeout("extracting each page");
        var favor = CommonOptions.Favor();
        var maxInput = CommonOptions.MaxInputMegabytes();
        var maxElements = CommonOptions.MaxElements();
        var command = new Command("batch", "Extracts every page under a folder on all cores and writes one JSON object per line, in file order. "
            + "Prints progress on standard error when it is a terminal, and pages/s and MB/s at the end.")
        {
            dir, output, parallel, timeout, favor, maxInput, maxElements,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = CommonOptions.Extractor(parse, favor, maxInput, maxElements, timeout);
            var outPath = parse.GetRequiredValue(output);
            return await RunAsync(parse.GetRequiredValue(dir), outPath, parse.GetValue(parallel), extractor, parse.InvocationConfiguration.Output, stderr, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string dir, string outPath, int parallel, ArticleExtractor extractor, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(dir))
        {
            await stderr.WriteLineAsync(File.Exists(dir) ? $"article-extract: '{dir}' is a file; batch reads a folder (use 'article-extract extract {dir}' for one page)" : $"article-extract: cannot read directory '{dir}'").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

        TextWriter writer;
        try
        {
            writer = outPath == "-" ? stdout : new StreamWriter(outPath, append: false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot write '{outPath}': {ex.Message}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        var progress = new Progress(files.Length, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, stderr);
        var sink = new OrderedLines(writer, files.Length);
        var clock = Stopwatch.StartNew();
        try
        {
            await Parallel.ForAsync(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, (i, ct) =>
            {
                var (line, bytes, outcome) = ExtractOne(dir, files[i], extractor, ct);
                sink.Add(i, line);
                progress.Done(bytes, outcome);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
            sink.Finish();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot write '{outPath}': {ex.Message}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }
        finally
        {
            if (outPath != "-")
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }

        clock.Stop();
        await progress.SummaryAsync(clock.Elapsed, parallel).ConfigureAwait(false);
        return progress.Failed > 0 ? CliApp.SomePagesFailed : CliApp.Ok;
    }

    private static (string Line, long Bytes, ExtractionOutcome? Outcome) ExtractOne(string dir, string path, ArticleExtractor extractor, CancellationToken ct)
    {
        var relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
        var file = JsonSerializer.Serialize(relative, CliJsonContext.Default.String);
        try
        {
            var bytes = PageReader.ReadFileAsync(path, extractor.Options.MaxInputLength).GetAwaiter().GetResult();
            var article = extractor.Extract(bytes, cancellationToken: ct);

            // The article's JSON object with "file" spliced in first: no second parse of every article.
            return ("{\"file\":" + file + "," + article.ToJson()[1..], bytes.Length, article.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return ("{\"file\":" + file + ",\"error\":" + JsonSerializer.Serialize(ex.Message, CliJsonContext.Default.String) + "}", 0, null);
        }
    }

    /// <summary>Writes lines in file order as soon as every earlier line is done, so output streams and memory stays small.</summary>
    private sealed class OrderedLines(TextWriter writer, int count)
    {
        private readonly string?[] _pending = new string?[count];
        private int _next;

        public void Add(int index, string line)
        {
            lock (_pending)
            {
                _pending[index] = line;
                while (_next < _pending.Length && _pending[_next] is { } ready)
                {
                    writer.Write(ready);
                    writer.Write('\n');
                    _pending[_next++] = null;
                }

                // Standard output is read by a pipe (jq, a script): hand it each line as it is written.
                if (ReferenceEquals(writer, Console.Out))
                {
                    writer.Flush();
                }
            }
        }

        public void Finish()
        {
            lock (_pending)
            {
                writer.Flush();
            }
        }
    }

    /// <summary>Counts, the progress line on a terminal, and the summary.</summary>
    private sealed class Progress(int total, bool show, TextWriter stderr)
    {
        private long _bytes;
        private int _done;
        private int _failed;
        private int _notHtml;
        private int _noArticle;

        public int Failed => Volatile.Read(ref _failed);

        public void Done(long bytes, ExtractionOutcome? outcome)
        {
            Interlocked.Add(ref _bytes, bytes);
            switch (outcome)
            {
                case null: Interlocked.Increment(ref _failed); break;
                case ExtractionOutcome.NotHtml: Interlocked.Increment(ref _notHtml); break;
                case ExtractionOutcome.NoArticle: Interlocked.Increment(ref _noArticle); break;
            }

            var n = Interlocked.Increment(ref _done);
            if (show && (n % 10 == 0 || n == total))
            {
                lock (stderr)
                {
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{n}/{total} pages, {Failed} failed"));
                }
            }
        }

        public async Task SummaryAsync(TimeSpan elapsed, int parallel)
        {
            var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
            if (show && total > 0)
            {
                await stderr.WriteLineAsync().ConfigureAwait(false);
            }

            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{total} pages ({_failed} failed, {_notHtml} not HTML, {_noArticle} without an article) in {seconds:0.00} s with {parallel} worker(s): {total / seconds:0.0} pages/s, {Interlocked.Read(ref _bytes) / 1048576.0 / seconds:0.00} MB/s")).ConfigureAwait(false);
        }
    }
}

/// <summary>Source-generated JSON for the few strings the CLI writes itself (no reflection, ready for Native AOT).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
