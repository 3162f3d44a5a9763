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

    public void Dispose() => _dir.Delete(recursive: true);

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
        // The disk fails under b.warc.gz in its third page's gzip member. That IOException reached the command, which
        // said "cannot write" the output and ended the whole run.
        var (good, _) = Crawl("a.example");
        var (failing, offsets) = Crawl("b.example");
        var failAt = offsets[5] + 10;
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
        // a and c: eight records each; b: five begun before the failure (the third request, counted, was not finished).
        Assert.Contains("WARC: 21 records, 10 other records passed over", err, StringComparison.Ordinal);
        Assert.Equal(1, runner.Counters.UnreadableInputs);
        Assert.DoesNotContain("cannot write", err, StringComparison.Ordinal);
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
