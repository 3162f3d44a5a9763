using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleExtract.WebApi.Tests;

/// <summary>The web API run by the real Kestrel server on a free loopback port, called over HTTP.</summary>
public sealed class ExtractApiTests(ExtractApiTests.Server server) : IClassFixture<ExtractApiTests.Server>
{
    private static ByteArrayContent SeedPage() =>
        new(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-news-page.html")))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" } },
        };

    [Fact]
    public async Task Post_extract_returns_the_seed_article_as_json()
    {
        using var response = await server.Client.PostAsync("/extract?url=https%3A%2F%2Fworldnewsfast.example%2Fp%2F", SeedPage());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security", root.GetProperty("title").GetString());
        var headings = root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).Where(h => h is not null).ToList();
        Assert.Equal(6, headings.Count);
        Assert.Contains("Concerns and Accusations", headings);
        // The same six, in the same order, as the library gives in-process: the API adds no drift of its own.
        var local = ArticleExtractor.Default.Extract(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-news-page.html")), null, "text/html; charset=utf-8");
        Assert.Equal(local.Sections.Where(s => s.Heading is not null).Select(s => s.Heading), headings);
        Assert.DoesNotContain("Advertisement", root.GetProperty("body").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Advertisement", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("markdown", "text/markdown", "## Concerns and Accusations")]
    [InlineData("html", "text/html", "<h2>Concerns and Accusations</h2>")]
    [InlineData("text", "text/plain", "Concerns and Accusations\n\nThe presence")]
    public async Task Post_extract_renders_the_requested_format(string format, string mediaType, string expected)
    {
        using var response = await server.Client.PostAsync($"/extract?format={format}", SeedPage());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_extract_decodes_the_body_with_the_request_charset()
    {
        var cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        const string paragraph = "Президент России и лидер Белоруссии провели переговоры о региональной безопасности и о сотрудничестве двух стран в ближайшие годы.";
        var page = cyrillic.GetBytes($"<html><body><article><h1>Переговоры</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>");
        using var content = new ByteArrayContent(page) { Headers = { ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "windows-1251" } } };

        using var response = await server.Client.PostAsync("/extract?format=text", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(paragraph, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_before_it_is_sent()
    {
        var limit = ArticleExtractorOptions.Default.MaxInputLength;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/extract")
        {
            Content = new ByteArrayContent(new byte[limit + 1]),
        };

        // The client waits for "100 Continue" before the body; the server answers 413 from Content-Length alone,
        // so the test does not race a server that closes the connection while 16 MB are still being sent.
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        var limit = ArticleExtractorOptions.Default.MaxInputLength;
        var page = new byte[limit];
        Array.Fill(page, (byte)' ');
        "<html><body><p>short</p></body></html>"u8.CopyTo(page);
        using var response = await server.Client.PostAsync("/extract", new ByteArrayContent(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/extract?format=pdf")]
    [InlineData("/extract?url=not-a-url")]
    [InlineData("/extract?url=ftp%3A%2F%2Fexample.com%2Fa")]
    public async Task Bad_parameters_get_400_with_a_problem_document(string path)
    {
        using var response = await server.Client.PostAsync(path, SeedPage());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_request_the_client_has_aborted_stops_the_extraction()
    {
        // The handler itself, given a request whose RequestAborted has fired: it must not go on to extract.
        var context = new DefaultHttpContext { RequestServices = server.App.Services };
        context.Request.Body = new MemoryStream(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-news-page.html")));
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        context.RequestAborted = aborted.Token;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ExtractApi.ExtractAsync(context, server.App.Services.GetRequiredService<ArticleExtractor>()));
    }

    [Fact]
    public void The_extractor_is_registered_once_and_shared()
    {
        var first = server.App.Services.GetRequiredService<ArticleExtractor>();
        using var scope = server.App.Services.CreateScope();
        Assert.Same(first, scope.ServiceProvider.GetRequiredService<ArticleExtractor>());

        var services = new ServiceCollection().AddArticleExtractor().AddArticleExtractor(ArticleExtractorOptions.Default with { Favor = ExtractionFavor.Recall });
        Assert.Single(services, d => d.ServiceType == typeof(ArticleExtractor));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddArticleExtractor(ArticleExtractorOptions.Default with { MaxInputLength = 0 }));
    }

    /// <summary>One app for the whole class, on Kestrel at 127.0.0.1 with a port the OS picks.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public WebApplication App { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = ExtractApi.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
            await App.StartAsync();
            Client = new HttpClient { BaseAddress = new Uri(App.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
