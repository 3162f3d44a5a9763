namespace ArticleExtract.WebApi;

/// <summary>The web API: <c>POST /extract</c> with the page's HTML as the body.</summary>
internal static class ExtractApi
{
    /// <summary>Builds the app (not started), so that tests can run the same app on a port of their choosing.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Where an app would tune them (Favor, TimeBudget, ...): one immutable options record for the one extractor.
        var options = ArticleExtractorOptions.Default;
        builder.Services.AddArticleExtractor(options);
        builder.Services.AddProblemDetails();

        // Kestrel refuses a body over the extractor's own input limit (413) before it is read, so an oversized
        // upload costs neither memory nor a parse.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxInputLength);

        var app = builder.Build();
        app.MapPost("/extract", ExtractAsync);
        app.MapGet("/", () => Results.Text("POST /extract with the page's HTML as the body; ?url=<page address>&format=json|markdown|html|text\n"));
        return app;
    }

    /// <summary>
    /// Extracts the posted page. <c>url</c> resolves relative links; <c>format</c> picks the output (json by default);
    /// the request's Content-Type charset, if any, decodes the body.
    /// </summary>
    public static async Task<IResult> ExtractAsync(HttpContext context, ArticleExtractor extractor, string? url = null, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(extractor);

        Uri? page = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out page) || page.Scheme is not ("http" or "https")))
        {
            return Results.Problem($"url '{url}' is not an absolute http(s) URL.", statusCode: StatusCodes.Status400BadRequest);
        }

        format ??= "json";
        if (format is not ("json" or "markdown" or "md" or "html" or "text"))
        {
            return Results.Problem($"format '{format}' is not json, markdown, html or text.", statusCode: StatusCodes.Status400BadRequest);
        }

        Article article;
        try
        {
            // RequestAborted stops the read and the extraction when the client goes away.
            article = await extractor.ExtractAsync(context.Request.Body, page, context.Request.ContentType, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdicts on the body, 413 above MaxRequestBodySize among them.
            return Results.Problem(ex.Message, statusCode: ex.StatusCode);
        }
        catch (ExtractionLimitException ex)
        {
            var status = ex.Limit == ExtractionLimit.InputLength ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return Results.Problem(ex.Message, statusCode: status);
        }

        return format switch
        {
            "markdown" or "md" => Results.Text(article.ToMarkdown(), "text/markdown; charset=utf-8"),
            "html" => Results.Text(article.ToHtml(), "text/html; charset=utf-8"),
            "text" => Results.Text(article.ToText(), "text/plain; charset=utf-8"),
            _ => Results.Text(article.ToJson(), "application/json; charset=utf-8"),
        };
    }
}
