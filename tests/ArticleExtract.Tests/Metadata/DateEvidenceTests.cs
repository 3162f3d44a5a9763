namespace ArticleExtract.Tests.Metadata;

/// <summary>Dates the page states in its own way: a plain <c>published</c> meta tag, and its own offset beside a UTC stamp.</summary>
public class DateEvidenceTests
{
    private const string Body = """
        <p>The harbour authority approved the new ferry terminal on Thursday after three years of hearings and two redesigns.</p>
        <p>Construction starts in spring, and the first boats are expected to use the terminal before the end of next year.</p>
        """;

    private static Article Extract(string head, string article) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>Ferry terminal approved</title>{head}</head><body><article><h1>Ferry terminal approved</h1>{article}{Body}</article></body></html>",
        new Uri("https://harbour.example.com/news/ferry-terminal"));

    [Fact]
    public void A_meta_tag_named_published_gives_the_date()
    {
        var a = Extract("<meta name=\"published\" content=\"July 17, 2025\">", string.Empty);

        Assert.Equal("2025-07-17", a.Published?.ToString());
    }

    [Fact]
    public void The_pages_own_offset_is_kept_over_a_utc_stamp_of_the_same_moment()
    {
        // 23:25 UTC on the 18th is 04:25 on the 19th where the page is written; its readers see the 19th.
        const string Ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal approved\",\"datePublished\":\"2025-12-18T23:25:38+00:00\"}</script>";
        var a = Extract(Ld, "<p class=\"meta\"><span itemprop=\"datePublished\" content=\"2025-12-19T04:25:38+05:00\"></span>By Harbour Desk</p>");

        Assert.Equal("2025-12-19T04:25:38+05:00", a.Published?.ToString());
    }

    [Fact]
    public void A_utc_stamp_stays_when_nothing_restates_it()
    {
        const string Ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal approved\",\"datePublished\":\"2025-12-18T23:25:38+00:00\"}</script>";
        var a = Extract(Ld, "<p class=\"meta\"><span itemprop=\"dateModified\" content=\"2025-12-20T10:00:00+05:00\"></span>By Harbour Desk</p>");

        Assert.Equal("2025-12-18T23:25:38+00:00", a.Published?.ToString());
    }

    [Fact]
    public void A_local_clock_stamped_with_z_takes_the_metadatas_offset()
    {
        // The template wrote the local time with a Z; the meta tag gives the same clock with the page's real offset.
        var a = Extract(
            "<meta property=\"article:published_time\" content=\"2016-12-22T10:43:37-08:00\">",
            "<p class=\"meta\">By Harbour Desk <time class=\"published\" datetime=\"2016-12-22T10:43:37Z\">22 Dec, 2016</time></p>");

        Assert.Equal("2016-12-22T10:43:37-08:00", a.Published?.ToString());
    }

    [Fact]
    public void A_month_written_as_a_name_is_never_swapped_by_ambiguous_metadata()
    {
        // "03-09-2026" in the meta tag reads day-first as September 3; the page says March 9 in words, which cannot be swapped.
        var a = Extract(
            "<meta name=\"article:published_time\" content=\"03-09-2026\">",
            "<p class=\"meta\">By Harbour Desk</p><div class=\"byline-date\">Published March 9, 2026</div>");

        Assert.Equal("2026-03-09", a.Published?.ToString());
    }
}
