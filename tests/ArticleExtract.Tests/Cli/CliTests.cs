using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

/// <summary>The sample CLI's contract: commands, JSON fields, exit codes.</summary>
public sealed partial class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Extract_json_gives_the_seed_article_with_camel_case_fields()
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format", "json", "--url", "https://worldnewsfast.example/p/");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security", root.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("authors").ValueKind);
        Assert.Equal("2023-07-24T09:15:00+00:00", root.GetProperty("published").GetString());
        foreach (var field in new[] { "modified", "siteName", "language", "excerpt", "url", "leadImage", "body" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var headings = root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).Where(h => h is not null).ToList();
        Assert.Equal(6, headings.Count);
        var block = root.GetProperty("sections")[1].GetProperty("blocks")[0];
        Assert.Equal("paragraph", block.GetProperty("type").GetString());
        Assert.StartsWith("Russian President Vladimir Putin", block.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", root.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "Concerns and Accusations\n\nThe presence")]
    [InlineData("markdown", "## Concerns and Accusations")]
    [InlineData("html", "<h2>Concerns and Accusations</h2>")]
    public async Task Extract_prints_each_format(string format, string expected)
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format", format);
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("extract", "a.html", "--format", "pdf")]
    [InlineData("extract", "a.html", "--bogus", "1")]
    [InlineData("extract", "a.html", "b.html")]
    [InlineData("batch", "dir")]
    [InlineData("batch", "dir", "--out", "x.jsonl", "--parallel", "zero")]
    [InlineData("extract", "a.html", "--favor", "everything")]
    [InlineData("extract", "a.html", "--max-input-mb", "0")]
    [InlineData("extract", "a.html", "--max-elements", "many")]
    [InlineData("extract", "a.html", "--url", "not/absolute")]
    public async Task Bad_usage_exits_2_with_one_line_and_a_pointer_to_help(params string[] args)
    {
        var (code, output, err) = await Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = err.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("article-extract: ", lines[0], StringComparison.Ordinal);
        Assert.Matches("^See 'article-extract( extract| batch)? --help'\\.$", lines[1]);
    }

    [Theory]
    [InlineData("extarct", "did you mean 'extract'?")]
    [InlineData("extract a.html --fromat json", "did you mean '--format'?")]
    [InlineData("extract a.html --format mardown", "did you mean 'markdown'?")]
    [InlineData("batch d --out o --favour recall", "did you mean '--favor'?")]
    public async Task A_typo_gets_a_suggestion(string args, string suggestion)
    {
        var (code, _, err) = await Run(args.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(suggestion, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JSON", "\"title\": \"Russian President")]
    [InlineData("Markdown", "## Concerns and Accusations")]
    [InlineData("MD", "## Concerns and Accusations")]
    [InlineData("Html", "<h2>Concerns and Accusations</h2>")]
    public async Task Option_values_ignore_case(string format, string expected)
    {
        var (code, output, err) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format", format, "--favor", "RECALL");
        Assert.True(code == 0, err);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_starts_with_front_matter_and_text_with_a_header_unless_no_metadata()
    {
        var page = Fixture.Path("seed-news-page.html");
        var (_, markdown, _) = await Run("extract", page, "--format", "markdown");
        Assert.StartsWith("---\ntitle: \"Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security\"\nauthors:\n  - \"Daniel Hart\"\npublished: 2023-07-24T09:15:00+00:00\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n---\n\n# Russian President Putin", markdown, StringComparison.Ordinal);

        var (_, text, _) = await Run("extract", page);
        Assert.StartsWith("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security\nBy Daniel Hart · 2023-07-24 · World News Fast\nhttps://", text, StringComparison.Ordinal);

        var (_, bare, _) = await Run("extract", page, "--format", "md", "--no-metadata");
        Assert.StartsWith("# Russian President Putin", bare, StringComparison.Ordinal);
        var (_, plain, _) = await Run("extract", page, "--no-metadata");
        Assert.StartsWith("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security\n\nRussian President Vladimir Putin", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_may_be_written_name_equals_value_as_before()
    {
        var (code, output, err) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format=json", "--favor=precision", "--url=https://worldnewsfast.example/p/");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("wordCount").GetInt32() > 100);
        Assert.True(json.RootElement.GetProperty("readingTimeMinutes").GetInt32() >= 1);
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var (code, output, _) = await Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task A_directory_given_to_extract_is_named_as_one()
    {
        var dir = Directory.CreateTempSubdirectory("ae-dir-");
        try
        {
            var (code, output, err) = await Run("extract", dir.FullName);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains("is a directory", err, StringComparison.Ordinal);
            Assert.Contains("batch", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete();
        }
    }

    [Fact]
    public async Task The_limits_can_be_set_from_the_command_line()
    {
        var page = Fixture.Path("seed-news-page.html");
        var (code, _, err) = await Run("extract", page, "--max-elements", "20");
        Assert.Equal(1, code);
        Assert.Contains("20", err, StringComparison.Ordinal);
        Assert.Contains("(see --max-elements)", err, StringComparison.Ordinal);

        var big = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(big, TestPages.Article(string.Concat(Enumerable.Repeat("<p>" + TestPages.P2 + "</p>", 8000))));
            var (over, _, overErr) = await Run("extract", big, "--max-input-mb", "1");
            Assert.Equal(1, over);
            Assert.Contains("the page is over the input limit of 1 MiB (see --max-input-mb)", overErr, StringComparison.Ordinal);
            var (ok, output, _) = await Run("extract", big, "--max-input-mb", "2", "--timeout", "60");
            Assert.Equal(0, ok);
            Assert.Contains(TestPages.P3, output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(big);
        }
    }

    [Theory]
    [InlineData("precision")]
    [InlineData("balanced")]
    [InlineData("recall")]
    public async Task Extract_accepts_each_favor(string favor)
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--favor", favor);
        Assert.Equal(0, code);
        Assert.Contains("Concerns and Accusations", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_exits_1_with_a_message_and_no_stack_trace()
    {
        var (code, _, err) = await Run("extract", "/no/such/file.html");
        Assert.Equal(1, code);
        Assert.Contains("cannot read", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_writes_one_line_per_page_in_file_order_and_exits_3_when_a_page_failed()
    {
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        try
        {
            File.Copy(Fixture.Path("seed-news-page.html"), Path.Combine(dir.FullName, "seed.html"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "sub", "tiny.htm"), TestPages.Article());
            // Over the 1 MiB limit given below: that page fails, the others do not.
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "big.html"), TestPages.Article(string.Concat(Enumerable.Repeat("<p>" + TestPages.P2 + "</p>", 8000))));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "notes.txt"), "not a page");
            var outFile = Path.Combine(dir.FullName, "out.jsonl");

            var (code, _, err) = await Run("batch", dir.FullName, "--out", outFile, "--parallel", "2", "--max-input-mb", "1");
            Assert.Equal(3, code);
            Assert.Contains("pages/s", err, StringComparison.Ordinal);
            Assert.Contains("(1 failed", err, StringComparison.Ordinal);
            var lines = (await File.ReadAllLinesAsync(outFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["big.html", "seed.html", "sub/tiny.htm"], lines.Select(l => l.GetProperty("file").GetString()));
            // The option that sets the limit, not the library's property, and no size: the page was read only to the limit.
            Assert.Equal("the page is over the input limit of 1 MiB (see --max-input-mb)", lines[0].GetProperty("error").GetString());
            Assert.Equal("extracted", lines[1].GetProperty("outcome").GetString());
            Assert.Equal(TestPages.P1, lines[2].GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("text").GetString());

            var (ok, _, _) = await Run("batch", dir.FullName, "--out", outFile);
            Assert.Equal(0, ok);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Batch_lists_each_page_once_beside_a_link_looping_back_up_and_reports_the_odd_files_one_by_one()
    {
        // sub/loop points back at the folder: following it listed every page again at each depth (about forty
        // times here, until the path grew too long), and counted each copy in the summary.
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "a.html"), TestPages.Article());
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "empty.html"), []);
            File.CreateSymbolicLink(Path.Combine(dir.FullName, "gone.html"), Path.Combine(dir.FullName, "no-such-target"));
            File.CreateSymbolicLink(Path.Combine(dir.FullName, "link.html"), Path.Combine(dir.FullName, "a.html"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "sub", "loop"), dir.FullName);
            var outFile = Path.Combine(Path.GetTempPath(), "ae-batch-loop-" + Guid.NewGuid().ToString("N") + ".jsonl");
            try
            {
                var (code, _, err) = await Run("batch", dir.FullName, "--out", outFile);
                Assert.Equal(3, code);
                var lines = (await File.ReadAllLinesAsync(outFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.Equal(["a.html", "empty.html", "gone.html", "link.html"], lines.Select(l => l.GetProperty("file").GetString()));
                Assert.True(lines[2].TryGetProperty("error", out _));
                Assert.Equal(lines[0].GetProperty("title").GetString(), lines[3].GetProperty("title").GetString());
                Assert.Contains("4 pages (1 failed, 0 not HTML, 1 without an article)", err, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(outFile);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Batch_reads_named_pipes_in_its_folder_as_empty_without_waiting_for_a_writer()
    {
        // Opening a pipe for reading waits for a writer: a pipe named *.html (or *.warc) in an input folder held the
        // whole batch for ever.
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        var pipes = new[] { Path.Combine(dir.FullName, "pipe.html"), Path.Combine(dir.FullName, "pipe.warc") };
        var outFile = Path.Combine(Path.GetTempPath(), "ae-batch-pipe-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "a.html"), TestPages.Article());
            foreach (var pipe in pipes)
            {
                Skip.IfNot(MakePipe(pipe), "mkfifo is not available here");
            }

            var run = Run("batch", dir.FullName, "--out", outFile);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run;
            if (!finished)
            {
                // Give each waiting reader a writer that closes at once, so the run ends before the test does.
                foreach (var pipe in pipes)
                {
                    using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
                    {
                    }
                }
            }

            var (code, _, err) = await run;
            Assert.True(finished, "batch waited for a writer on a pipe");
            Assert.Equal(0, code);
            var lines = (await File.ReadAllLinesAsync(outFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a.html", "pipe.html"], lines.Select(l => l.GetProperty("file").GetString()));
            Assert.False(lines[1].TryGetProperty("error", out _));
            Assert.Contains("2 pages (0 failed, 0 not HTML, 1 without an article)", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outFile);
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Extract_reads_a_page_from_a_named_pipe()
    {
        // extract <(curl …) names a pipe, which has no length: asking for it threw NotSupportedException out of the
        // command, and the process ended on an unhandled exception (exit 134).
        var dir = Directory.CreateTempSubdirectory("ae-pipe-");
        try
        {
            var pipe = Path.Combine(dir.FullName, "page");
            Skip.IfNot(MakePipe(pipe), "mkfifo is not available here");
            var writer = Task.Run(() => File.WriteAllText(pipe, TestPages.Article()));
            var (code, output, err) = await Run("extract", pipe).WaitAsync(TimeSpan.FromSeconds(60));
            await writer.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("", err);
            Assert.Equal(0, code);
            Assert.Contains(TestPages.P1, output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static bool MakePipe(string path)
    {
        try
        {
            using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
            return mkfifo is not null && mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Fact]
    public async Task Batch_out_dash_streams_json_lines_to_standard_output()
    {
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        try
        {
            File.Copy(Fixture.Path("seed-news-page.html"), Path.Combine(dir.FullName, "a.html"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "b.html"), TestPages.Article());

            var (code, output, err) = await Run("batch", dir.FullName, "--out", "-");
            Assert.True(code == 0, err);
            Assert.False(File.Exists("-"));
            var lines = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a.html", "b.html"], lines.Select(l => l.GetProperty("file").GetString()));
            Assert.True(lines[0].GetProperty("wordCount").GetInt32() > 100);
            Assert.Contains("pages/s", err, StringComparison.Ordinal);
            Assert.Matches(@"garbage collection paused the workers \d+\.\d\d s \(\d+\.\d%; \d+ collections, \d+ reaching gen1, \d+ full\)", err);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Batch_lines_keep_letters_and_emoji_as_characters()
    {
        // The line wraps the article's JSON with fields of its own (the file name): those follow the same encoder.
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        try
        {
            var paragraph = "Жители посёлка собрали урожай 🍎 — 東京の市場でも話題になりました, and the fair ran late into the evening.";
            var page = "<html><head><title>Урожай</title></head><body><article><h1>Урожай 🍎</h1>"
                + string.Concat(Enumerable.Repeat("<p>" + paragraph + "</p>", 4)) + "</article></body></html>";
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "урожай.html"), page);

            var (code, output, err) = await Run("batch", dir.FullName, "--out", "-");
            Assert.True(code == 0, err);
            Assert.DoesNotContain("\\u04", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\\uD83C", output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("\"file\":\"урожай.html\"", output, StringComparison.Ordinal);
            var line = JsonDocument.Parse(output.TrimEnd('\n')).RootElement;
            Assert.StartsWith("Урожай", line.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Contains(paragraph, line.GetProperty("body").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Extract_names_what_it_found_when_the_input_is_not_a_page()
    {
        var elf = Path.GetTempFileName();
        try
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            "\u007fELF"u8.CopyTo(bytes);
            bytes[100] = 0;
            bytes[200] = 0;
            await File.WriteAllBytesAsync(elf, bytes);

            var (code, output, err) = await Run("extract", elf);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Equal($"article-extract: '{elf}' is not an HTML page: an ELF executable\n", err.Replace("\r", "", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(elf);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Extract_refuses_a_warc_archive_and_points_to_batch(bool gzip)
    {
        // Read as a page, an archive gave its WARC and HTTP headers as the article's first paragraph and its pages
        // run together as one article, exit code 0. The name does not matter: standard input has none.
        byte[][] records = [Warc.TestWarc.Response(1, "https://coast.example/a", TestPages.Article()), Warc.TestWarc.Response(2, "https://coast.example/b", TestPages.Article())];
        var bytes = gzip ? Warc.TestWarc.GzipPerRecord(records).File : records.SelectMany(r => r).ToArray();
        var path = Path.Combine(Path.GetTempPath(), "ae-warc-page-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var (code, output, err) = await Run("extract", path);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Equal($"article-extract: '{path}' is a WARC archive, not a page; batch extracts an archive's pages from a file named *.warc or *.warc.gz\n", err.Replace("\r", "", StringComparison.Ordinal));

            // Under a name batch does not take for a page, batch is told to read it as it is.
            var bin = Path.ChangeExtension(path, ".bin");
            File.Move(path, bin);
            path = bin;
            (code, _, err) = await Run("extract", path);
            Assert.Equal(1, code);
            Assert.Equal($"article-extract: '{path}' is a WARC archive, not a page; 'article-extract batch {path} --out -' extracts its pages\n", err.Replace("\r", "", StringComparison.Ordinal));
            var (batchCode, pages, _) = await Run("batch", path, "--out", "-");
            Assert.Equal(0, batchCode);
            Assert.Equal(2, pages.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Gzip_is_read_by_its_bytes_not_by_its_name()
    {
        var dir = Directory.CreateTempSubdirectory("ae-gz-");
        try
        {
            // A gzip page named .html, and a plain page named .html.gz: both are pages.
            await using (var gz = new System.IO.Compression.GZipStream(File.Create(Path.Combine(dir.FullName, "packed.html")), System.IO.Compression.CompressionLevel.Fastest))
            {
                await gz.WriteAsync(System.Text.Encoding.UTF8.GetBytes(TestPages.Article()));
            }

            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "plain.html.gz"), TestPages.Article());
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "zip.html"), [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 7]);

            var (code, output, err) = await Run("extract", Path.Combine(dir.FullName, "packed.html"));
            Assert.True(code == 0, err);
            Assert.Contains(TestPages.P2, output, StringComparison.Ordinal);

            var (batchCode, lines, batchErr) = await Run("batch", dir.FullName, "--out", "-");
            Assert.True(batchCode == 0, batchErr);
            var records = lines.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["packed.html", "plain.html.gz", "zip.html"], records.Select(r => r.GetProperty("file").GetString()));
            Assert.Equal(["extracted", "extracted", "notHtml"], records.Select(r => r.GetProperty("outcome").GetString()));
            Assert.Contains("1 not HTML", batchErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
