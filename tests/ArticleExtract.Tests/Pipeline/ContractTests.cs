using System.IO.Compression;
using System.Text;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Pipeline;

/// <summary>
/// The public contract at its edges: options at their bounds, streams that misbehave, hostile content types and
/// addresses. Each gives an article or one of the documented exceptions, never an unrelated one from inside a stage.
/// </summary>
public sealed class ContractTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/a/b");

    private static byte[] PageBytes => Encoding.UTF8.GetBytes(TestPages.Article());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Lengths_below_one_are_refused_when_built(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = value }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxElements = value }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(4097)]
    [InlineData(int.MaxValue)]
    public void Nesting_depths_out_of_range_are_refused_when_built(int depth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxNestingDepth = depth }));

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    public void Nesting_depths_at_the_bounds_read_deep_pages(int depth)
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { MaxNestingDepth = depth });
        var deep = "<html><body>" + Hostile.Repeat("<div>", 6_000) + TestPages.Article() + "</body></html>";
        var article = Hostile.WithinLimit(() => extractor.Extract(deep, PageUrl), TimeSpan.FromSeconds(20));
        Assert.True(article.HasContent);
    }

    [Fact]
    public void Largest_limits_are_accepted_and_read_pages_as_the_defaults_do()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions
        {
            MaxInputLength = int.MaxValue,
            MaxElements = int.MaxValue,
            TimeBudget = TimeSpan.MaxValue,
        });
        var expected = ArticleExtractor.Default.Extract(PageBytes, PageUrl).ToJson();
        Assert.Equal(expected, extractor.Extract(PageBytes, PageUrl).ToJson());
        Assert.Equal(expected, extractor.Extract(new MemoryStream(PageBytes), PageUrl).ToJson());
        Assert.Equal(expected, extractor.Extract(Compress(PageBytes), PageUrl).ToJson());
        Assert.Equal(expected, new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan }).Extract(PageBytes, PageUrl).ToJson());
    }

    [Fact]
    public void Smallest_limits_throw_the_documented_limit_on_every_entry_point()
    {
        var one = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = 1 });
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => one.Extract("ab")).Limit);
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => one.Extract(PageBytes)).Limit);
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => one.Extract(new MemoryStream(PageBytes))).Limit);
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => one.Extract(new TrickleStream(PageBytes))).Limit);
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = 1000 }).Extract(Compress(PageBytes))).Limit);
        Assert.Equal("a", one.Extract("a").Body);
        var element = new ArticleExtractor(new ArticleExtractorOptions { MaxElements = 1 });
        var error = Assert.Throws<ExtractionLimitException>(() => element.Extract(TestPages.Article()));
        Assert.Equal((ExtractionLimit.Elements, 1L), (error.Limit, error.LimitValue));
        Assert.Equal("just text", element.Extract("just text").Body);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-2L)]
    [InlineData(long.MinValue)]
    public void Time_budgets_that_are_not_positive_are_refused_when_built(long ticks) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromTicks(ticks) }));

    [Fact]
    public void A_one_tick_budget_throws_the_documented_limit()
    {
        // The shortest budget is spent at the first check after the start, on the real clock too.
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromTicks(1), Clock = new SteppingClock(TimeSpan.FromTicks(1)) });
        var error = Assert.Throws<ExtractionLimitException>(() => extractor.Extract(TestPages.Article(), PageUrl));
        Assert.Equal(ExtractionLimit.TimeBudget, error.Limit);
    }

    [Fact]
    public void A_clock_that_goes_backwards_never_spends_the_budget()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromTicks(1), Clock = new SteppingClock(TimeSpan.FromSeconds(-1)) });
        Assert.True(extractor.Extract(TestPages.Article(), PageUrl).HasContent);
    }

    [Fact]
    public void Undefined_favor_is_refused_when_built() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { Favor = (ExtractionFavor)42 }));

    [Fact]
    public async Task A_stream_read_one_byte_at_a_time_gives_what_its_bytes_give()
    {
        var expected = ArticleExtractor.Default.Extract(PageBytes, PageUrl).ToJson();
        Assert.Equal(expected, ArticleExtractor.Default.Extract(new TrickleStream(PageBytes), PageUrl).ToJson());
        Assert.Equal(expected, (await ArticleExtractor.Default.ExtractAsync(new TrickleStream(PageBytes), PageUrl)).ToJson());
    }

    [Fact]
    public void A_stream_whose_length_lies_is_read_to_its_end()
    {
        var expected = ArticleExtractor.Default.Extract(PageBytes, PageUrl).ToJson();
        Assert.Equal(expected, ArticleExtractor.Default.Extract(new TrickleStream(PageBytes) { ReportedLength = 3 }, PageUrl).ToJson());
        Assert.Equal(expected, ArticleExtractor.Default.Extract(new TrickleStream(PageBytes) { ReportedLength = long.MaxValue }, PageUrl).ToJson());
    }

    [Fact]
    public async Task A_stream_that_ends_with_a_negative_count_is_read_as_ended()
    {
        // Outside Stream's contract, but always read as the end: a broken stream is not an error here.
        var expected = ArticleExtractor.Default.Extract(PageBytes, PageUrl).ToJson();
        Assert.Equal(expected, ArticleExtractor.Default.Extract(new TrickleStream(PageBytes) { NegativeEnd = true }, PageUrl).ToJson());
        Assert.Equal(expected, (await ArticleExtractor.Default.ExtractAsync(new TrickleStream(PageBytes) { NegativeEnd = true }, PageUrl)).ToJson());
    }

    [Fact]
    public async Task An_empty_stream_is_an_empty_page()
    {
        Assert.Equal(ExtractionOutcome.NoArticle, ArticleExtractor.Default.Extract(Stream.Null, PageUrl).Outcome);
        Assert.Equal(ExtractionOutcome.NoArticle, (await ArticleExtractor.Default.ExtractAsync(Stream.Null, PageUrl)).Outcome);
    }

    [Fact]
    public async Task A_stream_that_fails_midway_passes_its_own_exception_on()
    {
        // A broken connection is the caller's stream failing, not the page: its exception reaches the caller as it was.
        Assert.Throws<IOException>(() => ArticleExtractor.Default.Extract(new TrickleStream(PageBytes) { FailAfter = 100 }, PageUrl));
        await Assert.ThrowsAsync<IOException>(() => ArticleExtractor.Default.ExtractAsync(new TrickleStream(PageBytes) { FailAfter = 100 }, PageUrl));
    }

    [Fact]
    public async Task A_stream_that_cannot_be_read_is_refused_as_an_argument()
    {
        // Compressing streams are write-only: reading one threw InvalidOperationException from inside the stream.
        using var writeOnly = new GZipStream(new MemoryStream(), CompressionMode.Compress);
        Assert.Throws<ArgumentException>("html", () => ArticleExtractor.Default.Extract(writeOnly, PageUrl));
        await Assert.ThrowsAsync<ArgumentException>("html", () => ArticleExtractor.Default.ExtractAsync(writeOnly, PageUrl));
        var disposed = new MemoryStream(PageBytes);
        disposed.Dispose();
        Assert.Throws<ArgumentException>("html", () => ArticleExtractor.Default.Extract(disposed, PageUrl));
        await Assert.ThrowsAsync<ArgumentException>("html", () => ArticleExtractor.Default.ExtractAsync(disposed, PageUrl));
    }

    [Fact]
    public async Task A_cancelled_token_stops_an_endless_stream_that_ignores_it()
    {
        // A stream that answers every read at once and never looks at the token: the reading loop itself must stop.
        using var cts = new CancellationTokenSource();
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = 4_000_000 });
        var endless = new TrickleStream(null) { AfterRead = cts.Cancel };
        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(endless, PageUrl, cancellationToken: cts.Token));
        Assert.True(endless.Reads <= 2, $"{endless.Reads} reads");
        using var asyncCts = new CancellationTokenSource();
        var endlessAsync = new TrickleStream(null) { AfterRead = asyncCts.Cancel };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(endlessAsync, PageUrl, cancellationToken: asyncCts.Token));
        Assert.True(endlessAsync.Reads <= 2, $"{endlessAsync.Reads} reads");
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_reads_nothing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var stream = new TrickleStream(PageBytes);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(stream, PageUrl, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(Stream.Null, PageUrl, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(PageBytes, PageUrl, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 }, PageUrl, cancellationToken: cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleExtractor.Default.ExtractAsync(stream, PageUrl, cancellationToken: cts.Token));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData(";;;===\"\"\\")]
    [InlineData("text/html; charset=")]
    [InlineData("text/html; charset=\"utf-8")]
    [InlineData("text/html; charset=no-such-charset-42")]
    [InlineData("text/html; charset=utf-7")]
    [InlineData("text/html; charset=x-user-defined")]
    [InlineData("text/html; charset=replacement")]
    [InlineData("\0\u00ff\ud800")]
    public void Garbage_content_types_are_data(string contentType)
    {
        var article = ArticleExtractor.Default.Extract(PageBytes, PageUrl, contentType);
        Assert.NotNull(article.ToJson());
        _ = ArticleExtractor.IsProbablyArticle(PageBytes, contentType);
    }

    [Theory]
    [InlineData("text/html; ")]
    [InlineData("text/html; a=b;")]
    [InlineData("text/html; a=\"")]
    [InlineData("charset=\"\\")]
    [InlineData(";")]
    public void A_content_type_of_a_megabyte_is_read_in_linear_time(string unit)
    {
        var contentType = Hostile.Repeat(unit, 1_000_000 / unit.Length) + "; charset=windows-1252";
        var article = Hostile.WithinLimit(() => ArticleExtractor.Default.Extract(PageBytes, PageUrl, contentType), TimeSpan.FromSeconds(5));
        Assert.True(article.HasContent);
        Assert.True(Hostile.WithinLimit(() => ArticleExtractor.IsProbablyArticle(PageBytes, contentType), TimeSpan.FromSeconds(5)));
    }

    public static TheoryData<string> Addresses => new()
    {
        "/a/b",
        "b.html",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<p>x</p>",
        "mailto:someone@example.com",
        "https://news.example.com/" + new string('a', 1_000_000),
        "https://news.example.com/?" + Hostile.Repeat("a=1&", 250_000),
        "https://[::1]:8080/a",
        "https://xn--nxasmq6b.example/ä/ö",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Any_address_is_data(string address)
    {
        var url = new Uri(address, UriKind.RelativeOrAbsolute);
        var article = Hostile.WithinLimit(() => ArticleExtractor.Default.Extract(TestPages.Article(), url), TimeSpan.FromSeconds(10));
        Assert.True(article.HasContent);
        if (!url.IsAbsoluteUri)
        {
            // A relative address locates nothing: read as a page given without one (it threw from the page-kind classifier).
            Assert.Equal(ArticleExtractor.Default.Extract(TestPages.Article()).ToJson(), article.ToJson());
        }

        _ = article.ToHtml();
        _ = article.ToMarkdown(frontMatter: true);
        _ = article.ToJson();
        _ = article.ToText(header: true);
        Assert.True(ArticleExtractor.Default.Extract(PageBytes, url).HasContent);
    }

    [Fact]
    public void Is_probably_article_on_hostile_input_is_a_boolean_or_the_documented_limit()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleExtractor.IsProbablyArticle((string)null!));
        Assert.False(ArticleExtractor.IsProbablyArticle(""));
        Assert.False(ArticleExtractor.IsProbablyArticle([]));
        Assert.False(ArticleExtractor.IsProbablyArticle(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 }));
        Assert.False(ArticleExtractor.IsProbablyArticle(Hostile.Repeat("<div>", 100_000)));
        Assert.True(ArticleExtractor.IsProbablyArticle(Compress(PageBytes)));
        Assert.Equal(ExtractionLimit.InputLength, Assert.Throws<ExtractionLimitException>(() => ArticleExtractor.IsProbablyArticle(new string(' ', 16 * 1024 * 1024 + 1))).Limit);
    }

    [Fact]
    public void The_default_extractor_shared_by_many_threads_gives_one_answer()
    {
        var pages = new[] { TestPages.Article(), Fixture.Read("seed-news-page.html") };
        var expected = pages.Select(p => ArticleExtractor.Default.Extract(p, PageUrl).ToJson()).ToArray();
        var results = new string[16][];
        Hostile.WithinLimit(() =>
        {
            Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                results[i] = new string[8];
                for (var r = 0; r < 8; r++)
                {
                    results[i][r] = (r % 2 == 0 ? ArticleExtractor.Default.Extract(pages[r / 2 % 2], PageUrl) : ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(pages[r / 2 % 2]), PageUrl)).ToJson();
                    _ = ArticleExtractor.IsProbablyArticle(pages[r % 2]);
                }
            });
            return 0;
        }, TimeSpan.FromSeconds(60));
        foreach (var run in results)
        {
            for (var r = 0; r < 8; r++)
            {
                Assert.Equal(expected[r / 2 % 2], run[r]);
            }
        }
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>
    /// A stream that gives one byte per read (endless when it has no bytes), may fail after some, may report a false
    /// length, and ignores every cancellation token it is given.
    /// </summary>
    private sealed class TrickleStream(byte[]? bytes) : Stream
    {
        private int _position;

        public long? ReportedLength { get; init; }

        public int FailAfter { get; init; } = int.MaxValue;

        public Action? AfterRead { get; init; }

        public bool NegativeEnd { get; init; }

        public int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => ReportedLength ?? throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            if (_position >= FailAfter)
            {
                throw new IOException("The connection was reset.");
            }

            try
            {
                if (bytes is not null && _position >= bytes.Length)
                {
                    return NegativeEnd ? -1 : 0;
                }

                buffer[0] = bytes is null ? (byte)'a' : bytes[_position];
                _position++;
                return 1;
            }
            finally
            {
                AfterRead?.Invoke();
            }
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
