using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArticleExtract.WebApi;

/// <summary>
/// Healthy when the shared extractor still turns a tiny page into an article (well under a millisecond), so that
/// <c>/healthz</c> checks the thing the service is for rather than only that the process answers.
/// </summary>
internal sealed class ExtractorHealthCheck(ArticleExtractor extractor) : IHealthCheck
{
    internal const string Probe =
        "<html><head><title>Health probe</title></head><body><article><h1>Health probe</h1>"
        + "<p>This paragraph is long enough to be kept as the body of the article that the health check extracts.</p>"
        + "<p>A second paragraph makes the probe look like the smallest real article the extractor accepts.</p>"
        + "</article></body></html>";

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var article = extractor.Extract(Probe, cancellationToken: cancellationToken);
        return Task.FromResult(article.HasContent
            ? HealthCheckResult.Healthy("The extractor extracted the probe page.")
            : HealthCheckResult.Unhealthy($"The extractor found no article in the probe page (outcome {article.Outcome})."));
    }
}
