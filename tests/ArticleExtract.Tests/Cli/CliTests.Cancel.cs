using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

/// <summary>Ctrl+C and SIGTERM cancel the command's token; the CLI answers with one line and exit status 130.</summary>
public sealed partial class CliTests
{
    [Fact]
    public async Task A_cancelled_extract_says_so_in_one_line_and_exits_130()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var code = await CliApp.RunAsync(["extract", Fixture.Path("seed-news-page.html")], TextReader.Null, stdout, stderr, cancel.Token);

        Assert.Equal(CliApp.Cancelled, code);
        Assert.Equal("article-extract: cancelled", stderr.ToString().TrimEnd());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task A_batch_cancelled_midway_exits_130_and_leaves_no_output_file()
    {
        var dir = Directory.CreateTempSubdirectory("ae-batch-cancel-");
        try
        {
            var pages = Directory.CreateDirectory(Path.Combine(dir.FullName, "pages"));
            var page = TestPages.Article(string.Concat(Enumerable.Repeat("<p>" + TestPages.P2 + "</p>", 120)));
            for (var i = 0; i < 3000; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(pages.FullName, $"p{i:D4}.html"), page);
            }

            var outFile = Path.Combine(dir.FullName, "out.jsonl");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            using var cancel = new CancellationTokenSource();

            // Cancelled once the run has begun writing (its temporary output exists), not after a fixed delay: a
            // machine with many cores finished all the pages inside a 300 ms timer. One worker keeps the run far
            // longer than the polling step on any machine. The watch runs on a thread of its own and cancels from
            // there: a poll awaiting Task.Delay on the thread pool, which the suite's other tests keep busy, woke
            // after the whole run had finished (CI, 2026-12-07, the run taking under a second).
            var run = Task.Run(() => CliApp.RunAsync(["batch", pages.FullName, "--out", outFile, "--parallel", "1"], TextReader.Null, stdout, stderr, cancel.Token));
            var watch = new Thread(() =>
            {
                while (!run.IsCompleted && !dir.EnumerateFiles("*.tmp").Any())
                {
                    Thread.Sleep(1);
                }

                cancel.Cancel();
            });
            watch.Start();
            var code = await run;
            watch.Join();

            Assert.Equal(CliApp.Cancelled, code);
            Assert.EndsWith("article-extract: cancelled", stderr.ToString().TrimEnd(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(["pages"], dir.GetFileSystemInfos().Select(f => f.Name));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_batch_cancelled_while_a_pipe_sends_nothing_exits_130_at_once_and_leaves_no_output_file()
    {
        // The writer holds the pipe open and sends nothing: the read waits in the operating system, which sees no
        // token. The run used to wait with it, so Ctrl+C ended the process by System.CommandLine's timeout, without
        // the "cancelled" line and with the temporary output left in the folder.
        var dir = Directory.CreateTempSubdirectory("ae-batch-cancel-pipe-");
        try
        {
            var (finished, code, _, err) = await CancelledWhileAPipeSendsNothing(dir, pipe => ["batch", pipe, "--out", Path.Combine(dir.FullName, "out.jsonl")]);
            Assert.True(finished, "the cancelled batch waited for the pipe");
            Assert.Equal(CliApp.Cancelled, code);
            Assert.EndsWith("article-extract: cancelled", err.TrimEnd(), StringComparison.Ordinal);
            Assert.Equal(["feed"], dir.GetFileSystemInfos().Select(f => f.Name));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task An_extract_cancelled_while_a_pipe_sends_nothing_says_so_and_exits_130_at_once()
    {
        var dir = Directory.CreateTempSubdirectory("ae-extract-cancel-pipe-");
        try
        {
            var (finished, code, output, err) = await CancelledWhileAPipeSendsNothing(dir, pipe => ["extract", pipe]);
            Assert.True(finished, "the cancelled extract waited for the pipe");
            Assert.Equal(CliApp.Cancelled, code);
            Assert.Equal("article-extract: cancelled", err.TrimEnd());
            Assert.Equal("", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Runs the command on a pipe named "feed" in <paramref name="dir"/> whose writer holds it open and sends nothing,
    /// cancels once the command is inside its read, and says whether it finished within 30 s, then how.
    /// </summary>
    private static async Task<(bool Finished, int Code, string Out, string Err)> CancelledWhileAPipeSendsNothing(DirectoryInfo dir, Func<string, string[]> args)
    {
        var pipe = Path.Combine(dir.FullName, "feed");
        Skip.IfNot(MakePipe(pipe), "mkfifo is not available here");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => CliApp.RunAsync(args(pipe), TextReader.Null, stdout, stderr, cancel.Token));
        // Opening the write end waits for the command to open the read end: it is then inside its read.
        using (await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(60)))
        {
            await cancel.CancelAsync();
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run;
            if (!finished)
            {
                return (false, 0, stdout.ToString(), stderr.ToString());
            }
        }

        var code = await run;
        return (true, code, stdout.ToString(), stderr.ToString());
    }
}
