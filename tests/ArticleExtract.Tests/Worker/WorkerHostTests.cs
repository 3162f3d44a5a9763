using ArticleExtract.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleExtract.Tests.Worker;

/// <summary>The host gives the worker's drain the time it is configured to have.</summary>
public sealed class WorkerHostTests
{
    private static HostOptions HostOptionsFor(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddExtractionWorker(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<HostOptions>>().Value;
    }

    [Fact]
    public void A_drain_longer_than_the_host_s_default_raises_the_shutdown_timeout()
    {
        // The host's 30 s default ended a worker set to drain for 60 s mid-page: the page went back with a try counted.
        var host = HostOptionsFor(("Worker:DrainTimeout", "00:01:00"));
        Assert.Equal(TimeSpan.FromMinutes(1) + WorkerHost.CloseAllowance, host.ShutdownTimeout);
    }

    [Fact]
    public void The_default_drain_keeps_the_host_s_default_timeout()
    {
        // 20 s of drain and 10 s to close fit the host's own 30 s.
        Assert.Equal(TimeSpan.FromSeconds(30), HostOptionsFor().ShutdownTimeout);
    }
}
