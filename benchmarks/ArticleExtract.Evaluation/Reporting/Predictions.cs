using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>Our AEB-dev bodies in the benchmark's prediction format, so that anyone can rescore them with its own script.</summary>
internal static class Predictions
{
    /// <summary>Writes <c>{id: {"articleBody": text}}</c> for the given AEB pages, in their order.</summary>
    /// <param name="pages">The scored pages.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    public static void Write(IEnumerable<AebPageResult> pages, string path)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var file = File.Create(path);
        // Relaxed escaping keeps non-Latin text readable in the file; the output is data, never embedded in HTML.
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        foreach (var page in pages)
        {
            json.WriteStartObject(page.Page.Id);
            json.WriteString("articleBody", page.Ours.Body);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
