namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Many blog templates set the blog's name in the h1 and each post's title in an h2. The h2 that agrees with the page's
/// title is where the article begins: the date under it, or labelled at the post's end, is the post's.
/// </summary>
public class SubheadingHeadlineTests
{
    private const string Paragraphs = """
        <p>We finally replaced the old kitchen tap this weekend, and the whole job took less than an afternoon with two spanners.</p>
        <p>The trick is to shut off both valves under the sink first and to keep a towel ready for the water left in the pipes.</p>
        """;

    private static string Filler(int paragraphs)
    {
        var b = new System.Text.StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            b.Append("<p>Another step of the job described at length, with the tools used and the mistakes we made along the way.</p>");
        }

        return b.ToString();
    }

    private static Article Extract(string post, string title = "Replacing a kitchen tap") => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>{title} | Weekend Fixes</title></head><body>
        <div id="header"><h1>Our little house</h1><p>Small repairs around the house</p></div>
        <div id="content">{post}</div>
        </body></html>
        """, new Uri("https://fixes.example.net/replacing-a-kitchen-tap"));

    [Fact]
    public void The_date_under_an_h2_headline_dates_the_post()
    {
        var a = Extract($"""<div class="post"><h2 class="title">Replacing a kitchen tap</h2><div class="when">Posted on October 3, 2021</div>{Paragraphs}</div>""");

        Assert.Equal(new DateOnly(2021, 10, 3), a.Published?.Date);
    }

    [Fact]
    public void A_labelled_date_at_the_end_of_a_long_post_under_an_h2_headline_dates_it()
    {
        var a = Extract($"""<div class="post"><h2>Replacing a kitchen tap</h2>{Paragraphs}{Filler(160)}<p class="footnote">Posted on October 3, 2021 in Plumbing</p></div>""");

        Assert.Equal(new DateOnly(2021, 10, 3), a.Published?.Date);
    }

    [Fact]
    public void An_h2_that_agrees_with_no_title_places_nothing()
    {
        // A teaser list's h2 far from any title: its dates stay other items' dates.
        var a = Extract($"""<div class="post"><h2>More from the workshop</h2>{Paragraphs}{Filler(160)}<p class="footnote">Posted on October 3, 2021 in Plumbing</p></div>""", "Workshop notes");

        Assert.Null(a.Published);
    }
}
