using System.Diagnostics;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Issue 11: a page that shows only a time of day ("16:45", "today, 16:45", "3 hours ago") must get no date, and
/// its output must not change with the day it is run. The command line runs in a child process under libfaketime
/// on two different days; the library must print the same record on both, with no date. An in-process test
/// cannot prove this: it would run on one day only.
/// </summary>
public sealed class FakedClockTests
{
    private const string FakeTimeLibrary = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Night trams return to the northern line</title></head>
        <body><header><a href="/">City News</a></header>
        <article><h1>Night trams return to the northern line</h1>
        <p class="meta"><time>16:45</time> · <span class="date">today, 16:45</span> · updated 3 hours ago</p>
        <p>Night trams will run again on the northern line from next month, the transport authority said, after a two-year
        pause caused by the shortage of drivers that hit every operator in the region.</p>
        <p>The service will run every twenty minutes between midnight and five in the morning on Fridays and Saturdays, and
        every forty minutes on other nights. Tickets bought for the day remain valid until the first morning tram.</p>
        </article></body></html>
        """;

    [SkippableFact]
    public async Task A_page_with_only_times_gets_no_date_on_any_day()
    {
        Skip.IfNot(File.Exists(FakeTimeLibrary), "libfaketime is not installed (Debian package faketime; .ci/run installs it)");
        var page = Path.Combine(Path.GetTempPath(), "articleextract-clock-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(page, Page);
        try
        {
            // The probe shows the fake clock reaches child processes, so equal outputs below mean something.
            Assert.Equal("2019-02-03", await RunAsync("2019-02-03 08:00:00", "--probe-clock", page));
            Assert.Equal("2025-11-28", await RunAsync("2025-11-28 23:59:00", "--probe-clock", page));

            var first = await RunAsync("2019-02-03 08:00:00", "extract", page);
            var second = await RunAsync("2025-11-28 23:59:00", "extract", page);

            Assert.Contains("\"published\": null", first, StringComparison.Ordinal);
            Assert.Contains("\"modified\": null", first, StringComparison.Ordinal);
            Assert.Contains("Night trams will run again", first, StringComparison.Ordinal);
            Assert.Equal(first, second);
        }
        finally
        {
            File.Delete(page);
        }
    }

    private static async Task<string> RunAsync(string day, string mode, string page)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LD_PRELOAD"] = FakeTimeLibrary;
        start.Environment["FAKETIME"] = "@" + day;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (mode == "--probe-clock")
        {
            // Nothing we ship prints the clock, so the probe is date(1) under the same preload. .NET's DateTime and
            // DateTimeOffset read the same clock_gettime that libfaketime replaces (checked with a one-line program
            // printing DateTime.UtcNow: it printed the faked instants).
            start.FileName = "date";
            start.ArgumentList.Add("+%F");
        }
        else
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "article-extract.dll"));
            start.ArgumentList.Add("extract");
            start.ArgumentList.Add(page);
            start.ArgumentList.Add("--format");
            start.ArgumentList.Add("json");
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{start.FileName} exited {process.ExitCode}: {await error}");
        return (await output).Trim();
    }
}
