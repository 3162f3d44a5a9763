using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// An ISO stamp whose offset is past ±14:00 by minutes only ("+14:30", "-14:01", "+1459") passed the parser's test of
/// the hours (at most 14) and of the minutes (at most 59) apart, then ArticleDate refused the offset with an
/// ArgumentOutOfRangeException that escaped the extraction, from a meta tag, JSON-LD or a &lt;time datetime&gt;. Such an
/// offset is now no offset, as "+15:00" already was: the date and the local time are kept.
/// </summary>
public class DateOffsetBoundTests
{
    [Theory]
    [InlineData("+14:30")]
    [InlineData("-14:01")]
    [InlineData("+1459")]
    [InlineData("+15:00")]
    public void An_offset_past_fourteen_hours_is_no_offset(string offset)
    {
        Assert.Equal(new ArticleDate(new DateOnly(2024, 3, 5), new TimeOnly(10, 0)), DateParser.Parse("2024-03-05T10:00:00" + offset));
    }

    [Theory]
    [InlineData("+14:00", 14 * 60)]
    [InlineData("-14:00", -14 * 60)]
    [InlineData("+05:45", 5 * 60 + 45)]
    [InlineData("-0930", -(9 * 60 + 30))]
    public void An_offset_within_fourteen_hours_is_kept(string offset, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), DateParser.Parse("2024-03-05T10:00:00" + offset)?.Offset);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2024-03-05T10:00:00+14:30">""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00-14:01"}</script>""", "")]
    [InlineData("", """<time datetime="2024-03-05T10:00:00+1459">March 5, 2024</time>""")]
    public void A_page_stamped_past_fourteen_hours_is_read_without_the_offset(string head, string underHeadline)
    {
        var a = ArticleExtractor.Default.Extract($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour ferry timetable changes</title>{head}</head>
            <body><article><h1>Harbour ferry timetable changes</h1>{underHeadline}
            <p>The harbour ferry will leave every quarter hour from next month, the operator said, instead of every half hour.</p>
            </article></body></html>
            """);

        Assert.Equal(new DateOnly(2024, 3, 5), a.Published?.Date);
        Assert.Null(a.Published?.Offset);
    }
}
