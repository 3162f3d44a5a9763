namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// An infobox states facts of its subject (founded, born, released), often marked up as hCalendar "published": those
/// dates are the subject's, not the page's. A Dublin Core creation date in the head is the page's.
/// </summary>
public class InfoboxDateTests
{
    private static Article Extract(string head) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Riverside Rowing Club</title>{head}</head><body><div id="content">
        <h1>Riverside Rowing Club</h1>
        <table class="infobox vcard"><tr><th>Founded</th><td>March 3, 1996<span style="display:none"> (<span class="published">1996-03-03</span>)</span></td></tr>
        <tr><th>Members</th><td>240</td></tr></table>
        <p>The Riverside Rowing Club is an amateur rowing club on the north bank of the river, with a boathouse, a gym and eight racing shells.</p>
        <p>It trains juniors and masters crews and hosts a regatta every spring that draws clubs from the whole region.</p>
        </div></body></html>
        """, new Uri("https://wiki.example.org/Riverside_Rowing_Club"));

    [Fact]
    public void An_infobox_date_does_not_date_the_page()
    {
        Assert.Null(Extract(string.Empty).Published);
    }

    [Theory]
    [InlineData("<meta name=\"DC.date.created\" content=\"2019-06-29\">")]
    [InlineData("<meta name=\"DC.created\" content=\"2019-06-29\">")]
    public void A_dublin_core_creation_date_dates_the_page(string meta)
    {
        Assert.Equal("2019-06-29", Extract(meta).Published?.ToString());
    }
}
