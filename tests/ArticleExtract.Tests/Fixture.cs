using System.Runtime.CompilerServices;

namespace ArticleExtract.Tests;

/// <summary>Access to the small hand-written pages under Fixtures/ and to the optional ../shared folder.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static Article Extract(string name, ArticleExtractorOptions? options = null) =>
        new ArticleExtractor(options).Extract(Read(name), new Uri("https://news.example.com/2023/07/article"));

    /// <summary>
    /// The repository's ../shared folder (corpora, seed), found by walking up from the test binaries; null when absent
    /// (a user's clone has none), in which case tests that need it skip with a message.
    /// </summary>
    public static string? SharedDirectory([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(here) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(System.IO.Path.Combine(candidate, "corpus")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public const string SharedMissing = "../shared (corpora and seed) is not beside this clone; this test needs it and is skipped.";

    /// <summary>All paragraph-like text of an article, block by block, for "every paragraph kept" assertions.</summary>
    public static List<string> BlockTexts(Article article) =>
        article.Sections.SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
}
