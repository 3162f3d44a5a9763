using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Parsing;
using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// <see cref="ArticleExtractorOptions.TimeBudget"/> is a deadline read on a clock at every check (between the stages
/// and every 1,024 elements of the long walks), not a thread-pool timer that a busy pool fires late: a spent budget
/// throws at the first check after it runs out. The checks are counted on a clock that moves only when read.
/// </summary>
public sealed class TimeBudgetTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ArticleExtractor Extractor(TimeSpan budget, TimeProvider clock) =>
        new(new ArticleExtractorOptions { TimeBudget = budget, Clock = clock });

    [Fact]
    public void A_spent_budget_throws_its_limit_at_the_first_check_after_it_runs_out()
    {
        // One second a reading, 2.5 s allowed: the start, then checks at 1 s, 2 s and 3 s, where it is spent.
        var clock = new SteppingClock(Second);

        var thrown = Assert.Throws<ExtractionLimitException>(() => Extractor(TimeSpan.FromSeconds(2.5), clock).Extract(TestPages.Article()));

        Assert.Equal(ExtractionLimit.TimeBudget, thrown.Limit);
        Assert.Equal(2_500, thrown.LimitValue);
        Assert.Equal("Extraction took longer than 2.5 s (ArticleExtractorOptions.TimeBudget).", thrown.Message);
        Assert.Equal(4, clock.Readings);
    }

    [Fact]
    public void The_budget_is_read_on_the_clock_and_changes_nothing_while_it_lasts()
    {
        // A clock that never moves never spends even a budget of one tick; a timer would have fired long before.
        var clock = new SteppingClock(TimeSpan.Zero);
        var page = TestPages.Article();

        var article = Extractor(TimeSpan.FromTicks(1), clock).Extract(page);

        Assert.Equal(new ArticleExtractor().Extract(page).ToJson(), article.ToJson());
        Assert.True(clock.Readings >= 4, $"{clock.Readings} readings");
    }

    [Fact]
    public void The_callers_cancellation_comes_before_a_spent_budget()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Extractor(TimeSpan.FromTicks(1), new SteppingClock(Second)).Extract(TestPages.Article(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void No_budget_never_reads_the_clock()
    {
        var clock = new SteppingClock(Second);

        Extractor(Timeout.InfiniteTimeSpan, clock).Extract(TestPages.Article());

        Assert.Equal(0, clock.Readings);
    }

    [Fact]
    public void The_system_clock_spends_a_budget_of_one_tick()
    {
        // The production clock: one tick (100 ns) is gone by the check after the parse, whatever the machine's load.
        var thrown = Assert.Throws<ExtractionLimitException>(() => new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromTicks(1) }).Extract(TestPages.Article()));

        Assert.Equal(ExtractionLimit.TimeBudget, thrown.Limit);
    }

    [Theory]
    // Checks at elements 0, 1,024 and 2,048: spent at the third (3 s), which only a body of more than 2,048 elements reaches.
    [InlineData(1_500, false)]
    [InlineData(2_500, true)]
    public void The_document_index_checks_the_budget_every_1024_elements(int paragraphs, bool spent)
    {
        var body = Body(paragraphs);
        var clock = new SteppingClock(Second);
        var deadline = ExtractionDeadline.Start(TimeSpan.FromSeconds(2.5), clock, CancellationToken.None);

        if (spent)
        {
            Assert.Throws<ExtractionLimitException>(() => DocumentIndex.Build(body, 1_000_000, deadline));
            Assert.Equal(4, clock.Readings);
        }
        else
        {
            DocumentIndex.Build(body, 1_000_000, deadline);
            Assert.Equal(3, clock.Readings);
        }
    }

    [Theory]
    // Checks after 1,024, 2,048 and 3,072 elements read: spent at the third.
    [InlineData(2_500, false)]
    [InlineData(3_500, true)]
    public void The_section_builder_checks_the_budget_every_1024_elements(int paragraphs, bool spent)
    {
        var index = DocumentIndex.Build(Body(paragraphs), 1_000_000, CancellationToken.None);
        var clock = new SteppingClock(Second);
        var deadline = ExtractionDeadline.Start(TimeSpan.FromSeconds(2.5), clock, CancellationToken.None);
        var urls = new UrlResolver(new Uri("https://news.example.com/a/b"));

        if (spent)
        {
            Assert.Throws<ExtractionLimitException>(() => SectionBuilder.Build(index, 0, urls, deadline));
            Assert.Equal(4, clock.Readings);
        }
        else
        {
            Assert.NotEmpty(SectionBuilder.Build(index, 0, urls, deadline));
            Assert.Equal(3, clock.Readings);
        }
    }

    private static IElement Body(int paragraphs) =>
        DocumentParser.Parse("<html><body><article>" + string.Concat(Enumerable.Repeat("<p>" + TestPages.P1 + "</p>", paragraphs)) + "</article></body></html>").Body!;
}
