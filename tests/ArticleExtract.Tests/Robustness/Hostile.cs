using System.IO.Compression;
using System.Text;

namespace ArticleExtract.Tests.Robustness;

/// <summary>Shared helpers for the robustness tests: a hang guard, the policy check, and seed pages.</summary>
internal static class Hostile
{
    /// <summary>
    /// The robustness tests run one at a time (but beside the other test classes): several of them load a core
    /// each, and running them together on a 2-core machine would turn the hang guard into a flaky timer.
    /// </summary>
    public const string Collection = "Robustness";

    /// <summary>Generous: the slowest hostile case takes about 2 s on 2 cores.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    /// <summary>Runs <paramref name="work"/> on the thread pool and fails the test if it has not finished within <paramref name="limit"/>.</summary>
    public static T WithinLimit<T>(Func<T> work, TimeSpan? limit = null)
    {
        var task = Task.Run(work);
        if (!task.Wait(limit ?? HangLimit))
        {
            Assert.Fail($"Did not finish within {(limit ?? HangLimit).TotalSeconds} s (hang).");
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Extracts under the documented policy: the result is an article, or the only exception for input is
    /// <see cref="ExtractionLimitException"/> (returned as null). Every rendering is produced too, so a crash in a
    /// renderer counts.
    /// </summary>
    public static Article? Extract(ArticleExtractor extractor, Func<ArticleExtractor, Article> call)
    {
        return WithinLimit(() =>
        {
            try
            {
                var article = call(extractor);
                _ = article.ToHtml();
                _ = article.ToMarkdown();
                _ = article.ToJson();
                _ = article.ToText();
                return article;
            }
            catch (ExtractionLimitException)
            {
                return null;
            }
        });
    }

    public static Article? Extract(string html, ArticleExtractorOptions? options = null) =>
        Extract(new ArticleExtractor(options), e => e.Extract(html, new Uri("https://news.example.com/a/b")));

    public static Article? Extract(byte[] bytes, string? contentType = null, ArticleExtractorOptions? options = null) =>
        Extract(new ArticleExtractor(options), e => e.Extract(bytes, new Uri("https://news.example.com/a/b"), contentType));

    public static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    /// <summary>Real pages to mutate: the shared corpora when present, else the project's own fixture.</summary>
    public static IReadOnlyList<string> SeedPages(int max)
    {
        var pages = new List<string>();
        if (Fixture.SharedDirectory() is { } shared)
        {
            var gz = Path.Combine(shared, "corpus", "aeb-dev", "html");
            if (Directory.Exists(gz))
            {
                foreach (var file in Directory.GetFiles(gz, "*.html.gz").Order(StringComparer.Ordinal).Take(max))
                {
                    using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    pages.Add(reader.ReadToEnd());
                }
            }

            var readability = Path.Combine(shared, "corpus", "readability-test-pages");
            if (Directory.Exists(readability))
            {
                foreach (var dir in Directory.GetDirectories(readability).Order(StringComparer.Ordinal).Take(Math.Max(0, max - pages.Count)))
                {
                    var source = Path.Combine(dir, "source.html");
                    if (File.Exists(source))
                    {
                        pages.Add(File.ReadAllText(source));
                    }
                }
            }
        }

        if (pages.Count == 0)
        {
            pages.Add(Fixture.Read("seed-news-page.html"));
            pages.Add(TestPages.Article());
        }

        return pages;
    }
}
