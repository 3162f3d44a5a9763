using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleExtract.WebApi;

/// <summary>
/// Registers ArticleExtract with dependency injection. This sits in the sample rather than in an
/// ArticleExtract.DependencyInjection package: an <see cref="ArticleExtractor"/> is immutable and thread-safe, so
/// registering it is one singleton, which a package would not make shorter, while it would tie the library's
/// releases to Microsoft.Extensions versions. Copy it, or promote it to a package if users ask.
/// </summary>
internal static class ServiceCollectionExtensions
{
    /// <summary>Registers one shared <see cref="ArticleExtractor"/> built with <paramref name="options"/> (the defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range: caught at start-up, not at the first request.</exception>
    public static IServiceCollection AddArticleExtractor(this IServiceCollection services, ArticleExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(new ArticleExtractor(options));
        return services;
    }
}
