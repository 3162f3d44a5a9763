using System.Globalization;
using System.Text.Json.Nodes;
using ArticleExtract.Tests.Warc;
using ArticleExtract.Worker;
using static ArticleExtract.Tests.Warc.TestWarc;

namespace ArticleExtract.Tests.Worker;

/// <summary>The worker's WARC pointers, without a broker (the worker's PageMessage, visible to the tests).</summary>
public sealed class PageMessageTests
{
    private static PageMessage.Outcome Pointer(string file, long offset, string? recordId = null)
    {
        var headers = new Dictionary<string, object?> { ["warc-file"] = file, ["warc-offset"] = offset.ToString(CultureInfo.InvariantCulture) };
        if (recordId is not null)
        {
            headers["warc-record-id"] = recordId;
        }

        return PageMessage.Process("m1", headers, [], ArticleExtractor.Default, CancellationToken.None);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pointer_to_a_record_that_is_no_page_or_to_no_record_start_is_a_dead_letter_not_the_next_page(bool gzip)
    {
        // A request record, then a page: the request's offset, and an offset inside it, used to give the page.
        byte[][] records =
        [
            Record("request", 1, "https://coast.example/news/ferry", "GET /news/ferry HTTP/1.1\r\nHost: coast.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Response(2, "https://coast.example/news/ferry", ArchivePages.Ferry),
        ];
        var (file, offsets) = gzip ? GzipPerRecord(records) : ([.. records.SelectMany(r => r)], [0L, records[0].Length]);
        var path = WriteTemp(file, gzip ? "pointers.warc.gz" : "pointers.warc");

        var page = Pointer(path, offsets[1]);
        Assert.Null(page.PoisonReason);
        Assert.Equal(RecordId(2), (string?)JsonNode.Parse(page.Result)!["warcRecordId"]);

        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[0]).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[0] + 3).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, offsets[1], RecordId(7)).PoisonReason);
        Assert.Equal("no HTML page at the WARC pointer", Pointer(path, file.Length + 10).PoisonReason);
    }
}
