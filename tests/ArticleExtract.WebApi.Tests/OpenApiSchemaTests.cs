using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleExtract.WebApi.Tests;

/// <summary>
/// The OpenAPI document's article schema against what <c>POST /extract</c> really answers: a client generated from
/// the document must read every response. It declared <c>published</c> and <c>modified</c> as <c>date-time</c>
/// (RFC 3339: a time and an offset) where the article prints a day alone or a local time, and left out
/// <c>metaTitle</c>, <c>wordCount</c>, <c>readingTimeMinutes</c> and <c>pageKind</c>.
/// </summary>
public sealed class OpenApiSchemaTests(ExtractApiTests.Server server) : IClassFixture<ExtractApiTests.Server>
{
    private static string Page(string published, string modified) =>
        $$"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return to the northern line</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Night trams return to the northern line",
        "datePublished":"{{published}}","dateModified":"{{modified}}","author":[{"@type":"Person","name":"Lene Holt"}]}</script></head>
        <body><article><h1>Night trams return to the northern line</h1>
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday, after
        a two-year pause that left shift workers in the outer districts with long walks home.</p>
        <h2>What changes</h2>
        <p>Trams will leave the central station every twenty minutes between midnight and five in the morning, and the
        authority will add two stops near the hospital, where most of the night staff work.</p>
        <ul><li>Every twenty minutes after midnight</li><li>Two new stops near the hospital</li></ul>
        </article></body></html>
        """;

    [Theory]
    // The three shapes of ArticleDate: a day, a local time without offset, an instant.
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2024-03-05T09:30:00", "2024-03-06T18:05:00")]
    [InlineData("2024-03-05T09:30:00+01:00", "2024-03-06T18:05:00.125-05:00")]
    public async Task Every_field_of_a_real_response_is_declared_and_matches_its_schema(string published, string modified)
    {
        var schema = await ArticleSchema();
        using var content = new StringContent(Page(published, modified), Encoding.UTF8, new MediaTypeHeaderValue("text/html"));
        using var response = await server.Client.PostAsync("/extract?url=https%3A%2F%2Fnews.example.com%2Ftrams", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var article = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // The page's dates come back as written, so each shape is what the schema is checked against.
        Assert.Equal(published, article.RootElement.GetProperty("published").GetString());
        Assert.Equal(modified, article.RootElement.GetProperty("modified").GetString());
        Assert.Empty(Violations(article.RootElement, schema.RootElement));
        // Every field of the article and of a section is declared, whether or not the document closes the object.
        Assert.Equal(Names(article.RootElement), Names(schema.RootElement.GetProperty("properties")));
        var section = schema.RootElement.GetProperty("properties").GetProperty("sections").GetProperty("items").GetProperty("properties");
        Assert.All(article.RootElement.GetProperty("sections").EnumerateArray(), s => Assert.Equal(Names(s), Names(section)));
    }

    private static List<string> Names(JsonElement o) => [.. o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_check_finds_what_the_old_document_got_wrong()
    {
        // The comparison itself: an undeclared field, a missing required one, a day under date-time, a wrong type.
        using var schema = JsonDocument.Parse("""
            {"type":"object","additionalProperties":false,"required":["a","d"],
             "properties":{"a":{"type":"string"},"d":{"type":["string","null"],"format":"date-time"}}}
            """);
        using var value = JsonDocument.Parse("""{"d":"2024-03-05","extra":1}""");
        using var wrongType = JsonDocument.Parse("""{"a":1,"d":null}""");

        Assert.Equal(["$.d: \"2024-03-05\" is not date-time", "$.extra: not declared", "$: no a"], Violations(value.RootElement, schema.RootElement).Order(StringComparer.Ordinal));
        Assert.Equal(["$.a: Number where the schema says \"string\""], Violations(wrongType.RootElement, schema.RootElement));
    }

    private async Task<JsonDocument> ArticleSchema()
    {
        using var response = await server.Client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = document.RootElement.GetProperty("paths").GetProperty("/extract").GetProperty("post").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.False(schema.TryGetProperty("$ref", out _), "the article schema is written in place");
        return JsonDocument.Parse(schema.GetRawText());
    }

    /// <summary>
    /// Where <paramref name="value"/> breaks <paramref name="schema"/>: the JSON Schema keywords the document uses
    /// (type, enum, format, pattern, properties, required, additionalProperties, items), walked with a stack.
    /// </summary>
    private static List<string> Violations(JsonElement value, JsonElement schema)
    {
        var found = new List<string>();
        var stack = new Stack<(JsonElement Value, JsonElement Schema, string Path)>();
        stack.Push((value, schema, "$"));
        while (stack.Count > 0)
        {
            var (v, s, path) = stack.Pop();
            if (s.TryGetProperty("type", out var type) && !TypeAllows(type, s, v))
            {
                found.Add($"{path}: {v.ValueKind} where the schema says {type.GetRawText()}");
                continue;
            }

            if (v.ValueKind == JsonValueKind.String)
            {
                var text = v.GetString()!;
                if (s.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(e => e.GetString() == text))
                {
                    found.Add($"{path}: \"{text}\" is not one of {values.GetRawText()}");
                }

                if (s.TryGetProperty("format", out var format) && !FormatAllows(format.GetString()!, text))
                {
                    found.Add($"{path}: \"{text}\" is not {format.GetString()}");
                }

                if (s.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant))
                {
                    found.Add($"{path}: \"{text}\" does not match {pattern.GetString()}");
                }
            }
            else if (v.ValueKind == JsonValueKind.Object)
            {
                s.TryGetProperty("properties", out var properties);
                if (s.TryGetProperty("required", out var required))
                {
                    found.AddRange(required.EnumerateArray().Where(r => !v.TryGetProperty(r.GetString()!, out _)).Select(r => $"{path}: no {r.GetString()}"));
                }

                var closed = s.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
                foreach (var property in v.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var declared))
                    {
                        stack.Push((property.Value, declared, path + "." + property.Name));
                    }
                    else if (closed)
                    {
                        found.Add($"{path}.{property.Name}: not declared");
                    }
                }
            }
            else if (v.ValueKind == JsonValueKind.Array && s.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in v.EnumerateArray())
                {
                    stack.Push((item, items, $"{path}[{i++}]"));
                }
            }
        }

        return found;
    }

    private static bool TypeAllows(JsonElement type, JsonElement schema, JsonElement value)
    {
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        // OpenAPI 3.0 writes a nullable type as "nullable": true beside it.
        if (schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        {
            names.Add("null");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => names.Contains("string"),
            JsonValueKind.Number => names.Contains("number") || (names.Contains("integer") && value.TryGetInt64(out _)),
            JsonValueKind.True or JsonValueKind.False => names.Contains("boolean"),
            JsonValueKind.Null => names.Contains("null"),
            JsonValueKind.Object => names.Contains("object"),
            JsonValueKind.Array => names.Contains("array"),
            _ => false,
        };
    }

    /// <summary>The formats' own definitions: RFC 3339's date-time (a time and an offset) and full-date.</summary>
    private static bool FormatAllows(string format, string text) => format switch
    {
        "date-time" => Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        _ => true,
    };
}
