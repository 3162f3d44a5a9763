using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleExtract.Rendering;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// ToJson writes text as UTF-8 characters in every script, escapes only what <see cref="JsonTextEncoder"/> lists,
/// and stays valid JSON that parses back to the model for any input.
/// </summary>
public sealed partial class JsonEncodingTests
{
    private static readonly Article Multilingual = Fixture.Extract("multilingual-article.html");

    private static readonly JsonSerializerOptions WithEncoder = new() { Encoder = JsonTextEncoder.Instance };

    // The only escapes the encoder may write: JSON's own, the three HTML-sensitive characters, U+2028/2029 and
    // the DEL/C1 controls. A letter, an ideograph or half of an emoji among them is a regression.
    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cyrillic_CJK_Arabic_and_emoji_are_written_as_characters_and_parse_back_to_the_model(bool indented)
    {
        var json = Multilingual.ToJson(indented);

        foreach (var text in new[] { "Трамвай возвращается", "新线路", "🚋", "«Наконец-то!»", "😀👍🏽", "市议会批准了建设三条新有轨电车线路的计划", "وافق مجلس المدينة", "𝔸𝔹ℂ", "🇺🇦", "🎓", "'апостроф', +плюс, `обратная кавычка`" })
        {
            Assert.Contains(text, json, StringComparison.Ordinal);
        }

        AssertOnlyAllowedEscapes(json);
        AssertMatchesModel(Multilingual, json);
    }

    [Fact]
    public void Html_sensitive_characters_and_line_separators_are_escaped_and_read_back_as_themselves()
    {
        var json = Multilingual.ToJson();

        Assert.Contains(@"«Город \u0026 пригород»", json, StringComparison.Ordinal);
        Assert.Contains(@"A\u003CB\u003EC \u0026 D", json, StringComparison.Ordinal);
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain('\u2029', json);
        Assert.Contains("«Город & пригород»", Multilingual.Title, StringComparison.Ordinal);
        Assert.Contains("A<B>C & D", Multilingual.Body, StringComparison.Ordinal);
    }

    // Built in code, not in [InlineData]: xUnit carries theory data as UTF-8, which would turn a lone surrogate
    // into three U+FFFD before the test saw it.
    private static readonly string[] Oddities =
    [
        "lone high " + (char)0xD800 + " surrogate",
        "lone low " + (char)0xDC00 + " surrogate",
        "reversed pair " + (char)0xDE00 + (char)0xD83D + " here",
        "a high surrogate at the very end " + (char)0xD83D,
        "controls \u0001 \u0008 \u000B \u001B \u001F and DEL \u007F and C1 \u0085 \u009F",
        "separators \u2028 line and \u2029 paragraph",
        "quotes \" and backslash \\ and slash / and tab\there",
        "noncharacters \uFFFE \uFFFF and BOM \uFEFF and zero-width \u200B\u200D joiners",
    ];

