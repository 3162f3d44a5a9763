using System.Text.Json;
using ArticleExtract.Evaluation.Corpora;

namespace ArticleExtract.Training;

/// <summary>One page of a dev corpus with its truth text.</summary>
/// <param name="Corpus">wcxb, aeb or readability.</param>
/// <param name="Id">The page id.</param>
/// <param name="Kind">The page kind (WCXB's page_type; "article" elsewhere).</param>
/// <param name="Url">The page's URL.</param>
/// <param name="Truth">The text a reader wants from it.</param>
/// <param name="Load">Reads the page's bytes.</param>
internal sealed record TrainingPage(string Corpus, string Id, string Kind, Uri Url, string Truth, Func<byte[]> Load)
{
    /// <summary>WCXB ids ending in 8 or 9: measured on, never trained or tuned on.</summary>
    public bool IsValidation => Corpus == "wcxb" && Id[^1] is '8' or '9';

    public static IReadOnlyList<TrainingPage> Wcxb(string shared)
    {
        var directory = Path.Combine(shared, "corpus", "wcxb-dev");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<TrainingPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            var v = entry.Value;
            var url = Uri.TryCreate(v.GetProperty("url").GetString(), UriKind.Absolute, out var u) ? u : new Uri("http://localhost/");
            pages.Add(new TrainingPage("wcxb", entry.Name, v.GetProperty("page_type").GetString() ?? "", url,
                v.GetProperty("main_content").GetString() ?? "", () => GzipFile.Read(path)));
        }

        return pages;
    }

    public static IReadOnlyList<TrainingPage> Aeb(string shared) =>
        [.. AebCorpus.Load(Path.Combine(shared, "corpus", AebCorpus.FolderName)).Select(p =>
            new TrainingPage("aeb", p.Id, "article", Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : new Uri("http://localhost/"), p.ArticleBody, p.ReadHtml))];

    public static IReadOnlyList<TrainingPage> Readability(string shared) =>
        [.. ReadabilityCorpus.Load(Path.Combine(shared, "corpus", ReadabilityCorpus.FolderName)).Select(c =>
            new TrainingPage("readability", c.Name, "article", ReadabilityCorpus.PageUrl, c.ExpectedText, () => File.ReadAllBytes(c.SourcePath)))];
}
