using System.Diagnostics;

namespace ArticleExtract.WebApi;

/// <summary>What the request log line says about one request, filled in by whichever stage ends it.</summary>
internal sealed class RequestOutcome
{
    private static readonly object Key = new();

    /// <summary>How the request ended: the extraction outcome (<c>extracted</c>, <c>noArticle</c>, ...) or the refusal (<c>tooLarge</c>, <c>queueFull</c>, ...).</summary>
    public string? Outcome { get; set; }

    /// <summary>Decoded body bytes read (up to the refusal, for a refused body); null when the body was not read.</summary>
    public long? InputBytes { get; set; }

    /// <summary>The request's outcome record, created on first use.</summary>
    public static RequestOutcome Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var value) && value is RequestOutcome outcome)
        {
            return outcome;
        }

        outcome = new RequestOutcome();
        context.Items[Key] = outcome;
        return outcome;
    }
}

/// <summary>
/// One structured log line per request, written when it ends: method, path (never the query, which may carry a
/// page's URL), status, outcome, duration and input size. Never any page content.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>Runs the rest of the pipeline and logs how it ended.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = Stopwatch.GetTimestamp();
        var outcome = RequestOutcome.Of(context);
        var failed = false;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            outcome.Outcome ??= "clientAborted";
        }
        catch (Exception)
        {
            // Kestrel answers 500 (when nothing was sent yet) and logs the exception itself.
            failed = true;
            throw;
        }
        finally
        {
            var status = failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            if (failed)
            {
                outcome.Outcome = "error";
            }

            outcome.Outcome ??= status switch
            {
                StatusCodes.Status504GatewayTimeout => "timeout",
                StatusCodes.Status413PayloadTooLarge => "tooLarge",
                StatusCodes.Status404NotFound => "notFound",
                _ => status < 400 ? "ok" : "error",
            };
            var elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var path = context.Request.Path.Value ?? "";
            Completed(logger, context.Request.Method, path, status, outcome.Outcome, elapsedMs, outcome.InputBytes ?? -1);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} {Outcome} in {ElapsedMs:0.0} ms, {InputBytes} bytes in")]
    private static partial void Completed(ILogger logger, string method, string path, int statusCode, string outcome, double elapsedMs, long inputBytes);
}
