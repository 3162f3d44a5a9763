using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ArticleExtract.Tests.Warc;
using ArticleExtract.Worker;
using static ArticleExtract.Tests.Warc.TestWarc;

namespace ArticleExtract.Tests.Worker;

/// <summary>The worker's WARC pointers, without a broker (the worker's PageMessage, visible to the tests).</summary>
public sealed class PageMessageTests
{
    private static PageMessage.Outcome Pointer(string file, long offset, string? recordId = null, string? root = null)
    {
        root ??= OperatingSystem.IsLinux() && file.StartsWith("/proc/self/", StringComparison.Ordinal) ? "/proc/self" : Path.GetDirectoryName(Path.GetFullPath(file));
        var headers = new Dictionary<string, object?> { ["warc-file"] = file, ["warc-offset"] = offset.ToString(CultureInfo.InvariantCulture) };
        if (recordId is not null)
        {
            headers["warc-record-id"] = recordId;
        }

        return PageMessage.Process("m1", headers, [], ArticleExtractor.Default, WarcRoot.Create(root), CancellationToken.None);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pointer_to_a_record_that_is_no_page_or_to_no_record_start_is_a_dead_letter_not_the_next_page(bool gzip)
    {
        // A request record, then a page: the request's offset, and an offset inside it, used to give the page.
        byte[][] records =
        [
            Record("request", 1, "https://coast.example/news/ferry", "GET /news/ferry HTTP/1.1\r\nHost: coast.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry),
        ];
        var (file, offsets) = gzip ? GzipPerRecord(records) : ([.. records.SelectMany(r => r)], [0L, records[0].Length]);
        var path = WriteTemp(file, gzip ? "pointers.warc.gz" : "pointers.warc");

        var page = Pointer(path, offsets[1]);
        Assert.Null(page.PoisonReason);
        Assert.Equal(RecordId(2), (string?)JsonNode.Parse(page.Result)!["warcRecordId"]);

        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[0]).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[0] + 3).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[1], RecordId(7)).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, file.Length + 10).PoisonReason);
    }

    [Fact]
    public void A_pointer_reads_at_most_max_warc_scan_megabytes_and_says_so_when_it_found_no_page_there()
    {
        // A 100 MiB record that is no page (a video kept as a resource record), then a page. A pointer to the video read
        // on through all of it, and through any length of records that are no page, to come back with "no HTML page";
        // a pointer into a WARC compressed as one gzip stream, where every record shares offset 0, read the whole file.
        const int Video = 100 * 1024 * 1024;
        var head = Record("resource", 1, "https://coast.example/harbour.mp4", [], "video/mp4", lengthDelta: Video)[..^4];
        var path = Path.Combine(Path.GetTempPath(), "ae-scan-" + Guid.NewGuid().ToString("N") + ".warc");
        using (var file = File.Create(path))
        {
            file.Write(head);
            file.Position = head.Length + (long)Video; // a hole: the file takes no disk for the video
            file.Write("\r\n\r\n"u8);
            file.Write(Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry));
        }

        try
        {
            Assert.Equal("WARC pointer: no HTML page within Worker:MaxWarcScanMegabytes (64 MiB) of offset 0", Pointer(path, 0).PoisonReason);
            var page = Pointer(path, head.Length + (long)Video + 4);
            Assert.Null(page.PoisonReason);
            Assert.Equal(RecordId(2), (string?)JsonNode.Parse(page.Result)!["warcRecordId"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_scan_bound_counts_decompressed_bytes_so_a_gzip_bomb_member_cannot_inflate_past_it()
    {
        // One gzip member of about 100 KiB holding a 100 MiB resource record of zeros and then a page. The bound counted
        // compressed bytes, so the pointer inflated all 100 MiB (a member can inflate a thousandfold: 64 MiB of them,
        // tens of gigabytes) to reach the page.
        const int Zeros = 100 * 1024 * 1024;
        var path = Path.Combine(Path.GetTempPath(), "ae-bomb-" + Guid.NewGuid().ToString("N") + ".warc.gz");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(Record("resource", 1, "https://coast.example/harbour.raw", [], "application/octet-stream", lengthDelta: Zeros).AsSpan(..^4));
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < Zeros / chunk.Length; i++)
            {
                gzip.Write(chunk);
            }

            gzip.Write("\r\n\r\n"u8);
            gzip.Write(Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry));
        }

        try
        {
            Assert.True(new FileInfo(path).Length < 1024 * 1024, "the member is small on disk");
            Assert.Equal("WARC pointer: no HTML page within Worker:MaxWarcScanMegabytes (64 MiB) of offset 0", Pointer(path, 0).PoisonReason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void An_io_error_reading_a_pointer_is_retried_once_a_missing_file_is_dead_lettered_at_once()
    {
        // Reading a process's memory where nothing is mapped fails with EIO, the error a disk or a share gives.
        Skip.If(!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mem"), "needs /proc/self/mem (Linux) for a real EIO");

        var failing = Pointer("/proc/self/mem", 0);
        Assert.Null(failing.Result);
        Assert.StartsWith("cannot read the WARC pointer: ", failing.PoisonReason, StringComparison.Ordinal);
        Assert.True(failing.Transient);
        Assert.Equal(PageMessage.Disposition.Retry, PageMessage.Decide(failing, redelivered: false));
        Assert.Equal(PageMessage.Disposition.DeadLetter, PageMessage.Decide(failing, redelivered: true));

        var missing = Pointer(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "crawl.warc.gz"), 0, root: Path.GetTempPath());
        Assert.StartsWith("cannot read the WARC pointer: ", missing.PoisonReason, StringComparison.Ordinal);
        Assert.False(missing.Transient);
        Assert.Equal(PageMessage.Disposition.DeadLetter, PageMessage.Decide(missing, redelivered: false));
        var gone = Pointer(Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid().ToString("N") + ".warc"), 0);
        Assert.False(gone.Transient);
    }

    [Fact]
    public void Failed_tries_are_the_count_a_page_carries_plus_one_when_the_broker_redelivers_it()
    {
        Assert.Equal(0, PageMessage.FailedAttempts(null, redelivered: false));
        Assert.Equal(1, PageMessage.FailedAttempts(null, redelivered: true));
        // The client reads an integer header back as int or long, and a publisher may send the count as a string.
        Assert.Equal(3, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = 2 }, redelivered: true));
        Assert.Equal(2, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = 2L }, redelivered: false));
        Assert.Equal(5, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = "4"u8.ToArray() }, redelivered: true));
        // Nonsense counts as none rather than failing the page.
        Assert.Equal(1, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = -7 }, redelivered: true));
        Assert.Equal(0, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = "many" }, redelivered: false));
        Assert.Equal(int.MaxValue, PageMessage.FailedAttempts(new Dictionary<string, object?> { [PageMessage.FailedAttemptsHeader] = long.MaxValue }, redelivered: true));
    }

    [Fact]
    public void A_result_is_published_and_poison_dead_lettered_whether_or_not_the_page_came_before()
    {
        var page = PageMessage.Process("m2", null, "<html><body><article><h1>Ferry</h1><p>The ferry runs again from Monday, the harbour office said.</p></article></body></html>"u8, ArticleExtractor.Default, null, CancellationToken.None);
        Assert.Equal(PageMessage.Disposition.Publish, PageMessage.Decide(page, redelivered: false));
        Assert.Equal(PageMessage.Disposition.Publish, PageMessage.Decide(page, redelivered: true));
        var poison = PageMessage.Process(null, null, [], ArticleExtractor.Default, null, CancellationToken.None);
        Assert.False(poison.Transient);
        Assert.Equal(PageMessage.Disposition.DeadLetter, PageMessage.Decide(poison, redelivered: false));
    }

    [SkippableFact]
    public void A_pointer_is_read_only_under_the_warc_root_whatever_links_or_dots_it_goes_through()
    {
        // A message names the file; whoever can publish must not make the worker read, and publish, any file it can open.
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var archive = ArchiveWithTheFerry();
        var root = Path.GetDirectoryName(WriteTemp(archive, "crawl.warc.gz"))!;
        var outside = Path.GetDirectoryName(WriteTemp(archive, "private.warc.gz"))!;
        var secret = Path.Combine(outside, "private.warc.gz");
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        File.CreateSymbolicLink(Path.Combine(root, "to-secret.warc.gz"), secret);
        Directory.CreateSymbolicLink(Path.Combine(root, "to-outside"), outside);
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "inner"), Path.Combine(outside, "."));
        File.CreateSymbolicLink(Path.Combine(root, "alias.warc.gz"), "sub/../crawl.warc.gz");

        // Under the root: absolute, relative, through a link that stays inside.
        Assert.Null(Pointer(Path.Combine(root, "crawl.warc.gz"), 0, root: root).PoisonReason);
        Assert.Null(Pointer("crawl.warc.gz", 0, root: root).PoisonReason);
        Assert.Null(Pointer("alias.warc.gz", 0, root: root).PoisonReason);
        Assert.Null(Pointer("sub/../crawl.warc.gz", 0, root: root).PoisonReason);

        // Out of it: an absolute path, dots, a link to a file or a folder outside, and dots after a link: the kernel
        // resolves sub/inner first, so sub/inner/../NAME/private.warc.gz is the outside file, though read as text it
        // would be root/sub/NAME/private.warc.gz.
        foreach (var pointer in new[]
                 {
                     secret, "../" + Path.GetFileName(outside) + "/private.warc.gz", "to-secret.warc.gz", "to-outside/private.warc.gz",
                     "sub/inner/private.warc.gz", "sub/inner/../" + Path.GetFileName(outside) + "/private.warc.gz", "/etc/passwd",
                 })
        {
            var refused = Pointer(pointer, 0, root: root);
            Assert.Null(refused.Result);
            Assert.Equal("WARC pointer outside Worker:WarcRoot", refused.PoisonReason);
            Assert.Equal(PageMessage.Disposition.DeadLetter, PageMessage.Decide(refused, redelivered: false));
        }

        Assert.Equal("WARC pointer names a folder, not a file", Pointer("sub", 0, root: root).PoisonReason);
        var noRoot = PageMessage.Process("m1", new Dictionary<string, object?> { ["warc-file"] = Path.Combine(root, "crawl.warc.gz"), ["warc-offset"] = "0" },
            [], ArticleExtractor.Default, null, CancellationToken.None);
        Assert.Equal("WARC pointers are off: Worker:WarcRoot is not set", noRoot.PoisonReason);
        Assert.Throws<InvalidOperationException>(() => WarcRoot.Create(Path.Combine(root, "no-such-folder")));
    }

    [Fact]
    public void A_result_larger_than_the_broker_takes_is_a_dead_letter_not_a_publish_that_closes_the_channel()
    {
        // The broker closes the channel on a message over its max_message_size: the worker then consumed nothing more,
        // and the page, given back, closed the next worker's channel too. A result runs to about twice the page's text.
        var paragraphs = string.Concat(Enumerable.Range(0, 300).Select(i => $"<p>Paragraph {i} tells how the river rose after three days of rain and volunteers filled sandbags.</p>"));
        var page = Encoding.UTF8.GetBytes($"<html><head><title>Flood</title></head><body><article><h1>Flood</h1>{paragraphs}</article></body></html>");

        var published = PageMessage.Process("big", null, page, ArticleExtractor.Default, null, CancellationToken.None);
        Assert.NotNull(published.Result);
        Assert.True(published.Result.Length > page.Length, $"the result ({published.Result.Length} bytes) is larger than the page ({page.Length})");

        var refused = PageMessage.Process("big", null, page, ArticleExtractor.Default, null, CancellationToken.None, maxResultBytes: page.Length);
        Assert.Null(refused.Result);
        Assert.StartsWith("result too large: ", refused.PoisonReason, StringComparison.Ordinal);
        Assert.Equal(PageMessage.Disposition.DeadLetter, PageMessage.Decide(refused, redelivered: false));
        Assert.Equal(PageMessage.Disposition.Publish,
            PageMessage.Decide(PageMessage.Process("big", null, page, ArticleExtractor.Default, null, CancellationToken.None, maxResultBytes: published.Result.Length), redelivered: false));
    }

    private static byte[] ArchiveWithTheFerry() => GzipPerRecord(Response(1, "https://coast.example/ferry", ArchivePages.Ferry)).File;
}
