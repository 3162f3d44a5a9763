using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>The floors file and the gate's verdicts.</summary>
public sealed class FloorsTests
{
    private static readonly string Committed = Path.Combine(AppContext.BaseDirectory, "floors.json");

    private static SystemFigures Figures(double aebRecall, double title) => new(
        new CorpusScore(0.97, aebRecall, 0.97, 0.3, 88),
        0,
        new CorpusScore(0.95, 0.95, 0.95, 0.1, 129),
        MetadataMatch.Fields.ToDictionary(f => f, f => f == MetadataField.Title ? title : 0.99),
        0,
        0)
    {
        DatedPublishedTime = 0.99,
    };

    private static Floors FloorsAt(double value) => new()
    {
        AebF1 = value,
        AebPrecision = value,
        AebRecall = value,
        ReadabilityF1 = value,
        DatedPublishedTime = value,
        Metadata = MetadataMatch.Fields.ToDictionary(Floors.Key, _ => value),
        Wcxb = new WcxbFloors { Tuning = SplitAt(value), Validation = SplitAt(value) },
    };

    private static WcxbSplitFloors SplitAt(double value) => new()
    {
        F1 = value,
        ArticlesF1 = value,
        WithFound = value,
        WithoutLeakedMax = 0.1,
        LostMax = 3,
        KindAgreement = value,
        PublishDatePrecision = value,
        Metadata = WcxbMetadata.Fields.ToDictionary(Floors.Key, _ => value),
    };

    [Fact]
    public void Each_figure_below_its_floor_is_named_and_the_others_are_not()
    {
        var shortfalls = FloorsAt(0.9).Shortfalls(Figures(aebRecall: 0.8, title: 0.5));
        Assert.Equal(2, shortfalls.Count);
        Assert.StartsWith("AEB-dev recall 0.8000 is below its floor 0.9000", shortfalls[0], StringComparison.Ordinal);
        Assert.StartsWith("Metadata title 0.5000", shortfalls[1], StringComparison.Ordinal);
        Assert.Empty(FloorsAt(0.9).Shortfalls(Figures(aebRecall: 0.9, title: 0.9)));
    }

    [Fact]
    public void A_date_lost_where_Readability_names_one_is_named_though_the_convention_rate_holds()
    {
        var shortfalls = FloorsAt(0.9).Shortfalls(Figures(aebRecall: 0.95, title: 0.95) with { DatedPublishedTime = 0.85 });
        Assert.Equal(["Metadata publishedTime on the cases Readability dates 0.8500 is below its floor 0.9000"], shortfalls);
    }

    [Fact]
    public void The_committed_floors_load_and_keep_aeb_f1_at_or_above_095()
    {
        var floors = Floors.Load(Committed);
        Assert.True(floors.AebF1 >= 0.95, $"aebF1 floor {floors.AebF1} is below the project's minimum of 0.95");
        Assert.Equal(MetadataMatch.Fields.Count, floors.Metadata.Count);
    }

    [Fact]
    public void Wcxb_figures_are_checked_per_split_and_at_most_figures_are_ceilings()
    {
        var good = new WcxbFigures(10, 0.95, 0.95, 0.95, new Dictionary<string, double> { ["article"] = 0.95 }, 0.95, 0.05, 3,
            WcxbMetadata.Fields.ToDictionary(f => f, _ => 0.95));
        var weakValidation = good with { F1 = 0.5, Lost = 4, WithoutLeaked = 0.2 };
        var figures = Figures(aebRecall: 0.95, title: 0.95) with { Wcxb = new WcxbSplitFigures(good, weakValidation) };

        var shortfalls = FloorsAt(0.9).Shortfalls(figures);

        Assert.Equal(3, shortfalls.Count);
        Assert.All(shortfalls, s => Assert.StartsWith("WCXB-dev validation", s, StringComparison.Ordinal));
        Assert.Contains(shortfalls, s => s.Contains("pages under 0.2", StringComparison.Ordinal));
        Assert.Empty(FloorsAt(0.9).Shortfalls(figures with { Wcxb = new WcxbSplitFigures(good, good) }));
    }

    [Fact]
    public void Page_kind_agreement_below_its_floor_is_named()
    {
        var good = new WcxbFigures(10, 0.95, 0.95, 0.95, new Dictionary<string, double> { ["article"] = 0.95 }, 0.95, 0.05, 3,
            WcxbMetadata.Fields.ToDictionary(f => f, _ => 0.95)) { KindAgreement = 0.95 };
        var figures = Figures(aebRecall: 0.95, title: 0.95) with { Wcxb = new WcxbSplitFigures(good, good with { KindAgreement = 0.6 }) };

        var shortfall = Assert.Single(FloorsAt(0.9).Shortfalls(figures));

        Assert.StartsWith("WCXB-dev validation page kind agreement 0.6000", shortfall, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_precision_below_its_floor_is_named()
    {
        var good = new WcxbFigures(10, 0.95, 0.95, 0.95, new Dictionary<string, double> { ["article"] = 0.95 }, 0.95, 0.05, 3,
            WcxbMetadata.Fields.ToDictionary(f => f, _ => 0.95)) { DatePrecision = 0.95 };
        var figures = Figures(aebRecall: 0.95, title: 0.95) with { Wcxb = new WcxbSplitFigures(good with { DatePrecision = 0.7 }, good) };

        var shortfall = Assert.Single(FloorsAt(0.9).Shortfalls(figures));

        Assert.StartsWith("WCXB-dev tuning publishDate precision 0.7000", shortfall, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"validation\"", "\"validaton\"")] // a WCXB split without floors would leave the held-out figure unguarded
    [InlineData("\"publishDate\"", "\"date\"")]
    [InlineData("aebF1", "aebF1x")]          // a misspelt key would leave the real floor at zero
    [InlineData("\"lang\": ", "\"language\": ")] // so would a misnamed metadata field
    [InlineData("\"aebRecall\"", "\"unused\"")]  // and a missing one
    [InlineData("\"kindAgreement\"", "\"kindAgrement\"")]
    [InlineData("\"publishDatePrecision\"", "\"datePrecision\"")]
    public void A_floors_file_with_a_wrong_or_missing_key_is_refused(string from, string to)
    {
        var path = Path.Combine(Path.GetTempPath(), $"floors-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, File.ReadAllText(Committed).Replace(from, to, StringComparison.Ordinal));
            Assert.Throws<InvalidDataException>(() => Floors.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
