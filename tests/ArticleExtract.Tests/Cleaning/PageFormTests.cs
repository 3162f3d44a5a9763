namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// A <c>&lt;form&gt;</c> is noise (a search box, a sign-up, a comment form), but a page can wrap its own list or table
/// in one to act on its rows (a list of publications with "export" and "delete" buttons): a form with no field to fill
/// in that holds most of the page is the page's content. A form one fills in stays out, however large.
/// </summary>
public sealed class PageFormTests
{
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { UseSecondOpinion = false });

    private static readonly Uri Url = new("https://scholarpages.example/profile/ruth-okafor");

    private static readonly string[] Works =
    [
        "Tidal mixing in shallow estuaries and its effect on winter oxygen levels",
        "A field guide to sediment cores from the northern salt marshes",
        "Measuring the drift of floating plastics with low-cost surface buoys",
        "Seasonal nitrate pulses in rivers that drain farmland after heavy rain",
        "Long-term records of sea level from harbour gauges built a century ago",
        "How eelgrass meadows recover after a storm tears them from the seabed",
    ];

    [Fact]
    public void A_table_of_works_wrapped_in_a_form_without_fields_is_read()
    {
        var rows = string.Concat(Works.Select((w, i) =>
            $"<tr><td><a href=\"/work/{i}\">{w}</a><div>R Okafor, T Lindqvist</div><div>Journal of Coastal Studies {12 + i} ({2010 + i})</div></td><td>{40 - (3 * i)}</td><td>{2010 + i}</td></tr>"));
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Ruth Okafor - Scholar Pages</title></head>
            <body><div class="top"><a href="/">Scholar Pages</a> <a href="/login">Sign in</a></div>
            <h1>Ruth Okafor</h1><div>Marine chemistry, coastal ecology</div>
            <form method="post" action="/profile/ruth-okafor"><input type="hidden" name="token" value="a1">
            <button type="submit" name="op" value="export">Export</button><button type="submit" name="op" value="delete">Delete</button>
            <table><thead><tr><th>Title</th><th>Cited by</th><th>Year</th></tr></thead><tbody>{{rows}}</tbody></table></form>
            <div class="foot"><a href="/help">Help</a> <a href="/privacy">Privacy</a></div></body></html>
            """;
        var body = Extractor.Extract(page, Url).Body;
        foreach (var work in Works)
        {
            Assert.Contains(work, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_large_form_with_boxes_to_tick_stays_out()
    {
        // The same table with a box to tick on every row is a form one fills in (choose works to compare): it stays out.
        var rows = string.Concat(Works.Select((w, i) =>
            $"<tr><td><input type=\"checkbox\" name=\"pick\" value=\"{i}\"></td><td>{w}</td><td>{40 - (3 * i)}</td></tr>"));
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Coastal chemistry - Scholar Pages</title></head>
            <body><main><article><h1>Coastal chemistry</h1>
            <p>The coastal monitoring network links volunteers who sample the shore with laboratories that analyse what they find.</p>
            <p>Members share their data openly, and every lab in the network reads samples from volunteers free of charge.</p></article>
            <form method="post" action="/compare"><table><tbody>{{rows}}</tbody></table><button type="submit">Compare</button></form></main></body></html>
            """;
        var body = Extractor.Extract(page, Url).Body;
        Assert.Contains("free of charge", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Works[0], body, StringComparison.Ordinal);
    }
}
