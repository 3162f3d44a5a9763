using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ArticleExtract.Benchmarks;

/// <summary>Page-size buckets the results are grouped by: small pages cost mostly fixed overhead, large ones scale.</summary>
public enum SizeBucket
{
    /// <summary>Under 50 KB.</summary>
    Under50KB,
    /// <summary>50 KB to 200 KB, where most news pages are.</summary>
    From50To200KB,
    /// <summary>Over 200 KB.</summary>
    Over200KB,
}

/// <summary>One page of the benchmark corpus, already decoded so that every contender gets the same string.</summary>
public sealed record Page(string Name, string Url, string Html, int Bytes)
{
    public SizeBucket Bucket => Bytes < 50 * 1024 ? SizeBucket.Under50KB : Bytes <= 200 * 1024 ? SizeBucket.From50To200KB : SizeBucket.Over200KB;
}

/// <summary>
/// The real pages: the AEB development corpus in ../shared when it is beside the repository (found by walking up
/// from the binaries, which BenchmarkDotNet runs from a folder of its own under the repository), else the pages
/// bundled with the sample CLI. ARTICLEEXTRACT_CORPUS may name another folder of *.html / *.html.gz pages.
/// </summary>
public static class Corpus
{
    private const string SharedPages = "shared/corpus/aeb-dev/html";

    private static readonly Lazy<(string Source, IReadOnlyList<Page> Pages)> Loaded = new(Load);

    /// <summary>Where the pages came from, for the report.</summary>
    public static string Source => Loaded.Value.Source;

    public static IReadOnlyList<Page> Pages => Loaded.Value.Pages;

    public static IReadOnlyList<Page> In(SizeBucket bucket) => Pages.Where(p => p.Bucket == bucket).ToArray();

    /// <summary>A page file's bytes, inflated when it is gzipped (<c>.html.gz</c>).</summary>
    public static byte[] ReadPage(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (!file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return bytes;
        }

        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gz.CopyTo(output);
        return output.ToArray();
    }

    private static (string, IReadOnlyList<Page>) Load()
    {
        var dir = Environment.GetEnvironmentVariable("ARTICLEEXTRACT_CORPUS") is { Length: > 0 } env ? env : FindShared();
        if (dir is null)
        {
            dir = Path.Combine(AppContext.BaseDirectory, "pages");
        }

        var urls = ReadGroundTruthUrls(Path.Combine(dir, "..", "ground-truth.json"));
        var pages = new List<Page>();
        foreach (var file in Directory.EnumerateFiles(dir).Where(IsPage).Order(StringComparer.Ordinal))
        {
            var bytes = ReadPage(file);
            var name = Path.GetFileName(file).Split('.')[0];
            var url = urls.GetValueOrDefault(name) ?? $"https://news.example.com/{name}";
            pages.Add(new Page(name, url, Encoding.UTF8.GetString(bytes), bytes.Length));
        }

        if (pages.Count == 0)
        {
            throw new InvalidOperationException($"No pages (*.html, *.html.gz) in {dir}.");
        }

        return (dir, pages);
    }

    private static bool IsPage(string f) =>
        f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase);

    private static string? FindShared()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, SharedPages);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> ReadGroundTruthUrls(string path)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return urls;
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("url", out var url) && url.GetString() is { } u)
            {
                urls[entry.Name] = u;
            }
        }

        return urls;
    }
}
