namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A byline row often credits a reviewer beside the writer, each name in a link styled alike, the reviewer's after a
/// label of its own ("&lt;span&gt;Fact checked by&lt;/span&gt; &lt;a&gt;…&lt;/a&gt;"): that person is not the author.
/// </summary>
public class ReviewerLabelTests
{
    private static Article Extract(string writer, string label) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Pruning roses in late winter</title></head><body><article>
        <h1>Pruning roses in late winter</h1>
        <div class="credits">
          <div class="credits-item"><span class="descriptor">By</span> <a class="author-name" href="/team">{writer}</a></div>
          <div class="credits-item"><span class="descriptor">{label}</span> <div data-tooltip="A horticulturist."><a class="author-name" href="/people/rosa-lindqvist">Rosa Lindqvist</a></div></div>
        </div>
        <p>Late winter, before the buds break, is the time to cut roses back hard and shape them for the season.</p>
        <p>Remove dead wood first, then crossing stems, and cut each remaining cane just above an outward-facing bud.</p>
        </article></body></html>
        """, new Uri("https://garden.example.com/guides/pruning-roses"));

    [Theory]
    [InlineData("Fact checked by")]
    [InlineData("Medically reviewed by:")]
    public void The_name_after_a_reviewer_label_is_not_the_author(string label)
    {
        Assert.DoesNotContain("Rosa Lindqvist", Extract("The Garden Desk", label).Authors);
    }

    [Fact]
    public void The_name_after_another_label_still_counts()
    {
        Assert.Contains("Rosa Lindqvist", Extract("The Garden Desk", "Illustrations by").Authors);
    }
}