    [Fact]
    public void Authors_and_tags_with_lone_surrogates_give_valid_json_too()
    {
        // Authors and tags are written by the writer's own string path (not JsonText's): the same replacement there.
        var author = "Ann " + (char)0xD800 + " Lee";
        var tag = "trams" + (char)0xDC00;
        var article = new Article(
            ArticleMetadata.Empty with { Authors = [author], Tags = [tag, "fares\u2028<b>"] },
            [new Section(null, 0, [new ParagraphBlock([new Inline("words")])])],
            ExtractionOutcome.Extracted);
        var json = article.ToJson();

        AssertOnlyAllowedEscapes(json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Ann \uFFFD Lee", parsed.RootElement.GetProperty("authors")[0].GetString());
        Assert.Equal(["trams\uFFFD", "fares\u2028<b>"], parsed.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(Encoding.UTF8.GetBytes(json), article.ToJsonUtf8());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Broken_and_invisible_characters_in_a_page_still_give_valid_json_that_matches_the_model(int which)
    {
        var oddity = Oddities[which];
        var paragraph = "Перед странной строкой идёт обычный текст о городском транспорте, чтобы абзац был настоящим. " + oddity
            + " После неё текст продолжается, и абзац остаётся частью статьи о новых трамвайных линиях.";
        var html = $"<html><head><title>Заголовок {oddity}</title></head><body><article><h1>Заголовок</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";

        var article = ArticleExtractor.Default.Extract(html);
        var json = article.ToJson();

        AssertOnlyAllowedEscapes(json);
        AssertMatchesModel(article, json, loneSurrogatesAsReplacement: true);
        if (oddity.Any(char.IsSurrogate))
        {
            // The model kept the broken character (so the encoder met it), and the JSON holds its replacement.
            Assert.Contains(article.Body, char.IsSurrogate);
            Assert.Contains('\uFFFD', json);
        }

        // The output is well-formed UTF-16, so it has a UTF-8 form: a lone surrogate was replaced, not copied.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal(json, strict.GetString(strict.GetBytes(json)));
    }

    [Theory]
    [InlineData("plain ASCII", "\"plain ASCII\"")]
    [InlineData("Привет, мир", "\"Привет, мир\"")]
    [InlineData("emoji 😀 and 👍🏽", "\"emoji 😀 and 👍🏽\"")]
    [InlineData("math 𝔸 and CJK extension B 𠀀", "\"math 𝔸 and CJK extension B 𠀀\"")]
    [InlineData("<script>&</script>", "\"\\u003Cscript\\u003E\\u0026\\u003C/script\\u003E\"")]
    [InlineData("a\"b\\c\nd\re\tf\bg\fh", "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"")]
    [InlineData("\u0000\u001F\u007F\u0085", "\"\\u0000\\u001F\\u007F\\u0085\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("it's 1+1 `code`", "\"it's 1+1 `code`\"")]
    public void The_encoder_writes_exactly_these_strings(string value, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Serialize(value, WithEncoder));
        // The same through the UTF-8 writer and a pre-encoded property name, the two other paths System.Text.Json takes.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonTextEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString(JsonEncodedText.Encode(value, JsonTextEncoder.Instance), value);
            writer.WriteEndObject();
        }

        Assert.Equal("{" + expected + ":" + expected + "}", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character()
    {
        Assert.Equal("\"x\uFFFDy\"", JsonSerializer.Serialize("x" + (char)0xD800 + "y", WithEncoder));
        Assert.Equal("\"\uFFFD\"", JsonSerializer.Serialize(((char)0xDFFF).ToString(), WithEncoder));
        Assert.Equal("\"😀\uFFFD\"", JsonSerializer.Serialize("😀" + (char)0xD83D, WithEncoder));
    }

    [Fact]
    public void The_encoder_reports_the_first_character_to_escape()
    {
        Assert.Equal(-1, JsonTextEncoder.FindFirst("Москва 北京 القاهرة 😀"));
        Assert.Equal(3, JsonTextEncoder.FindFirst("😀a<"));
        Assert.Equal(2, JsonTextEncoder.FindFirst("😀\uD83D"));
        Assert.Equal(0, JsonTextEncoder.FindFirst("\uDE00😀"));
        Assert.False(JsonTextEncoder.Instance.WillEncode(0x1F600));
        Assert.False(JsonTextEncoder.Instance.WillEncode('Ж'));
        Assert.True(JsonTextEncoder.Instance.WillEncode('&'));
        Assert.True(JsonTextEncoder.Instance.WillEncode(0xD800));
    }

    [SkippableFact]
    public void The_400_KB_Russian_page_gives_compact_json_of_at_most_250_KB()
    {
        var shared = Fixture.SharedDirectory();
        Skip.If(shared is null, Fixture.SharedMissing);
        var path = Directory.GetFiles(Path.Combine(shared, "corpus", "aeb-dev", "html"), "3c6d3381*.html.gz").Single();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var article = ArticleExtractor.Default.Extract(gzip);

        var bytes = Encoding.UTF8.GetByteCount(article.ToJson());

        Assert.True(article.Body.Length > 50_000, $"the page's body is {article.Body.Length} characters");
        Assert.True(bytes <= 250 * 1024, $"compact JSON is {bytes:N0} bytes, over 250 KB");
        AssertOnlyAllowedEscapes(article.ToJson());
    }

    private static void AssertOnlyAllowedEscapes(string json)
    {
        foreach (Match m in UnicodeEscape().Matches(json))
        {
            var c = (char)Convert.ToInt32(m.Groups[1].Value, 16);
            Assert.False(char.IsLetterOrDigit(c), $"escaped letter or digit U+{(int)c:X4}");
            Assert.False(char.IsSurrogate(c), $"escaped surrogate U+{(int)c:X4}");
            Assert.True(c < 0x20 || c is '<' or '>' or '&' or '\u2028' or '\u2029' || c is >= '\u007F' and <= '\u009F', $"unexpected escape U+{(int)c:X4}");
        }
    }

    private static void AssertMatchesModel(Article article, string json, bool loneSurrogatesAsReplacement = false)
    {
        string? Expected(string? s) => s is null || !loneSurrogatesAsReplacement ? s : ReplaceLoneSurrogates(s);

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(Expected(article.Title), root.GetProperty("title").GetString());
        Assert.Equal(Expected(article.Body), root.GetProperty("body").GetString());
        Assert.Equal(Expected(article.SiteName), root.GetProperty("siteName").GetString());
        Assert.Equal(article.Authors.Select(Expected), root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(article.Tags.Select(Expected), root.GetProperty("tags").EnumerateArray().Select(a => a.GetString()));
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(article.Sections.Count, sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            Assert.Equal(Expected(article.Sections[i].Heading), sections[i].GetProperty("heading").GetString());
            var blocks = sections[i].GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()).ToList();
            Assert.Equal(article.Sections[i].Blocks.Select(b => Expected(b.Text)), blocks);
        }
    }

    private static string ReplaceLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s, i, 2);
                i++;
            }
            else
            {
                sb.Append(char.IsSurrogate(s[i]) ? '\uFFFD' : s[i]);
            }
        }

        return sb.ToString();
    }
}
