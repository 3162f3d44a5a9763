using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ArticleExtract.Sniffing;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Sniffing;

/// <summary>Input as it really arrives: compressed, binary, padded, or with stray control characters.</summary>
public sealed class InputSniffingTests
{
    private static readonly string Body = $"{TestPages.P1}\n\n{TestPages.P2}\n\n{TestPages.P3}";
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(TestPages.Article());

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Zlib(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>No output of the article, in any rendering, holds a control character.</summary>
    private static void AssertNoControls(Article article)
    {
        foreach (var rendering in new[] { article.Body, article.ToText(), article.ToMarkdown(), article.ToHtml(), article.ToJson() })
        {
            Assert.DoesNotContain(rendering, c => ControlCharacters.IsControl(c));
        }
    }

    private static void AssertNotHtml(Article article)
    {
        Assert.Equal(ExtractionOutcome.NotHtml, article.Outcome);
        Assert.Empty(article.Sections);
        Assert.Equal("", article.Body);
        Assert.Null(article.Title);
        Assert.False(article.HasContent);
        AssertNoControls(article);
    }

    [Fact]
    public async Task A_gzip_page_reads_as_the_page_from_bytes_a_stream_and_async()
    {
        var gz = Gzip(Page);
        Assert.Equal(Body, ArticleExtractor.Default.Extract(gz).Body);
        Assert.Equal(Body, ArticleExtractor.Default.Extract(new MemoryStream(gz)).Body);
        Assert.Equal(Body, (await ArticleExtractor.Default.ExtractAsync(new MemoryStream(gz))).Body);
        Assert.True(ArticleExtractor.IsProbablyArticle(gz));
    }

    [Fact]
    public void A_zlib_page_and_a_page_gzipped_twice_read_as_the_page()
    {
        Assert.Equal(Body, ArticleExtractor.Default.Extract(Zlib(Page)).Body);
        Assert.Equal(Body, ArticleExtractor.Default.Extract(Gzip(Gzip(Page))).Body);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(100u)]
    [InlineData(uint.MaxValue)]
    public void A_gzip_page_whose_trailer_misstates_its_length_still_reads_whole(uint statedLength)
    {
        // The trailer's length only sizes the first buffer: a wrong one (a second member, a sender's mistake) must not cut
        // the page or fail it. Padding makes the page outgrow several doublings of a buffer sized from a small claim.
        var page = Encoding.UTF8.GetBytes(TestPages.Article().Replace("</body>", $"<!--{new string('x', 200_000)}--></body>", StringComparison.Ordinal));
        var gz = Gzip(page);
        BitConverter.TryWriteBytes(gz.AsSpan(gz.Length - 4), statedLength);
        Assert.Equal(Body, ArticleExtractor.Default.Extract(gz).Body);
    }

    [Fact]
    public void A_gzip_page_in_a_legacy_charset_is_decoded_by_its_declaration()
    {
        var html = TestPages.Article().Replace("charset=\"utf-8\"", "charset=\"windows-1252\"", StringComparison.Ordinal)
            .Replace("<p>" + TestPages.P3, "<p>Café crème at the new stop. " + TestPages.P3, StringComparison.Ordinal);
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html);
        Assert.Contains("Café crème at the new stop.", ArticleExtractor.Default.Extract(Gzip(bytes)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_page_gives_the_text_before_the_cut()
    {
        var gz = Gzip(Page);
        var article = ArticleExtractor.Default.Extract(gz.AsSpan(0, gz.Length * 3 / 4));
        Assert.Contains(TestPages.P1, article.Body, StringComparison.Ordinal);
        AssertNoControls(article);
    }

    [Fact]
    public void A_gzip_bomb_of_one_gigabyte_is_refused_in_milliseconds()
    {
        // 64 gzip members of 16 MiB of zeros each: about 1 MB that inflates to 1 GiB (concatenated members are one
        // gzip file, RFC 1952 section 2.2).
        var member = Gzip(new byte[16 * 1024 * 1024]);
        var bomb = new byte[member.Length * 64];
        for (var i = 0; i < 64; i++)
        {
            member.CopyTo(bomb, i * member.Length);
        }

        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<ExtractionLimitException>(() => ArticleExtractor.Default.Extract(bomb));
        clock.Stop();
        Assert.Equal(ExtractionLimit.InputLength, ex.Limit);
        Assert.Equal(ArticleExtractor.Default.Options.MaxInputLength, ex.LimitValue);
        // Inflating the 16 MiB limit takes tens of milliseconds; the bound leaves room for a loaded machine.
        Assert.True(clock.ElapsedMilliseconds < 3000, $"{clock.ElapsedMilliseconds} ms");
        Assert.Throws<ExtractionLimitException>(() => ArticleExtractor.Default.Extract(new MemoryStream(bomb)));
        Assert.Throws<ExtractionLimitException>(() => ArticleExtractor.IsProbablyArticle(bomb));
    }

    [Fact]
    public void The_input_limit_applies_to_the_inflated_size()
    {
        var small = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = Page.Length - 1 });
        var gz = Gzip(Page);
        Assert.True(gz.Length < Page.Length - 1);
        var ex = Assert.Throws<ExtractionLimitException>(() => small.Extract(gz));
        Assert.Equal(ExtractionLimit.InputLength, ex.Limit);

        var exact = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = Page.Length });
        Assert.Equal(Body, exact.Extract(gz).Body);
    }

    public static TheoryData<string, byte[]> BinaryFiles()
    {
        var random = new Random(12);
        byte[] Noise(int n)
        {
            var b = new byte[n];
            random.NextBytes(b);
            return b;
        }

        byte[] With(string head, int noise = 4096) => [.. Encoding.Latin1.GetBytes(head), .. Noise(noise)];

        // Each file starts as its format does and continues with noise that holds '<', '>' and letters, as real
        // image or archive data does.
        return new TheoryData<string, byte[]>
        {
            { "ELF executable", With("\u007FELF\u0002\u0001\u0001\u0000") },
            { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n<p>Not a paragraph</p>\n" + Hostile.Repeat("BT /F1 12 Tf 72 712 Td (The city council voted) Tj ET\n", 200)) },
            { "PNG", With("\u0089PNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR") },
            { "JPEG", With("\u00FF\u00D8\u00FF\u00E0\u0000\u0010JFIF\u0000") },
            { "GIF", With("GIF89a\u0001\u0000\u0001\u0000") },
            { "WebP", With("RIFF\u0024\u0008\u0000\u0000WEBPVP8 ") },
            { "zip", With("PK\u0003\u0004\u0014\u0000") },
            { "WebAssembly", With("\u0000asm\u0001\u0000\u0000\u0000") },
            { "MP4", With("\u0000\u0000\u0000\u0018ftypmp42") },
            { "WOFF2 font", With("wOF2\u0000\u0001\u0000\u0000") },
            { "SQLite", With("SQLite format 3\u0000") },
            { "random bytes", Noise(64 * 1024) },
            { "a gzip header over damaged data", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, .. Noise(2048)] },
            { "a gzipped PNG", Gzip(With("\u0089PNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR")) },
            { "UTF-32 text (no browser decodes it)", Encoding.UTF32.GetBytes(TestPages.Article()) },
        };
    }

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public async Task Binary_input_is_not_html(string kind, byte[] bytes)
    {
        var url = new Uri("https://files.example.org/download/1234");
        var article = ArticleExtractor.Default.Extract(bytes, url);
        AssertNotHtml(article);
        Assert.Equal(url.AbsoluteUri, article.Url);
        Assert.Equal(ExtractionOutcome.NotHtml, ArticleExtractor.Default.Extract(new MemoryStream(bytes)).Outcome);
        Assert.Equal(ExtractionOutcome.NotHtml, (await ArticleExtractor.Default.ExtractAsync(new MemoryStream(bytes))).Outcome);
        Assert.False(ArticleExtractor.IsProbablyArticle(bytes), kind);
        Assert.Contains("\"outcome\":\"notHtml\"", article.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_already_decoded_into_a_string_is_not_html()
    {
        var random = new Random(3);
        var noise = new byte[8192];
        random.NextBytes(noise);
        // As a careless caller would: binary bytes read as Latin-1 or windows-1252 text.
        AssertNotHtml(ArticleExtractor.Default.Extract(Encoding.Latin1.GetString(noise)));
        AssertNotHtml(ArticleExtractor.Default.Extract(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(noise)));
        var png = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString([0x89, .. "PNG\r\n\u001A\n"u8, .. Encoding.ASCII.GetBytes(TestPages.Article())]);
        AssertNotHtml(ArticleExtractor.Default.Extract(png));
        AssertNotHtml(ArticleExtractor.Default.Extract("%PDF-1.4\n" + TestPages.Article()));
        Assert.False(ArticleExtractor.IsProbablyArticle(Encoding.Latin1.GetString(noise)));
    }

    [Fact]
    public void A_string_of_control_characters_is_not_html_and_a_few_strays_are_removed()
    {
        AssertNotHtml(ArticleExtractor.Default.Extract(Hostile.Repeat("\u0001\u0002<p>\u001B[31m", 500)));

        // A stray byte or two in a real page (a CMS pasting a vertical tab or an escape character) is not shown.
        var page = TestPages.Article(insideArticle: "<p>Tickets\u000B will cost\u0000 two\u001B euros\u0085.</p>");
        var article = ArticleExtractor.Default.Extract(page);
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Contains("Tickets will cost two euros.", article.Body, StringComparison.Ordinal);
        AssertNoControls(article);
    }

    [Fact]
    public void Nul_padding_after_a_page_is_ignored()
    {
        // A page written into a preallocated file, or cut and zero-filled by a crash: the page, then NULs.
        byte[] padded = [.. Page, .. new byte[Page.Length * 2]];
        var article = ArticleExtractor.Default.Extract(padded);
        Assert.Equal(Body, article.Body);
        AssertNoControls(article);
        Assert.Equal(Body, ArticleExtractor.Default.Extract(Encoding.UTF8.GetString(padded)).Body);
    }

    [Fact]
    public void Control_characters_written_as_character_references_reach_no_output_either()
    {
        // The parser decodes a reference after the stray controls are removed: "&#1;" in a title, a heading, a
        // paragraph, a link's title, an image's alt or a cell reached every rendering as U+0001.
        var page = TestPages.Article(insideArticle:
            "<h2>Costs&#1; of&#x7f; the line</h2><p>" + TestPages.P2 + " Bell&#7 and&#X81; unit&#x1F;s and&#0000031; more.</p>"
            + "<p>See <a href=\"https://example.org/x\" title=\"a&#x8;b\">the&#x9D; link</a> and <img src=\"/i.png\" alt=\"al&#2;t\"> here.</p>"
            + "<table><tr><th>h&#3;</th><th>g</th></tr><tr><td>a&#4;b</td><td>c</td></tr></table>")
            .Replace("<title>Council", "<title>Council&#x1b;[31m", StringComparison.Ordinal);
        var fromString = ArticleExtractor.Default.Extract(page);
        AssertNoControls(fromString);
        Assert.Contains("Costs of the line", fromString.ToText(), StringComparison.Ordinal);
        Assert.Contains("Bell and units and more.", fromString.Body, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(page);
        AssertNoControls(ArticleExtractor.Default.Extract(bytes));
        using var stream = new MemoryStream(bytes);
        AssertNoControls(ArticleExtractor.Default.Extract(stream));
        Assert.Equal(fromString.ToJson(), ArticleExtractor.Default.Extract(bytes).ToJson());
    }

    [Fact]
    public void Text_that_starts_like_a_zlib_header_is_text()
    {
        // "x^" is a valid zlib header by its check bits; the text after it does not inflate, so it stays text.
        var page = "x^2 grows faster than x: " + TestPages.Article();
        var article = ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(page));
        Assert.Equal(Body, article.Body);
    }

    [Fact]
    public void An_empty_gzip_file_is_an_empty_page()
    {
        var article = ArticleExtractor.Default.Extract(Gzip([]));
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
        Assert.Equal(ExtractionOutcome.NoArticle, ArticleExtractor.Default.Extract(ReadOnlySpan<byte>.Empty).Outcome);
    }

    [Fact]
    public void An_exception_built_without_a_limit_says_so()
    {
        Assert.Equal(ExtractionLimit.Unspecified, new ExtractionLimitException("too big").Limit);
        Assert.Equal(ExtractionLimit.Unspecified, new ExtractionLimitException().Limit);
        Assert.Equal(0, new ExtractionLimitException("x", new InvalidOperationException()).LimitValue);
        Assert.Equal(ExtractionLimit.Unspecified, default(ExtractionLimit));
    }
}
