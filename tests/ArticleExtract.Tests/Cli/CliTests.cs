using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

/// <summary>The sample CLI's contract: commands, JSON fields, exit codes.</summary>
public sealed partial class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Extract_json_gives_the_seed_article_with_camel_case_fields()
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format", "json", "--url", "https://worldnewsfast.example/p/");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Russian President Putin and Belarusian Leader Lukashenko Hold Talks on Regional Security", root.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("authors").ValueKind);
        Assert.Equal("2023-07-24T09:15:00+00:00", root.GetProperty("published").GetString());
        foreach (var field in new[] { "modified", "siteName", "language", "excerpt", "url", "leadImage", "body" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var headings = root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).Where(h => h is not null).ToList();
        Assert.Equal(6, headings.Count);
        var block = root.GetProperty("sections")[1].GetProperty("blocks")[0];
        Assert.Equal("paragraph", block.GetProperty("type").GetString());
        Assert.StartsWith("Russian President Vladimir Putin", block.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", root.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "Concerns and Accusations\n\nThe presence")]
    [InlineData("markdown", "## Concerns and Accusations")]
    [InlineData("html", "<h2>Concerns and Accusations</h2>")]
    public async Task Extract_prints_each_format(string format, string expected)
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--format", format);
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("extract", "a.html", "--format", "pdf")]
    [InlineData("extract", "a.html", "--bogus", "1")]
    [InlineData("batch", "dir")]
    [InlineData("batch", "dir", "--out", "x.jsonl", "--parallel", "zero")]
    [InlineData("extract", "a.html", "--favor", "everything")]
    public async Task Bad_usage_exits_2_with_usage_text(params string[] args)
    {
        var (code, _, err) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains("SYNOPSIS", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("precision")]
    [InlineData("balanced")]
    [InlineData("recall")]
    public async Task Extract_accepts_each_favor(string favor)
    {
        var (code, output, _) = await Run("extract", Fixture.Path("seed-news-page.html"), "--favor", favor);
        Assert.Equal(0, code);
        Assert.Contains("Concerns and Accusations", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_exits_1_with_a_message_and_no_stack_trace()
    {
        var (code, _, err) = await Run("extract", "/no/such/file.html");
        Assert.Equal(1, code);
        Assert.Contains("cannot read", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_writes_one_line_per_page_and_reports_errors_per_page()
    {
        var dir = Directory.CreateTempSubdirectory("ae-batch-");
        try
        {
            File.Copy(Fixture.Path("seed-news-page.html"), Path.Combine(dir.FullName, "seed.html"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "sub", "tiny.htm"), TestPages.Article());
            await using (var gz = new System.IO.Compression.GZipStream(File.Create(Path.Combine(dir.FullName, "sub", "broken.html.gz")), System.IO.Compression.CompressionLevel.Fastest))
            {
                await gz.WriteAsync("<p>cut"u8.ToArray());
            }

            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "bad.html.gz"), [1, 2, 3]);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "notes.txt"), "not a page");
            var outFile = Path.Combine(dir.FullName, "out.jsonl");

            var (code, _, err) = await Run("batch", dir.FullName, "--out", outFile, "--parallel", "2");
            Assert.Equal(0, code);
            Assert.Contains("pages/s", err, StringComparison.Ordinal);
            var lines = (await File.ReadAllLinesAsync(outFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["bad.html.gz", "seed.html", "sub/broken.html.gz", "sub/tiny.htm"], lines.Select(l => l.GetProperty("file").GetString()));
            Assert.True(lines[0].TryGetProperty("error", out _));
            Assert.Equal(TestPages.P1, lines[3].GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("text").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
