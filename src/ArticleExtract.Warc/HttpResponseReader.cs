using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ArticleExtract.Warc;

/// <summary>What <see cref="HttpResponseReader.Read"/> made of a record's block.</summary>
internal readonly record struct HttpResponse(long Unread, string? Error, bool Overran, byte[]? Body, string? ContentType, string? ContentEncoding, bool Chunked)
{
    /// <summary>A block passed over whole.</summary>
    public static HttpResponse Skipped(long length) => new(length, null, false, null, null, null, false);
}

/// <summary>Reads the HTTP response in a WARC <c>response</c> record and decodes its body.</summary>
internal sealed class HttpResponseReader(WarcInput input, WarcReaderOptions options)
{
    /// <summary>Reads the status line and headers, then the body if the response is a 200 HTML page within the
    /// limits. Whatever of the block it leaves unread is in <see cref="HttpResponse.Unread"/>.</summary>
    public HttpResponse Read(long blockLength)
    {
        // With no block the status line below would be read from the record's closing CR LF, as "too long" for a
        // limit of 0 bytes, and the record treated as overrunning its block.
        if (blockLength == 0)
        {
            return new HttpResponse(0, "empty HTTP response", false, null, null, null, false);
        }

        var start = input.Position;
        long Remaining() => blockLength - (input.Position - start);
        var max = (int)Math.Min(options.MaxHeaderLength, blockLength);
        if (!input.TryReadLine(max, out var statusLine, out var tooLong))
        {
            return tooLong ? new HttpResponse(0, "HTTP status line too long", true, null, null, null, false) : HttpResponse.Skipped(Math.Max(1, Remaining()));
        }

        var status = ParseStatus(statusLine);
        if (status < 0)
        {
            return Remaining() >= 0 ? new HttpResponse(Remaining(), "bad HTTP status line", false, null, null, null, false)
                : new HttpResponse(0, "bad HTTP status line", true, null, null, null, false);
        }

        string? contentType = null, contentEncoding = null;
        var chunked = false;
        var headerLength = 0L;
        while (true)
        {
            if (!input.TryReadLine(max, out var line, out tooLong) || Remaining() < 0)
            {
                return Remaining() < 0 ? new HttpResponse(0, "HTTP header runs past the record's block", true, null, null, null, false)
                    : tooLong ? HeaderTooLong(Remaining())
                    : HttpResponse.Skipped(Math.Max(1, Remaining()));
            }

            if (line.IsEmpty)
            {
                break;
            }

            // The whole header, not only each line, is held to the limit, as the WARC header is (and as the options
            // document): a block of 10 MB of header lines followed by a page was read as that page. Within the block,
            // where the record ends is still known: the rest of it is skipped.
            if ((headerLength += line.Length + 2) > options.MaxHeaderLength)
            {
                return HeaderTooLong(Remaining());
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim((byte)' ');
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "Content-Type"u8))
            {
                contentType = Encoding.ASCII.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Content-Encoding"u8))
            {
                contentEncoding = Encoding.ASCII.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = Encoding.ASCII.GetString(value).Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }

        var remaining = Remaining();
        if (status != 200 || !IsHtml(contentType) || remaining > options.MaxPayloadLength)
        {
            return HttpResponse.Skipped(remaining);
        }

        var body = new byte[remaining];
        var n = input.Read(body);
        return new HttpResponse(remaining - n, null, false, body, contentType, contentEncoding, chunked);
    }

    private HttpResponse HeaderTooLong(long unread) =>
        new(unread, "HTTP header longer than " + options.MaxHeaderLength.ToString(CultureInfo.InvariantCulture) + " bytes", false, null, null, null, false);

    /// <summary>Undoes chunking and <c>Content-Encoding</c>. A null body with a null error means a page passed over:
    /// an encoding this reader does not know, or a body that decodes to more than the limit.</summary>
    public (byte[]? Body, string? Error) Decode(HttpResponse response)
    {
        var body = response.Body!;
        if (response.Chunked)
        {
            if (Dechunk(body) is not { } plain)
            {
                return (null, "bad chunked transfer encoding");
            }

            body = plain;
        }

        if (response.ContentEncoding is not { Length: > 0 } encodings)
        {
            return (body, null);
        }

        // Encodings are listed in the order applied: undo them last first.
        var list = encodings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = list.Length - 1; i >= 0; i--)
        {
            var (decoded, error) = Decompress(body, list[i].ToLowerInvariant());
            if (decoded is null)
            {
                return (null, error);
            }

            body = decoded;
        }

        return (body, null);
    }

    private (byte[]? Body, string? Error) Decompress(byte[] body, string encoding)
    {
        try
        {
            return encoding switch
            {
                "identity" => (body, null),
                "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)),
                "br" => Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)),

                // HTTP's "deflate" is zlib-wrapped; some servers send raw deflate.
                "deflate" => body.Length > 1 && (body[0] & 0x0f) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                    ? Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress))
                    : Inflate(new DeflateStream(new MemoryStream(body), CompressionMode.Decompress)),
                _ => (null, null),
            };
        }
        // BrotliStream reports invalid data with InvalidOperationException, the others with InvalidDataException.
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
        {
            return (null, "bad " + encoding + " Content-Encoding: " + ex.Message);
        }
    }

    private (byte[]? Body, string? Error) Inflate(Stream decoder)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = decoder.Read(buffer)) > 0)
            {
                if (output.Length + n > options.MaxPayloadLength)
                {
                    return (null, null);
                }

                output.Write(buffer, 0, n);
            }

            return (output.ToArray(), null);
        }
    }

    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var pos = 0;
        while (true)
        {
            var eol = body.AsSpan(pos).IndexOf((byte)'\n');
            if (eol < 0)
            {
                return null;
            }

            var sizeText = body.AsSpan(pos, eol).TrimEnd((byte)'\r');
            var semi = sizeText.IndexOf((byte)';');
            if (semi >= 0)
            {
                sizeText = sizeText[..semi];
            }

            if (!long.TryParse(Encoding.ASCII.GetString(sizeText.Trim((byte)' ')), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
                || size < 0 || size > body.Length - pos - eol - 1)
            {
                return null;
            }

            pos += eol + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            output.Write(body, pos, (int)size);
            pos += (int)size;

            // CR LF after the chunk's data.
            if (pos < body.Length && body[pos] == '\r')
            {
                pos++;
            }

            if (pos < body.Length && body[pos] == '\n')
            {
                pos++;
            }
        }
    }

    private static int ParseStatus(ReadOnlySpan<byte> line)
    {
        // HTTP/1.1 200 OK
        if (!line.StartsWith("HTTP/"u8))
        {
            return -1;
        }

        var space = line.IndexOf((byte)' ');
        if (space < 0 || line.Length < space + 4)
        {
            return -1;
        }

        return int.TryParse(line.Slice(space + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : -1;
    }

    /// <summary>HTML, XHTML, or no media type at all (the extractor sniffs those).</summary>
    private static bool IsHtml(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var semi = contentType.IndexOf(';', StringComparison.Ordinal);
        var media = (semi >= 0 ? contentType[..semi] : contentType).Trim();
        return media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }
}
