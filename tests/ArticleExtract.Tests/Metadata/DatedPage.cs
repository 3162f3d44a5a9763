namespace ArticleExtract.Tests.Metadata;

/// <summary>A short article whose only date or byline is the line a test puts under its headline.</summary>
internal static class DatedPage
{
    /// <summary>Extracts the page in <paramref name="lang"/> with <paramref name="lineHtml"/> right after the headline.</summary>
    public static Article Extract(string lang, string lineHtml) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="{lang}"><head><title>New cycle lanes on the ring road</title></head><body><article>
        <h1>New cycle lanes on the ring road</h1>{lineHtml}
        <p>The council painted new cycle lanes along the whole ring road over the summer, and the first counts show twice as many riders.</p>
        <p>Drivers' groups had feared long queues, but travel times by car have barely changed since the works ended.</p>
        </article></body></html>
        """, new Uri("https://city.example.org/cycle-lanes"));
}
