using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>The held-out sets' conventions the evaluation can score with: the text variants and ROUGE-LSum.</summary>
public sealed class HeldOutConventionTests
{
    private static Article Sample(string? title = "Harbour Bridge Reopens") =>
        new(ArticleMetadata.Empty with { Title = title },
        [
            new Section(null, 0,
            [
                new ParagraphBlock([new Inline("The bridge reopened on Monday after a year of repairs.")]),
                new ImageBlock("https://news.example/bridge.jpg", "The bridge", "Crews removed the last barrier at dawn."),
                new ParagraphBlock([new Inline("Traffic was light.")]),
            ]),
            new Section("What changed", 2,
            [
                new TableBlock([[new TableCell("Lanes"), new TableCell("4")]], 0, "Before and after"),
            ]),
        ], ExtractionOutcome.Extracted);

    [Fact]
    public void Body_variant_is_the_librarys_body()
    {
        var article = Sample();
        Assert.Equal(article.Body, ScoredTextComposer.Compose(article, ScoredText.Body));
    }

    [Fact]
    public void Captions_variant_lays_out_the_body_as_the_library_does_with_captions_in_place()
    {
        var article = Sample();
        var text = ScoredTextComposer.Compose(article, ScoredText.BodyCaptions);
        Assert.Equal(
            "The bridge reopened on Monday after a year of repairs.\n\nCrews removed the last barrier at dawn.\n\nTraffic was light.\n\n"
            + "What changed\n\nBefore and after\n\nLanes\t4",
            text);
        // Without images and table captions, the walk gives the library's body exactly.
        var plain = new Article(ArticleMetadata.Empty, [new Section(null, 0, [new ParagraphBlock([new Inline("One.")])]), new Section("Two", 2, [new ParagraphBlock([new Inline("Three.")])])], ExtractionOutcome.Extracted);
        Assert.Equal(plain.Body, ScoredTextComposer.BodyWithCaptions(plain.Sections));
    }

    [Fact]
    public void Title_variants_put_the_headline_first_but_never_on_an_empty_body()
    {
        Assert.StartsWith("Harbour Bridge Reopens\n\nThe bridge reopened", ScoredTextComposer.Compose(Sample(), ScoredText.TitleBody), StringComparison.Ordinal);
        Assert.StartsWith("Harbour Bridge Reopens\n\nThe bridge reopened", ScoredTextComposer.Compose(Sample(), ScoredText.TitleBodyCaptions), StringComparison.Ordinal);
        var empty = new Article(ArticleMetadata.Empty with { Title = "Page not found" }, [], ExtractionOutcome.NoArticle);
        Assert.Equal(string.Empty, ScoredTextComposer.Compose(empty, ScoredText.TitleBody));
        Assert.Equal(Sample(null).Body, ScoredTextComposer.Compose(Sample(null), ScoredText.TitleBody));
    }

    [Fact]
    public void Rouge_tokens_keep_case_and_punctuation()
    {
        // Same words under \w+ tokens; as white-space tokens "Said," and "said" differ: 2 of 3 hits.
        var score = RougeLsumScorer.Score("She said it.", "She Said, it.");
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void Rouge_unites_each_true_sentences_lcs_over_all_predicted_sentences()
    {
        // Truth: one sentence; prediction: its second half, then its first half, as two sentences. No single predicted
        // sentence holds the true one in order, but the union of the two LCSs covers it: every token is a hit.
        var score = RougeLsumScorer.Score("crews worked all night.", "all night. Then crews worked");
        Assert.Equal(1, score.Recall, 6);
        Assert.Equal(4.0 / 5, score.Precision, 6);
    }

    [Fact]
    public void Rouge_counts_a_repeated_token_no_more_often_than_either_text_has_it()
    {
        // "the" twice in the truth, once predicted: one hit for it.
        var score = RougeLsumScorer.Score("the cat and the dog", "the cat");
        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(2.0 / 5, score.Recall, 6);
    }

    [Theory]
    [InlineData("", "", 1, 1, 1)]
    [InlineData("", "words", 0, 1, 0)]
    [InlineData("words", "", 0, 0, 0)]
    public void Rouge_empty_texts_score_as_the_benchmark_scores_them(string truth, string prediction, double p, double r, double f1)
    {
        var score = RougeLsumScorer.Score(truth, prediction);
        Assert.Equal((p, r, f1), (score.Precision, score.Recall, score.F1));
    }

    [Theory]
    [InlineData("repairs.", "Traffic", true)]
    [InlineData("light?\"", "Then", true)]
    [InlineData("repairs.", "then", false)]
    [InlineData("Dr.", "Lee", false)]
    [InlineData("J.", "Smith", false)]
    [InlineData("changed", "Lanes", false)]
    public void Sentences_end_as_punkt_ends_them(string token, string next, bool ends) =>
        Assert.Equal(ends, RougeLsumScorer.EndsSentence(token, next));

    [Fact]
    public void A_line_break_alone_does_not_end_a_sentence()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        Assert.Single(RougeLsumScorer.Sentences("What changed\n\nLanes were added", ids));
        Assert.Equal(2, RougeLsumScorer.Sentences("Lanes were added. Traffic was light.", ids).Count);
    }

    private static WcxbPage Page(string[] with, string[] without) =>
        new("0001", "https://shop.example/p", "article", "A Headline", null, null, "x", with, without, "unused");

    [Fact]
    public void Snippets_are_also_counted_as_the_published_scripts_count_them()
    {
        // Ours: case and spacing folded. WCXB's evaluate.py: case folded, spacing kept. trafilatura's: both kept.
        var score = WordScorer.Score(Page(["Hello World", "Rain fell"], ["Sign up"]), "hello  World and Rain fell. sign up");
        Assert.Equal((2, 1, 1), (score.WithFound, score.WithFoundAsIs, score.WithFoundCased));
        Assert.Equal((1, 1, 0), (score.WithoutLeaked, score.WithoutLeakedAsIs, score.WithoutLeakedCased));
    }

    [Fact]
    public void Published_snippet_figures_average_pages_and_pool_the_f()
    {
        var a = Page(["one two", "three"], ["menu"]);
        var b = Page(["four"], []);
        var extraction = new Extraction("x", null, null, null, null, null, null);
        var figures = WcxbFigures.Of(
        [
            (a, extraction, WordScorer.Score(a, "one two, and menu")),
            (b, extraction, WordScorer.Score(b, "nothing")),
        ]);
        // Page means: with (1/2 + 0/1) / 2; without (1/1 + 1 for the page that has none, evaluate.py's quirk) / 2.
        Assert.Equal(0.25, figures.WithFoundAsPublished, 6);
        Assert.Equal(1, figures.WithoutLeakedAsPublished, 6);
        // Pooled: tp 1, fn 2, fp 1: F = 2 / (2 + 1 + 2).
        Assert.Equal(2.0 / 5, figures.SnippetF, 6);
    }
}
