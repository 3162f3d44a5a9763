using System.Text.Json;

namespace ArticleExtract.Evaluation.Corpora;

/// <summary>The metadata Mozilla Readability expects for a test page (<c>expected-metadata.json</c>); null where the file says null or omits the field.</summary>
/// <param name="Title">Expected <c>title</c>.</param>
/// <param name="Byline">Expected <c>byline</c>.</param>
/// <param name="Excerpt">Expected <c>excerpt</c>.</param>
/// <param name="SiteName">Expected <c>siteName</c>.</param>
/// <param name="Lang">Expected <c>lang</c>.</param>
/// <param name="PublishedTime">Expected <c>publishedTime</c>.</param>
internal sealed record ExpectedMetadata(string? Title, string? Byline, string? Excerpt, string? SiteName, string? Lang, string? PublishedTime)
{
    /// <summary>Reads the fields this evaluation compares; others (dir, readerable) are ignored.</summary>
    /// <param name="json">The file's content.</param>
    /// <returns>The expected metadata.</returns>
    public static ExpectedMetadata Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ExpectedMetadata(Field(root, "title"), Field(root, "byline"), Field(root, "excerpt"), Field(root, "siteName"),
            Field(root, "lang"), Field(root, "publishedTime"));
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One test case of Mozilla Readability: the page, the article text it expects and the metadata it expects.</summary>
/// <param name="Name">The case's folder name.</param>
/// <param name="SourcePath">The page (<c>source.html</c>).</param>
/// <param name="ExpectedText">The text content of <c>expected.html</c>, blocks separated by whitespace.</param>
/// <param name="Expected">The parsed <c>expected-metadata.json</c>.</param>
internal sealed record ReadabilityCase(string Name, string SourcePath, string ExpectedText, ExpectedMetadata Expected);

/// <summary>The Readability suite as laid out in <c>shared/corpus/readability-test-pages/&lt;name&gt;/</c>.</summary>
internal static class ReadabilityCorpus
{
    /// <summary>The folder name under <c>corpus/</c>.</summary>
    public const string FolderName = "readability-test-pages";

    /// <summary>The URL Readability's own test harness gives every page; relative links resolve against it.</summary>
    public static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    /// <summary>Loads every case folder that has all three files, in name order.</summary>
    /// <param name="directory">The suite's folder.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="InvalidDataException">A case folder lacks one of its three files.</exception>
    public static IReadOnlyList<ReadabilityCase> Load(string directory)
    {
        var cases = new List<ReadabilityCase>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(folder, "source.html");
            var expected = Path.Combine(folder, "expected.html");
            var metadata = Path.Combine(folder, "expected-metadata.json");
            if (!File.Exists(source) || !File.Exists(expected) || !File.Exists(metadata))
            {
                throw new InvalidDataException($"{folder} needs source.html, expected.html and expected-metadata.json.");
            }

            cases.Add(new ReadabilityCase(Path.GetFileName(folder), source, ExpectedText.FromHtml(File.ReadAllText(expected)),
                ExpectedMetadata.Parse(File.ReadAllText(metadata))));
        }

        return cases;
    }
}
