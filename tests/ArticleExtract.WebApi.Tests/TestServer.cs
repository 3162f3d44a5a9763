using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleExtract.WebApi.Tests;

/// <summary>The web API on the real Kestrel server at 127.0.0.1 with a port the OS picks, with its log lines captured.</summary>
public class TestServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly string[] _args;

    public TestServer(params string[] args) => _args = args;

    /// <summary>Endpoints a test adds to the app before it starts (one that throws, say); optional.</summary>
    public Action<WebApplication>? Extra { get; init; }

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<LogRecord> Logs { get; } = new();

    internal BodyBufferGauge Gauge => App.Services.GetRequiredService<BodyBufferGauge>();

    /// <summary>Starts a server with these configuration arguments (e.g. "--Service:MaxConcurrentRequests=1").</summary>
    public static async Task<TestServer> StartAsync(params string[] args)
    {
        var server = new TestServer(args);
        await server.InitializeAsync();
        return server;
    }

    public async Task InitializeAsync()
    {
        App = ExtractApi.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:ArticleExtract=Information",
                // A generous budget: the machine running the tests may be loaded; a test that needs a short one says so.
                "--Extractor:TimeBudget=00:01:00", .. _args],
            builder => builder.Logging.ClearProviders().AddProvider(new ListLoggerProvider(Logs)));
        Extra?.Invoke(App);
        await App.StartAsync();
        BaseAddress = new Uri(App.Urls.Single());
        Client = NewClient(BaseAddress);
    }

    /// <summary>
    /// A client that waits long for "100 Continue": the default one second is too short on a loaded machine, where
    /// the client then sent the body anyway into a connection the server was closing after its 413.
    /// </summary>
    public static HttpClient NewClient(Uri baseAddress, int maxConnections = int.MaxValue) =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60), MaxConnectionsPerServer = maxConnections })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public sealed record LogRecord(string Category, string EventName, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

    private sealed class ListLoggerProvider(ConcurrentQueue<LogRecord> records) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, records);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IReadOnlyList<KeyValuePair<string, object?>> list
                ? list.ToDictionary(kv => kv.Key, kv => kv.Value)
                : new Dictionary<string, object?>();
            records.Enqueue(new LogRecord(category, eventId.Name ?? "", logLevel, formatter(state, exception), fields));
        }
    }
}
