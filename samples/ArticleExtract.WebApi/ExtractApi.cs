using System.Threading.RateLimiting;
using ArticleExtract.Rendering;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace ArticleExtract.WebApi;

/// <summary>The web API: <c>POST /extract</c> with the page's HTML as the body, <c>GET /healthz</c>, <c>GET /openapi/v1.json</c>.</summary>
internal static class ExtractApi
{
    /// <summary>The rate-limiting policy that holds the concurrency limit and its queue.</summary>
    public const string ConcurrencyPolicy = "extract";

    /// <summary>Builds the app (not started), so that tests can run the same app on a port of their choosing.</summary>
    /// <param name="args">Command-line arguments, which override appsettings.json and environment variables.</param>
    /// <param name="configure">A last word on the builder (tests add a log sink); optional.</param>
    /// <exception cref="InvalidOperationException">The configuration holds values that cannot work together.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        // The extractor's limits from the "Extractor" section, bound onto the library's own options record so that
        // every option keeps its documented default when absent.
        var options = builder.Configuration.GetSection("Extractor").Get<ArticleExtractorOptions>() ?? ArticleExtractorOptions.Default;
        var limits = builder.Configuration.GetSection("Service").Get<ServiceLimits>() ?? new ServiceLimits();
        limits.Validate(options);
        builder.Services.AddArticleExtractor(options);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<BodyBufferGauge>();

        // Kestrel refuses a body whose declared length is over the limit before it is read, and stops a chunked one
        // at the first byte over it.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.BodyLimit(options));

