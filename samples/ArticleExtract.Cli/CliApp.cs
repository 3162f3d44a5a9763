using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleExtract.Cli;

/// <summary>The <c>article-extract</c> command line: parsing of arguments and the two commands.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Unreadable = 1;
    public const int BadUsage = 2;

    public const string Usage = """
        NAME
            article-extract - extract the article from news and blog pages

        SYNOPSIS
            article-extract extract <file|-|URL> [--url URL] [--format text|markdown|json|html] [--timeout SECONDS] [--favor F]
            article-extract batch <dir> --out <file.jsonl> [--parallel N] [--favor F]
            article-extract --help

        DESCRIPTION
            Finds the article in a page's HTML - title, authors, dates and the body in sections under their
            headings - and leaves out ads, cookie banners, comments, share bars, related lists and navigation.

        COMMANDS
            extract   Reads one page: a file, standard input for '-', or an http:// or https:// URL, which is
                      fetched (the charset of the response's Content-Type is honoured). Detects the encoding,
                      extracts the article and prints it on standard output.
            batch     Extracts every *.html, *.htm and *.html.gz file under <dir> and writes one JSON object per
                      line to --out: "file" (the path relative to <dir>, '/'-separated) and the article's fields,
                      or "file" and "error" when that page failed. Runs on all cores unless --parallel N says
                      otherwise; prints progress when stderr is a terminal and pages/s and MB/s at the end.

        OPTIONS
            --format FORMAT     extract: text (default), markdown (or md), json or html.
            --url URL           extract: the page's address, used to resolve relative links and images. Defaults
                                to the address fetched (after redirects) when the input is a URL.
            --timeout SECONDS   extract: how long fetching a URL may take, default 30.
            --out FILE          batch: the JSON Lines file to write.
            --parallel N        batch: how many pages to extract at once, default the number of cores.
            --favor F           balanced (default), precision (drop borderline blocks: less noise, sometimes a
                                missed paragraph) or recall (keep them: every paragraph, sometimes noise).
            -h, --help          prints this text.
            Options may also be written --name=value.

        EXAMPLES
            article-extract extract page.html
            article-extract extract https://example.com/news/story --format markdown
            curl -s https://example.com/story | article-extract extract - --url https://example.com/story --format json
            article-extract batch ./pages --out articles.jsonl --parallel 2

        EXIT STATUS
            0  success
            1  the input could not be read or fetched (missing file, HTTP error, timeout, over a limit)
            2  bad usage
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync(Usage).ConfigureAwait(false);
            return BadUsage;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return Ok;
        }

        try
        {
            return args[0] switch
            {
                "extract" => await ExtractAsync(args[1..], stdout, stderr).ConfigureAwait(false),
                "batch" => await BatchAsync(args[1..], stdout, stderr).ConfigureAwait(false),
                _ => await UsageErrorAsync(stderr, $"unknown command '{args[0]}'").ConfigureAwait(false),
            };
        }
        catch (UsageException ex)
        {
            return await UsageErrorAsync(stderr, ex.Message).ConfigureAwait(false);
        }
    }

    private static async Task<int> UsageErrorAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"article-extract: {message}").ConfigureAwait(false);
        await stderr.WriteLineAsync().ConfigureAwait(false);
        await stderr.WriteLineAsync(Usage).ConfigureAwait(false);
        return BadUsage;
    }

    private static async Task<int> ExtractAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, valueOptions: ["--url", "--format", "--timeout", "--favor"], positional: 1);
        var extractor = Extractor(options);
        var input = options.Positional[0];
        var format = options.Get("--format") ?? "text";
        if (format is not ("text" or "markdown" or "md" or "json" or "html"))
        {
            throw new UsageException($"unknown format '{format}' (text, markdown, json or html)");
        }

        Uri? url = null;
        if (options.Get("--url") is { } u && !Uri.TryCreate(u, UriKind.Absolute, out url))
        {
            throw new UsageException($"--url '{u}' is not an absolute URL");
        }

        var timeout = PageFetcher.ParseTimeout(options.Get("--timeout"));

        byte[] bytes;
        string? contentType = null;
        try
        {
            if (PageFetcher.TryGetWebAddress(input, out var address))
            {
                var page = await PageFetcher.FetchAsync(address, timeout, ArticleExtractor.Default.Options.MaxInputLength).ConfigureAwait(false);
                (bytes, contentType) = (page.Bytes, page.ContentType);
                url ??= page.Url;
            }
            else
            {
                bytes = input == "-" ? await ReadStdinAsync().ConfigureAwait(false) : await ReadPageAsync(input).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or HttpRequestException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot read '{input}': {ex.Message}").ConfigureAwait(false);
            return Unreadable;
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            await stderr.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"article-extract: timed out after {timeout.TotalSeconds:0.###} s fetching '{input}' (see --timeout)")).ConfigureAwait(false);
            return Unreadable;
        }

        Article article;
        try
        {
            article = extractor.Extract(bytes, url, contentType);
        }
        catch (ExtractionLimitException ex)
        {
            await stderr.WriteLineAsync($"article-extract: {ex.Message}").ConfigureAwait(false);
            return Unreadable;
        }

        var output = format switch
        {
            "json" => article.ToJson(indented: true),
            "markdown" or "md" => article.ToMarkdown(),
            "html" => article.ToHtml(),
            _ => article.ToText(),
        };
        await stdout.WriteAsync(output).ConfigureAwait(false);
        if (!output.EndsWith('\n'))
        {
            await stdout.WriteLineAsync().ConfigureAwait(false);
        }

        await stdout.FlushAsync().ConfigureAwait(false);
        return Ok;
    }

    private static async Task<int> BatchAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, valueOptions: ["--out", "--parallel", "--favor"], positional: 1);
        var extractor = Extractor(options);
        var dir = options.Positional[0];
        var outPath = options.Get("--out") ?? throw new UsageException("batch needs --out <file.jsonl>");
        var parallel = Environment.ProcessorCount;
        if (options.Get("--parallel") is { } p && (!int.TryParse(p, out parallel) || parallel < 1))
        {
            throw new UsageException($"--parallel '{p}' is not a positive whole number");
        }

        if (!Directory.Exists(dir))
        {
            await stderr.WriteLineAsync($"article-extract: cannot read directory '{dir}'").ConfigureAwait(false);
            return Unreadable;
        }

        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var lines = new string[files.Length];
        long bytesTotal = 0;
        var done = 0;
        var failed = 0;
        var showProgress = !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var relative = Path.GetRelativePath(dir, files[i]).Replace('\\', '/');
            var file = JsonSerializer.Serialize(relative);
            try
            {
                var bytes = await ReadPageAsync(files[i]).ConfigureAwait(false);
                Interlocked.Add(ref bytesTotal, bytes.Length);
                var article = extractor.Extract(bytes, cancellationToken: ct);

                // The article's JSON object with "file" spliced in first: no second parse of every article.
                lines[i] = "{\"file\":" + file + "," + article.ToJson()[1..];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
                lines[i] = "{\"file\":" + file + ",\"error\":" + JsonSerializer.Serialize(ex.Message) + "}";
            }

            var n = Interlocked.Increment(ref done);
            if (showProgress && (n % 10 == 0 || n == files.Length))
            {
                await stderr.WriteAsync($"\r{n}/{files.Length} pages").ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        clock.Stop();

        try
        {
            await File.WriteAllLinesAsync(outPath, lines, new UTF8Encoding(false)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"article-extract: cannot write '{outPath}': {ex.Message}").ConfigureAwait(false);
            return Unreadable;
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        if (showProgress)
        {
            await stderr.WriteLineAsync().ConfigureAwait(false);
        }

        await stderr.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{files.Length} pages ({failed} failed) in {seconds:0.00} s with {parallel} worker(s): {files.Length / seconds:0.0} pages/s, {bytesTotal / 1048576.0 / seconds:0.00} MB/s")).ConfigureAwait(false);
        _ = stdout;
        return Ok;
    }

    private static ArticleExtractor Extractor(Options options) => options.Get("--favor") switch
    {
        null or "balanced" => ArticleExtractor.Default,
        "precision" => new ArticleExtractor(new ArticleExtractorOptions { Favor = ExtractionFavor.Precision }),
        "recall" => new ArticleExtractor(new ArticleExtractorOptions { Favor = ExtractionFavor.Recall }),
        var other => throw new UsageException($"unknown --favor '{other}' (balanced, precision or recall)"),
    };

    private static async Task<byte[]> ReadPageAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return bytes;
        }

        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        await gz.CopyToAsync(output).ConfigureAwait(false);
        return output.ToArray();
    }

    private static async Task<byte[]> ReadStdinAsync()
    {
        using var stdin = Console.OpenStandardInput();
        using var output = new MemoryStream();
        await stdin.CopyToAsync(output).ConfigureAwait(false);
        return output.ToArray();
    }
}

/// <summary>A usage mistake: reported with the usage text and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A tiny argument parser: positional arguments and <c>--name value</c> options.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public static Options Parse(string[] args, string[] valueOptions, int positional)
    {
        var result = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                var name = eq > 0 ? a[..eq] : a;
                if (!valueOptions.Contains(name))
                {
                    throw new UsageException($"unknown option '{name}'");
                }

                var value = eq > 0 ? a[(eq + 1)..] : (i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value"));
                result._values[name] = value;
            }
            else
            {
                result.Positional.Add(a);
            }
        }

        if (result.Positional.Count != positional)
        {
            throw new UsageException(result.Positional.Count < positional ? "missing argument" : $"unexpected argument '{result.Positional[^1]}'");
        }

        return result;
    }
}
