using System.Net;
using System.Net.Sockets;
using System.Text;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

// This part of the CLI contract: extract URL against a server on loopback (fetching, the response charset, HTTP
// errors, the timeout) and the manual page.
public sealed partial class CliTests
{
    [Fact]
    public async Task Extract_fetches_a_url_and_prints_the_article()
    {
        var page = Fixture.Bytes("seed-news-page.html");
        await using var server = LoopbackServer.Start(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(page);
        });

        var (code, output, err) = await Run("extract", server.Url + "news/talks", "--format", "markdown");

        Assert.True(code == 0, err);
        Assert.Contains("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security", output, StringComparison.Ordinal);
        Assert.Contains("## Concerns and Accusations", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", output, StringComparison.Ordinal);
        Assert.Equal("/news/talks", Assert.Single(server.Paths));
    }

    [Fact]
    public async Task Extract_decodes_a_url_with_the_charset_of_its_content_type()
    {
        // No BOM and no <meta charset>: only the header says windows-1251. Without it the bytes are not UTF-8 and
        // would be read as windows-1252, turning the Cyrillic into Latin letters.
        var cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        const string paragraph = "Президент России и лидер Белоруссии провели переговоры о региональной безопасности и о сотрудничестве двух стран в ближайшие годы.";
        var html = $"<html><head><title>Переговоры в Санкт-Петербурге</title></head><body><article><h1>Переговоры в Санкт-Петербурге</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        var bytes = cyrillic.GetBytes(html);
        await using var server = LoopbackServer.Start(async context =>
        {
            context.Response.ContentType = "text/html; charset=windows-1251";
            await context.Response.OutputStream.WriteAsync(bytes);
        });

        var (code, output, err) = await Run("extract", server.Url, "--format", "text");

        Assert.True(code == 0, err);
        Assert.Contains("Переговоры в Санкт-Петербурге", output, StringComparison.Ordinal);
        Assert.Contains(paragraph, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_resolves_links_against_the_fetched_url_when_no_url_option_is_given()
    {
        var html = $"<html><head><title>Council approves tram extension</title></head><body><article><h1>Council approves tram extension</h1><p>{TestPages.P1} <a href=\"/budget\">The budget</a> was approved.</p><p>{TestPages.P2}</p></article></body></html>";
        await using var server = LoopbackServer.Start(async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(html));
        });

        var (code, output, err) = await Run("extract", server.Url + "city/tram", "--format", "json");

        Assert.True(code == 0, err);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(server.Url + "city/tram", json.RootElement.GetProperty("url").GetString());
        var link = json.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("links")[0];
        Assert.Equal(server.Url + "budget", link.GetProperty("href").GetString());
    }

