using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleExtract.Cli.Batch;

/// <summary>
/// One output record: where the page came from, then the article's fields as <c>extract --format json</c> writes
/// them, or an error. For a page from a WARC, <c>url</c> is the record's <c>WARC-Target-URI</c> and the article's own
/// (canonical) URL moves to <c>canonicalUrl</c>.
/// </summary>
/// <remarks>
/// The line is made once, on the worker that extracted the page, by writing the envelope and splicing the article's
/// own JSON in after it: the writer's lock then only copies bytes. Parsing the article's JSON into a
/// <see cref="JsonObject"/> and serializing it again cost a large share of a batch and ran under that lock, so two
/// workers waited on each other; only Parquet, which reads fields one by one, still parses (once, lazily).
/// </remarks>
internal sealed class OutputRecord
{
    // The article's own JSON keeps letters and emoji as characters; the envelope around it must too.
    private static readonly JsonWriterOptions EnvelopeOptions = new() { Encoder = ArticleJson.Encoder };

    private JsonObject? _json;

    private OutputRecord(byte[] line) => Utf8Line = line;

    /// <summary>The record as one line of UTF-8 JSON, without the line break.</summary>
    public byte[] Utf8Line { get; }

    /// <summary>The record as a JSON object: what the Parquet row is made from.</summary>
    public JsonObject Json => _json ??= JsonNode.Parse(Utf8Line)!.AsObject();

    public static OutputRecord FromFile(string file, Article article)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, EnvelopeOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
        }

        return new OutputRecord(WithArticle(buffer, article, renameUrl: false));
    }

    public static OutputRecord FromWarc(string file, long offset, string recordId, string? url, DateTimeOffset? fetched, Article article)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, EnvelopeOptions))
        {
            WarcHeader(writer, file, offset, recordId, url, fetched);
        }

        return new OutputRecord(WithArticle(buffer, article, renameUrl: true));
    }

    public static OutputRecord FileError(string file, string error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, EnvelopeOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        return new OutputRecord(buffer.WrittenSpan.ToArray());
    }

    public static OutputRecord WarcError(string file, long offset, string recordId, string? url, DateTimeOffset? fetched, string error)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, EnvelopeOptions))
        {
            WarcHeader(writer, file, offset, recordId, url, fetched);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        return new OutputRecord(buffer.WrittenSpan.ToArray());
    }

    /// <summary>The record as a JSON Lines line (tests and standard output).</summary>
    public string ToJsonLine() => Encoding.UTF8.GetString(Utf8Line);

    private static void WarcHeader(Utf8JsonWriter writer, string file, long offset, string recordId, string? url, DateTimeOffset? fetched)
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WriteNumber("offset", offset);
        writer.WriteString("warcRecordId", recordId);
        writer.WriteString("url", url);
        writer.WriteString("fetched", fetched?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The envelope's open object (<paramref name="envelope"/>, not closed) followed by the article's fields: the
    /// article's JSON less its opening brace, its top-level <c>url</c> renamed <c>canonicalUrl</c> when asked. The
    /// library writes that JSON with the same encoder, so the bytes are those a parse and re-serialization would give.
    /// </summary>
    private static byte[] WithArticle(ArrayBufferWriter<byte> envelope, Article article, bool renameUrl)
    {
        var json = article.ToJsonUtf8();
        var fields = json.AsSpan(1);
        var urlAt = renameUrl ? TopLevelUrl(json) : -1;
        var line = new byte[envelope.WrittenCount + 1 + fields.Length + (urlAt < 0 ? 0 : CanonicalUrlKey.Length - UrlKey.Length)];
        var span = line.AsSpan();
        envelope.WrittenSpan.CopyTo(span);
        var at = envelope.WrittenCount;
        if (fields.Length > 1)
        {
            span[at++] = (byte)',';
        }

        if (urlAt < 0)
        {
            fields.CopyTo(span[at..]);
            return at + fields.Length == line.Length ? line : line[..(at + fields.Length)];
        }

        var before = json.AsSpan(1, urlAt - 1);
        before.CopyTo(span[at..]);
        at += before.Length;
        CanonicalUrlKey.CopyTo(span[at..]);
        at += CanonicalUrlKey.Length;
        json.AsSpan(urlAt + UrlKey.Length).CopyTo(span[at..]);
        return line;
    }

    private static ReadOnlySpan<byte> UrlKey => "\"url\""u8;

    private static ReadOnlySpan<byte> CanonicalUrlKey => "\"canonicalUrl\""u8;

    /// <summary>Where the article object's own <c>"url"</c> property name starts (its opening quote), or -1.</summary>
    private static int TopLevelUrl(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("url"u8))
            {
                var start = (int)reader.TokenStartIndex;
                return json.AsSpan(start).StartsWith(UrlKey) ? start : -1;
            }

            if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return -1;
    }
}
