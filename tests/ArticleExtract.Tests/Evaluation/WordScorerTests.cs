using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>WCXB's word metric, its snippets, its metadata matches and the split rule.</summary>
public sealed class WordScorerTests
{
    private static WcxbPage Page(string truth, string[]? with = null, string[]? without = null, string id = "0001") =>
        new(id, "https://shop.example/p", "article", "A Headline", "Ann Lee", "2025-03-04", truth, with ?? [], without ?? [], "unused");

    [Fact]
    public void Words_are_lower_cased_bags_and_order_does_not_matter()
    {
        var score = WordScorer.Score(Page("The cat sat. The mat."), "mat the THE sat cat");
        Assert.Equal(1, score.F1, 6);
    }

    [Fact]
    public void Precision_and_recall_count_shared_words_by_multiplicity()
    {
        // truth 4 tokens, prediction 5 tokens, 3 shared (one "a" is extra, "d" missing, "e" extra).
        var score = WordScorer.Score(Page("a b c d"), "a a b c e");
        Assert.Equal(3.0 / 5, score.Precision, 6);
        Assert.Equal(3.0 / 4, score.Recall, 6);
        Assert.Equal(2 * 0.6 * 0.75 / 1.35, score.F1, 6);
    }

    [Theory]
    [InlineData("", "", 1)]
    [InlineData("", "anything at all", 0)]
    [InlineData("some truth", "", 0)]
    public void An_empty_truth_scores_one_only_for_an_empty_output(string truth, string prediction, double f1) =>
        Assert.Equal(f1, WordScorer.Score(Page(truth), prediction).F1, 6);

    [Fact]
    public void Snippets_match_ignoring_case_and_spacing()
    {
        var score = WordScorer.Score(Page("x", with: ["Hello   World", "absent words"], without: ["sign UP now"]), "…hello\nworld and Sign up  now");
        Assert.Equal((1, 2, 1, 1), (score.WithFound, score.WithTotal, score.WithoutLeaked, score.WithoutTotal));
    }

    [Theory]
    [InlineData("0008", true)]
    [InlineData("1239", true)]
    [InlineData("0010", false)]
    [InlineData("4447", false)]
    public void Ids_ending_8_or_9_are_the_validation_split(string id, bool validation) =>
        Assert.Equal(validation ? WcxbSplit.Validation : WcxbSplit.Tuning, WcxbCorpus.SplitOf(id));

    [Fact]
    public void Metadata_title_and_author_match_as_text_and_the_date_by_day()
    {
        var page = Page("x");
        var extraction = new Extraction("x", " a  headline ", "ANN LEE", null, null, null, new DateTimeOffset(2025, 3, 4, 23, 30, 0, TimeSpan.FromHours(-5)));
        Assert.True(WcxbMetadata.Matches(WcxbField.Title, page, extraction));
        Assert.True(WcxbMetadata.Matches(WcxbField.Author, page, extraction));
        Assert.True(WcxbMetadata.Matches(WcxbField.PublishDate, page, extraction));
        Assert.False(WcxbMetadata.Matches(WcxbField.PublishDate, page, extraction with { Published = new DateTimeOffset(2025, 3, 6, 0, 0, 0, TimeSpan.Zero) }));
        Assert.False(WcxbMetadata.Applies(WcxbField.Author, page with { Author = null }));
    }

    [Fact]
    public void Figures_split_mean_per_kind_and_count_lost_pages()
    {
        var good = Page("one two three four", id: "0001");
        var lost = Page("one two three four", id: "0002") with { PageType = "forum" };
        var held = Page("one two", id: "0009");
        var results = new[]
        {
            (good, new Extraction("one two three four", null, null, null, null, null, null)),
            (lost, new Extraction("", null, null, null, null, null, null)),
            (held, new Extraction("one two", null, null, null, null, null, null)),
        }.Select(r => new WcxbPageResult(r.Item1, r.Item2, null)).Select(r => (r.Page, r.Ours, r.OursScore)).ToList();

        var figures = WcxbSplitFigures.Of(results);

        Assert.Equal((2, 1), (figures.Tuning.Pages, figures.Validation.Pages));
        Assert.Equal(0.5, figures.Tuning.F1, 6);
        Assert.Equal(1, figures.Tuning.Lost);
        Assert.Equal(0, figures.Tuning.F1ByType["forum"], 6);
        Assert.Equal(1, figures.Validation.F1, 6);
    }
}
