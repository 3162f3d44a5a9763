using System.Globalization;
using System.Text;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date standing alone in its own element right after the byline line ("Written by …" then "April 8, 2024") is
/// the article's publication date, even where the pair stands far below the headline (after a long table of
/// contents or lead section); a date further on, or one inside a sentence, is not.
/// </summary>
public class DateAfterBylineTests
{
    private static Article Page(string byline)
    {
        var toc = new StringBuilder();
        for (var i = 1; i <= 80; i++)
        {
            toc.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#s{i}\">Section {i}</a></li>");
        }

        return ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>Shipping a tablet app in six weeks</title></head><body>
            <main><h1>Shipping a tablet app in six weeks</h1><nav class="toc"><ul>{toc}</ul></nav>
            <div class="intro"><ul>{toc}</ul></div>
            {byline}
            <p>We planned the first release around three screens and cut everything else, which let the team ship a test build in the second week.</p>
            <p>Feedback from the pilot stores shaped the next four weeks, mostly around offline use and faster search.</p>
            </main></body></html>
            """,
            new Uri("https://studio.example.com/blog/tablet-app-six-weeks"));
    }

    [Fact]
    public void A_date_alone_after_the_byline_line_dates_the_article()
    {
        var a = Page("<div><p>Written by <a href=\"/authors/ines-harrow\">Ines Harrow</a></p><p>April 8, 2024</p></div>");

        Assert.Equal(new DateOnly(2024, 4, 8), a.Published?.Date);
    }

    [Fact]
    public void A_date_inside_a_sentence_after_the_byline_is_not_its_date()
    {
        var a = Page("<div><p>Written by <a href=\"/authors/ines-harrow\">Ines Harrow</a></p><p>The pilot began on April 8, 2024 in four stores.</p></div>");

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_lone_date_without_a_byline_before_it_stays_unlabelled()
    {
        var a = Page("<div><p>Team notes</p><p>April 8, 2024</p></div>");

        Assert.Null(a.Published);
    }
}
