using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ArticleExtract.LoadTest;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient does not do: reading the answer while the body is still being
/// sent (HttpClient waits for its content to finish first), as curl and browsers do.
/// </summary>
internal sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RawHttp(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawHttp> ConnectAsync(Uri server)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        return new RawHttp(client);
    }

    /// <summary>Sends the request line and headers of a chunked POST.</summary>
    public Task StartChunkedPostAsync(string path, params string[] headers) =>
        WriteAsync(Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n"));

    public async Task SendChunkAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), cancellationToken);
        await WriteAsync(data, cancellationToken);
        await WriteAsync("\r\n"u8.ToArray(), cancellationToken);
    }

    public Task EndChunksAsync() => WriteAsync("0\r\n\r\n"u8.ToArray());

    /// <summary>Sends raw bytes: a request written by hand.</summary>
    public Task SendAsync(ReadOnlyMemory<byte> data) => WriteAsync(data);

    /// <summary>Closes the sending half of the connection (the server sees the end of the stream) and keeps reading.</summary>
    public void EndSending() => _client.Client.Shutdown(SocketShutdown.Send);

    /// <summary>
    /// Uploads <paramref name="total"/> bytes of chunked body while reading the answer, and stops sending as soon as
    /// the answer has come, as a real client does when refused mid-upload.
    /// </summary>
    public static async Task<Response> UploadAsync(Uri server, string path, long total, CancellationToken cancellationToken = default)
    {
        await using var http = await ConnectAsync(server);
        await http.StartChunkedPostAsync(path, "Content-Type: text/html");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = Task.Run(async () =>
        {
            var chunk = new byte[64 * 1024];
            for (long sent = 0; sent < total && !stop.IsCancellationRequested; sent += chunk.Length)
            {
                await http.SendChunkAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, total - sent)), stop.Token);
            }

            await http.EndChunksAsync();
        }, CancellationToken.None);

        var response = await http.ReadResponseAsync(cancellationToken);
        await stop.CancelAsync();
        try
        {
            await sending;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The server stopped reading after it answered; the rest of the upload had nowhere to go.
        }

        return response;
    }

    /// <summary>Reads one response: status, headers and a body framed by Content-Length or chunked encoding.</summary>
    public async Task<Response> ReadResponseAsync(CancellationToken cancellationToken = default)
    {
        var status = await ReadLineAsync(cancellationToken);
        var parts = status.Split(' ', 3);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await ReadLineAsync(cancellationToken); line.Length > 0; line = await ReadLineAsync(cancellationToken))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = new MemoryStream();
        if (headers.TryGetValue("Content-Length", out var length))
        {
            await ReadExactAsync(body, int.Parse(length, CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            for (var size = ParseHex(await ReadLineAsync(cancellationToken)); size > 0; size = ParseHex(await ReadLineAsync(cancellationToken)))
            {
                await ReadExactAsync(body, size, cancellationToken);
                await ReadLineAsync(cancellationToken);
            }

            await ReadLineAsync(cancellationToken);
        }

        return new Response(int.Parse(parts[1], CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private static int ParseHex(string line) => int.Parse(line.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _stream.WriteAsync(data, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var i = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (i >= 0)
            {
                var line = Encoding.ASCII.GetString(_buffer, _start, i);
                _start += i + 2;
                return line;
            }

            if (!await FillAsync(cancellationToken))
            {
                throw new IOException("The server closed the connection in the middle of a response.");
            }
        }
    }

    private async Task ReadExactAsync(Stream into, int count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw new IOException("The server closed the connection in the middle of a body.");
            }

            var n = Math.Min(count, _end - _start);
            into.Write(_buffer, _start, n);
            _start += n;
            count -= n;
        }
    }

    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
}
