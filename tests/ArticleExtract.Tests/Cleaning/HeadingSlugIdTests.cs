using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// Issue 10 (documentation pages): an id a generator wrote from the section's own heading ("respond-to-review-comments"
/// on the section headed "Respond to review comments") names its topic, not its role: its words ("comments",
/// "sharing") give no noise verdict. A widget named by its role keeps its verdict, and so does a heading that is a
/// widget's label.
/// </summary>
public sealed class HeadingSlugIdTests
{
    private const string Guide = """
        <!DOCTYPE html><html lang="en"><head><title>Sending a patch for review — Widgetlib 2.3 documentation</title></head><body>
        <nav class="sidebar"><a href="/docs/">Contents</a> <a href="/docs/install/">Install</a> <a href="/docs/patches/">Patches</a></nav>
        <main><div class="document"><div class="body" role="main">
        <section id="sending-a-patch-for-review">
        <h1>Sending a patch for review</h1>
        <p>Patches are sent to the project's mailing list as plain text, one patch per message, so that reviewers can quote the lines they comment on.</p>
        <section id="describe-your-changes">
        <h2>Describe your changes</h2>
        <p>Start the message with the problem the patch solves, in the imperative mood, and say why the change is worth the reviewers' time.</p>
        <p>Keep the summary line under seventy characters; the body may wrap at seventy-five columns.</p>
        </section>
        <section id="respond-to-review-comments">
        <h2>Respond to review comments</h2>
        <p>Reviewers will almost certainly suggest improvements in a reply to your email. Answer each point, even when you disagree, and thank them for their time.</p>
        <p>Send the new version as a fresh thread with a version number in the subject, listing what changed since the previous round.</p>
        </section>
        <section id="dont-get-discouraged">
        <h2>Don't get discouraged</h2>
        <p>Busy maintainers may take a week or two to answer. Wait before sending the patch again, and ask politely whether it was seen.</p>
        </section>
        </section>
        </div></div></main>
        <footer class="footer">© Widgetlib contributors</footer>
        </body></html>
        """;

    // The first element of the markup, read inside an article as a section of it would be.
    private static NoiseKind Classify(string markup)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><article>{markup}</article></body></html>");
        var element = document.Body!.FirstElementChild!.FirstElementChild!;
        return NoiseClassifier.Classify(element, Tags.Of(element), out _);
    }

    [Fact]
    public void A_section_anchored_by_its_headings_words_is_read()
    {
        var body = ArticleExtractor.Default.Extract(Guide, new Uri("https://docs.widgetlib.example/process/patches.html")).Body;
        Assert.Contains("Respond to review comments", body, StringComparison.Ordinal);
        Assert.Contains("Answer each point, even when you disagree", body, StringComparison.Ordinal);
        Assert.Contains("listing what changed since the previous round", body, StringComparison.Ordinal);
        var section = new HtmlParser().ParseDocument(Guide).GetElementById("respond-to-review-comments")!;
        Assert.Equal(NoiseKind.None, NoiseClassifier.Classify(section, Tags.Of(section), out _));
    }

    [Theory]
    [InlineData("<h3 id=\"sharing-data-between-components\">Sharing data between components</h3>")]
    [InlineData("<h2 id=\"h-social-benefits\">Social benefits</h2>")]
    public void A_heading_anchored_by_its_own_words_is_no_noise(string markup) =>
        Assert.Equal(NoiseKind.None, Classify(markup));

    [Theory]
    [InlineData("<div id=\"related-topics\"><h3>Related topics</h3><ul><li><a href=\"/t/1\">One</a></li></ul></div><div id=\"x\"><h3>X</h3></div>")]
    [InlineData("<div id=\"shameless-cta\"><h2>Shameless CTA</h2><p>Sign up today.</p></div><div id=\"reading\"><h2>Reading</h2></div>")]
    [InlineData("<div id=\"sharing-data-between-components\"><h3>Sharing data between components</h3><p>Text.</p></div>")]
    [InlineData("<div id=\"comments\"><h3>Comments</h3><p>Text.</p></div>")]
    public void A_widget_keeps_its_verdict(string markup) =>
        Assert.NotEqual(NoiseKind.None, Classify(markup));
}
