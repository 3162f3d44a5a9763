using System.IO.Compression;
using System.Text;

namespace ArticleExtract.Tests.Warc;

/// <summary>Builds WARC files for the tests: records as bytes, then laid out plain, one gzip member per record, or
/// in gzip members cut at chosen places.</summary>
internal static class TestWarc
{
    private static readonly DateTimeOffset Start = new(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);

    public static string RecordId(int n) => $"<urn:uuid:00000000-0000-4000-8000-{n:D12}>";

    public static DateTimeOffset Date(int n) => Start.AddMinutes(n);

    /// <summary>A WARC record: version line, named fields, block, CR LF CR LF. <paramref name="lengthDelta"/> makes
    /// the declared Content-Length wrong on purpose.</summary>
    public static byte[] Record(string type, int n, string? uri, byte[] block, string contentType = "application/http; msgtype=response", int lengthDelta = 0)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: ").Append(RecordId(n)).Append("\r\n")
            .Append("WARC-Date: ").Append(Date(n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length + lengthDelta).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    /// <summary>An HTTP response as a crawler records it.</summary>
    public static byte[] Http(int status, string? contentType, byte[] body, params string[] extraHeaders)
    {
        var head = new StringBuilder().Append("HTTP/1.1 ").Append(status).Append(status == 200 ? " OK" : " Other").Append("\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var h in extraHeaders)
        {
            head.Append(h).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    public static byte[] Response(int n, string uri, string html, string contentType = "text/html; charset=utf-8") =>
        Record("response", n, uri, Http(200, contentType, Encoding.UTF8.GetBytes(html)));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Brotli(byte[] data)
    {
        using var output = new MemoryStream();
        using (var br = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            br.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Each record in its own gzip member, as Common Crawl writes; also returns each member's offset.</summary>
    public static (byte[] File, long[] Offsets) GzipPerRecord(params byte[][] records)
    {
        var output = new List<byte>();
        var offsets = new long[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            offsets[i] = output.Count;
            output.AddRange(Gzip(records[i]));
        }

        return ([.. output], offsets);
    }

    /// <summary>The bytes cut into gzip members at the given positions.</summary>
    public static byte[] GzipCutAt(byte[] data, params int[] cuts)
    {
        var output = new List<byte>();
        var from = 0;
        foreach (var cut in cuts.Append(data.Length))
        {
            output.AddRange(Gzip(data[from..cut]));
            from = cut;
        }

        return [.. output];
    }

    public static string WriteTemp(byte[] bytes, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ae-warc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
