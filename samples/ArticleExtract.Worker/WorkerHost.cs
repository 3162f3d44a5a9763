using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleExtract.Worker;

/// <summary>The worker's services, as <c>Program</c> registers them.</summary>
internal static class WorkerHost
{
    /// <summary>Time the worker needs after its drain to close its channel and connection.</summary>
    internal static readonly TimeSpan CloseAllowance = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers the worker, bound to the <c>Worker</c> section. The host's shutdown timeout is raised to cover
    /// <see cref="WorkerOptions.DrainTimeout"/> and the close after it: the host's 30 s default ended a worker whose
    /// drain was set longer mid-page, which sent the page back with a try counted.
    /// </summary>
    public static IServiceCollection AddExtractionWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkerOptions>(configuration.GetSection("Worker"));
        services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) =>
        {
            var needed = worker.Value.DrainTimeout + CloseAllowance;
            if (host.ShutdownTimeout != Timeout.InfiniteTimeSpan && host.ShutdownTimeout < needed)
            {
                host.ShutdownTimeout = needed;
            }
        });
        services.AddHostedService<ExtractionWorker>();
        return services;
    }
}
