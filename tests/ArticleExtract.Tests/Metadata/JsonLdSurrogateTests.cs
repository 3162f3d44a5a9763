using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A lone surrogate in a JSON-LD block, escaped (<c>"\ud800"</c>) or raw (a broken UTF-16 string handed to
/// <see cref="ArticleExtractor.Extract(string, Uri?, CancellationToken)"/>), once threw out of the extraction: the strict
/// parser accepts the escape but reading the string back throws InvalidOperationException, and the raw character fails
/// the transcoding to UTF-8 with ArgumentException, where only JsonException was caught. It is now read as U+FFFD and
/// the rest of the block is used.
/// </summary>
public class JsonLdSurrogateTests
{
    private static Article Extract(string json) => ArticleExtractor.Default.Extract(
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>Tram lines</title>
        <script type="application/ld+json">{{json}}</script>
        </head><body><article><h1>Tram lines</h1>
        <p>The city will open two new tram lines next spring, the council said on Monday after a long vote.</p>
        </article></body></html>
        """);

    [Theory]
    [InlineData("""{"@type":"Article","headline":"Tram \ud800 lines","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"Article","headline":"Tram \udc00 lines","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"Article","headline":"Tram \uD800 lines \uDBFF","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"Article","headline":"Tram \udc00\ud800 lines","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"Article","headline":"Tram lines \ud83d","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"Article","author":"Jane Doe","headline":"\ud83d\u0041"}""")]
    [InlineData("""{"\ud800":1,"@type":"Article","author":"Jane Doe"}""")]
    [InlineData("""{"@type":["\udc00","Article"],"author":"Jane Doe"}""")]
    [InlineData("""{"@graph":[{"@id":"#a\ud800","name":"Acme"},{"@type":"Article","author":"Jane Doe"}]}""")]
    public void An_escaped_lone_surrogate_reads_as_the_replacement_character(string json)
    {
        var a = Extract(json);

        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_an_author_name_does_not_throw()
    {
        var a = Extract("""{"@type":"Article","author":["Jane \ud800Doe"],"datePublished":"2024-03-05"}""");

        Assert.Equal(new DateOnly(2024, 3, 5), a.Published?.Date);
    }

    [Fact]
    public void A_raw_lone_surrogate_in_a_block_does_not_throw()
    {
        // Built in code: xUnit carries theory data as UTF-8, which would turn a lone surrogate into U+FFFD.
        var a = Extract("{\"@type\":\"Article\",\"headline\":\"Tram " + (char)0xD800 + " lines\",\"author\":\"Jane Doe" + (char)0xDC00 + "\",\"datePublished\":\"2024-03-05\"}");

        Assert.Equal(new DateOnly(2024, 3, 5), a.Published?.Date);
        Assert.DoesNotContain(a.Authors, name => name.Any(char.IsSurrogate));
    }

    [Fact]
    public void Well_formed_pairs_and_other_escapes_are_kept_as_they_are()
    {
        const string text = """{"a":"\ud83d\ude00 \\ud800 \"\ud800\" \u00e9 😀"}""";
        var fixedText = LenientJson.WithoutLoneSurrogatesOrControls(text);

        Assert.Equal("""{"a":"\ud83d\ude00 \\ud800 \"\uFFFD\" \u00e9 😀"}""", fixedText);
        var clean = string.Concat("""{"a":"\ud83d\ude00 \\ud800 😀 \"}""", "");
        Assert.Same(clean, LenientJson.WithoutLoneSurrogatesOrControls(clean));
        Assert.Equal("\uFFFD x \uFFFD\\", LenientJson.WithoutLoneSurrogatesOrControls((char)0xDC00 + " x " + (char)0xD83D + "\\"));
        Assert.Equal("\\u", LenientJson.WithoutLoneSurrogatesOrControls("\\u"));
        Assert.Equal("\\uD8", LenientJson.WithoutLoneSurrogatesOrControls("\\uD8"));
    }
}
