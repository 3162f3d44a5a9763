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

    // The top level of Article.ToJson(); the README's "The output model" section documents every field and block type.
    private static OpenApiSchema ArticleSchema()
    {
        static OpenApiSchema Of(JsonSchemaType type, string? format = null) => new() { Type = type, Format = format };
        var text = Of(JsonSchemaType.String | JsonSchemaType.Null);
        var strings = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Of(JsonSchemaType.String) };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The article (Article.ToJson()): text as UTF-8 characters; <, > and & escaped as \\u003C \\u003E \\u0026.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["title"] = text,
                ["authors"] = strings,
                ["published"] = Of(JsonSchemaType.String | JsonSchemaType.Null, "date-time"),
                ["modified"] = Of(JsonSchemaType.String | JsonSchemaType.Null, "date-time"),
                ["siteName"] = text,
                ["language"] = text,
                ["excerpt"] = text,
                ["url"] = text,
                ["leadImage"] = text,
                ["tags"] = strings,
                ["isAccessibleForFree"] = Of(JsonSchemaType.Boolean | JsonSchemaType.Null),
                ["sections"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["heading"] = text,
                            ["level"] = Of(JsonSchemaType.Integer),
                            ["blocks"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Of(JsonSchemaType.Object) },
                        },
                    },
                },
                ["body"] = Of(JsonSchemaType.String),
                ["outcome"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. new[] { "extracted", "secondOpinion", "noArticle" }.Select(f => (JsonNode)JsonValue.Create(f))],
                },
            },
        };
    }
}
