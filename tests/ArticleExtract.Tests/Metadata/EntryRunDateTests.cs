namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A run of entries, each with its own date (a podcast's episodes, a listing's stories, an events calendar), dates none
/// of the page, even where its first entry stands just under the headline and the entries are not short sibling cards;
/// an article's date line apart from such a run still dates the article, and a thread's posts of one or two days are no run.
/// </summary>
public class EntryRunDateTests
{
    private const string Intro = "<p>A weekly show about the small businesses of the river towns, their owners and the customers who keep them going.</p>";

    // Each episode's date stands five levels inside its entry, deeper than a list of sibling cards is looked for.
    private static string Episodes(params string[] days) => string.Concat(days.Select((day, i) => $"""
        <section class="episode"><div class="episode-body"><div class="episode-head"><p class="episode-meta"><span>{day}</span></p></div>
        <h2><a href="/shows/river-towns/episode-{i}">Episode {days.Length - i}: a bakery that opens at four</a></h2>
        <p>We talk to the owner about flour prices, early starts and the queue that forms every Saturday before dawn.</p></div></section>
        """));

    private static Article Extract(string body) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>River Towns Weekly</title></head>
        <body><main><h1>River Towns Weekly</h1>{body}</main></body></html>
        """, new Uri("https://podcasts.example.net/shows/river-towns"));

    [Fact]
    public void A_run_of_dated_episodes_dates_none_of_the_page()
    {
        var a = Extract(Intro + Episodes("December 15, 2025", "December 8, 2025", "December 1, 2025", "November 24, 2025", "November 17, 2025"));

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_date_line_apart_from_a_later_run_still_dates_the_article()
    {
        // The article's body stands between its date line and the run: more elements than one entry's card.
        var paragraph = "<p>The bakery on <a href=\"/towns/millbrook\">Mill Street</a> opens at <em>four</em>, and by five the <strong>queue</strong> reaches the corner.</p>";
        var body = $"<p class=\"dateline\">October 3, 2025</p>{string.Concat(Enumerable.Repeat(paragraph, 12))}"
            + Episodes("December 15, 2025", "December 8, 2025", "December 1, 2025", "November 24, 2025");

        var a = Extract(body);

        Assert.Equal(new DateOnly(2025, 10, 3), a.Published?.Date);
    }

    [Fact]
    public void Entries_on_two_days_are_a_threads_posts_and_the_first_dates_the_page()
    {
        var a = Extract(Intro + Episodes("December 15, 2025", "December 15, 2025", "December 16, 2025", "December 16, 2025"));

        Assert.Equal(new DateOnly(2025, 12, 15), a.Published?.Date);
    }
}
