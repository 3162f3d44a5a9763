using System.Text;
using ArticleExtract.Decoding;

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

    [Theory]
    [InlineData("<p>Price: 5 \u20ac", 1252)] // the only non-ASCII byte is the last one, 0x80, no UTF-8 lead byte
    [InlineData("<p>A caf\u00e9.\n", 1252)] // 0xE9 then two ASCII bytes: no sequence left unfinished
    [InlineData("<p>Ol\u00e1!", 1252)]
    public void Legacy_bytes_near_the_end_are_not_taken_for_a_utf8_page_cut_mid_character(string text, int codePage)
    {
        // Any last one to three bytes used to be forgiven as a cut UTF-8 sequence, so these decoded as UTF-8 with U+FFFD.
        var bytes = CodePage(codePage).GetBytes(text);
        Assert.Equal(EncodingLabels.Windows1252.CodePage, HtmlDecoder.Detect(bytes, null).Encoding.CodePage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_utf8_page_cut_inside_its_last_character_is_still_utf8(int keep)
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Gr\u00fc\u00dfe aus M\u00fcnchen \U0001F600");
        var cut = bytes[..^(4 - keep)];
        Assert.Equal(Encoding.UTF8.CodePage, HtmlDecoder.Detect(cut, null).Encoding.CodePage);
    }

    [Theory]
    [InlineData("iso-8859-1", "<p>Rendez-vous au caf\u00e9", 1252)]
    [InlineData("windows-1251", "<p>Ask for Mr. \u0416", 1251)]
    public void A_declared_legacy_page_whose_only_high_byte_ends_it_keeps_its_declaration(string label, string text, int codePage)
    {
        // The last byte reads as a UTF-8 lead byte whose sequence was cut off: forgiven for a UTF-8 page cut
        // mid-character, but no evidence of UTF-8 against the page's own declaration, which it used to override.
        var bytes = CodePage(codePage).GetBytes($"<meta charset=\"{label}\">{text}");
        Assert.Equal(codePage, HtmlDecoder.Detect(bytes, null).Encoding.CodePage);
        Assert.EndsWith(text, HtmlDecoder.Decode(bytes, null), StringComparison.Ordinal);
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

/// <summary>The charset paths in the standard's order: byte-order mark, transport (UTF-16 honoured), prescan (UTF-16 means UTF-8).</summary>
public sealed class CharsetPathTests
{
    private const string German = "Die Stadtverwaltung hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen Bezirke zu erweitern – für alle Bürger.";

    private static string Page(string meta) =>
        $"<!DOCTYPE html><html><head>{meta}<title>Straßenbahn für den Norden</title></head><body><article><h1>Straßenbahn für den Norden</h1><p>{German}</p><p>{German}</p></article></body></html>";

    [Theory]
    [InlineData("text/html; charset=utf-16")]
    [InlineData("text/html; charset=UTF-16LE")]
    [InlineData("text/html;charset=\"utf-16le\"")]
    public void A_utf16_page_with_its_http_charset_is_utf16(string contentType)
    {
        // No BOM: the header alone says UTF-16, and a header is honoured as given (only a <meta> saying UTF-16 is not).
        var bytes = Encoding.Unicode.GetBytes(Page("<meta charset=\"utf-16\">"));
        var article = ArticleExtractor.Default.Extract(bytes, contentType: contentType);
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Equal("Straßenbahn für den Norden", article.Title);
        Assert.Equal($"{German}\n\n{German}", article.Body);
    }

    [Fact]
    public void A_big_endian_utf16_page_with_its_http_charset()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(Page(""));
        var article = ArticleExtractor.Default.Extract(bytes, contentType: "text/html; charset=utf-16be");
        Assert.Equal("Straßenbahn für den Norden", article.Title);
    }

    [Fact]
    public void A_utf16_page_without_bom_or_header_is_recognized_by_its_nuls()
    {
        var article = ArticleExtractor.Default.Extract(Encoding.Unicode.GetBytes(Page("")));
        Assert.Equal("Straßenbahn für den Norden", article.Title);
        Assert.Contains(German, article.Body, StringComparison.Ordinal);
        Assert.Equal("Straßenbahn für den Norden", ArticleExtractor.Default.Extract(Encoding.BigEndianUnicode.GetBytes(Page(""))).Title);
    }

    [Fact]
    public void A_meta_declaring_utf16_in_an_ascii_readable_page_means_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"UTF-16\">"));
        Assert.Equal("UTF-8", HtmlDecoder.Declared(bytes));
        Assert.Equal("Straßenbahn für den Norden", ArticleExtractor.Default.Extract(bytes).Title);
    }

    [Fact]
    public void The_http_charset_wins_over_the_meta_and_a_bom_wins_over_both()
    {
        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = latin.GetBytes(Page("<meta charset=\"utf-8\">"));
        Assert.Equal("Straßenbahn für den Norden", ArticleExtractor.Default.Extract(bytes, contentType: "text/html; charset=latin1").Title);

        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1251\">"))];
        Assert.Equal("Straßenbahn für den Norden", ArticleExtractor.Default.Extract(withBom, contentType: "text/html; charset=windows-1251").Title);
    }

    [Theory]
    [InlineData("text/html; charset=\"windows-1251\"")]
    [InlineData("text/html; format=\"a;charset=utf-8\"; charset=windows-1251")]
    [InlineData("text/html; CHARSET=cp1251; charset=utf-8")]
    [InlineData("charset=x-cp1251")]
    public void Content_type_parameters_are_parsed_as_mime_types_are(string contentType)
    {
        const string Russian = "Правительство утвердило новый план развития городского транспорта на ближайшие десять лет.";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes($"<html><body><article><p>{Russian}</p><p>{Russian}</p></article></body></html>");
        Assert.Equal($"{Russian}\n\n{Russian}", ArticleExtractor.Default.Extract(bytes, contentType: contentType).Body);
    }

    [Theory]
    [InlineData("latin1", "windows-1252")]
    [InlineData("ISO8859-2", "ISO-8859-2")]
    [InlineData(" gb2312 ", "GBK")]
    [InlineData("ks_c_5601-1987", "EUC-KR")]
    [InlineData("csshiftjis", "Shift_JIS")]
    [InlineData("x-sjis", "Shift_JIS")]
    [InlineData("tis-620", "windows-874")]
    [InlineData("unicode", "UTF-16LE")]
    [InlineData("iso-2022-kr", "replacement")]
    public void Labels_resolve_by_the_encoding_standard(string label, string name)
    {
        Assert.True(EncodingLabels.TryGetName(label, out var got));
        Assert.Equal(name, got);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("utf-32")]
    [InlineData("win1251")]
    [InlineData("klingon")]
    [InlineData("")]
    public void Labels_outside_the_standard_are_not_encodings(string label) =>
        Assert.False(EncodingLabels.TryGetName(label, out _));

    [Fact]
    public void Every_encoding_of_the_standard_decodes()
    {
        var missing = EncodingLabels.Names.Where(n => EncodingLabels.ForName(n.Name) is null).Select(n => n.Name).Distinct().ToList();
        Assert.Empty(missing);
        Assert.Equal("一", EncodingLabels.ForName("Big5")!.GetString(new byte[] { 0xA4, 0x40 }));
        Assert.Equal("あ", EncodingLabels.ForName("EUC-JP")!.GetString(new byte[] { 0xA4, 0xA2 }));
    }

    // The three Latin encodings .NET has no code page for. The bytes are written out here by hand from the ISO
    // tables, so the test does not lean on the decoder's own table.
    [Theory]
    [InlineData("iso-8859-16", "Consiliul local a aprobat extinderea rețelei de tramvai în cartierele din nordul orașului, anunță primăria, după o dezbatere lungă.", "ț=FE ș=BA ă=E3 î=EE")]
    [InlineData("latin6", "Borgarráðið samþykkti á þriðjudag að lengja sporvagnakerfið til norðurhverfanna, og ŋ-hljóðið í sámísku nafni stöðvarinnar helst.", "á=E1 ð=F0 þ=FE ö=F6 ó=F3 í=ED ŋ=BF")]
    [InlineData("iso8859-14", "Bydd y gwasanaeth newydd yn rhedeg bob awr o orsaf y dref i Dŷ Gwyn, ac mae trigolion y cwm yn falch o'r cynllun ŵyr y maer.", "ŷ=FE ŵ=F0")]
    public void Latin_encodings_dotnet_lacks_decode_from_a_meta_declaration(string label, string text, string bytesOf)
    {
        var map = bytesOf.Split(' ').ToDictionary(p => p[0], p => Convert.ToByte(p[2..], 16));
        byte[] Encode(string s) => [.. s.Select(c => c < 0x80 ? (byte)c : map[c])];

        var head = $"<html><head><meta charset=\"{label}\"><title>T</title></head><body><article>";
        var bytes = Encode(head + $"<p>{text}</p><p>{text}</p></article></body></html>");
        Assert.Equal($"{text}\n\n{text}", ArticleExtractor.Default.Extract(bytes).Body);
        // From the transport too, and bytes below 0xA0 are their own code points.
        Assert.Equal(text, ArticleExtractor.Default.Extract(bytes, contentType: $"text/html; charset={label}").Body[..text.Length]);
        Assert.Equal("\u0085A", EncodingLabels.ForName(EncodingLabels.TryGetName(label, out var name) ? name : "")!.GetString([0x85, 0x41]));
    }

    [Fact]
    public void A_replacement_charset_gives_no_text_and_x_user_defined_in_a_meta_means_windows_1252()
    {
        // ISO-2022-KR is in the "replacement" group: decoding it could smuggle markup, so the page is one U+FFFD.
        var page = Encoding.ASCII.GetBytes("<html><body><article><p>" + TestPages.P1 + "</p><p>" + TestPages.P2 + "</p></article></body></html>");
        Assert.Equal(ExtractionOutcome.NoArticle, ArticleExtractor.Default.Extract(page, contentType: "text/html; charset=iso-2022-kr").Outcome);

        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = latin.GetBytes(Page("<meta charset=\"x-user-defined\">"));
        Assert.Equal("windows-1252", HtmlDecoder.Declared(bytes));
        Assert.Equal("Straßenbahn für den Norden", ArticleExtractor.Default.Extract(bytes).Title);
        // From the transport, x-user-defined is its own encoding: high bytes go to the private-use area.
        Assert.Equal("\uF7DF", EncodingLabels.ForName("x-user-defined")!.GetString(new byte[] { 0xDF }));
    }

    [Fact]
    public void A_meta_after_a_long_head_is_still_found()
    {
        var bytes = Encoding.ASCII.GetBytes($"<!DOCTYPE html><html><head><style>{new string('x', 20_000)}</style><meta charset=\"iso-8859-2\">");
        Assert.Equal("ISO-8859-2", HtmlDecoder.Declared(bytes));
    }

    // A lead byte and then '<': no character, so U+FFFD, and the '<' stays markup (the standard puts an ASCII byte
    // after a lead back). The first bytes are one valid character of each encoding.
    [Theory]
    [InlineData("shift_jis", new byte[] { 0x82, 0xA0, 0x93 })]
    [InlineData("euc-jp", new byte[] { 0xA4, 0xA2, 0xC5 })]
    [InlineData("euc-kr", new byte[] { 0xB0, 0xA1, 0xC8 })]
    [InlineData("big5", new byte[] { 0xA4, 0x40, 0xA4 })]
    [InlineData("gbk", new byte[] { 0xC4, 0xE3, 0xC4 })]
    public void A_multi_byte_character_cut_before_a_tag_is_one_replacement_character_and_the_tag_stays(string label, byte[] text)
    {
        var bytes = text.Concat("</b> x"u8.ToArray()).ToArray();
        var decoded = HtmlDecoder.Decode(bytes, $"text/html; charset={label}");
        Assert.Equal("</b> x", decoded[^6..]);
        Assert.Equal('\uFFFD', decoded[^7]);
        // A lead byte at the very end is one U+FFFD too, not a best-fit '・' or '?'.
        Assert.Equal('\uFFFD', HtmlDecoder.Decode(text, $"text/html; charset={label}")[^1]);
    }

    [Fact]
    public void A_shift_jis_title_cut_in_the_middle_of_a_character_does_not_swallow_the_page()
    {
        // A CMS that shortens titles by bytes leaves a lone lead byte before "</title>". Its '<' used to be taken as
        // the lead's second byte, so the title ran to the end of the page and no article was found.
        const string Text = "東京都は本日、新しい交通計画を発表しました。計画では、今後十年間で路線を大幅に拡充し、市民の移動をより便利にすることを目指しています。";
        var sjis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
        var bytes = sjis.GetBytes("<html><head><meta charset=\"shift_jis\"><title>東京の新交通計画")
            .Append((byte)0x93)
            .Concat(sjis.GetBytes($"</title></head><body><article><h1>東京の新交通計画</h1><p>{Text}</p><p>{Text}</p></article></body></html>"))
            .ToArray();
        var article = ArticleExtractor.Default.Extract(bytes);
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);
        Assert.Contains(Text, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("</", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gb2312")]
    [InlineData("gbk")]
    [InlineData("gb18030")]
    public void A_gbk_euro_sign_is_the_euro_sign(string label)
    {
        // Byte 0x80 is the euro sign in code page 936 and in the standard's gb18030 decoder (which GBK labels use);
        // .NET's gb18030 has no character for it.
        const string Text = "这款手机在欧洲的售价为九百九十九欧元，比去年的型号便宜了一百欧元，预计下个月在各大城市上市销售。";
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes($"<html><head><meta charset=\"{label}\"><title>新机</title></head><body><article><p>{Text}</p><p>售价：999")
            .Append((byte)0x80)
            .Concat(gbk.GetBytes($"</p><p>{Text}</p></article></body></html>"))
            .ToArray();
        Assert.Contains("售价：999\u20AC", ArticleExtractor.Default.Extract(bytes).Body, StringComparison.Ordinal);
    }

    // Bytes the Encoding Standard's indexes map and .NET's code pages give a private-use character for (the euro and
    // drachma signs of ISO-8859-7:2003, the direction marks of ISO-8859-8, the Ukrainian letters and euro sign of
    // x-mac-cyrillic), and bytes no index maps, which are U+FFFD rather than a private-use character.
    [Theory]
    [InlineData("iso-8859-7", new byte[] { 0xA4, 0xA5, 0xAA, 0xAE, 0xD2, 0xFF, 0xE1 }, "\u20AC\u20AF\u037A\uFFFD\uFFFD\uFFFD\u03B1")]
    [InlineData("iso-8859-8", new byte[] { 0xFD, 0xFE, 0xA1, 0xE0 }, "\u200E\u200F\uFFFD\u05D0")]
    [InlineData("iso-8859-8-i", new byte[] { 0xFD, 0xFE, 0xA1, 0xE0 }, "\u200E\u200F\uFFFD\u05D0")]
    [InlineData("x-mac-cyrillic", new byte[] { 0xA2, 0xB6, 0xFF, 0x80 }, "\u0490\u0491\u20AC\u0410")]
    [InlineData("windows-1253", new byte[] { 0xAA, 0xD2, 0xFF, 0xE1 }, "\uFFFD\uFFFD\uFFFD\u03B1")]
    [InlineData("windows-1255", new byte[] { 0xCA, 0xD9, 0xFF, 0xE0 }, "\u05BA\uFFFD\uFFFD\u05D0")]
    [InlineData("windows-874", new byte[] { 0xDB, 0xFC, 0xA1 }, "\uFFFD\uFFFD\u0E01")]
    [InlineData("iso-8859-3", new byte[] { 0xA5, 0xC3, 0xA1 }, "\uFFFD\uFFFD\u0126")]
    [InlineData("iso-8859-6", new byte[] { 0xA1, 0xC1 }, "\uFFFD\u0621")]
    [InlineData("windows-1257", new byte[] { 0xA1, 0xA5, 0xC0 }, "\uFFFD\uFFFD\u0104")]
    public void Single_byte_encodings_decode_by_the_standards_indexes(string label, byte[] bytes, string expected)
    {
        var text = HtmlDecoder.Decode([.. "<p>"u8, .. bytes, .. "</p>"u8], $"text/html; charset={label}");
        Assert.Equal($"<p>{expected}</p>", text);
    }

    [Fact]
    public void No_single_byte_encoding_decodes_a_byte_to_a_private_use_character()
    {
        // The standard's only private-use mapping is macintosh's Apple logo (0xF0, U+F8FF).
        foreach (var (name, _) in EncodingLabels.Names.Distinct())
        {
            var encoding = EncodingLabels.ForName(name)!;
            if (!encoding.IsSingleByte || name is EncodingLabels.XUserDefined)
            {
                continue;
            }

            for (var b = 0x80; b <= 0xFF; b++)
            {
                var c = encoding.GetString([(byte)b])[0];
                Assert.False(c is >= '\uE000' and <= '\uF8FF' && !(name == "macintosh" && b == 0xF0), $"{name} 0x{b:X2} -> U+{(int)c:X4}");
            }
        }
    }
}
