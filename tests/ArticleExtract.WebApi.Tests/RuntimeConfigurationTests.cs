using System.Text.Json;

namespace ArticleExtract.WebApi.Tests;

/// <summary>How the published service is run: the runtime settings that <c>dotnet ArticleExtract.WebApi.dll</c> reads.</summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void The_service_is_compiled_fully_up_front()
    {
        // The referenced app's runtimeconfig.json is copied beside the tests, as publish writes it beside the app.
        var path = Path.Combine(AppContext.BaseDirectory, "ArticleExtract.WebApi.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing: the web API's runtime settings were not built.");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Tiered: the extractor's code runs unoptimised, then instrumented, for longer than a burst of traffic on a
        // small busy machine (the load test measured 4-7x fewer req/s on the small page).
        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation", out var tiered), "TieredCompilation is not set: it defaults to on.");
        Assert.False(tiered.GetBoolean());
    }
}
