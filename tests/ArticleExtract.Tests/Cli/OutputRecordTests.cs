using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleExtract.Cli.Batch;

namespace ArticleExtract.Tests.Cli;

/// <summary>
/// A batch record is written by splicing the article's JSON after the envelope; it must be the same line, byte for
/// byte, as parsing that JSON into an object, renaming its <c>url</c> and serializing the whole again.
/// </summary>
public sealed class OutputRecordTests
{
    private const string Page = """
        <!doctype html><html lang="de"><head><title>Fähre „Möwe“ fährt wieder – 🚢 ab Montag</title>
        <link rel="canonical" href="https://küste.example/fähre?tag=1&amp;x=\u0022q\u0022"></head><body>
        <header><nav><a href="/">Start</a> <a href="/meer">Meer</a></nav></header>
        <article><h1>Fähre „Möwe“ fährt wieder – 🚢 ab Montag</h1>
        <p class="byline">Von Jörg Ünal</p>
        <p>Nach drei Wochen in der Werft legt die Fähre am Montag wieder ab. Der Hafenmeister sagt: "Die Maschine läuft
        rund, die Rampe ist neu", und verweist auf den <a href="/fahrplan">neuen Fahrplan</a> mit zwölf Fahrten am Tag.</p>
        <p>Tickets kosten 4,50 € für Erwachsene; Kinder unter sechs fahren frei. Fahrräder kosten 2 € extra, Hunde nichts.
        Wer früh bucht, bekommt einen Platz auf dem Oberdeck mit Blick auf die Sandbank und die Seehunde.</p>
        <h2>Was sich ändert</h2>
        <ul><li>Abfahrt <a href="https://küste.example/hafen">am Nordkai</a> statt am Südkai</li><li>Letzte Fahrt um 21 Uhr</li></ul>
        <p>Die Gemeinde hatte die Reparatur im Frühjahr beschlossen, nachdem die alte Rampe zweimal ausgefallen war.</p>
        </article><footer>© 2024 Küstenbote</footer></body></html>
        """;

    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = ArticleJson.Encoder };

    /// <summary>The record as the batch wrote it before: the article's JSON parsed and serialized again.</summary>
    private static string RoundTrip(JsonObject envelope, Article article, string canonicalUrlKey)
    {
        var fields = JsonNode.Parse(article.ToJson())!.AsObject();
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            envelope[key == "url" ? canonicalUrlKey : key] = value;
        }

        return envelope.ToJsonString(LineOptions);
    }

    [Fact]
    public void A_file_record_is_the_envelope_then_the_articles_own_fields()
    {
        var article = ArticleExtractor.Default.Extract(Page, new Uri("https://küste.example/fähre"));
        Assert.Equal(ExtractionOutcome.Extracted, article.Outcome);

        var record = OutputRecord.FromFile("2024/fähre \"neu\".html", article);

        Assert.Equal(RoundTrip(new JsonObject { ["file"] = "2024/fähre \"neu\".html" }, article, "url"), record.ToJsonLine());
        Assert.Equal(article.Url, (string?)record.Json["url"]);
        Assert.Equal("2024/fähre \"neu\".html", (string?)record.Json["file"]);
    }

    [Fact]
    public void A_warc_record_moves_the_articles_own_url_to_canonicalUrl()
    {
        var article = ArticleExtractor.Default.Extract(Page, new Uri("https://küste.example/fähre"));
        var fetched = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));

        var record = OutputRecord.FromWarc("crawl.warc.gz", 1234, "<urn:uuid:1>", "https://küste.example/fähre?utm=x", fetched, article);

        var envelope = new JsonObject
        {
            ["file"] = "crawl.warc.gz",
            ["offset"] = 1234L,
            ["warcRecordId"] = "<urn:uuid:1>",
            ["url"] = "https://küste.example/fähre?utm=x",
            ["fetched"] = "2024-05-06T05:08:09Z",
        };
        Assert.Equal(RoundTrip(envelope, article, "canonicalUrl"), record.ToJsonLine());

        Assert.Equal(article.Url, (string?)record.Json["canonicalUrl"]);
        Assert.Equal("https://küste.example/fähre?utm=x", (string?)record.Json["url"]);

    }

    [Fact]
    public void Error_records_hold_the_envelope_and_the_message()
    {
        var file = new JsonObject { ["file"] = "a/b.html", ["error"] = "Die Seite ist zu groß „x“ <16 MB>" };
        Assert.Equal(file.ToJsonString(LineOptions), OutputRecord.FileError("a/b.html", "Die Seite ist zu groß „x“ <16 MB>").ToJsonLine());
        var warc = new JsonObject { ["file"] = "c.warc", ["offset"] = 5L, ["warcRecordId"] = "<urn:uuid:2>", ["url"] = null, ["fetched"] = null, ["error"] = "kaputt" };
        Assert.Equal(warc.ToJsonString(LineOptions), OutputRecord.WarcError("c.warc", 5, "<urn:uuid:2>", null, null, "kaputt").ToJsonLine());
    }
}
