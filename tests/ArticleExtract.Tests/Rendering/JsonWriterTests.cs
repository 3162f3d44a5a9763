using System.Text;
using System.Text.Json;
using ArticleExtract.Rendering;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// The JSON is written field by field (<see cref="JsonRenderer"/>), with text escaped a run at a time
/// (<see cref="JsonText"/>): the bytes must be those System.Text.Json writes through <see cref="JsonTextEncoder"/>, the
/// schema's order and null handling must hold, and nested lists of any depth must render.
/// </summary>
public sealed class JsonWriterTests
{
    private static readonly JsonSerializerOptions WithEncoder = new() { Encoder = JsonTextEncoder.Instance };

    private static string Quoted(string value)
    {
        var buffer = new byte[(6 * value.Length) + 2];
        return Encoding.UTF8.GetString(buffer, 0, JsonText.Quote(value, buffer));
    }

    [Fact]
    public void Text_is_escaped_byte_for_byte_as_the_encoder_escapes_it()
    {
        // Built in code: xUnit would carry lone surrogates in [InlineData] as U+FFFD.
        string[] pool = ["a", "Z", " ", "é", "Ж", "北", "😀", "👍🏽", "\"", "\\", "<", ">", "&", "'", "+", "`", "\n", "\r", "\t", "\b", "\f",
            "\u0000", "\u001F", "\u007F", "\u0085", "\u009F", "\u00A0", "\u2028", "\u2029", ((char)0xD800).ToString(), ((char)0xDFFF).ToString(), "\uFFFD"];
        var random = new Random(17);
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 40); k > 0; k--)
            {
                text.Append(pool[random.Next(pool.Length)]);
            }

            var value = text.ToString();
            Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, WithEncoder)), Quoted(value));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_UTF8_json_is_the_string_json_in_UTF8(bool indented)
    {
        var article = Fixture.Extract("multilingual-article.html");

        Assert.Equal(Encoding.UTF8.GetBytes(article.ToJson(indented)), article.ToJsonUtf8(indented));
    }

    [Fact]
    public void Blocks_write_their_fields_in_the_schemas_order_and_leave_out_the_null_ones()
    {
        var nested = new ListBlock(true, [new ListItem([new Inline("inner")], [])]);
        var list = new ListBlock(false, [new ListItem([new Inline("outer ", null), new Inline("link", "https://site.example/a") { Title = "T" }], [nested]), new ListItem([new Inline("plain")], [])]);
        var table = new TableBlock([[new TableCell("h", IsHeader: true)], [new TableCell("c", ColumnSpan: 2)]], 1, "cap");
        var article = new Article(ArticleMetadata.Empty, [new Section("Part", 2, [list, table, new ImageBlock("https://site.example/i.png", Caption: "pic")])], ExtractionOutcome.Extracted);

        var json = article.ToJson();

        Assert.Contains(
            "\"blocks\":[{\"type\":\"list\",\"text\":" + JsonSerializer.Serialize(list.Text, WithEncoder) + ",\"ordered\":false,\"items\":["
            + "{\"text\":\"outer link\",\"links\":[{\"text\":\"link\",\"href\":\"https://site.example/a\",\"title\":\"T\"}],"
            + "\"inlines\":[{\"text\":\"outer \"},{\"text\":\"link\",\"href\":\"https://site.example/a\",\"title\":\"T\"}],"
            + "\"lists\":[{\"ordered\":true,\"items\":[{\"text\":\"inner\"}]}]},{\"text\":\"plain\"}]},"
            + "{\"type\":\"table\",\"text\":" + JsonSerializer.Serialize(table.Text, WithEncoder) + ",\"headerRows\":1,\"rows\":[[{\"text\":\"h\",\"header\":true,\"colSpan\":1}],[{\"text\":\"c\",\"header\":false,\"colSpan\":2}]],\"caption\":\"cap\"},"
            + "{\"type\":\"image\",\"text\":\"pic\",\"src\":\"https://site.example/i.png\",\"caption\":\"pic\"}]",
            json,
            StringComparison.Ordinal);
        Assert.StartsWith("{\"title\":null,\"metaTitle\":null,\"authors\":[],\"published\":null,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_nested_hundreds_deep_renders_and_parses_back()
    {
        var list = new ListBlock(false, [new ListItem([new Inline("innermost")], [])]);
        for (var depth = 0; depth < 300; depth++)
        {
            list = new ListBlock(depth % 2 == 0, [new ListItem([new Inline($"level {depth}")], [list])]);
        }

        var article = new Article(ArticleMetadata.Empty, [new Section(null, 2, [list])], ExtractionOutcome.Extracted);

        foreach (var indented in new[] { false, true })
        {
            using var parsed = JsonDocument.Parse(article.ToJson(indented), new JsonDocumentOptions { MaxDepth = 4096 });
            var item = parsed.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("items")[0];
            var levels = 0;
            while (item.TryGetProperty("lists", out var lists))
            {
                item = lists[0].GetProperty("items")[0];
                levels++;
            }

            Assert.Equal(300, levels);
            Assert.Equal("innermost", item.GetProperty("text").GetString());
        }
    }
}
