using System.Text.Json.Nodes;
using ArticleExtract.Cli.Batch;
using ArticleExtract.Tests.Warc;
using static ArticleExtract.Tests.Warc.TestWarc;

namespace ArticleExtract.Tests.Cli;

/// <summary>batch's inputs going wrong: each is reported against its input, and the batch goes on with the next.</summary>
public sealed class BatchInputErrorTests : IDisposable
{
    private static readonly string[] Pages = [ArchivePages.Ferry, ArchivePages.Library, ArchivePages.Orchard, ArchivePages.Cafe];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ae-input-");

    public void Dispose()
    {
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // .NET cannot delete a file it cannot name either.
            Shell("rm -rf -- \"$PWD\"");
        }
    }

    /// <summary>Each page as a response record after a request record, one gzip member per record.</summary>
    private static (byte[] File, long[] Offsets) Crawl(string host) =>
        GzipPerRecord([.. Pages.SelectMany((p, i) => new[]
        {
            Record("request", (10 * i) + 1, $"https://{host}/p{i}", "GET / HTTP/1.1\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Response((10 * i) + 2, $"https://{host}/p{i}", p),
        })]);

    private static List<JsonObject> ReadLines(string path) =>
        [.. File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!.AsObject())];

    [Fact]
    public async Task An_archive_that_fails_to_read_partway_keeps_its_pages_before_and_the_batch_goes_on()
    {
        // The disk fails under b.warc.gz partway. That IOException reached the command, which said "cannot write" the
        // output and ended the whole run.
        var (good, _) = Crawl("a.example");
        var (failing, offsets) = Crawl("b.example");
        // From the third request's member on: the second page, read whole (and checked) before it, is kept.
        var failAt = offsets[4] + 10;
        var inputs = new[] { "a.warc.gz", "b.warc.gz", "c.warc.gz" }.Select(n => new BatchInput(InputKind.Warc, n, n)).ToList();
        using var stderr = new StringWriter();
        var runner = new BatchRunner(ArticleExtractor.Default, 2, TextWriter.Null, stderr)
        {
            OpenArchive = path => path == "b.warc.gz" ? new FailingStream(failing, failAt) : new MemoryStream(good),
        };
        var outFile = Path.Combine(_dir.FullName, "out.jsonl");

        var code = await runner.RunAsync(inputs, outFile, Shard.All, resume: false, CancellationToken.None);

        Assert.Equal(3, code);
        var lines = ReadLines(outFile);
        Assert.Equal(["a.warc.gz", "a.warc.gz", "a.warc.gz", "a.warc.gz", "b.warc.gz", "b.warc.gz", "b.warc.gz", "c.warc.gz", "c.warc.gz", "c.warc.gz", "c.warc.gz"],
            lines.Select(l => (string?)l["file"]));
        Assert.Equal(["https://b.example/p0", "https://b.example/p1"], lines.Skip(4).Take(2).Select(l => (string?)l["url"]));
        Assert.All(lines.Skip(4).Take(2), l => Assert.Null(l["error"]));
        Assert.Equal("cannot read the rest of the archive: " + FailingStream.Message, (string?)lines[6]["error"]);
        Assert.All(lines.Skip(7), l => Assert.Null(l["error"]));
        var err = stderr.ToString();
        Assert.Contains("article-extract: b.warc.gz: cannot read the rest of the archive after 2 page(s): " + FailingStream.Message, err, StringComparison.Ordinal);
        Assert.Contains("11 pages (1 failed, 0 not HTML, 0 without an article)", err, StringComparison.Ordinal);
        // a and c: eight records each; b: four before the failure.
        Assert.Contains("WARC: 20 records, 10 other records passed over", err, StringComparison.Ordinal);
        Assert.Equal(1, runner.Counters.UnreadableInputs);
        Assert.DoesNotContain("cannot write", err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Files_whose_names_are_not_utf8_are_reported_as_such_and_the_batch_goes_on()
    {
        // Linux allows any bytes in a name; .NET lists the ones it cannot decode as U+FFFD, and that name opens no file
        // and has no length: such files were taken for files of no bytes, a page without an article and an archive
        // without records, and the run ended with 0 failed and exit code 0.
        Skip.IfNot(Shell("printf '<p>a page</p>' > \"$(printf 'bad\\377.html')\" && : > \"$(printf 'cut\\376.warc')\""), "sh cannot make the files here");
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "a.html"), TestPages.Article());
        var listed = Directory.GetFiles(_dir.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Skip.IfNot(listed.SequenceEqual(["a.html", "bad\uFFFD.html", "cut\uFFFD.warc"]), "this file system does not keep names that are not UTF-8: " + string.Join(", ", listed));
        var outFile = Path.Combine(Path.GetTempPath(), "ae-badname-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", _dir.FullName, "--out", outFile], TextReader.Null, stdout, stderr);
            Assert.Equal(3, code);
            var lines = ReadLines(outFile);
            Assert.Equal(["a.html", "bad\uFFFD.html", "cut\uFFFD.warc"], lines.Select(l => (string?)l["file"]));
            Assert.Null(lines[0]["error"]);
            Assert.All(lines.Skip(1), l => Assert.Equal("file name is not valid UTF-8; skipped", (string?)l["error"]));
            Assert.Contains("3 pages (2 failed, 0 not HTML, 0 without an article)", stderr.ToString(), StringComparison.Ordinal);

            // Named on the command line (the shell's bytes decoded the same way), it is not "no such file" either.
            using var named = new StringWriter();
            var bad = Path.Combine(_dir.FullName, "cut\uFFFD.warc");
            Assert.Equal(1, await ArticleExtract.Cli.CliApp.RunAsync(["batch", bad, "--out", outFile], TextReader.Null, TextWriter.Null, named));
            Assert.Equal($"article-extract: cannot read '{bad}': its name is not valid UTF-8, which .NET cannot open", named.ToString().TrimEnd());
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [SkippableFact]
    public async Task A_subfolder_whose_name_is_not_utf8_is_reported_as_passed_over()
    {
        // The enumerator could not open the folder by its listed name and passed over it without a word.
        Skip.IfNot(Shell("mkdir \"$(printf 'sub\\377')\" && printf '<p>a page</p>' > \"$(printf 'sub\\377')/a.html\""), "sh cannot make the folder here");
        Skip.IfNot(Directory.GetDirectories(_dir.FullName).Select(Path.GetFileName).SequenceEqual(["sub\uFFFD"]), "this file system does not keep names that are not UTF-8");
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "b.html"), TestPages.Article());
        var outFile = Path.Combine(Path.GetTempPath(), "ae-badname-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            using var stderr = new StringWriter();
            var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", _dir.FullName, "--out", outFile], TextReader.Null, TextWriter.Null, stderr);
            Assert.Equal(0, code);
            Assert.Equal(["b.html"], ReadLines(outFile).Select(l => (string?)l["file"]));
            Assert.Contains("article-extract: 1 folder(s) could not be listed (unreadable, or named in bytes that are not UTF-8) and were passed over", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task A_warc_archive_named_as_a_page_is_a_failed_page_not_one_article_of_its_headers_and_pages()
    {
        await File.WriteAllBytesAsync(Path.Combine(_dir.FullName, "crawl.html.gz"), Crawl("a.example").File);
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "page.html"), TestPages.Article());
        var outFile = Path.Combine(Path.GetTempPath(), "ae-warcpage-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            using var stderr = new StringWriter();
            var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", _dir.FullName, "--out", outFile], TextReader.Null, TextWriter.Null, stderr);
            Assert.Equal(3, code);
            var lines = ReadLines(outFile);
            Assert.Equal(["crawl.html.gz", "page.html"], lines.Select(l => (string?)l["file"]));
            Assert.Equal("a WARC archive, not a page: batch reads archives named *.warc or *.warc.gz", (string?)lines[0]["error"]);
            Assert.Null(lines[1]["error"]);
            Assert.Contains("2 pages (1 failed", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task Two_folders_with_a_file_of_the_same_relative_path_give_both_pages()
    {
        // siteA/index.html and siteB/index.html are both "index.html" relative to their folders: the second was passed
        // over without a word. Naming a folder twice still reads its files once.
        var siteA = Directory.CreateDirectory(Path.Combine(_dir.FullName, "siteA")).FullName;
        var siteB = Directory.CreateDirectory(Path.Combine(_dir.FullName, "siteB")).FullName;
        await File.WriteAllTextAsync(Path.Combine(siteA, "index.html"), TestPages.Article("<p>This paragraph is found only on the first site, which the reader of the batch must see.</p>"));
        await File.WriteAllTextAsync(Path.Combine(siteB, "index.html"), TestPages.Article("<p>This paragraph is found only on the second site, which the reader of the batch must see.</p>"));
        var outFile = Path.Combine(_dir.FullName, "out.jsonl");
        using var stderr = new StringWriter();
        var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", siteA, siteB, siteA, "--out", outFile], TextReader.Null, TextWriter.Null, stderr);
        Assert.Equal(0, code);
        var lines = ReadLines(outFile);
        Assert.Equal([Path.Combine(siteB, "index.html").Replace('\\', '/'), "index.html"], lines.Select(l => (string?)l["file"]));
        Assert.Contains("only on the second site", (string?)lines[0]["body"], StringComparison.Ordinal);
        Assert.Contains("only on the first site", (string?)lines[1]["body"], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("file")]
    [InlineData("pipe")]
    public async Task An_archive_named_without_a_telling_name_is_read_as_one(string how)
    {
        // batch <(curl …/crawl.warc.gz) names /dev/fd/63: refused as "a file" (go to extract, which took the archive for
        // one page). Its first bytes say it is an archive; a pipe's are read again by the reader.
        var path = Path.Combine(_dir.FullName, "stream");
        var (archive, _) = Crawl("a.example");
        Task writer = Task.CompletedTask;
        if (how == "pipe")
        {
            Skip.IfNot(Shell("mkfifo stream"), "mkfifo is not available here");
            writer = Task.Run(() => File.WriteAllBytes(path, archive));
        }
        else
        {
            await File.WriteAllBytesAsync(path, archive);
        }

        var outFile = Path.Combine(_dir.FullName, "out.jsonl");
        using var stderr = new StringWriter();
        var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", path, "--out", outFile], TextReader.Null, TextWriter.Null, stderr).WaitAsync(TimeSpan.FromSeconds(60));
        if (!writer.IsCompleted)
        {
            // The run did not read the pipe: give the writer a reader so that it ends.
            using var drain = new FileStream(path, FileMode.Open, FileAccess.Read);
            drain.CopyTo(Stream.Null);
        }

        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, code);
        var lines = ReadLines(outFile);
        Assert.Equal(["https://a.example/p0", "https://a.example/p1", "https://a.example/p2", "https://a.example/p3"], lines.Select(l => (string?)l["url"]));
        Assert.All(lines, l => Assert.Null(l["error"]));
        Assert.Contains("WARC: 8 records", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_named_without_a_telling_name_is_read_as_a_page()
    {
        // Longer than the bytes looked at first, which are read again with the rest.
        var path = Path.Combine(_dir.FullName, "page.txt");
        await File.WriteAllTextAsync(path, TestPages.Article(string.Concat(Enumerable.Repeat("<p>" + TestPages.P2 + "</p>", 2000)) + "<p>The last paragraph of a long page, past the first bytes looked at.</p>"));
        var outFile = Path.Combine(_dir.FullName, "out.jsonl");
        using var stderr = new StringWriter();
        var code = await ArticleExtract.Cli.CliApp.RunAsync(["batch", path, "--out", outFile], TextReader.Null, TextWriter.Null, stderr);
        Assert.Equal(0, code);
        var line = Assert.Single(ReadLines(outFile));
        Assert.Equal(path.Replace('\\', '/'), (string?)line["file"]);
        Assert.Equal("extracted", (string?)line["outcome"]);
        Assert.Contains("The last paragraph of a long page", (string?)line["body"], StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 64 * 1024);
    }

    private bool Shell(string script)
    {
        try
        {
            using var sh = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", script]) { UseShellExecute = false, WorkingDirectory = _dir.FullName });
            return sh is not null && sh.WaitForExit(10_000) && sh.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>A file whose reads fail once they reach a given offset, as a disk going bad under it.</summary>
    private sealed class FailingStream(byte[] bytes, long failAt) : MemoryStream(bytes, writable: false)
    {
        public const string Message = "Input/output error";

        // A MemoryStream subclass's span reads come here too.
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= failAt ? throw new IOException(Message) : base.Read(buffer, offset, (int)Math.Min(count, failAt - Position));
    }
}
