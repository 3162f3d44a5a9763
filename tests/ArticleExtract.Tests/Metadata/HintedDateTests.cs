namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Dates a page keeps in an attribute that no date markup names: the tooltip over "3 days ago", hAtom's
/// <c>&lt;abbr title&gt;</c> without its class, a script's own element (<c>&lt;relative-time datetime&gt;</c>), a
/// <c>data-*</c> attribute named for a date, an RDFa <c>property</c>. Read near the headline only, and never from an
/// image, an edit mark or a calendar's cells.
/// </summary>
public class HintedDateTests
{
    private static string? Published(string line) => DatedPage.Extract("en", line).Published?.ToString();

    [Theory]
    [InlineData("<p><abbr title=\"2021-03-05T10:00:00+01:00\">3 days ago</abbr></p>", "2021-03-05T10:00:00+01:00")]
    [InlineData("<p>Posted <span title=\"March 5, 2021 10:15\">3 days ago</span></p>", "2021-03-05T10:15:00")]
    [InlineData("<p>Posted <span title=\"2021-03-05 10:15\">3 days ago</span></p>", "2021-03-05T10:15:00")]
    [InlineData("<p>By Jane Doe <relative-time datetime=\"2021-03-05T10:00:00Z\">3 days ago</relative-time></p>", "2021-03-05T10:00:00+00:00")]
    [InlineData("<div class=\"post-info\" data-date=\"2021-03-05\">By Jane Doe</div>", "2021-03-05")]
    [InlineData("<div class=\"post-info\"><span data-timestamp=\"2021-03-05T10:00:00Z\">3 days ago</span></div>", "2021-03-05T10:00:00+00:00")]
    [InlineData("<div><span property=\"datePublished\" content=\"2021-03-05\">last week</span></div>", "2021-03-05")]
    [InlineData("<div><span property=\"dcterms:issued\" content=\"2021-03-05\">last week</span></div>", "2021-03-05")]
    public void Reads_the_date_an_attribute_keeps(string line, string expected)
    {
        Assert.Equal(expected, Published(line));
    }

    [Fact]
    public void A_data_attribute_named_for_the_update_dates_the_update()
    {
        var a = DatedPage.Extract("en", "<p class=\"info\"><span data-published=\"2021-03-03\" data-modified=\"2021-03-05\">Jane Doe</span></p>");

        Assert.Equal("2021-03-03", a.Published?.ToString());
    }

    [Theory]
    [InlineData("<p><img src=\"/p.jpg\" alt=\"\" title=\"March 9, 2021\"></p>")]
    [InlineData("<p>Fixed a typo <del datetime=\"2021-03-09\">teh</del> the</p>")]
    [InlineData("<table class=\"calendar\"><tr><td data-date=\"2021-03-09\">9</td><td data-date=\"2021-03-10\">10</td></tr></table>")]
    [InlineData("<p><a href=\"/archive\" title=\"Archive: March 2021\">Older posts</a></p>")]
    public void Takes_no_date_from_images_edits_calendars_or_a_month(string line)
    {
        Assert.Null(Published(line));
    }

    [Fact]
    public void A_tooltip_far_below_the_headline_is_another_items()
    {
        var filler = string.Concat(Enumerable.Range(1, 60).Select(i => $"<p>Paragraph {i} of the report on the new lanes, with counts from each junction.</p>"));
        Assert.Null(Published($"{filler}<p>Seen <span title=\"March 9, 2021 08:00\">a week ago</span> by a reader</p>"));
    }
}
