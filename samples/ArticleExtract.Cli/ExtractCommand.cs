using System.CommandLine;
using System.Globalization;

namespace ArticleExtract.Cli;

/// <summary><c>extract</c>: one page (a file, standard input or an http(s) URL) to text, Markdown, JSON or HTML.</summary>
internal static class ExtractCommand
{
    private enum OutputFormat
    {
        Text,
        Markdown,
        Json,
        Html,
    }

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input")
        {
            Description = "The page: a file, '-' for standard input, or an http:// or https:// URL, which is fetched (the charset of the response's Content-Type is honoured; gzip is unpacked).",
            HelpName = "file|-|URL",
        };
        var format = CommonOptions.Choice("--format",
            "text (default: the title, a line with authors, date and site, the URL, then the body), markdown or md (with YAML front matter), json or html.",
            ("text", OutputFormat.Text), ("markdown", OutputFormat.Markdown), ("md", OutputFormat.Markdown), ("json", OutputFormat.Json), ("html", OutputFormat.Html));
        format.Aliases.Add("-f");
        var url = new Option<Uri?>("--url")
        {
            Description = "The page's address, used to resolve relative links and images. Defaults to the address fetched (after redirects) when the input is a URL.",
            HelpName = "URL",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (Uri.TryCreate(token, UriKind.Absolute, out var uri))
                {
                    return uri;
                }

                result.AddError($"--url '{token}' is not an absolute URL");
                return null;
            },
        };
        var noMetadata = new Option<bool>("--no-metadata")
        {
            Description = "Leave out the YAML front matter (markdown) and the header under the title (text).",
        };
        var timeout = CommonOptions.Timeout("fetching a URL, and again for extracting the page");
        var favor = CommonOptions.Favor();
        var maxInput = CommonOptions.MaxInputMegabytes();
        var maxElements = CommonOptions.MaxElements();

        var command = new Command("extract", "Reads one page, detects its encoding, extracts the article and prints it on standard output.")
        {
            input, format, url, noMetadata, timeout, favor, maxInput, maxElements,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = CommonOptions.Extractor(parse, favor, maxInput, maxElements, timeout);
            var run = new Run(parse.GetRequiredValue(input), parse.GetValue(format) ?? OutputFormat.Text, parse.GetValue(url), !parse.GetValue(noMetadata),
                parse.GetValue(timeout) ?? PageFetcher.DefaultTimeout, extractor);
            return await RunAsync(run, stdout, stderr, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private sealed record Run(string Input, OutputFormat Format, Uri? Url, bool Metadata, TimeSpan Timeout, ArticleExtractor Extractor);

    private static async Task<int> RunAsync(Run run, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (input, url) = (run.Input, run.Url);
        if (input != "-" && Directory.Exists(input))
        {
            await stderr.WriteLineAsync($"article-extract: '{input}' is a directory; extract reads one page (use 'article-extract batch {input} --out FILE' for a folder)").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        byte[] bytes;
        string? contentType = null;
        var maxBytes = run.Extractor.Options.MaxInputLength;
        try
        {
            if (PageFetcher.TryGetWebAddress(input, out var address))
            {
                var page = await PageFetcher.FetchAsync(address, run.Timeout, maxBytes, cancellationToken).ConfigureAwait(false);
                (bytes, contentType) = (page.Bytes, page.ContentType);
                url ??= page.Url;
            }
            else
            {
                bytes = input == "-" || IsStream(input)
                    ? await ReadCancellable(input, maxBytes, cancellationToken).ConfigureAwait(false)
                    : PageReader.ReadFile(input, maxBytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or HttpRequestException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot read '{input}': {ex.Message}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"article-extract: timed out after {run.Timeout.TotalSeconds:0.###} s fetching '{input}' (see --timeout)")).ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        if (PageReader.IsWarc(bytes))
        {
            // As a page, an archive's WARC and HTTP headers came out as the article's first paragraph, and the pages of
            // all its records as one article.
            // batch takes a file named as a page at its word: such a one has to be renamed first.
            var how = Batch.BatchInputs.KindOf(input) is Batch.InputKind.Html
                ? "batch extracts an archive's pages from a file named *.warc or *.warc.gz"
                : $"'article-extract batch {(input == "-" ? "/dev/stdin" : input)} --out -' extracts its pages";
            await stderr.WriteLineAsync($"article-extract: '{input}' is a WARC archive, not a page; {how}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        Article article;
        try
        {
            article = run.Extractor.Extract(bytes, url, contentType, cancellationToken);
        }
        catch (ExtractionLimitException ex)
        {
            await stderr.WriteLineAsync($"article-extract: '{input}': {CommonOptions.LimitMessage(ex)}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        if (article.Outcome == ExtractionOutcome.NotHtml)
        {
            await stderr.WriteLineAsync($"article-extract: '{input}' is not an HTML page: {PageReader.Describe(bytes)}").ConfigureAwait(false);
            return CliApp.Unreadable;
        }

        var output = run.Format switch
        {
            OutputFormat.Json => article.ToJson(indented: true),
            OutputFormat.Markdown => article.ToMarkdown(frontMatter: run.Metadata),
            OutputFormat.Html => article.ToHtml(),
            _ => article.ToText(header: run.Metadata),
        };
        await stdout.WriteAsync(output).ConfigureAwait(false);
        if (!output.EndsWith('\n'))
        {
            await stdout.WriteLineAsync().ConfigureAwait(false);
        }

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        return CliApp.Ok;
    }

    /// <summary>
    /// Whether <paramref name="path"/> may be a pipe (extract &lt;(curl …), a FIFO): it has no length, and a read of it can
    /// wait for a writer that never sends. A regular file with bytes is read where it stands.
    /// </summary>
    private static bool IsStream(string path)
    {
        try
        {
            return new FileInfo(path) is { Exists: true, Length: 0 };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads standard input or a pipe on a thread of its own, so that Ctrl+C ends the wait: a read the operating system
    /// holds sees no token, and the command used to wait with it until System.CommandLine's 2 s timeout ended the
    /// process without the "cancelled" line. The read left behind ends with the process.
    /// </summary>
    private static Task<byte[]> ReadCancellable(string input, int maxBytes, CancellationToken cancellationToken) =>
        Task.Run(() => input == "-" ? PageReader.ReadStdin(maxBytes) : PageReader.ReadFile(input, maxBytes), CancellationToken.None)
            .WaitAsync(cancellationToken);
}
