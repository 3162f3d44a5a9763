namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A date line under the headline that no class marks for a date, its date split across sibling inline elements
/// (<c>&lt;span&gt;March&lt;/span&gt; &lt;span&gt;5&lt;/span&gt;, &lt;span&gt;2021&lt;/span&gt;</c>, or day, month and year
/// each in a span named so): a reader sees one date, and so is it read.
/// </summary>
public class SplitDateTests
{
    [Theory]
    [InlineData("en", """<p><span>March</span> <span>5</span>, <span>2021</span></p>""")]
    [InlineData("en", """<div><span class="day">05</span><span class="month">Mar</span><span class="year">2021</span></div>""")]
    [InlineData("en", """<p>By <a href="/staff/jane">Jane Doe</a> · <span>5</span> <span>March</span> <span>2021</span></p>""")]
    [InlineData("en", """<div><b>Mar</b> <b>5</b> <b>2021</b></div>""")]
    [InlineData("de", """<p><span>5.</span> <span>März</span> <span>2021</span></p>""")]
    [InlineData("fr", """<p><span class="jour">5</span><span class="mois">mars</span><span class="annee">2021</span></p>""")]
    public void A_date_split_across_inline_elements_under_the_headline_is_read_whole(string lang, string line)
    {
        Assert.Equal(new DateOnly(2021, 3, 5), DatedPage.Extract(lang, line).Published?.Date);
    }

    [Fact]
    public void Numbers_side_by_side_with_nothing_between_them_are_no_date()
    {
        Assert.Null(DatedPage.Extract("en", """<div><span>5</span><span>Mar</span><span>2021</span></div>""").Published);
    }

    [Fact]
    public void A_split_date_in_a_sentence_is_not_the_page_date()
    {
        var line = """<p>The works <em>ended</em> on <span>March</span> <span>5</span>, <span>2021</span>, after eleven weeks of night shifts.</p>""";

        Assert.Null(DatedPage.Extract("en", line).Published);
    }

    [Fact]
    public void A_split_date_far_below_the_headline_is_not_read()
    {
        var filler = string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>Paragraph {i} of the report on the ring road works and the new lanes.</p>"));

        Assert.Null(DatedPage.Extract("en", $"""{filler}<p><span>March</span> <span>5</span>, <span>2021</span></p>""").Published);
    }
}
