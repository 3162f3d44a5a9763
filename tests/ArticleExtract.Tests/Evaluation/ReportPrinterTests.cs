using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Reporting;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>The printed table: ours, SmartReader's, the signed difference, and the worst pages first.</summary>
public sealed class ReportPrinterTests
{
    private static SystemFigures Figures(double aebF1, int empty) => new(
        new CorpusScore(0.9, 0.9, aebF1, 0.1, 3),
        empty,
        new CorpusScore(0.8, 0.8, 0.8, 0.0, 0),
        MetadataMatch.Fields.ToDictionary(f => f, _ => 0.5),
        0,
        0);

    private static AebPageResult Page(string id, string body) =>
        new(new AebPage(id, $"https://news.example/{id}", "one two three four five six", "unused"),
            new Extraction(body, null, null, null, null, null, null), Extraction.Failed(true, null));

    [Fact]
    public void The_table_shows_the_signed_difference_and_the_worst_pages_in_rising_order()
    {
        var pages = new[] { Page("good", "one two three four five six"), Page("bad", "nothing alike here at all"), Page("half", "one two three four") };
        var report = new EvaluationReport(pages, [], Figures(0.95, 0), Figures(0.97, 2), 2, TimeSpan.FromSeconds(1));
        using var output = new StringWriter();

        ReportPrinter.Print(report, output);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("| AEB-dev F1 | 0.9500 | 0.9700 | -0.0200 |", lines);
        Assert.Contains("| AEB-dev empty bodies (truth non-empty) | 0 | 2 | -2 |", lines);
        var worst = lines.Where(l => l.Contains("https://news.example/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, worst.Count);
        Assert.StartsWith("| bad | 0.000 | 0.000 | 0.000 | 0.000 |", worst[0], StringComparison.Ordinal);
        Assert.StartsWith("| half | 0.500 | 1.000 | 0.333 |", worst[1], StringComparison.Ordinal);
        Assert.StartsWith("| good | 1.000 | 1.000 | 1.000 |", worst[2], StringComparison.Ordinal);
    }
}
