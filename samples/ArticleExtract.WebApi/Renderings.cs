using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ArticleExtract.WebApi;

/// <summary>
/// The article's renderings and the choice among them by <c>Accept</c> (RFC 9110 §12.5.1), with ASP.NET Core's own
/// header parser. Minimal APIs do no content negotiation (MVC's output formatters do, for objects it serializes; the
/// renderings here are the library's own writers), so the endpoint asks this before it reads the body.
/// </summary>
internal static class Renderings
{
    /// <summary>The media types, in the service's order of preference among ranges the client ranks alike.</summary>
    public static readonly string[] MediaTypes = ["application/json", "text/markdown", "text/html", "text/plain"];

    /// <summary>The <c>format</c> value of each media type, in the same order.</summary>
    private static readonly string[] Formats = ["json", "markdown", "html", "text"];

    /// <summary>The media types as a list for a 406's detail.</summary>
    public static readonly string Listed = string.Join(", ", MediaTypes);

    /// <summary>
    /// The format the client's <c>Accept</c> prefers: the rendering with the highest quality, where each takes the
    /// quality of the most specific range that matches it (<c>text/html</c> before <c>text/*</c> before <c>*/*</c>);
    /// ties go to the service's order. JSON when there is no <c>Accept</c>, or one that does not parse (which the RFC
    /// lets a server disregard); null when every rendering is excluded (quality 0 or not listed): 406.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return "json";
        }

        string? best = null;
        var bestQuality = 0.0;
        for (var i = 0; i < MediaTypes.Length; i++)
        {
            var quality = QualityOf(MediaTypes[i], ranges);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (Formats[i], quality);
            }
        }

        return best;
    }

    private static double QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, slash);
        var specificity = 0;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var rank = range.MatchesAllTypes ? 1
                : !range.Type.AsSpan().Equals(type, StringComparison.OrdinalIgnoreCase) ? 0
                : range.MatchesAllSubTypes ? 2
                : range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 3
                : 0;
            if (rank > specificity)
            {
                (specificity, quality) = (rank, range.Quality ?? 1.0);
            }
        }

        return quality;
    }
}
