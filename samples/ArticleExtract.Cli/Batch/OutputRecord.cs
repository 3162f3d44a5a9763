using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleExtract.Cli.Batch;

/// <summary>
/// One output record: where the page came from, then the article's fields as <c>extract --format json</c> writes
/// them, or an error. For a page from a WARC, <c>url</c> is the record's <c>WARC-Target-URI</c> and the article's own
/// (canonical) URL moves to <c>canonicalUrl</c>.
/// </summary>
internal sealed class OutputRecord
{
    private OutputRecord(JsonObject json) => Json = json;

    /// <summary>The record as a JSON object: what a JSON Lines line holds and what the Parquet row is made from.</summary>
    public JsonObject Json { get; }

    public static OutputRecord FromFile(string file, Article article)
    {
        var json = new JsonObject { ["file"] = file };
        AppendArticle(json, article, canonicalUrlKey: "url");
        return new OutputRecord(json);
    }

    public static OutputRecord FromWarc(string file, long offset, string recordId, string? url, DateTimeOffset? fetched, Article article)
    {
        var json = WarcHeader(file, offset, recordId, url, fetched);
        AppendArticle(json, article, canonicalUrlKey: "canonicalUrl");
        return new OutputRecord(json);
    }

    public static OutputRecord FileError(string file, string error) => new(new JsonObject { ["file"] = file, ["error"] = error });

    public static OutputRecord WarcError(string file, long offset, string recordId, string? url, DateTimeOffset? fetched, string error)
    {
        var json = WarcHeader(file, offset, recordId, url, fetched);
        json["error"] = error;
        return new OutputRecord(json);
    }

    // The article's own JSON keeps letters and emoji as characters; the line around it must too.
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = ArticleJson.Encoder };

    public string ToJsonLine() => Json.ToJsonString(LineOptions);

    private static JsonObject WarcHeader(string file, long offset, string recordId, string? url, DateTimeOffset? fetched) => new()
    {
        ["file"] = file,
        ["offset"] = offset,
        ["warcRecordId"] = recordId,
        ["url"] = url,
        ["fetched"] = fetched?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private static void AppendArticle(JsonObject json, Article article, string canonicalUrlKey)
    {
        var fields = JsonNode.Parse(article.ToJson())!.AsObject();
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            json[key == "url" ? canonicalUrlKey : key] = value;
        }
    }
}
