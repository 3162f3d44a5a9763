using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// The messages of <see cref="ExtractionLimitException"/> read the same on every machine: their numbers are written in
/// the invariant culture, not the caller's (German writes 1.500 and 0,001).
/// </summary>
public sealed class LimitMessageTests
{
    private const string Paragraph = "<p>A short paragraph, and a few more words after it.</p>";

    [Fact]
    public void Numbers_in_limit_messages_do_not_follow_the_current_culture()
    {
        var limited = new ArticleExtractor(new ArticleExtractorOptions { MaxInputLength = 1_500 });
        var page = "<html><body>" + string.Concat(Enumerable.Repeat(Paragraph, 40)) + "</body></html>";
        var bytes = Encoding.UTF8.GetBytes(page);
        var packed = Gzip(bytes);
        Assert.True(packed.Length < 1_500);
        var elements = new ArticleExtractor(new ArticleExtractorOptions { MaxElements = 1_200 });
        var manyElements = "<html><body>" + string.Concat(Enumerable.Repeat("<i></i>", 1_300)) + "</body></html>";
        var length = page.Length.ToString("N0", CultureInfo.InvariantCulture);
        var budget = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromMilliseconds(1), Clock = new SteppingClock(TimeSpan.FromSeconds(1)) });

        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = GermanNumbers();
        try
        {
            // The test's own check that the culture is in force: the messages would read 1.500 under it.
            Assert.Equal("1.500", 1_500.ToString("N0", CultureInfo.CurrentCulture));
            Assert.Equal($"The page is {length} characters, over the limit of 1,500 (ArticleExtractorOptions.MaxInputLength).",
                Assert.Throws<ExtractionLimitException>(() => limited.Extract(page)).Message);
            Assert.Equal($"The page is {length} bytes, over the limit of 1,500 (ArticleExtractorOptions.MaxInputLength).",
                Assert.Throws<ExtractionLimitException>(() => limited.Extract(bytes)).Message);
            Assert.Equal("The stream holds more than 1,500 bytes (ArticleExtractorOptions.MaxInputLength).",
                Assert.Throws<ExtractionLimitException>(() => limited.Extract(new MemoryStream(bytes))).Message);
            Assert.Equal("The page decompresses to more than 1,500 bytes (ArticleExtractorOptions.MaxInputLength).",
                Assert.Throws<ExtractionLimitException>(() => limited.Extract(packed)).Message);
            Assert.Equal("The page has more than 1,200 elements (ArticleExtractorOptions.MaxElements).",
                Assert.Throws<ExtractionLimitException>(() => elements.Extract(manyElements)).Message);
            // The budget is read on a clock that moves a second a reading, so it is spent at the first check.
            Assert.Equal("Extraction took longer than 0.001 s (ArticleExtractorOptions.TimeBudget).",
                Assert.Throws<ExtractionLimitException>(() => budget.Extract(page)).Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// The number format of de-DE. The projects build with invariant globalization (no ICU data, so no culture but the
    /// invariant one can be created by name): a copy of the invariant culture with German separators stands in for it.
    /// </summary>
    private static CultureInfo GermanNumbers()
    {
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberGroupSeparator = ".";
        german.NumberFormat.NumberDecimalSeparator = ",";
        return german;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
