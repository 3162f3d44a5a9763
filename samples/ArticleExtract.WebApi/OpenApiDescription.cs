using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ArticleExtract.WebApi;

/// <summary>
/// What the generator cannot infer about <c>POST /extract</c>: the handler reads the raw body itself (so the body's
/// media types are added here), <c>format</c>'s values, and the article JSON's top-level shape.
/// </summary>
internal static class OpenApiDescription
{
    public const string ExtractDescription =
        "The body is the page's HTML as received: any charset (Content-Type's charset, else a BOM or <meta>), and "
        + "Content-Encoding gzip, deflate (zlib) or br is decoded first. Limits: Extractor:MaxInputLength bytes after "
        + "decoding (413), a concurrency limit with a queue (503 with Retry-After when full), a request timeout (504). "
        + "A body that is binary data rather than HTML, or JSON (the service fetches nothing), gets 415. The rendering is "
        + "format's, else the one Accept prefers among application/json, text/markdown, text/html and text/plain (JSON "
        + "without Accept; 406 when Accept excludes all four).";

    private static readonly string[] Formats = ["json", "markdown", "md", "html", "text"];

    /// <summary>Completes the operation of <c>POST /extract</c>; leaves every other one alone.</summary>
    public static Task DescribeExtract(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.RelativePath != "extract" || context.Description.HttpMethod != "POST")
        {
            return Task.CompletedTask;
        }

        var page = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The page's HTML bytes.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/html"] = new() { Schema = page },
                ["application/xhtml+xml"] = new() { Schema = page },
                ["application/octet-stream"] = new() { Schema = page },
            },
        };

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is not OpenApiParameter p)
            {
                continue;
            }

            if (p.Name == "format")
            {
                p.Description = "The output: json, markdown (or md), html or text; any case. Without it, Accept chooses (JSON when it says nothing).";
                if (p.Schema is OpenApiSchema schema)
                {
                    schema.Enum = [.. Formats.Select(f => (JsonNode)JsonValue.Create(f))];
                }
            }
            else if (p.Name == "url")
            {
                p.Description = "The page's absolute http(s) address, used to resolve relative links and images.";
                if (p.Schema is OpenApiSchema schema)
                {
                    schema.Format = "uri";
                }
            }
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Schema = ArticleSchema();
        }

        if (operation.Responses?.TryGetValue("503", out var busy) == true && busy is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying (Service:RetryAfterSeconds).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A date as the article gives it (ArticleDate.ToString): the day alone, a local time without an offset, or an
    /// instant with one. Not <c>format: date-time</c>, which is RFC 3339's and needs both a time and an offset: a client
    /// generated from it failed on "2024-03-05".
    /// </summary>
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3}(\d{3})?)?([+-]\d{2}:\d{2})?)?$";

    // Article.ToJson(), as the JSON rendering writes it: every article field, always (null when the page gives none);
    // each block its type and text, its kind's other fields as the README's "The output model" section documents them.
    private static OpenApiSchema ArticleSchema()
    {
        static OpenApiSchema Of(JsonSchemaType type, string? format = null) => new() { Type = type, Format = format };
        static OpenApiSchema OneOf(params string[] values) =>
            new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };
        static OpenApiSchema Closed(Dictionary<string, IOpenApiSchema> properties) => new()
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = new HashSet<string>(properties.Keys),
            AdditionalPropertiesAllowed = false,
        };

        var text = Of(JsonSchemaType.String | JsonSchemaType.Null);
        var strings = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Of(JsonSchemaType.String) };
        var date = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Pattern = DatePattern,
            Description = "ISO 8601 with only what the page states: 2024-03-05, 2024-03-05T09:30:00 (a local time, no offset) or 2024-03-05T09:30:00+01:00.",
        };
        var block = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A block; the fields of each type are in the README's \"The output model\" section.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = OneOf("paragraph", "list", "quote", "table", "code", "image"),
                ["text"] = Of(JsonSchemaType.String),
            },
            Required = new HashSet<string> { "type", "text" },
        };
        var section = Closed(new()
        {
            ["heading"] = text,
            ["level"] = Of(JsonSchemaType.Integer, "int32"),
            ["blocks"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = block },
        });
        var article = Closed(new()
        {
            ["title"] = text,
            ["metaTitle"] = text,
            ["authors"] = strings,
            ["published"] = date,
            ["modified"] = date,
            ["siteName"] = text,
            ["language"] = text,
            ["excerpt"] = text,
            ["url"] = text,
            ["leadImage"] = text,
            ["tags"] = strings,
            ["isAccessibleForFree"] = Of(JsonSchemaType.Boolean | JsonSchemaType.Null),
            ["sections"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = section },
            ["body"] = Of(JsonSchemaType.String),
            ["wordCount"] = Of(JsonSchemaType.Integer, "int32"),
            ["readingTimeMinutes"] = Of(JsonSchemaType.Integer, "int32"),
            // notHtml is answered with 415, never in a 200's article.
            ["outcome"] = OneOf("extracted", "secondOpinion", "noArticle"),
            ["pageKind"] = OneOf("article", "forum", "product", "listing", "documentation", "service"),
        });
        article.Description = "The article (Article.ToJson()): text as UTF-8 characters; <, > and & escaped as \\u003C \\u003E \\u0026.";
        return article;
    }
}
