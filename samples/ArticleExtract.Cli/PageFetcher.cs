using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace ArticleExtract.Cli;

/// <summary>
/// Fetches a page for <c>extract URL</c>. It lives in the CLI because the library never touches the network: the
/// caller fetches, and hands over the bytes with the response's Content-Type so its charset is honoured.
/// </summary>
internal static class PageFetcher
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A fetched page: its bytes, the address it came from after redirects, and its Content-Type header.</summary>
    public sealed record FetchedPage(byte[] Bytes, Uri Url, string? ContentType);

    /// <summary>The <c>--timeout</c> option: seconds, fractions allowed; <see cref="DefaultTimeout"/> when absent.</summary>
    /// <exception cref="UsageException">Not a positive number, or too large for a timer.</exception>
    public static TimeSpan ParseTimeout(string? seconds)
    {
        if (seconds is null)
        {
            return DefaultTimeout;
        }

        if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || value > int.MaxValue / 1000)
        {
            throw new UsageException($"--timeout '{seconds}' is not a positive number of seconds");
        }

        return TimeSpan.FromSeconds(value);
    }

    public static bool TryGetWebAddress(string input, out Uri address) =>
        Uri.TryCreate(input, UriKind.Absolute, out address!) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps);

    /// <summary>The most redirects followed before giving up, as browsers do (Firefox and Chrome stop at 20).</summary>
    public const int MaxRedirects = 10;

    /// <summary>
    /// Fetches <paramref name="address"/> within <paramref name="timeout"/>, redirects, headers and body together.
    /// The body is read to one byte more than <paramref name="maxBytes"/>, so the extractor refuses an oversized page
    /// with the same message as an oversized file.
    /// </summary>
    /// <exception cref="HttpRequestException">The request failed, the status was not a success, a redirect led
    /// somewhere that is not a web address, or there were more than <see cref="MaxRedirects"/> redirects.</exception>
    /// <exception cref="TaskCanceledException">The timeout ran out (its inner exception is a <see cref="TimeoutException"/>).</exception>
    public static async Task<FetchedPage> FetchAsync(Uri address, TimeSpan timeout, int maxBytes, CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            // Redirects are followed below: the handler's own following threw UriFormatException, which ended the
            // process, when a server redirected to file:///etc/passwd, and gave a bare "302 Found" after a loop.
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };

        // Some sites answer a client without a User-Agent with an error page.
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("article-extract", ToolVersion));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await FetchFollowingRedirects(client, address, maxBytes, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TaskCanceledException($"fetching '{address}' took longer than {timeout}", new TimeoutException(ex.Message));
        }
    }

    private static async Task<FetchedPage> FetchFollowingRedirects(HttpClient client, Uri address, int maxBytes, CancellationToken cancellationToken)
    {
        var current = address;
        for (var redirects = 0; ; redirects++)
        {
            using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                if (redirects == MaxRedirects)
                {
                    throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture, $"more than {MaxRedirects} redirects (the last to '{location}')"));
                }

                if (!Uri.TryCreate(current, location, out var next))
                {
                    throw new HttpRequestException($"the server redirected to '{location}', which is not an address");
                }

                current = next;
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    throw new HttpRequestException($"the server redirected to '{location}', which is not an http or https address");
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"the server answered {status} {response.ReasonPhrase}", null, response.StatusCode);
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var bytes = await ReadBounded(body, maxBytes, cancellationToken).ConfigureAwait(false);
                return new FetchedPage(bytes, current, response.Content.Headers.ContentType?.ToString());
            }
        }
    }

    /// <summary>Reads to the end, or to one byte more than <paramref name="maxBytes"/>: a server that never stops sending cannot fill memory.</summary>
    private static async Task<byte[]> ReadBounded(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = new PageReader.BoundedBytes(maxBytes);
        int read;
        while (bytes.Next is { IsEmpty: false } next && (read = await body.ReadAsync(next, cancellationToken).ConfigureAwait(false)) > 0)
        {
            bytes.Add(read);
        }

        return bytes.ToArray();
    }

    private static string ToolVersion { get; } =
        typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
