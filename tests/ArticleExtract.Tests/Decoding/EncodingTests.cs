using System.Text;

namespace ArticleExtract.Tests.Decoding;

public sealed class EncodingTests
{
    private const string Russian = "Правительство утвердило новый план развития городского транспорта на ближайшие десять лет, сообщили в министерстве.";
    private const string German = "Die Stadtverwaltung hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen Bezirke zu erweitern – für alle Bürger.";

    private static string Page(string meta, string text) =>
        $"<html><head>{meta}<title>Новости</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>";

    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    [Fact]
    public void Windows_1251_declared_in_meta_charset()
    {
        var bytes = CodePage(1251).GetBytes(Page("<meta charset=\"windows-1251\">", Russian));
        var article = ArticleExtractor.Default.Extract(bytes);
        Assert.Equal($"{Russian}\n\n{Russian}", article.Body);
    }

    [Fact]
    public void Windows_1251_declared_in_http_equiv()
    {
        var bytes = CodePage(1251).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", Russian));
        Assert.Contains(Russian, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_charset_is_used_when_the_page_declares_nothing()
    {
        var bytes = CodePage(1251).GetBytes(Page("", Russian));
        Assert.Contains(Russian, ArticleExtractor.Default.Extract(bytes, contentType: "text/html; charset=Windows-1251").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">", German))).ToArray();
        Assert.Contains(German, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page("", German))).ToArray();
        Assert.Contains(German, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("", German));
        Assert.Contains(German, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_fall_back_to_windows_1252()
    {
        var bytes = CodePage(1252).GetBytes(Page("", German));
        Assert.Contains(German, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_declared_encoding_falls_back_to_detection()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-no-such-encoding\">", German));
        Assert.Contains(German, ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_is_read_and_decoded()
    {
        using var stream = new MemoryStream(CodePage(1251).GetBytes(Page("<meta charset=\"cp1251\">", Russian)));
        Assert.Contains(Russian, ArticleExtractor.Default.Extract(stream).Body, StringComparison.Ordinal);
    }
}
