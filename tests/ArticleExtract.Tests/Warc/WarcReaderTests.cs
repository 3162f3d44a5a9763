using System.Text;
using ArticleExtract.Warc;
using static ArticleExtract.Tests.Warc.TestWarc;

namespace ArticleExtract.Tests.Warc;

/// <summary>The WARC reader on archives the tests build: record selection, decoding, offsets and bad records.</summary>
public sealed class WarcReaderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncoding();

    /// <summary>A small crawl: the info record, a request, pages, a redirect, an image, a 404, a revisit.</summary>
    private static byte[][] Crawl() =>
    [
        Record("warcinfo", 0, null, "software: test-writer\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), "application/warc-fields"),
        Record("request", 1, "https://coast.example/news/ferry", "GET /news/ferry HTTP/1.1\r\nHost: coast.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
        Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry),
        Record("response", 3, "https://coast.example/old", Http(301, "text/html", "<a href=/news/ferry>moved</a>"u8.ToArray(), "Location: /news/ferry")),
        Record("response", 4, "https://coast.example/logo.png", Http(200, "image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
        Record("response", 5, "https://valley.example/library", Http(200, "text/html", Gzip(Encoding.UTF8.GetBytes(ArchivePages.Library)), "Content-Encoding: gzip")),
        Record("response", 6, "https://valley.example/missing", Http(404, "text/html", "<h1>Not found</h1>"u8.ToArray())),
        Record("revisit", 7, "https://coast.example/news/ferry", Http(200, "text/html", []), "application/http; msgtype=response"),
        Record("response", 8, "https://farm.example/frost", Http(200, "text/html; charset=utf-8", Chunked(Encoding.UTF8.GetBytes(ArchivePages.Orchard), 700), "Transfer-Encoding: chunked")),
        Record("response", 9, "https://citta.example/cafe", Http(200, "text/html; charset=windows-1252", Brotli(Windows1252.GetBytes(ArchivePages.Cafe)), "Content-Encoding: br")),
    ];

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static byte[] Chunked(byte[] body, int chunk)
    {
        var output = new List<byte>();
        for (var i = 0; i < body.Length; i += chunk)
        {
            var n = Math.Min(chunk, body.Length - i);
            output.AddRange(Encoding.ASCII.GetBytes($"{n:x};ext=1\r\n"));
            output.AddRange(body.AsSpan(i, n).ToArray());
            output.AddRange("\r\n"u8.ToArray());
        }

        output.AddRange("0\r\n\r\n"u8.ToArray());
        return [.. output];
    }

    private static (List<WarcPage> Pages, List<WarcErrorEventArgs> Errors, WarcReaderStatistics Stats) ReadAll(byte[] file, bool seekable = true)
    {
        Stream stream = seekable ? new MemoryStream(file) : new NonSeekable(file);
        using var reader = new WarcReader(stream);
        var errors = new List<WarcErrorEventArgs>();
        reader.Error += (_, e) => errors.Add(e);
        var pages = reader.ReadPages().ToList();
        return (pages, errors, reader.Statistics);
    }

    private static void AssertCrawlPages(List<WarcPage> pages)
    {
        Assert.Equal(["https://coast.example/news/ferry", "https://valley.example/library", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        Assert.Equal([RecordId(2), RecordId(5), RecordId(8), RecordId(9)], pages.Select(p => p.RecordId));
        Assert.Equal([Date(2), Date(5), Date(8), Date(9)], pages.Select(p => p.Fetched));
        Assert.Equal(ArchivePages.Ferry, Encoding.UTF8.GetString(pages[0].Payload.Span));
        Assert.Equal(ArchivePages.Library, Encoding.UTF8.GetString(pages[1].Payload.Span));
        Assert.Equal(ArchivePages.Orchard, Encoding.UTF8.GetString(pages[2].Payload.Span));
        Assert.Equal(ArchivePages.Cafe, Windows1252.GetString(pages[3].Payload.Span));
        Assert.Equal("text/html; charset=windows-1252", pages[3].ContentType);
    }

    [Fact]
    public void Plain_warc_gives_the_html_200_responses_decoded_and_skips_the_rest()
    {
        var records = Crawl();
        var (pages, errors, stats) = ReadAll(records.SelectMany(r => r).ToArray());
        AssertCrawlPages(pages);
        Assert.Empty(errors);
        Assert.Equal(10, stats.Records);
        Assert.Equal(4, stats.Pages);
        Assert.Equal(6, stats.Skipped);

        // Offsets are where each record's WARC/ line starts.
        Assert.Equal(records.Take(2).Sum(r => r.Length), pages[0].Offset);
        Assert.Equal(records.Take(5).Sum(r => r.Length), pages[1].Offset);
    }

    [Fact]
    public void Gzip_member_per_record_gives_the_same_pages_with_member_offsets_that_reopen_the_record()
    {
        var (file, offsets) = GzipPerRecord(Crawl());
        var (pages, errors, _) = ReadAll(file);
        AssertCrawlPages(pages);
        Assert.Empty(errors);
        Assert.Equal([offsets[2], offsets[5], offsets[8], offsets[9]], pages.Select(p => p.Offset));

        var path = WriteTemp(file, "crawl.warc.gz");
        using var reader = WarcReader.Open(path, pages[2].Offset);
        var again = reader.ReadPage();
        Assert.NotNull(again);
        Assert.Equal(RecordId(8), again.RecordId);
        Assert.Equal(pages[2].Payload.ToArray(), again.Payload.ToArray());
    }

    [Fact]
    public void Gzip_members_cut_inside_record_headers_and_payloads_read_as_one_stream()
    {
        var records = Crawl();
        var plain = records.SelectMany(r => r).ToArray();
        var ferryStart = records.Take(2).Sum(r => r.Length);
        var libraryStart = records.Take(5).Sum(r => r.Length);

        // Cuts inside the "WARC-Record-ID" line, between CR and LF of the header's last line, in the HTTP header and in a body.
        var headerText = Encoding.ASCII.GetString(plain, ferryStart, 400);
        var cuts = new[]
        {
            ferryStart + headerText.IndexOf("Record-ID", StringComparison.Ordinal) + 4,
            ferryStart + headerText.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 1,
            ferryStart + headerText.IndexOf("HTTP/1.1", StringComparison.Ordinal) + 10,
            libraryStart + 900,
        };
        var (pages, errors, _) = ReadAll(GzipCutAt(plain, cuts));
        AssertCrawlPages(pages);
        Assert.Empty(errors);
    }

    [Fact]
    public void Whole_file_gzip_and_a_non_seekable_stream_work()
    {
        var plain = Crawl().SelectMany(r => r).ToArray();
        var (pages, errors, _) = ReadAll(Gzip(plain), seekable: false);
        AssertCrawlPages(pages);
        Assert.Empty(errors);
        Assert.All(pages, p => Assert.Equal(0, p.Offset));
    }

    [Fact]
    public void A_record_cut_short_at_the_end_is_counted_and_the_pages_before_it_are_kept()
    {
        var records = Crawl();
        var plain = records.SelectMany(r => r).ToArray();
        var cut = plain[..^300];
        var (pages, errors, stats) = ReadAll(cut);
        Assert.Equal(3, pages.Count);
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.Truncated, error.Kind);
        Assert.Equal(plain.Length - records[^1].Length, error.Offset);
        Assert.Equal(1, stats.Errors);

        // The same in gzip: the last member ends early.
        var (gz, offsets) = GzipPerRecord(records);
        var (gzPages, gzErrors, _) = ReadAll(gz[..^40]);
        Assert.Equal(3, gzPages.Count);
        var gzError = Assert.Single(gzErrors);
        Assert.Equal(WarcErrorKind.BadGzip, gzError.Kind);
        Assert.Equal(offsets[^1], gzError.Offset);
    }

    [Fact]
    public void A_file_cut_inside_a_warc_header_is_a_truncated_record()
    {
        var records = Crawl();
        var plain = records.SelectMany(r => r).ToArray();
        var (pages, errors, _) = ReadAll(plain[..(plain.Length - records[^1].Length + 30)]);
        Assert.Equal(3, pages.Count);
        Assert.Equal(WarcErrorKind.Truncated, Assert.Single(errors).Kind);
    }

    [Theory]
    [InlineData(-25)]
    [InlineData(7)]
    public void A_record_with_a_wrong_content_length_is_skipped_and_reading_goes_on(int delta)
    {
        var records = Crawl();
        records[5] = Record("response", 5, "https://valley.example/library", Http(200, "text/html", Encoding.UTF8.GetBytes(ArchivePages.Library)), lengthDelta: delta);
        var (pages, errors, stats) = ReadAll(records.SelectMany(r => r).ToArray());
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.WrongLength, error.Kind);
        Assert.Equal(records.Take(5).Sum(r => r.Length), error.Offset);
        Assert.Equal(1, stats.Errors);
    }

    [Theory]
    [InlineData("abc", WarcErrorKind.BadHeader, 3)]
    [InlineData("-5", WarcErrorKind.BadHeader, 3)]
    [InlineData("+5", WarcErrorKind.BadHeader, 3)]
    [InlineData("99999999999999999999", WarcErrorKind.BadHeader, 3)]
    [InlineData("9000000000000000000", WarcErrorKind.Truncated, 0)]
    [InlineData("16000000", WarcErrorKind.Truncated, 0)]
    public void A_content_length_that_is_no_number_or_runs_past_the_file_is_one_error_without_loading_it(string length, WarcErrorKind kind, int pagesLeft)
    {
        // A bad number: the record is skipped and the reader finds the next one. A length past the end of the file
        // (under the payload limit, so the body buffer is that size at most): the rest of the file is that record.
        var records = Crawl();
        var ferry = Encoding.ASCII.GetString(records[2]);
        var at = ferry.IndexOf("Content-Length: ", StringComparison.Ordinal) + 16;
        records[2] = Encoding.ASCII.GetBytes(ferry[..at] + length + ferry[ferry.IndexOf("\r\n", at, StringComparison.Ordinal)..]);
        var (pages, errors, stats) = ReadAll(records.SelectMany(r => r).ToArray());
        Assert.Equal(pagesLeft, pages.Count);
        var error = Assert.Single(errors);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(records.Take(2).Sum(r => r.Length), error.Offset);
        Assert.Equal(1, stats.Errors);
    }

    [Fact]
    public void A_corrupt_gzip_member_is_skipped_with_one_error_and_the_next_members_are_read()
    {
        var records = Crawl();
        var (file, offsets) = GzipPerRecord(records);

        // Scribble over the middle of the library page's compressed data.
        var middle = (int)((offsets[5] + offsets[6]) / 2);
        for (var i = middle; i < middle + 40; i++)
        {
            file[i] ^= 0x5a;
        }

        var (pages, errors, _) = ReadAll(file);
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.BadGzip, error.Kind);
        Assert.Equal(offsets[5], error.Offset);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_bad_gzip_header_is_passed_over_on_a_non_seekable_stream_too(bool seekable)
    {
        // A reserved flag bit in the library record's member header, and a member cut short after its magic at the
        // end. Reading from a pipe used to stay on the bad header and find its magic again, for ever.
        var records = Crawl();
        var (file, offsets) = GzipPerRecord(records);
        file[(int)offsets[5] + 3] |= 0x20;
        file = [.. file, 0x1f, 0x8b, 8, 0, 0];
        var (pages, errors, _) = await Task.Run(() => ReadAll(file, seekable)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        Assert.Equal([WarcErrorKind.BadGzip, WarcErrorKind.BadGzip], errors.Select(e => e.Kind));
        Assert.Equal([offsets[5], file.Length - 5], errors.Select(e => e.Offset));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Gzip_headers_with_the_longest_extra_field_and_long_names_and_comments_are_read(bool seekable)
    {
        // RFC 1952 allows an extra field of 65,535 bytes and a name and comment of any length. A header longer than the
        // reader's 64 KiB input buffer used to be a corrupt member, and its record was lost.
        var records = Crawl();
        var members = records.Select(Gzip).ToArray();
        members[2] = WithHeaderFields(members[2], extra: 65_535, name: 70_000, comment: -1, headerCrc: true);
        members[5] = WithHeaderFields(members[5], extra: -1, name: 300_000, comment: GzipMemberSource.MaxHeaderText - 300_002, headerCrc: false);
        members[8] = WithHeaderFields(members[8], extra: 65_535, name: -1, comment: 100_000, headerCrc: true);
        var (file, offsets) = Concat(members);
        var (pages, errors, _) = await Task.Run(() => ReadAll(file, seekable)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(errors);
        AssertCrawlPages(pages);
        if (seekable)
        {
            Assert.Equal([offsets[2], offsets[5], offsets[8], offsets[9]], pages.Select(p => p.Offset));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_gzip_header_name_and_comment_over_the_bound_are_one_bad_member_and_reading_goes_on(bool seekable)
    {
        // Name and comment one byte over the bound (terminators included), then a name that never ends (the file ends
        // first): each is one BadGzip error at its member's offset, and the members after the first are read.
        var records = Crawl();
        var members = records.Select(Gzip).ToArray();
        members[5] = WithHeaderFields(members[5], extra: 10, name: 600_000, comment: GzipMemberSource.MaxHeaderText - 600_001, headerCrc: false);
        var cut = WithHeaderFields(members[0], extra: -1, name: 5_000, comment: -1, headerCrc: false);
        var (file, offsets) = Concat([.. members, cut[..2_000]]);
        var (pages, errors, stats) = await Task.Run(() => ReadAll(file, seekable)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        Assert.Equal([WarcErrorKind.BadGzip, WarcErrorKind.BadGzip], errors.Select(e => e.Kind));
        Assert.Equal([offsets[5], offsets[^1]], errors.Select(e => e.Offset));
        Assert.Equal("gzip header name and comment longer than 1 MiB", errors[0].Message);
        Assert.Equal("the file ends inside a gzip header", errors[1].Message);
        Assert.Equal(2, stats.Errors);
    }

    /// <summary>A gzip member with the optional header fields of the given lengths (-1: absent; a name or comment's
    /// length leaves out its terminating zero).</summary>
    private static byte[] WithHeaderFields(byte[] member, int extra, int name, int comment, bool headerCrc)
    {
        var head = member[..10];
        head[3] = (byte)((extra >= 0 ? 4 : 0) | (name >= 0 ? 8 : 0) | (comment >= 0 ? 16 : 0) | (headerCrc ? 2 : 0));
        var fields = new List<byte>();
        if (extra >= 0)
        {
            fields.AddRange([(byte)extra, (byte)(extra >> 8)]);
            fields.AddRange(Enumerable.Repeat((byte)'x', extra));
        }

        foreach (var text in new[] { name, comment }.Where(t => t >= 0))
        {
            fields.AddRange(Enumerable.Repeat((byte)'n', text));
            fields.Add(0);
        }

        if (headerCrc)
        {
            // The reader does not check the header's CRC16 (the member's CRC32 covers the data).
            fields.AddRange([0xab, 0xcd]);
        }

        return [.. head, .. fields, .. member[10..]];
    }

    private static (byte[] File, long[] Offsets) Concat(byte[][] members)
    {
        var offsets = new long[members.Length];
        for (var i = 1; i < members.Length; i++)
        {
            offsets[i] = offsets[i - 1] + members[i - 1].Length;
        }

        return ([.. members.SelectMany(m => m)], offsets);
    }

    [Theory]
    [InlineData("lines", false)]
    [InlineData("lines", true)]
    [InlineData("one line", false)]
    [InlineData("one line", true)]
    [InlineData("lines then a page", false)]
    [InlineData("lines then a page", true)]
    [InlineData("one long line then a page", false)]
    public void A_10_mb_http_head_is_one_bad_record_and_the_next_records_are_read(string shape, bool gzip)
    {
        // 10 MB of HTTP header in a record's block: short lines with no blank line after them, one line with no line
        // break, or short lines or one line and then the blank line and a page (read as that page until the whole
        // header was held to MaxHeaderLength, as the WARC header is). Each is one error at the record's offset, read a
        // line at a time, never held whole; where the record's block holds the header, the rest of it is skipped.
        var filler = shape.StartsWith("one", StringComparison.Ordinal) ? "X-Filler: " + new string('a', 10_000_000) : string.Concat(Enumerable.Repeat("X-Filler: " + new string('a', 90) + "\r\n", 100_000));
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + filler;
        var block = Encoding.ASCII.GetBytes(shape.EndsWith("a page", StringComparison.Ordinal) ? head + (filler.EndsWith('\n') ? "\r\n" : "\r\n\r\n") + ArchivePages.Library : head);
        var records = Crawl();
        records[5] = Record("response", 5, "https://valley.example/library", block);
        var (file, offsets) = gzip ? GzipPerRecord(records) : (records.SelectMany(r => r).ToArray(), null);
        var (pages, errors, stats) = ReadAll(file);
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.BadPayload, error.Kind);
        Assert.Equal(gzip ? offsets![5] : records.Take(5).Sum(r => r.Length), error.Offset);
        Assert.Equal(shape == "one line" ? "HTTP header runs past the record's block" : "HTTP header longer than 65536 bytes", error.Message);
        Assert.Equal(1, stats.Errors);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-4)]
    public void A_page_read_whole_before_the_stream_fails_is_returned_and_the_next_read_throws(int fromNextMember)
    {
        // Reading a record's end reads on into the next gzip member (to check the record's own checksum): a disk error
        // there lost the page just read. Ten bytes into the next member, the page is whole and checked; four bytes
        // before it, in the page's own checksum, it is not, and the error is thrown at once.
        var (file, offsets) = GzipPerRecord(Crawl());
        using var reader = new WarcReader(new FailingStream(file, offsets[3] + fromNextMember));
        if (fromNextMember > 0)
        {
            Assert.Equal("https://coast.example/news/ferry", reader.ReadPage()?.Url);
        }

        Assert.Equal(FailingStream.Message, Assert.Throws<IOException>(() => reader.ReadPage()).Message);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(int.MaxValue - 1, 1)]
    [InlineData(64 * 1024, -1)]
    public void Limits_out_of_range_are_refused_when_the_reader_is_made(int maxHeader, int maxPayload)
    {
        // MaxHeaderLength near int.MaxValue overflowed the line buffer's size to its 64 KiB floor, so a header line
        // longer than that read as the end of the file; 0 read no record at all; both without a word.
        var options = new WarcReaderOptions { MaxHeaderLength = maxHeader, MaxPayloadLength = maxPayload };
        Assert.Throws<ArgumentOutOfRangeException>(() => new WarcReader(new MemoryStream(Crawl()[2]), options));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Max_read_length_stops_reading_after_that_many_decompressed_bytes_and_says_so(bool gzip)
    {
        // A bound on the stream's own bytes does not bound the work: one gzip member can inflate a thousandfold.
        var records = Crawl();
        var plain = records.SelectMany(r => r).ToArray();
        var file = gzip ? Gzip(plain) : plain;
        using (var whole = new WarcReader(new MemoryStream(file), new WarcReaderOptions { MaxReadLength = plain.Length }))
        {
            Assert.Equal(4, whole.ReadPages().Count());
            Assert.False(whole.Statistics.ReadLimitReached);
        }

        // The limit falls inside the third record: the two before it are read, the rest is not.
        var limit = records[0].Length + records[1].Length + (records[2].Length / 2);
        using var reader = new WarcReader(new MemoryStream(file), new WarcReaderOptions { MaxReadLength = limit });
        var errors = new List<WarcErrorEventArgs>();
        reader.Error += (_, e) => errors.Add(e);
        var read = reader.ReadPages().Count();
        Assert.True(read < 4, $"{read} pages read within the limit");
        Assert.True(reader.Statistics.ReadLimitReached);
        Assert.Equal("MaxReadLength ends inside the record", Assert.Single(errors).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WarcReader(new MemoryStream(file), new WarcReaderOptions { MaxReadLength = 0 }));
    }

    [Fact]
    public void A_large_header_limit_reads_a_header_line_longer_than_64_kib()
    {
        var records = Crawl();
        var ferry = Encoding.ASCII.GetString(records[2]);
        records[2] = Encoding.ASCII.GetBytes(ferry.Replace("WARC-Type: response\r\n", "WARC-Type: response\r\nX-Note: " + new string('n', 100_000) + "\r\n", StringComparison.Ordinal));
        using var reader = new WarcReader(new MemoryStream(records.SelectMany(r => r).ToArray()), new WarcReaderOptions { MaxHeaderLength = 1024 * 1024 });
        var errors = new List<WarcErrorEventArgs>();
        reader.Error += (_, e) => errors.Add(e);
        Assert.Equal(4, reader.ReadPages().Count());
        Assert.Empty(errors);
    }

    [Fact]
    public void A_checksum_mismatch_drops_the_record_of_its_member_only()
    {
        var records = Crawl();
        var (file, offsets) = GzipPerRecord(records);
        file[(int)offsets[6] - 8] ^= 0xff; // the CRC32 of the library record's member
        var (pages, errors, _) = ReadAll(file);
        Assert.Equal(["https://coast.example/news/ferry", "https://farm.example/frost", "https://citta.example/cafe"], pages.Select(p => p.Url));
        Assert.Equal(WarcErrorKind.BadGzip, Assert.Single(errors).Kind);
    }

    [Fact]
    public void Garbage_between_records_is_one_error_and_a_bad_content_encoding_another()
    {
        var records = Crawl().ToList();
        records.Insert(3, "this line is not a WARC record\r\nnor is this one\r\n"u8.ToArray());
        records.Add(Record("response", 10, "https://bad.example/", Http(200, "text/html", "not gzip at all"u8.ToArray(), "Content-Encoding: gzip")));
        records.Add(Record("response", 11, "https://odd.example/", Http(200, "text/html", "zz"u8.ToArray(), "Content-Encoding: compress")));
        var (pages, errors, stats) = ReadAll(records.SelectMany(r => r).ToArray());
        Assert.Equal(4, pages.Count);
        Assert.Equal([WarcErrorKind.BadHeader, WarcErrorKind.BadPayload], errors.Select(e => e.Kind));
        Assert.Equal(7, stats.Skipped); // the unknown encoding is passed over, not an error
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void A_corrupt_content_encoding_is_a_bad_payload_whichever_the_decoder(string encoding)
    {
        // BrotliStream throws InvalidOperationException on invalid data, which escaped the reader.
        var html = Encoding.UTF8.GetBytes(ArchivePages.Ferry);
        var encoded = encoding == "br" ? Brotli(html) : encoding == "gzip" ? Gzip(html) : Gzip(html)[10..^8];
        var corrupt = encoded.Select(b => (byte)(b ^ 0x55)).ToArray();
        var file = new[]
        {
            Record("response", 1, "https://bad.example/", Http(200, "text/html", corrupt, "Content-Encoding: " + encoding)),
            Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry),
        }.SelectMany(r => r).ToArray();
        var (pages, errors, stats) = ReadAll(file);
        Assert.Equal("https://coast.example/news/ferry", Assert.Single(pages).Url);
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.BadPayload, error.Kind);
        Assert.Equal(0, error.Offset);
        Assert.Equal(1, stats.Errors);
    }

    [Fact]
    public void A_response_record_with_an_empty_block_is_a_bad_payload_named_as_such()
    {
        // Content-Length: 0 used to be reported as "HTTP status line too long", the closing CR LF read as the status
        // line, and the record taken for one overrunning its block.
        var records = Crawl().ToList();
        records.Insert(3, Record("response", 20, "https://empty.example/", []));
        var (pages, errors, stats) = ReadAll(records.SelectMany(r => r).ToArray());
        AssertCrawlPages(pages);
        var error = Assert.Single(errors);
        Assert.Equal(WarcErrorKind.BadPayload, error.Kind);
        Assert.Equal("empty HTTP response", error.Message);
        Assert.Equal(records.Take(3).Sum(r => r.Length), error.Offset);
        Assert.Equal(11, stats.Records);
        Assert.Equal(6, stats.Skipped);
    }

    [Fact]
    public void Payloads_over_the_limit_are_skipped_without_being_loaded()
    {
        var big = ArchivePages.Page("A long page", "Example", Enumerable.Repeat("Filler sentence for a long page. ", 3000).ToArray());
        var file = new[] { Response(1, "https://big.example/", big), Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry) }.SelectMany(r => r).ToArray();
        using var reader = new WarcReader(new MemoryStream(file), new WarcReaderOptions { MaxPayloadLength = 50_000 });
        var pages = reader.ReadPages().ToList();
        Assert.Equal("https://coast.example/news/ferry", Assert.Single(pages).Url);
        Assert.Equal(1, reader.Statistics.Skipped);
    }

    [Fact]
    public void Payloads_extract_as_they_would_alone_with_the_charset_of_the_http_header()
    {
        var (pages, _, _) = ReadAll(GzipPerRecord(Crawl()).File);
        var cafe = pages[3];
        var article = ArticleExtractor.Default.Extract(cafe.Payload.Span, new Uri(cafe.Url!), cafe.ContentType);
        Assert.Contains("Owners of cafés and crêperies", article.Body, StringComparison.Ordinal);
        Assert.Equal("Café owners in the old town protest against new terrace fees", article.Title);
    }

    /// <summary>A file whose reads fail once they reach a given offset, as a disk going bad under it.</summary>
    private sealed class FailingStream(byte[] bytes, long failAt) : MemoryStream(bytes, writable: false)
    {
        public const string Message = "Input/output error";

        // A MemoryStream subclass's span reads come here too.
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= failAt ? throw new IOException(Message) : base.Read(buffer, offset, (int)Math.Min(count, failAt - Position));
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
