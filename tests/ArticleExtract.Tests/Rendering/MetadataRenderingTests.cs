using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace ArticleExtract.Tests.Rendering;

/// <summary>Metadata in every format: front matter, the text header, word count and reading time.</summary>
public sealed class MetadataRenderingTests
{
    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://news.example.com/2024/tram"));

    private static string Page(string title, string body, string head = "") => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}
        <meta property="og:site_name" content="City Herald"><meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2024-03-05T09:30:00+01:00"><meta property="article:tag" content="Transport">
        </head><body><article><h1>{title}</h1>{body}</article></body></html>
        """;

    [Fact]
    public void Front_matter_holds_the_metadata_and_markdig_reads_it_as_front_matter()
    {
        var article = Extract(Page("Council approves tram extension", $"<p>{TestPages.P1}</p><p>{TestPages.P2}</p><p>{TestPages.P3}</p>"));
        var markdown = article.ToMarkdown(frontMatter: true);
        var lines = markdown.Split('\n');
        Assert.Equal("---", lines[0]);
        Assert.Contains("title: \"Council approves tram extension\"", lines);
        Assert.Contains("authors:", lines);
        Assert.Contains("  - \"Ann Lee\"", lines);
        Assert.Contains(lines, l => l.StartsWith("published: 2024-03-05", StringComparison.Ordinal));
        Assert.Contains("siteName: \"City Herald\"", lines);
        Assert.Contains("language: \"en\"", lines);
        Assert.Contains("url: \"https://news.example.com/2024/tram\"", lines);
        Assert.Contains("  - \"Transport\"", lines);
        Assert.Contains($"wordCount: {article.WordCount}", lines);

        var doc = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseYamlFrontMatter().Build());
        Assert.IsType<YamlFrontMatterBlock>(doc[0]);
        Assert.Equal(1, doc.Descendants<HeadingBlock>().Count(h => h.Level == 1));
        Assert.DoesNotContain("---", article.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_title_stays_inside_its_yaml_string()
    {
        var article = Extract(Page("Tram \"plan\" \\ approved: yes # no", $"<p>{TestPages.P1}</p><p>{TestPages.P2}</p>"));
        var frontMatter = article.ToMarkdown(frontMatter: true).Split("\n---\n")[0];
        Assert.Contains("title: \"Tram \\\"plan\\\" \\\\ approved: yes # no\"", frontMatter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_header_names_authors_date_site_and_url()
    {
        var article = Extract(Page("Council approves tram extension", $"<p>{TestPages.P1}</p><p>{TestPages.P2}</p>"));
        Assert.StartsWith("Council approves tram extension\nBy Ann Lee · 2024-03-05 · City Herald\nhttps://news.example.com/2024/tram\n\n" + TestPages.P1, article.ToText(header: true), StringComparison.Ordinal);
        Assert.StartsWith("Council approves tram extension\n\n" + TestPages.P1, article.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    // Words joined by an apostrophe or a hyphen count once; numbers count; punctuation does not.
    [InlineData("The city's north-bound trams, all 12 of them, run — on time.", 11)]
    // Chinese counts each character.
    [InlineData("市议会批准了电车扩建计划。", 12)]
    [InlineData("", 0)]
    public void Word_count_follows_the_documented_rule(string text, int words)
    {
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [new ParagraphBlock([new Inline(text)])])], ExtractionOutcome.Extracted);
        Assert.Equal(words, article.WordCount);
        Assert.Equal(words == 0 ? 0 : 1, article.ReadingTimeMinutes);
    }

    [Fact]
    public void Reading_time_is_the_word_count_at_the_documented_rate()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("tram", 119)) + ".";
        var article = new Article(ArticleMetadata.Empty, [new Section(null, 0, [.. Enumerable.Repeat(new ParagraphBlock([new Inline(paragraph)]), 4)])], ExtractionOutcome.Extracted);
        Assert.Equal(476, article.WordCount);
        Assert.Equal(TimeSpan.FromMinutes(2), article.ReadingTime);
        Assert.Equal(Article.WordsPerMinute * 2, article.WordCount);
        Assert.Contains("\"readingTimeMinutes\":2", article.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"wordCount\":476", article.ToJson(), StringComparison.Ordinal);
    }
}
