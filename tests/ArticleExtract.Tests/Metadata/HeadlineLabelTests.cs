namespace ArticleExtract.Tests.Metadata;

/// <summary>A tag set before a headline's words inside its heading (a forum thread's prefix, a badge) is a label, not the headline.</summary>
public class HeadlineLabelTests
{
    private const string Body = """
        <div class="post"><p>My plot is heavy clay and the draw hoe I bought last spring bounces off it as soon as the weather turns dry.</p>
        <p>Would an oscillating hoe do better, or should I dig in more compost first and leave the hoe question for next year?</p></div>
        """;

    private static Article Extract(string heading) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>Question - Which hoe for clay soil? | Plot Talk</title></head><body><main>{heading}{Body}</main></body></html>",
        new Uri("https://talk.example.net/threads/which-hoe.881/"));

    [Theory]
    [InlineData("<h1 class=\"p-title-value\"><span class=\"label label--blue\">Question</span><span class=\"label-append\">&nbsp;</span>Which hoe for clay soil?</h1>")]
    [InlineData("<h1><span class=\"badge\">Question</span> Which hoe for clay soil?</h1>")]
    public void A_label_that_opens_the_heading_is_left_out(string heading)
    {
        Assert.Equal("Which hoe for clay soil?", Extract(heading).Title);
    }

    [Fact]
    public void A_styled_word_inside_the_headline_stays()
    {
        Assert.Equal("Which hoe for clay soil?", Extract("<h1>Which <span class=\"label\">hoe</span> for clay soil?</h1>").Title);
    }
}
