using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleExtract.Cli;
using ArticleExtract.Cli.Batch;
using ArticleExtract.Tests.Warc;
using Parquet;
using static ArticleExtract.Tests.Warc.TestWarc;

namespace ArticleExtract.Tests.Cli;

/// <summary>batch at scale: WARC input, JSON Lines / gzip / Parquet output, atomic writes, shards and resume.</summary>
public sealed class BatchScaleTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ae-scale-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static readonly string[] Pages = [ArchivePages.Ferry, ArchivePages.Library, ArchivePages.Orchard, ArchivePages.Cafe];

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonObject> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    /// <summary>A crawl of the four pages (plus a request and a 404 around them), numbered from <paramref name="first"/>.</summary>
    private static byte[][] Crawl(int first, string host) =>
    [
        Record("warcinfo", first, null, "software: test\r\n"u8.ToArray(), "application/warc-fields"),
        .. Pages.SelectMany((p, i) => new[]
        {
            Record("request", first + (10 * i) + 1, $"https://{host}/p{i}", "GET / HTTP/1.1\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Response(first + (10 * i) + 2, $"https://{host}/p{i}", p),
            Record("response", first + (10 * i) + 3, $"https://{host}/gone{i}", Http(404, "text/html", "<p>gone</p>"u8.ToArray())),
        }),
    ];

    private string WriteWarc(string name, byte[][] records, bool gzip = true)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, gzip ? GzipPerRecord(records).File : records.SelectMany(r => r).ToArray());
        return path;
    }

    [Fact]
    public async Task A_warc_gives_the_same_articles_as_extracting_each_payload_alone()
    {
        var warc = WriteWarc("crawl.warc.gz", Crawl(100, "coast.example"));
        var output = Path.Combine(_dir.FullName, "x.jsonl");
        var (code, _, err) = await Run("batch", warc, "--out", output, "--parallel", "2");
        Assert.True(code == 0, err);
        Assert.Contains("WARC: 13 records", err, StringComparison.Ordinal);

        var lines = ReadLines(output);
        Assert.Equal(4, lines.Count);
        for (var i = 0; i < Pages.Length; i++)
        {
            var line = lines[i];
            var url = $"https://coast.example/p{i}";
            Assert.Equal(RecordId(100 + (10 * i) + 2), (string?)line["warcRecordId"]);
            Assert.Equal(url, (string?)line["url"]);
            Assert.Equal(Date(100 + (10 * i) + 2), DateTimeOffset.Parse((string)line["fetched"]!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(warc.Replace('\\', '/'), (string?)line["file"]);

            var alone = JsonNode.Parse(ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(Pages[i]), new Uri(url), "text/html; charset=utf-8").ToJson())!.AsObject();
            alone["canonicalUrl"] = alone["url"]!.DeepClone();
            alone.Remove("url");
            foreach (var (key, value) in alone)
            {
                Assert.True(JsonNode.DeepEquals(value, line[key]), key);
            }

            Assert.False(string.IsNullOrEmpty((string?)line["title"]));
            Assert.Equal("extracted", (string?)line["outcome"]);
        }

        // The offsets point at the records: reading there gives the same page back.
        using var reader = ArticleExtract.Warc.WarcReader.Open(warc, (long)lines[2]["offset"]!);
        Assert.Equal(RecordId(122), reader.ReadPage()!.RecordId);
    }

    [Fact]
    public async Task Two_shards_together_are_the_whole_run_record_for_record()
    {
        var input = Path.Combine(_dir.FullName, "in");
        for (var w = 0; w < 6; w++)
        {
            WriteWarc($"in/crawl-{w}.warc.gz", Crawl(1000 * w, $"site{w}.example"), gzip: w % 2 == 0);
        }

        for (var h = 0; h < 6; h++)
        {
            await File.WriteAllTextAsync(Path.Combine(input, $"page-{h}.html"), Pages[h % Pages.Length]);
        }

        var whole = Path.Combine(_dir.FullName, "whole.jsonl");
        Assert.Equal(0, (await Run("batch", input, "--out", whole)).Code);
        var part = Path.Combine(_dir.FullName, "part-{shard}.jsonl.gz");
        Assert.Equal(0, (await Run("batch", input, "--out", part, "--shard", "0/2")).Code);
        Assert.Equal(0, (await Run("batch", input, "--out", part, "--shard", "1/2")).Code);

        var all = ReadLines(whole).Select(l => l.ToJsonString()).ToList();
        var shard0 = ReadLines(Path.Combine(_dir.FullName, "part-0.jsonl.gz")).Select(l => l.ToJsonString()).ToList();
        var shard1 = ReadLines(Path.Combine(_dir.FullName, "part-1.jsonl.gz")).Select(l => l.ToJsonString()).ToList();
        Assert.Equal(30, all.Count);
        Assert.NotEmpty(shard0);
        Assert.NotEmpty(shard1);
        Assert.Empty(shard0.Intersect(shard1));
        Assert.Equal(all.Order(StringComparer.Ordinal), shard0.Concat(shard1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shard_choice_is_a_fixed_hash_of_the_identity()
    {
        // FNV-1a 64 test vectors: the same on every machine and runtime, so shards agree across a cluster.
        Assert.Equal(0xcbf29ce484222325UL, Shard.Hash(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.Hash("a"));
        Assert.True(Shard.TryParse("3/16", out var s, out _));
        Assert.Equal(new Shard(3, 16), s);
        Assert.False(Shard.TryParse("2/2", out _, out var error));
        Assert.Contains("between 0 and N-1", error, StringComparison.Ordinal);
        var ids = Enumerable.Range(0, 400).Select(i => $"crawl/CC-{i:D5}.warc.gz").ToList();
        var counts = Enumerable.Range(0, 4).Select(i => ids.Count(id => new Shard(i, 4).Contains(id))).ToList();
        Assert.Equal(400, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 70, 130));
    }

    [Fact]
    public async Task Parquet_output_opens_with_a_parquet_reader_one_row_per_page()
    {
        var warc = WriteWarc("crawl.warc", Crawl(7, "coast.example"), gzip: false);
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "alone.html"), ArchivePages.Orchard);
        var output = Path.Combine(_dir.FullName, "out", "x.parquet");
        var (code, _, err) = await Run("batch", _dir.FullName, "--out", output);
        Assert.True(code == 0, err);

        await using var reader = await ParquetReader.CreateAsync(output);
        Assert.Equal(ParquetSink.Schema.GetDataFields().Select(f => f.Name), reader.Schema.GetDataFields().Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(5, group.RowCount);
        var files = new string?[5];
        var urls = new string?[5];
        var titles = new string?[5];
        var sections = new string?[5];
        var fetched = new DateTime?[5];
        await group.ReadAsync(ParquetSink.File, files.AsMemory());
        await group.ReadAsync(ParquetSink.Url, urls.AsMemory());
        await group.ReadAsync(ParquetSink.Title, titles.AsMemory());
        await group.ReadAsync(ParquetSink.Sections, sections.AsMemory());
        await group.ReadAsync<DateTime>(ParquetSink.Fetched, fetched.AsMemory());
        Assert.Equal(["alone.html", "crawl.warc", "crawl.warc", "crawl.warc", "crawl.warc"], files.Select(f => f ?? ""));
        Assert.Null(urls[0]);
        Assert.Equal("https://coast.example/p0", urls[1]);
        Assert.Null(fetched[0]);
        Assert.Equal(Date(9).UtcDateTime, fetched[1]);
        Assert.Equal("Harbour ferry returns after a winter of repairs", titles[1]);
        Assert.All(sections, s => Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(s!).RootElement.ValueKind));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public async Task An_output_is_complete_or_absent_and_resume_redoes_only_missing_inputs()
    {
        var input = Path.Combine(_dir.FullName, "in");
        WriteWarc("in/a.warc.gz", Crawl(0, "a.example"));
        WriteWarc("in/b/b.warc.gz", Crawl(100, "b.example"));
        var template = Path.Combine(_dir.FullName, "out", "{input}.jsonl");
        var (code, _, err) = await Run("batch", input, "--out", template);
        Assert.True(code == 0, err);
        var a = Path.Combine(_dir.FullName, "out", "a.warc.gz.jsonl");
        var b = Path.Combine(_dir.FullName, "out", "b", "b.warc.gz.jsonl");
        Assert.Equal(4, ReadLines(a).Count);
        Assert.Equal(4, ReadLines(b).Count);

        File.Delete(b);
        await File.WriteAllTextAsync(a, "kept\n");
        var (again, _, summary) = await Run("batch", input, "--out", template, "--resume");
        Assert.Equal(0, again);
        Assert.Contains("1 already complete", summary, StringComparison.Ordinal);
        Assert.Equal("kept\n", await File.ReadAllTextAsync(a));
        Assert.Equal(4, ReadLines(b).Count);
        Assert.Empty(Directory.GetFiles(_dir.FullName, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_output_abandoned_before_commit_leaves_nothing_under_its_name()
    {
        var path = Path.Combine(_dir.FullName, "half.jsonl.gz");
        await using (var sink = RecordSinks.Create(path, TextWriter.Null))
        {
            await sink.WriteAsync(OutputRecord.FileError("x.html", "boom"), CancellationToken.None);
        }

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(_dir.FullName));

        await using (var sink = RecordSinks.Create(path, TextWriter.Null))
        {
            await sink.WriteAsync(OutputRecord.FileError("x.html", "boom"), CancellationToken.None);
            await sink.CommitAsync(CancellationToken.None);
        }

        Assert.Equal("boom", (string?)Assert.Single(ReadLines(path))["error"]);
    }

    [SkippableFact]
    public async Task Output_to_a_device_is_written_in_place_never_renamed_over_it()
    {
        // Renaming a finished temporary file over /dev/null would turn the device into a regular file for every
        // program on the machine (as root). Devices are written in place. /dev/zero stands in for /dev/null here (it
        // also discards writes), so a regression cannot take the null device from the machine running the tests.
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/zero"), "needs a Linux /dev/zero");

        Assert.True(AtomicFile.IsDevice("/dev/null"));
        Assert.False(AtomicFile.IsDevice(Path.Combine(_dir.FullName, "x.jsonl")));
        await using (var sink = RecordSinks.Create("/dev/zero", TextWriter.Null))
        {
            await sink.WriteAsync(OutputRecord.FileError("x.html", "boom"), CancellationToken.None);
            await sink.CommitAsync(CancellationToken.None);
        }

        Assert.Empty(Directory.GetFiles("/dev", ".zero.*.tmp"));
        Assert.Equal(0, new FileInfo("/dev/zero").Length); // a device has no length; the renamed file would have had one line
    }

    [Fact]
    public async Task A_bad_warc_record_is_named_with_file_and_offset_and_the_run_goes_on()
    {
        var records = Crawl(0, "coast.example");
        records[5] = records[5][..^30]; // the second page's record loses its end: its length no longer matches
        var warc = WriteWarc("bad.warc", records, gzip: false);
        var (code, output, err) = await Run("batch", warc, "--out", "-");
        Assert.Equal(3, code);
        var offset = records.Take(5).Sum(r => r.Length);
        Assert.Contains($"bad.warc: skipped a bad record at offset {offset}", err, StringComparison.Ordinal);
        Assert.Contains("1 bad records skipped", err, StringComparison.Ordinal);
        Assert.Equal(3, output.TrimEnd('\n').Split('\n').Length);
    }
}
