using System.Text.Json;

namespace ArticleExtract.Evaluation.Corpora;

/// <summary>Which part of WCXB-dev a page belongs to.</summary>
internal enum WcxbSplit
{
    /// <summary>Ids whose last digit is 0–7: pages that may be read to design and tune rules.</summary>
    Tuning,

    /// <summary>Ids whose last digit is 8 or 9: only measured, never read to design a rule.</summary>
    Validation,
}

/// <summary>One WCXB-dev page and its human-checked truth.</summary>
/// <param name="Id">The page id (the file name without <c>.html.gz</c>).</param>
/// <param name="Url">The page's URL.</param>
/// <param name="PageType">The kind: article, service, forum, listing, product, collection or documentation.</param>
/// <param name="Title">The headline as the page shows it.</param>
/// <param name="Author">The author the page names; null when it names none.</param>
/// <param name="PublishDate">The publish day (YYYY-MM-DD); null when the page shows none.</param>
/// <param name="MainContent">The main content as plain text; empty when the right answer is nothing.</param>
/// <param name="With">Snippets that must appear in the extracted text.</param>
/// <param name="Without">Snippets that must not appear in it.</param>
/// <param name="HtmlPath">The gzipped HTML file.</param>
internal sealed record WcxbPage(
    string Id, string Url, string PageType, string? Title, string? Author, string? PublishDate, string MainContent,
    IReadOnlyList<string> With, IReadOnlyList<string> Without, string HtmlPath)
{
    /// <summary>The split of this page, from the last digit of its id.</summary>
    public WcxbSplit Split => WcxbCorpus.SplitOf(Id);

    /// <summary>Reads and decompresses the page's bytes as fetched.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ReadHtml() => GzipFile.Read(HtmlPath);
}

/// <summary>WCXB-dev as laid out in <c>shared/corpus/wcxb-dev</c>: <c>ground-truth.json</c> plus <c>html/&lt;id&gt;.html.gz</c>.</summary>
internal static class WcxbCorpus
{
    /// <summary>The folder name under <c>corpus/</c>.</summary>
    public const string FolderName = "wcxb-dev";

    /// <summary>The page kinds, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> PageTypes = ["article", "service", "forum", "listing", "product", "collection", "documentation"];

    /// <summary>The split of an id: validation when its last character is 8 or 9.</summary>
    /// <param name="id">The page id.</param>
    /// <returns>The split.</returns>
    public static WcxbSplit SplitOf(string id) =>
        id.Length > 0 && id[^1] is '8' or '9' ? WcxbSplit.Validation : WcxbSplit.Tuning;

    /// <summary>Loads every page listed in the ground truth, in id order; none when the folder does not exist.</summary>
    /// <param name="directory">The corpus folder.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="InvalidDataException">The ground truth lists a page whose HTML is missing.</exception>
    public static IReadOnlyList<WcxbPage> Load(string directory)
    {
        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var pages = new List<WcxbPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var htmlPath = Path.Combine(directory, "html", entry.Name + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                throw new InvalidDataException($"ground-truth.json lists {entry.Name} but {htmlPath} does not exist.");
            }

            var value = entry.Value;
            pages.Add(new WcxbPage(
                entry.Name,
                Text(value, "url") ?? "",
                Text(value, "page_type") ?? "",
                Text(value, "title"),
                Text(value, "author"),
                Text(value, "publish_date"),
                Text(value, "main_content") ?? "",
                Snippets(value, "with"),
                Snippets(value, "without"),
                htmlPath));
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return pages;
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static string[] Snippets(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString() ?? "").Where(s => s.Length > 0).ToArray()
            : [];
}
