using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>The published AEB scoring, on cases small enough to compute by hand.</summary>
public sealed class ShingleScorerTests
{
    [Fact]
    public void Tokens_are_python_word_characters_per_code_point()
    {
        // x² stays one token (No counts), a combining accent splits (Mn does not), an astral letter is a letter,
        // and a connector other than '_' separates: all where .NET's \w would disagree with the published script.
        Assert.Equal(["naïve", "café", "déjà", "vu", "x²", "snake_case", "e", "t", "𝐀b", "a", "b"],
            ShingleScorer.Tokenize("naïve café, déjà-vu x² snake_case e\u0301t 𝐀b a‿b"));
        Assert.Empty(ShingleScorer.Tokenize(null));
        Assert.Empty(ShingleScorer.Tokenize(" — ... "));
    }

    [Fact]
    public void Shingles_are_four_tokens_and_a_short_text_is_one_shorter_shingle()
    {
        Assert.Equal(new Dictionary<string, int> { ["a b c d"] = 1, ["b c d e"] = 1 }, ShingleScorer.Shingles("a b, c d. e"));
        Assert.Equal(new Dictionary<string, int> { ["a b c"] = 1 }, ShingleScorer.Shingles("a b c"));
        Assert.Empty(ShingleScorer.Shingles(""));
    }

    [Fact]
    public void Repeated_shingles_are_counted_as_a_multiset_and_normalised()
    {
        // Truth shingles: abcd x2, bcda, cdab, dabc (5); prediction: abcd. tp 1, fp 0, fn 4, divided by 5.
        var score = ShingleScorer.Score("a b c d a b c d", "a b c d");
        Assert.Equal(0.2, score.TruePositive, 12);
        Assert.Equal(0.0, score.FalsePositive, 12);
        Assert.Equal(0.8, score.FalseNegative, 12);
        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(0.2, score.Recall, 12);
        Assert.Equal(1 / 3.0, score.F1, 12);
        Assert.False(score.TokensEqual);
    }

    [Fact]
    public void Extra_predicted_text_costs_precision_only()
    {
        // Truth: abcd, bcde; prediction: abcd, bcde, cdef. tp 2, fp 1, fn 0.
        var score = ShingleScorer.Score("a b c d e", "a b c d e f");
        Assert.Equal(2 / 3.0, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
    }

    [Fact]
    public void Accuracy_ignores_punctuation_and_spacing_but_not_case()
    {
        Assert.True(ShingleScorer.Score("Hello,   world!", "Hello world").TokensEqual);
        Assert.False(ShingleScorer.Score("Hello world", "hello world").TokensEqual);
        Assert.Equal(0.0, ShingleScorer.Score("Hello world", "hello world").Precision, 12);
    }

    [Fact]
    public void Corpus_means_leave_out_pages_that_have_nothing_to_measure()
    {
        var pages = new[]
        {
            ShingleScorer.Score("a b c d a b c d", "a b c d"), // precision 1, recall 0.2
            ShingleScorer.Score("a b c d", ""),                // nothing predicted: recall 0, no precision
            ShingleScorer.Score("", "a b c d"),                // nothing true: precision 0, no recall
            ShingleScorer.Score("", ""),                       // neither: in no mean, but exact
        };

        var corpus = ShingleScorer.Aggregate(pages);

        Assert.Equal(0.5, corpus.Precision, 12);
        Assert.Equal(0.1, corpus.Recall, 12);
        Assert.Equal(2 * 0.5 * 0.1 / 0.6, corpus.F1, 12);
        Assert.Equal(0.25, corpus.Accuracy, 12);
        Assert.Equal(4, corpus.Pages);
    }

    [Fact]
    public void A_perfect_corpus_scores_one_and_an_empty_one_zero()
    {
        var perfect = ShingleScorer.Aggregate([ShingleScorer.Score("one two three four five", "one two three four five")]);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (perfect.Precision, perfect.Recall, perfect.F1, perfect.Accuracy));
        var empty = ShingleScorer.Aggregate([]);
        Assert.Equal((0.0, 0.0, 0.0), (empty.Precision, empty.Recall, empty.F1));
    }
}
