namespace ArticleExtract.Tests.Structure;

/// <summary>
/// One space between two words, however the markup spaces them: a space before a link or a formatted word, an
/// element edge that parts two words (see <see cref="ElementEdgeTests"/>) and a space inside the link's own text must
/// not add up to two. A doubled space breaks exact-substring scoring (trafilatura's evaluation, WCXB's snippets) and
/// shows in every plain-text rendering.
/// </summary>
public class SingleSpaceTests
{
    private static Article Extract(string paragraph) =>
        ArticleExtractor.Default.Extract(TestPages.Article(insideArticle: $"<p>{TestPages.P1}</p><p>{paragraph}</p><p>{TestPages.P2}</p>"));

    [Theory]
    // A space, then a link whose text starts (inside a bold element) with a capital after a lower-case letter.
    [InlineData("In the end we chose the <a href=\"/couch\"><strong>Harbor couch</strong></a> for the den, and it fits.", "chose the Harbor couch for the den")]
    // A space that ends a span, then a link to a capitalised name.
    [InlineData("The workshop was run by <span class=\"x\">our friends at </span><a href=\"/guild\">Riverside Guild</a> last spring.", "friends at Riverside Guild last spring")]
    // A space between a bold name and a link, and another inside the link's text.
    [InlineData("Call <b>Northwind Movers</b> <a href=\"/licence\"> (licence 4471)</a> before you book anything.", "Call Northwind Movers (licence 4471) before")]
    public void Words_keep_one_space_between_them(string paragraph, string expected)
    {
        var body = Extract(paragraph).Body;
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", body, StringComparison.Ordinal);
    }
}
