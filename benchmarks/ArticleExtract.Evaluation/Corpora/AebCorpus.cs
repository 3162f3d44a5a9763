using System.Text.Json;

namespace ArticleExtract.Evaluation.Corpora;

/// <summary>One page of the article-extraction-benchmark: its id, URL, human-written body and where its HTML is.</summary>
/// <param name="Id">The page id (the file name without <c>.html.gz</c>).</param>
/// <param name="Url">The page's URL.</param>
/// <param name="ArticleBody">The ground-truth article text.</param>
/// <param name="HtmlPath">The gzipped HTML file.</param>
internal sealed record AebPage(string Id, string Url, string ArticleBody, string HtmlPath)
{
    /// <summary>Reads and decompresses the page's HTML bytes.</summary>
    public byte[] ReadHtml() => GzipFile.Read(HtmlPath);
}

/// <summary>The AEB corpus as laid out in <c>shared/corpus/aeb-dev</c>: <c>ground-truth.json</c> plus <c>html/&lt;id&gt;.html.gz</c>.</summary>
internal static class AebCorpus
{
    /// <summary>The folder name under <c>corpus/</c>.</summary>
    public const string FolderName = "aeb-dev";

    /// <summary>Loads every page listed in the ground truth, in the file's order.</summary>
    /// <param name="directory">The corpus folder.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="InvalidDataException">The ground truth lists a page whose HTML is missing.</exception>
    public static IReadOnlyList<AebPage> Load(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<AebPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var htmlPath = Path.Combine(directory, "html", entry.Name + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                // A silently skipped page would inflate every figure; a broken corpus must be noticed.
                throw new InvalidDataException($"ground-truth.json lists {entry.Name} but {htmlPath} does not exist.");
            }

            pages.Add(new AebPage(
                entry.Name,
                entry.Value.GetProperty("url").GetString() ?? "",
                entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "",
                htmlPath));
        }

        return pages;
    }
}
