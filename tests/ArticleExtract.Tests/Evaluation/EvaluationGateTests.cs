using System.Text.Json;
using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Reporting;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>The accuracy gate in-process, and the evaluation command's contract.</summary>
public sealed class EvaluationGateTests
{
    [SkippableFact]
    public async Task Our_figures_on_both_corpora_meet_the_committed_floors()
    {
        var shared = Fixture.SharedDirectory();
        Skip.If(shared is null, Fixture.SharedMissing);
        var floors = Floors.Load(Path.Combine(AppContext.BaseDirectory, "floors.json"));

        var report = await Evaluator.RunAsync(shared, new EvaluationSettings { IncludeBaseline = false });

        Assert.Equal(88, report.AebPages.Count);
        Assert.Equal(129, report.ReadabilityCases.Count);
        Assert.Equal(1340, report.WcxbPages.Count);
        Assert.Equal(261, report.Ours.Wcxb.Validation.Pages);
        var shortfalls = floors.Shortfalls(report.Ours);
        Assert.True(shortfalls.Count == 0,
            "Below floors.json (run benchmarks/ArticleExtract.Evaluation for the tables and worst tuning pages):\n" + string.Join('\n', shortfalls));
    }

    [Fact]
    public void Predictions_are_written_in_the_benchmarks_format()
    {
        var pages = new[]
        {
            new AebPageResult(new AebPage("0a", "https://a.example/1", "truth one", "unused"), new Extraction("Body «one»", null, null, null, null, null, null), null),
            new AebPageResult(new AebPage("1b", "https://a.example/2", "truth two", "unused"), Extraction.Failed(false, "boom"), null),
        };
        var path = Path.Combine(Path.GetTempPath(), $"predictions-{Guid.NewGuid():N}.json");
        try
        {
            Predictions.Write(pages, path);
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            Assert.Equal(["0a", "1b"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Body «one»", json.RootElement.GetProperty("0a").GetProperty("articleBody").GetString());
            Assert.Equal("", json.RootElement.GetProperty("1b").GetProperty("articleBody").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--workers", "0")]
    [InlineData("--check")]
    [InlineData("--favor", "loose")]
    [InlineData("--favor", "7")]
    [InlineData("--favor")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(EvaluationCli.Usage, await EvaluationCli.RunAsync(args, output, error));
        Assert.Contains("Exit codes", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("precision")]
    [InlineData("Recall")]
    [InlineData("balanced")]
    public async Task A_favor_is_an_option_of_the_run(string favor)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await EvaluationCli.RunAsync(["--favor", favor, "--shared", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))], output, error);
        Assert.Equal(EvaluationCli.Usage, code);
        Assert.DoesNotContain("Unknown option", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("corpus", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_folder_without_a_corpus_exits_with_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await EvaluationCli.RunAsync(["--shared", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))], output, error);
        Assert.Equal(EvaluationCli.Usage, code);
        Assert.Contains("corpus", error.ToString(), StringComparison.Ordinal);
    }
}