        // Problem documents (and any other JSON the API writes) keep text as characters, with the library's policy.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JsonTextEncoder.Instance);
        // Routing's own errors (404, 405) get the outcome field every other problem document has.
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = problem =>
        {
            if (!problem.ProblemDetails.Extensions.ContainsKey("outcome"))
            {
                var outcome = RequestOutcome.Of(problem.HttpContext);
                outcome.Outcome ??= problem.ProblemDetails.Status switch
                {
                    StatusCodes.Status404NotFound => "notFound",
                    StatusCodes.Status405MethodNotAllowed => "methodNotAllowed",
                    _ => "error",
                };
                problem.ProblemDetails.Extensions["outcome"] = outcome.Outcome;
            }
        });
        // Answers are compressed (br, else gzip) for a client that says Accept-Encoding, at the fastest level: an
        // article's JSON holds its text twice and compresses to about a fifth. Over HTTPS too: BREACH recovers a secret
        // sent beside text the attacker chooses, and an answer here holds only what its own request sent.
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/markdown", "application/problem+json"];
        });
        builder.Services.AddHealthChecks().AddCheck<ExtractorHealthCheck>("extractor");
        builder.Services.AddHostedService<WarmUp>();
        builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer(OpenApiDescription.DescribeExtract));
        builder.Services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            rateLimiter.OnRejected = (rejected, _) => QueueFullAsync(rejected.HttpContext, limits);
            rateLimiter.AddConcurrencyLimiter(ConcurrencyPolicy, concurrency =>
            {
                concurrency.PermitLimit = limits.Permits;
                concurrency.QueueLimit = limits.Queue;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.Timeout(options) == Timeout.InfiniteTimeSpan ? null : limits.Timeout(options),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => ProblemAsync(context, "timeout", "The request took too long",
                $"The request did not finish within {limits.Timeout(options).TotalSeconds:0.###} s (Service:RequestTimeout), queue and upload included."),
        });

        var app = builder.Build();
        // Outermost, so that the log line also covers requests refused by the queue or cut by the timeout. The
        // timeout sits outside the queue, so that time spent waiting for a permit counts against it.
        app.UseMiddleware<RequestLog>();
        app.UseResponseCompression();
        // An error status with no body (routing's 404 and 405) is answered with a problem document, as every other
        // error is; the ones that write their own are left alone.
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.Use(QueueWaitTimedOut);
        app.UseRateLimiter();

        app.MapPost("/extract", ExtractAsync)
            .RequireRateLimiting(ConcurrencyPolicy)
            .WithName("Extract")
            .WithSummary("Extracts the article from a page's HTML.")
            .WithDescription(OpenApiDescription.ExtractDescription)
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        app.MapHealthChecks("/healthz").DisableRateLimiting();
        app.MapOpenApi().DisableRateLimiting();
        app.MapGet("/", () => Results.Text("POST /extract with the page's HTML as the body; ?url=<page address>&format=json|markdown|html|text, or Accept: application/json, text/markdown, text/html or text/plain. GET /healthz, GET /openapi/v1.json.\n"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Extracts the posted page. <c>url</c> resolves relative links; <c>format</c> picks the output (any case), else
    /// <c>Accept</c> does (JSON when it says nothing; 406 when it excludes every rendering); the request's
    /// Content-Type charset, if any, decodes the body; its Content-Encoding is undone first.
    /// </summary>
    public static async Task<IResult> ExtractAsync(
        HttpContext context, ArticleExtractor extractor, ServiceLimits limits, BodyBufferGauge gauge, string? url = null, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(gauge);
        var log = RequestOutcome.Of(context);

        Uri? page = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out page) || page.Scheme is not ("http" or "https")))
        {
            return Problem(log, StatusCodes.Status400BadRequest, "badRequest", "Bad parameter", $"url '{url}' is not an absolute http(s) URL.");
        }

        var output = format?.ToLowerInvariant();
        if (output is not (null or "json" or "markdown" or "md" or "html" or "text"))
        {
            return Problem(log, StatusCodes.Status400BadRequest, "badRequest", "Bad parameter", $"format '{format}' is not json, markdown, html or text.");
        }

        if (output is null)
        {
            // Without ?format= the rendering follows Accept; a client asking text/markdown got JSON.
            context.Response.Headers.Vary = HeaderNames.Accept;
            output = Renderings.Negotiate(context.Request.Headers.Accept);
            if (output is null)
            {
                return Problem(log, StatusCodes.Status406NotAcceptable, "notAcceptable", "No acceptable rendering",
                    $"Accept '{context.Request.Headers.Accept}' excludes every rendering of the article: {Renderings.Listed} (or ?format=json|markdown|html|text).");
            }
        }

        if (IsJson(context.Request.ContentType))
        {
            // A client that posts {"url": ...} expects the service to fetch the page, which it never does; read as HTML,
            // its JSON came back as a 200 "article" whose text was the JSON itself.
            return Problem(log, StatusCodes.Status415UnsupportedMediaType, "notHtml", "The body is not HTML",
                $"The body is JSON (Content-Type '{context.Request.ContentType}'). POST the page's HTML itself: this service does not fetch pages, and ?url= only resolves the page's relative links.");
        }

        if (RequestBody.ParseCodings(context.Request.Headers.ContentEncoding) is not { } codings)
        {
            // RFC 9110 §15.5.16: say which codings would have been accepted.
            context.Response.Headers.AcceptEncoding = RequestBody.SupportedCodings;
            return Problem(log, StatusCodes.Status415UnsupportedMediaType, "unsupportedEncoding", "Unsupported Content-Encoding",
                $"Content-Encoding '{context.Request.Headers.ContentEncoding}' is not one of {RequestBody.SupportedCodings}.");
        }

        var read = await RequestBody.ReadAsync(context.Request, codings, limits.BodyLimit(extractor.Options), extractor.Options.MaxInputLength, gauge, context.RequestAborted)
            .ConfigureAwait(false);
        log.InputBytes = read.BytesSeen;
        using var body = read.Body;
        if (body is null)
        {
            return read.Refusal switch
            {
                BodyRefusal.TooLarge => Problem(log, StatusCodes.Status413PayloadTooLarge, "tooLarge", "Body too large",
                    $"The body is over {extractor.Options.MaxInputLength:N0} bytes (Extractor:MaxInputLength, after Content-Encoding is decoded) or {limits.BodyLimit(extractor.Options):N0} bytes on the wire."),
                BodyRefusal.CorruptEncoding => Problem(log, StatusCodes.Status400BadRequest, "corruptEncoding", "Body does not match its Content-Encoding",
                    $"The body is not valid {context.Request.Headers.ContentEncoding} data."),
                _ => Problem(log, StatusCodes.Status400BadRequest, "unreadableBody", "Body not received",
                    "The body ended before its Content-Length or arrived too slowly."),
            };
        }

        Article article;
        try
        {
            // RequestAborted (the client left, or the request timeout fired) stops the extraction between stages.
            article = extractor.Extract(body.Span, page, context.Request.ContentType, context.RequestAborted);
        }
        catch (ExtractionLimitException ex) when (ex.Limit == ExtractionLimit.InputLength)
        {
            return Problem(log, StatusCodes.Status413PayloadTooLarge, "tooLarge", "Body too large", ex.Message);
        }
        catch (ExtractionLimitException ex)
        {
            var outcome = ex.Limit == ExtractionLimit.TimeBudget ? "timeBudget" : "elementLimit";
            return Problem(log, StatusCodes.Status422UnprocessableEntity, outcome, "The page is over an extraction limit", ex.Message);
        }

        if (article.Outcome == ExtractionOutcome.NotHtml)
        {
            return Problem(log, StatusCodes.Status415UnsupportedMediaType, "notHtml", "The body is not HTML",
                "The body is binary data (an image, a PDF, an archive, an executable...), not an HTML page; nothing was extracted.");
        }

        log.Outcome = OutcomeName(article.Outcome);
        return output switch
        {
            "markdown" or "md" => Results.Text(article.ToMarkdown(), "text/markdown; charset=utf-8"),
            "html" => Results.Text(article.ToHtml(), "text/html; charset=utf-8"),
            "text" => Results.Text(article.ToText(), "text/plain; charset=utf-8"),
            // The JSON as UTF-8 bytes from the writer: no string to build and encode again (the same bytes).
            _ => Results.Bytes(article.ToJsonUtf8(), "application/json; charset=utf-8"),
        };
    }

    /// <summary><c>application/json</c> or any <c>+json</c> type (RFC 6839), whatever its parameters.</summary>
    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static string OutcomeName(ExtractionOutcome outcome) => outcome switch
    {
        ExtractionOutcome.Extracted => "extracted",
        ExtractionOutcome.SecondOpinion => "secondOpinion",
        ExtractionOutcome.NoArticle => "noArticle",
        _ => outcome.ToString(),
    };

    private static IResult Problem(RequestOutcome log, int status, string outcome, string title, string detail)
    {
        log.Outcome = outcome;
        return Results.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["outcome"] = outcome });
    }

    private static async ValueTask QueueFullAsync(HttpContext context, ServiceLimits limits)
    {
        context.Response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ProblemAsync(context, "queueFull", "Too many requests in progress",
            $"All {limits.Permits} extraction slots are busy and {limits.Queue} requests are waiting (Service:MaxConcurrentRequests, Service:QueueLimit); retry after {limits.RetryAfterSeconds} s.")
            .ConfigureAwait(false);
    }

    private static Task ProblemAsync(HttpContext context, string outcome, string title, string detail)
    {
        RequestOutcome.Of(context).Outcome = outcome;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail, Extensions = { ["outcome"] = outcome } },
        }).AsTask();
    }

    // The rate limiter treats a wait cancelled by the request timeout like a client that left: it returns without an
    // answer. Raising the cancellation again lets the timeout middleware answer 504 as for any other stage.
    private static async Task QueueWaitTimedOut(HttpContext context, RequestDelegate next)
    {
        await next(context).ConfigureAwait(false);
        if (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted && RequestOutcome.Of(context).Outcome is null)
        {
            throw new OperationCanceledException(context.RequestAborted);
        }
    }
}
