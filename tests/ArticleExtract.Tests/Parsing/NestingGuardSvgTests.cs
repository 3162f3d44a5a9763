using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The nesting guard empties the geometry of inline SVG shapes (a path's <c>d</c>, a polygon's or polyline's
/// <c>points</c>), which no stage reads: every element and attribute stays, so the index, the learned features and the
/// text around the drawing are as they were. It leaves alone what is not SVG, and values the parser would read
/// differently without them.
/// </summary>
public sealed class NestingGuardSvgTests
{
    private const string Icon = """<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><title>Share</title><g fill="none"><path class="stroke" d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8M16 6l-4-4-4 4M12 2v13"/><polygon points="1,1 5,9 9,1"></polygon><polyline points='0,0 3,3 6,0'/></g></svg>""";

    private static string Guarded(string html, int cap = 256) => NestingGuard.Apply(html, cap).Html;

    [Fact]
    public void Shape_geometry_is_emptied_and_every_element_and_attribute_stays()
    {
        var page = $"<html><body><p>Before the icon.</p>{Icon}<p>After the icon.</p></body></html>";

        var guarded = Guarded(page);

        Assert.Contains("""<path class="stroke" d=""/>""", guarded, StringComparison.Ordinal);
        Assert.Contains("""<polygon points=""></polygon>""", guarded, StringComparison.Ordinal);
        Assert.Contains("""<polyline points=''/>""", guarded, StringComparison.Ordinal);
        Assert.Contains("""<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><title>Share</title><g fill="none">""", guarded, StringComparison.Ordinal);
        Assert.Contains("<p>After the icon.</p>", guarded, StringComparison.Ordinal);
        Assert.Equal(
            NestingGuardConformanceTests.TreeWithoutCode(DocumentParser.Parse(page)),
            NestingGuardConformanceTests.TreeWithoutCode(DocumentParser.Parse(guarded)));
    }

    [Theory]
    // A path outside SVG is an unknown HTML element: left as it is.
    [InlineData("<div><path d=\"M0 0L1 1\"></path></div>")]
    // In a foreignObject, HTML again.
    [InlineData("<svg><foreignObject><div><path d=\"M0 0L1 1\"></path></div></foreignObject></svg>")]
    // An unquoted value: left out, the next attribute would become the value.
    [InlineData("<svg><path d=M0,0L1,1 fill=red /></svg>")]
    // Attributes that only look like the geometry.
    [InlineData("<svg><path data-d=\"M0 0\" title='d=\"M1 1\"'/><circle d=\"M0 0\" r=\"2\"/></svg>")]
    // A path written with an empty geometry, and a polygon without points.
    [InlineData("<svg><path d=\"\"/><polygon fill=\"red\"/></svg>")]
    public void What_is_not_a_shapes_quoted_geometry_is_kept(string body)
    {
        var page = $"<html><body>{body}<p>Text.</p></body></html>";

        Assert.Same(page, Guarded(page));
    }

    [Fact]
    public void Geometry_in_any_letter_case_and_quote_is_emptied_and_the_first_of_two_is_the_one()
    {
        const string page = "<html><body><svg><PATH fill='red' D='M0 0L9 9' d=\"M1 1\"/></svg><p>Text.</p></body></html>";

        var guarded = Guarded(page);

        Assert.Equal("<html><body><svg><PATH fill='red' D='' d=\"M1 1\"/></svg><p>Text.</p></body></html>", guarded);
        Assert.Equal(string.Empty, DocumentParser.Parse(guarded).QuerySelector("path")!.GetAttribute("d"));
    }

    [Fact]
    public void A_shape_dropped_for_nesting_past_the_cap_is_dropped_whole()
    {
        const string page = "<html><body><svg><g><g><g><path d=\"M0 0L5 5\"><title>Deep</title></path></g></g></g></svg><p>Text.</p></body></html>";

        var guarded = NestingGuard.Apply(page, 3);

        Assert.True(guarded.DroppedTags > 0);
        Assert.DoesNotContain("<path", guarded.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Text.</p>", guarded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_inline_icons_reads_as_before()
    {
        // Icons beside the byline and in the share bar, and a chart drawn in the article: its text and the words after
        // every drawing are read as they were, and no icon's title leaks in.
        var chart = """<figure><svg viewBox="0 0 100 50"><title>Riders a day</title><polyline points="0,40 20,30 40,35 60,10 80,15 100,5" fill="none"/></svg></figure>""";
        var page = TestPages.Article(insideArticle: chart, outsideArticle: $"<div class=\"share\">{Icon}<a href=\"/share\">Share</a></div>");

        var article = new ArticleExtractor().Extract(page);

        TestPages.AssertOnlyArticle(article, "Riders a day", "Share");
    }
}
