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

    /// <summary>Fetches <paramref name="address"/> within <paramref name="timeout"/>, headers and body together.</summary>
    /// <exception cref="HttpRequestException">The request failed, the status was not a success, or the body is over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="TaskCanceledException">The timeout ran out (its inner exception is a <see cref="TimeoutException"/>).</exception>
    public static async Task<FetchedPage> FetchAsync(Uri address, TimeSpan timeout, int maxBytes, CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = 10,
        };
        using var client = new HttpClient(handler)
        {
            Timeout = timeout,
            // The extractor refuses larger input anyway; stop reading there instead of buffering the rest.
            MaxResponseContentBufferSize = maxBytes,
        };

        // Some sites answer a client without a User-Agent with an error page.
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("article-extract", ToolVersion));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");

        using var response = await client.GetAsync(address, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new FetchedPage(bytes, response.RequestMessage?.RequestUri ?? address, response.Content.Headers.ContentType?.ToString());
    }

    private static string ToolVersion { get; } =
        typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
