using ArticleExtract.Evaluation.Corpora;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Scoring;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>How the Readability suite's expected text is read and its metadata compared.</summary>
public sealed class ReadabilityScoringTests
{
    [Fact]
    public void Expected_text_separates_blocks_but_not_inline_elements()
    {
        var text = ExpectedText.FromHtml(
            "<div><p>The end.</p><p>Next <b>wo</b>rd<br>line</p><ul><li>one</li><li>two</li></ul>" +
            "<table><tr><td>a</td><td>b</td></tr></table><h2>Head</h2>tail<script>var x;</script><style>p{}</style></div>");
        Assert.Equal(["The", "end", "Next", "word", "line", "one", "two", "a", "b", "Head", "tail"], ShingleScorer.Tokenize(text));
    }

    [Theory]
    [InlineData("Some  Title\n", "some title", true)]
    [InlineData(null, null, true)]
    [InlineData(null, "", true)]
    [InlineData(null, "Jane Doe", false)]
    [InlineData("Jane Doe", null, false)]
    [InlineData("Jane Doe", "By Jane Doe", false)]
    public void Text_fields_match_after_whitespace_and_case_are_normalised(string? expected, string? actual, bool matches) =>
        Assert.Equal(matches, MetadataMatch.Text(expected, actual));

    [Theory]
    [InlineData("2020-01-01T10:00:00Z", true)]
    [InlineData("2020-01-01T11:00:00+01:00", true)]
    [InlineData("2020-01-01T10:00:00", true)]
    [InlineData("2020-01-01T10:00:01Z", false)]
    [InlineData("last Tuesday", false)]
    [InlineData(null, false)]
    public void Published_times_match_as_instants(string? expected, bool matches) =>
        Assert.Equal(matches, MetadataMatch.Instant(expected, new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_missing_published_time_matches_only_a_missing_one()
    {
        Assert.True(MetadataMatch.Instant(null, null));
        Assert.False(MetadataMatch.Instant("2020-01-01T10:00:00Z", null));
    }

    [Fact]
    public void Each_field_is_compared_with_its_own_expected_value()
    {
        var expected = ExpectedMetadata.Parse("""
            {"title":"T","byline":"B","dir":null,"lang":"en","excerpt":"E","siteName":null,"publishedTime":"2021-05-06T07:08:09Z","readerable":true}
            """);
        var actual = new Extraction("body", "t", "b", "other", null, "en", new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var matched = MetadataMatch.Fields.Where(f => MetadataMatch.Matches(f, expected, actual)).ToList();
        Assert.Equal([MetadataField.Title, MetadataField.Byline, MetadataField.SiteName, MetadataField.Lang, MetadataField.PublishedTime], matched);
    }
}
