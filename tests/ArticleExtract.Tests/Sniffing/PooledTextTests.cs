using System.IO.Compression;
using System.Text;
using ArticleExtract.Decoding;
using ArticleExtract.Sniffing;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Sniffing;

/// <summary>
/// A page's bytes are decoded into a buffer rented from the shared pool (<see cref="InputSniffer.ToPooledText"/>), not
/// into a string: the same text as <see cref="InputSniffer.ToText(ReadOnlySpan{byte}, string?, int, CancellationToken, string?)"/>
/// gives, in every encoding, with the same control characters removed and the same pages refused, and the buffer back
/// in the pool on every way out of an extraction.
/// </summary>
public sealed class PooledTextTests
{
    private const string Paragraph = "<p>Some text of the article, long enough to read as prose, with a <a href=\"/x\">link</a> in it.</p>";

    private static readonly string Page =
        "<html><head><title>A title</title><script>var a = 1;</script></head><body><article><h1>A title</h1>"
        + string.Concat(Enumerable.Repeat(Paragraph, 12)) + "</article></body></html>";

    public static TheoryData<string> Texts() =>
    [
        "",
        "plain text",
        "a\u0001b",
        "\u0001leading and trailing\u007F",
        "adjacent\u0001\u0002\u0003controls in a longer text that keeps them under one in twenty characters here",
        "trailing NULs\0\0\0",
        "\0\0\0",
        "a NUL\0inside, and trailing ones\0\0",
        "\u0001\u0002\u0003\u0004 too many",
        "C1 \u0085 and \u009F in text long enough for two of them to be allowed here",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Controls_are_removed_in_place_as_from_a_string(string text)
    {
        var expected = ControlCharacters.Clean(text);
        var buffer = text.ToCharArray();
        var length = ControlCharacters.Clean(buffer.AsSpan());
        Assert.Equal(expected, length < 0 ? null : new string(buffer, 0, length));
    }

    public static TheoryData<byte[], string?> Pages()
    {
        var data = new TheoryData<byte[], string?>
        {
            { Encoding.UTF8.GetBytes(Page), null },
            { [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<p>caf\u00E9</p>")], null },
            { [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>caf\u00E9 \u65E5\u672C</p>")], null },
            { [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("<p>caf\u00E9</p>")], null },
            { Encoding.Unicode.GetBytes("<html><body><p>UTF-16 without a mark</p></body></html>"), null },
            { EncodingLabels.Windows1252.GetBytes("<p>caf\u00E9 \u20AC \u201Cquoted\u201D</p>"), null },
            { [0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x3C, 0x2F, 0x70, 0x3E], "text/html; charset=utf-8" },
            { [.. Encoding.ASCII.GetBytes("<meta charset=shift_jis><p>"), 0x93, 0xFA, 0x96, 0x7B, .. Encoding.ASCII.GetBytes("</p>")], null },
            { Encoding.UTF8.GetBytes("<p>with a stray \u0001 control in a text long enough to keep it</p>"), null },
            { Encoding.UTF8.GetBytes("\u0001\u0002\u0003\u0004\u0005 control characters only"), null },
            { Gzip(Encoding.UTF8.GetBytes(Page)), null },
            { [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A], null },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Bytes_decode_into_the_buffer_as_into_a_string(byte[] bytes, string? contentType)
    {
        var expected = InputSniffer.ToText(bytes, contentType, int.MaxValue, CancellationToken.None);
        using var text = InputSniffer.ToPooledText(bytes, contentType, int.MaxValue, CancellationToken.None);
        Assert.Equal(expected, text?.Memory.ToString());
        Assert.Equal(HtmlDecoder.Decode(bytes, contentType), new string(HtmlDecoder.DecodeRented(bytes, contentType, out var length), 0, length));
    }

    [SkippableFact]
    public void Every_html5lib_encoding_file_decodes_into_the_buffer_as_into_a_string()
    {
        var directory = Fixture.SharedDirectory() is { } shared ? Path.Combine(shared, "html5lib-tests", "encoding") : null;
        Skip.If(directory is null || !Directory.Exists(directory), "../shared/html5lib-tests/encoding is not present");
        var files = 0;
        foreach (var path in Directory.EnumerateFiles(directory!, "*.dat", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(path);
            var buffer = HtmlDecoder.DecodeRented(bytes, null, out var length);
            Assert.Equal(HtmlDecoder.Decode(bytes, null), new string(buffer, 0, length));
            files++;
        }

        Assert.True(files > 0);
    }

    [Fact]
    public void The_buffer_goes_back_after_an_extraction_and_when_one_throws()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        var before = PooledText.OutstandingOnThisThread;
        var article = new ArticleExtractor().Extract(bytes);
        Assert.Contains("Some text of the article", article.ToText(), StringComparison.Ordinal);
        Assert.Equal(before, PooledText.OutstandingOnThisThread);

        // The clock moves a second a reading and the budget is 1.5 s: the check after the parse throws, the text decoded.
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));
        var budget = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromSeconds(1.5), Clock = clock });
        Assert.Throws<ExtractionLimitException>(() => budget.Extract(bytes));
        Assert.Equal(3, clock.Readings);
        Assert.Equal(before, PooledText.OutstandingOnThisThread);

        // Refused pages (too many control characters) give theirs back too.
        Assert.Equal(ExtractionOutcome.NotHtml, new ArticleExtractor().Extract(Encoding.UTF8.GetBytes("\u0001\u0002\u0003\u0004 control")).Outcome);
        Assert.Equal(before, PooledText.OutstandingOnThisThread);
    }

    [Fact]
    public void A_disposed_text_is_not_read()
    {
        var text = InputSniffer.ToPooledText(Encoding.UTF8.GetBytes(Page), null, int.MaxValue, CancellationToken.None)!;
        text.Dispose();
        text.Dispose();
        Assert.Throws<ObjectDisposedException>(() => text.Memory);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
