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
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // A failure nothing else answered (a bug): logged here with its exception, and answered, like every other
            // error, with a problem document, which says nothing of the exception. Kestrel's own answer had no body.
            failed = true;
            Failed(logger, context.Request.Method, context.Request.Path.Value ?? "", ex);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            outcome.Outcome = "error";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "Internal error", Detail = "The server failed to answer this request; the failure is logged.", Extensions = { ["outcome"] = "error" } },
            }).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Too late for an answer (the response has started): Kestrel aborts it and logs the exception itself.
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

    [LoggerMessage(EventId = 2, EventName = "RequestFailed", Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void Failed(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 1, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} {Outcome} in {ElapsedMs:0.0} ms, {InputBytes} bytes in")]
    private static partial void Completed(ILogger logger, string method, string path, int statusCode, string outcome, double elapsedMs, long inputBytes);
}