    [Fact]
    public async Task Extract_exits_1_with_the_status_when_the_server_answers_an_error()
    {
        await using var server = LoopbackServer.Start(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        var (code, output, err) = await Run("extract", server.Url + "gone");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("404", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_exits_1_with_a_clear_message_when_the_server_is_slower_than_the_timeout()
    {
        using var release = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var server = LoopbackServer.Start(async context =>
        {
            // Headers never come; the delay ends when the test is over, so the server stops promptly.
            await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, err) = await Run("extract", server.Url, "--timeout", "0.5");
        clock.Stop();
        await release.CancelAsync();

        Assert.Equal(1, code);
        Assert.Contains("timed out after 0.5 s", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/story.html")]
    [InlineData("javascript:alert(1)")]
    public async Task Extract_exits_1_when_a_redirect_leads_off_the_web(string location)
    {
        // The HTTP handler's own redirect following threw UriFormatException on file:///etc/passwd, which ended the
        // process with a stack trace (signal 6).
        await using var server = LoopbackServer.Start(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.RedirectLocation = location;
            return Task.CompletedTask;
        });

        var (code, output, err) = await Run("extract", server.Url + "story");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("redirected to", err, StringComparison.Ordinal);
        Assert.Contains("not an http or https address", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_gives_up_after_ten_redirects_and_says_so()
    {
        await using var server = LoopbackServer.Start(context =>
        {
            context.Response.StatusCode = 301;
            context.Response.RedirectLocation = "/again";
            return Task.CompletedTask;
        });

        var (code, _, err) = await Run("extract", server.Url + "start");

        Assert.Equal(1, code);
        Assert.Contains("more than 10 redirects", err, StringComparison.Ordinal);
        Assert.Equal(11, server.Paths.Count);
    }

    [Fact]
    public async Task Extract_follows_a_relative_redirect_and_resolves_links_against_where_it_ended()
    {
        var html = $"<html><head><title>Council approves tram extension</title></head><body><article><h1>Council approves tram extension</h1><p>{TestPages.P1} <a href=\"budget\">The budget</a> was approved.</p><p>{TestPages.P2}</p></article></body></html>";
        await using var server = LoopbackServer.Start(async context =>
        {
            if (context.Request.Url!.AbsolutePath == "/old")
            {
                context.Response.StatusCode = 308;
                context.Response.RedirectLocation = "/city/tram";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(html));
        });

        var (code, output, err) = await Run("extract", server.Url + "old", "--format", "json");

        Assert.True(code == 0, err);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(server.Url + "city/tram", json.RootElement.GetProperty("url").GetString());
        var link = json.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("links")[0];
        Assert.Equal(server.Url + "city/budget", link.GetProperty("href").GetString());
        Assert.Equal(["/old", "/city/tram"], server.Paths);
    }

    [Fact]
    public async Task Extract_stops_reading_a_page_over_the_input_limit_and_names_the_option()
    {
        // No Content-Length: the server streams 3 MiB in chunks. The message was .NET's "Cannot write more bytes to
        // the buffer than the configured maximum buffer size: 1048576."
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>The council met again. </p>", 2048)));
        await using var server = LoopbackServer.Start(async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.SendChunked = true;
            for (var written = 0; written < 3 << 20; written += chunk.Length)
            {
                await context.Response.OutputStream.WriteAsync(chunk);
            }
        });

        var (code, output, err) = await Run("extract", server.Url, "--max-input-mb", "1");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("--max-input-mb", err, StringComparison.Ordinal);
        Assert.DoesNotContain("buffer", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("soon")]
    public async Task A_timeout_that_is_not_a_positive_number_is_bad_usage(string timeout)
    {
        var (code, _, err) = await Run("extract", "http://127.0.0.1:9/", "--timeout", timeout);
        Assert.Equal(2, code);
        Assert.Contains("--timeout", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_examples_and_exit_codes()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        foreach (var section in new[] { "Usage:", "extract", "batch", "--version", "Examples:", "Exit status:", "3  batch" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("extract", "--help")]
    [InlineData("extract", "-h")]
    [InlineData("extract", "page.html", "--help")]
    public async Task Each_command_has_its_own_help(params string[] args)
    {
        var (code, output, err) = await Run(args);
        Assert.True(code == 0, err);
        foreach (var option in new[] { "--format", "--url", "--timeout", "--favor", "--max-input-mb", "--max-elements", "--no-metadata", "file|-|URL" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        var (batchCode, batchHelp, _) = await Run("batch", "--help");
        Assert.Equal(0, batchCode);
        Assert.Contains("--parallel", batchHelp, StringComparison.Ordinal);
        Assert.Contains("'-' for standard output", batchHelp, StringComparison.Ordinal);
    }

    /// <summary>An HTTP server on 127.0.0.1 that answers every request with <c>respond</c>; stops when disposed.</summary>
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly Task _loop;
        private readonly List<string> _paths = [];

        private LoopbackServer(HttpListener listener, Func<HttpListenerContext, Task> respond)
        {
            _listener = listener;
            Url = listener.Prefixes.Single();
            _loop = Task.Run(async () =>
            {
                var pending = new List<Task>();
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        break;
                    }

                    lock (_paths)
                    {
                        _paths.Add(context.Request.Url!.AbsolutePath);
                    }

                    pending.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await respond(context);
                            context.Response.Close();
                        }
                        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
                        {
                            // The client gave up (the timeout test): nothing left to answer.
                        }
                    }));
                }

                await Task.WhenAll(pending);
            });
        }

        public string Url { get; }

        public IReadOnlyList<string> Paths
        {
            get
            {
                lock (_paths)
                {
                    return [.. _paths];
                }
            }
        }

        public static LoopbackServer Start(Func<HttpListenerContext, Task> respond)
        {
            // HttpListener cannot bind port 0, so ask the OS for a free port first; another process could take it
            // in between, hence the retries.
            for (var attempt = 0; ; attempt++)
            {
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                var port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();

                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    listener.Start();
                    return new LoopbackServer(listener, respond);
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    listener.Close();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }
    }
}
