using ArticleExtract.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleExtract.Tests.Worker;

/// <summary>The worker refuses, when it is built, settings that would misbehave only once pages flow.</summary>
public sealed class WorkerOptionsTests
{
    [Theory]
    // AMQP reads a prefetch of 0 as no limit: the broker handed one worker the whole queue, every body in its memory.
    [InlineData("prefetch 0", "Worker:Prefetch")]
    [InlineData("concurrency 0", "Worker:Concurrency")]
    [InlineData("concurrency over prefetch", "Worker:Concurrency")]
    // 2048 MiB in bytes wraps to int.MinValue: every result was "too large".
    [InlineData("result 2048 MiB", "Worker:MaxResultMegabytes")]
    [InlineData("input 0 MiB", "Worker:MaxInputMegabytes")]
    [InlineData("negative drain", "Worker:DrainTimeout")]
    [InlineData("no tries", "Worker:MaxAttempts")]
    [InlineData("zero page timeout", "Worker:PageTimeout")]
    [InlineData("results into the page queue", "three different names")]
    public void A_setting_that_cannot_work_stops_the_worker_when_it_is_built(string setting, string named)
    {
        var options = new WorkerOptions();
        switch (setting)
        {
            case "prefetch 0": options.Prefetch = 0; break;
            case "concurrency 0": options.Concurrency = 0; break;
            case "concurrency over prefetch": (options.Prefetch, options.Concurrency) = (2, 4); break;
            case "result 2048 MiB": options.MaxResultMegabytes = 2048; break;
            case "input 0 MiB": options.MaxInputMegabytes = 0; break;
            case "negative drain": options.DrainTimeout = TimeSpan.FromSeconds(-1); break;
            case "no tries": options.MaxAttempts = 0; break;
            case "zero page timeout": options.PageTimeout = TimeSpan.Zero; break;
            default: options.ResultsQueue = options.Queue; break;
        }

        var error = Assert.Throws<InvalidOperationException>(() => new ExtractionWorker(Options.Create(options), NullLogger<ExtractionWorker>.Instance));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_and_a_concurrency_up_to_the_prefetch_are_accepted()
    {
        using var defaults = new ExtractionWorker(Options.Create(new WorkerOptions()), NullLogger<ExtractionWorker>.Instance);
        using var busy = new ExtractionWorker(Options.Create(new WorkerOptions { Prefetch = 8, Concurrency = 8, MaxResultMegabytes = 2047 }), NullLogger<ExtractionWorker>.Instance);
        using var unbounded = new ExtractionWorker(Options.Create(new WorkerOptions { PageTimeout = Timeout.InfiniteTimeSpan }), NullLogger<ExtractionWorker>.Instance);
    }
}
