using System.Globalization;

namespace ArticleExtract.LoadTest;

/// <summary>
/// The peak resident memory of another process over a phase, from Linux's /proc: the kernel's own high-water mark
/// (VmHWM, reset between phases through clear_refs where allowed) and, as a fallback and a cross-check, VmRSS
/// sampled every 10 ms.
/// </summary>
internal sealed class ProcessMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _sampledPeakKb;
    private bool _hwmReset;

    public ProcessMemory(int pid)
    {
        _pid = pid;
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>Starts a phase: forgets the peak so far.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _sampledPeakKb, ReadKb("VmRSS:"));
        try
        {
            File.WriteAllText($"/proc/{_pid}/clear_refs", "5");
            _hwmReset = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _hwmReset = false;
        }
    }

    /// <summary>The peak resident set, in MB, since the last <see cref="Reset"/>.</summary>
    public double PeakMb()
    {
        var peak = Interlocked.Read(ref _sampledPeakKb);
        if (_hwmReset)
        {
            peak = Math.Max(peak, ReadKb("VmHWM:"));
        }

        return peak / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _sampler.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var now = ReadKb("VmRSS:");
            long seen;
            while (now > (seen = Interlocked.Read(ref _sampledPeakKb)) && Interlocked.CompareExchange(ref _sampledPeakKb, now, seen) != seen)
            {
            }

            await Task.Delay(10, _stop.Token).ConfigureAwait(false);
        }
    }

    private long ReadKb(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
