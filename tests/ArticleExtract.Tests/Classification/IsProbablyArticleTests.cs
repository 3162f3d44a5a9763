using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArticleExtract.Tests.Classification;

public class IsProbablyArticleTests
{
    private const string Sentence = "The city council voted on Tuesday to expand the tram network to the northern districts, a project that has been debated for more than a decade, and work begins in spring. ";

    private static string Paragraphs(int count) => string.Concat(Enumerable.Repeat($"<p>{Sentence}{Sentence}</p>", count));

    [Fact]
    public void News_article_is_an_article()
    {
        Assert.True(ArticleExtractor.IsProbablyArticle(TestPages.Article()));
    }

    [Fact]
    public void Long_article_is_an_article_from_bytes()
    {
        var html = $"<html><body><article><h1>Tram</h1>{Paragraphs(6)}</article></body></html>";

        Assert.True(ArticleExtractor.IsProbablyArticle(Encoding.UTF8.GetBytes(html)));
    }

    [Theory]
    [InlineData("<meta property=\"og:type\" content=\"article\">", true)]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"ReportageNewsArticle\"}</script>", true)]
    [InlineData("", false)]
    public void Short_sentence_paragraphs_count_when_the_page_declares_an_article(string head, bool expected)
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>The council voted on Tuesday to expand the tram network to the north.</p>", 25));

        Assert.Equal(expected, ArticleExtractor.IsProbablyArticle($"<html><head>{head}</head><body><div class=\"story-body\">{paragraphs}</div></body></html>"));
    }

    [Fact]
    public void Empty_and_short_pages_are_not()
    {
        Assert.False(ArticleExtractor.IsProbablyArticle(""));
        Assert.False(ArticleExtractor.IsProbablyArticle("<html><body><p>Hello world.</p></body></html>"));
    }

    [Fact]
    public void Front_page_of_teasers_is_not()
    {
        var teasers = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            teasers.Append($"<article class=\"teaser\"><h2><a href=\"/story/{i}\">Story {i}</a></h2><p>{Sentence}</p></article>");
        }

        Assert.False(ArticleExtractor.IsProbablyArticle($"<html><body><main>{teasers}</main></body></html>"));
    }

    [Fact]
    public void Search_results_of_linked_snippets_are_not()
    {
        var results = new StringBuilder("<html><head><script type=\"application/ld+json\">{\"@type\":\"SearchResultsPage\"}</script></head><body><ol>");
        for (var i = 0; i < 10; i++)
        {
            results.Append($"<li><p><a href=\"/r/{i}\">{Sentence}{Sentence}</a></p></li>");
        }

        Assert.False(ArticleExtractor.IsProbablyArticle(results.Append("</ol></body></html>").ToString()));
    }

    [Fact]
    public void Product_grid_is_not()
    {
        var grid = new StringBuilder("<html><body><div class=\"products\">");
        for (var i = 0; i < 8; i++)
        {
            grid.Append($"<div itemscope itemtype=\"https://schema.org/Product\"><h3>Lamp {i}</h3><p>{Sentence}</p><span>€ 49</span></div>");
        }

        Assert.False(ArticleExtractor.IsProbablyArticle(grid.Append("</div></body></html>").ToString()));
    }

    [Fact]
    public void A_div_broken_by_many_br_counts_once()
    {
        // One 200-character block scores sqrt(60) ≈ 7.7: under the bar of 20 however many <br> it holds.
        var block = string.Concat(Enumerable.Repeat("Short line of text here.<br>", 8));

        Assert.False(ArticleExtractor.IsProbablyArticle($"<html><body><div>{block}</div></body></html>"));
    }

    [Fact]
    public void Hidden_and_comment_text_does_not_count()
    {
        var html = $"<html><body><div style=\"display: none\">{Paragraphs(5)}</div><div class=\"comments\">{Paragraphs(5)}</div><p>Short.</p></body></html>";

        Assert.False(ArticleExtractor.IsProbablyArticle(html));
    }

    [Fact]
    public void Input_over_the_default_size_limit_throws_the_documented_exception()
    {
        var huge = new byte[ArticleExtractorOptions.Default.MaxInputLength + 1];
        Assert.Throws<ExtractionLimitException>(() => ArticleExtractor.IsProbablyArticle(huge));
    }

    [SkippableFact]
    public void Agrees_with_the_readerable_flag_of_the_readability_corpus()
    {
        var shared = Fixture.SharedDirectory();
        Skip.If(shared is null, Fixture.SharedMissing);

        // Both classes must be right: the corpus is 94% readerable, so "always true" would agree on 94% of pages.
        // Balanced accuracy (the mean of the two recalls) and a floor on each recall make that answer fail.
        int truePositive = 0, falseNegative = 0, trueNegative = 0, falsePositive = 0;
        foreach (var dir in Directory.GetDirectories(Path.Combine(shared!, "corpus", "readability-test-pages")))
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected-metadata.json")));
            var readerable = expected.RootElement.GetProperty("readerable").GetBoolean();
            var guess = ArticleExtractor.IsProbablyArticle(File.ReadAllText(Path.Combine(dir, "source.html")));
            (readerable ? ref (guess ? ref truePositive : ref falseNegative) : ref (guess ? ref falsePositive : ref trueNegative))++;
        }

        var positives = truePositive + falseNegative;
        var negatives = trueNegative + falsePositive;
        Assert.True(positives + negatives > 100 && negatives >= 5, $"only {positives} readerable and {negatives} other pages found");
        var recallArticle = (double)truePositive / positives;
        var recallOther = (double)trueNegative / negatives;
        var balanced = (recallArticle + recallOther) / 2;
        var figures = $"readerable {truePositive}/{positives}, not readerable {trueNegative}/{negatives}, balanced accuracy {balanced:P1}";
        Assert.True(balanced >= 0.9, figures);
        Assert.True(recallArticle >= 0.9 && recallOther >= 0.75, figures);

        // README states the agreement as a count: it must be this run's.
        var readme = File.ReadAllText(Path.Combine(Docs.DocSnippetTests.RepositoryRoot(), "README.md")).Replace('\n', ' ');
        var stated = System.Text.RegularExpressions.Regex.Match(readme, @"agrees with the +`readerable` flag on (\d+) of the (\d+) Readability test pages");
        Assert.True(stated.Success, "README.md does not state IsProbablyArticle's agreement as 'agrees with the `readerable` flag on N of the M Readability test pages'");
        Assert.Equal((truePositive + trueNegative, positives + negatives), (int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_readable_page_with_as_much_code_as_documentation_is_not_an_article_and_agrees_with_its_page_kind()
    {
        static string Code(int i) => $"<pre><code>harbour survey --channel {i} --depth 12 --report depth-{i}.csv</code></pre>";
        var html = $"<html><head><title>CLI</title></head><body><main><h1>CLI</h1>{Paragraphs(2)}{Code(1)}{Paragraphs(2)}{Code(2)}{Paragraphs(2)}{Code(3)}</main></body></html>";

        Assert.False(ArticleExtractor.IsProbablyArticle(html));
        Assert.Equal(PageKind.Documentation, ArticleExtractor.Default.Extract(html).PageKind);
        var prose = $"<html><head><title>Tram</title></head><body><main><h1>Tram</h1>{Paragraphs(6)}{Code(1)}</main></body></html>";
        Assert.True(ArticleExtractor.IsProbablyArticle(prose));
        Assert.Equal(PageKind.Article, ArticleExtractor.Default.Extract(prose).PageKind);
    }
}
