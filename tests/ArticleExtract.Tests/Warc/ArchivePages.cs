using System.Text;

namespace ArticleExtract.Tests.Warc;

/// <summary>Small hand-written pages that the WARC tests put into archives they build themselves.</summary>
internal static class ArchivePages
{
    public static string Page(string title, string site, params string[] paragraphs)
    {
        var body = new StringBuilder();
        foreach (var p in paragraphs)
        {
            body.Append("      <p>").Append(p).Append("</p>\n");
        }

        return $$"""
            <!doctype html>
            <html lang="en"><head><title>{{title}} | {{site}}</title>
            <meta property="og:site_name" content="{{site}}"></head>
            <body>
              <header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
              <main><article>
                <h1>{{title}}</h1>
                <p class="byline">By Marta Keller</p>
            {{body}}
              </article></main>
              <aside><h2>Most read</h2><ul><li><a href="/a">Council votes on budget</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
              <footer>© {{site}}</footer>
            </body></html>
            """;
    }

    public static readonly string Ferry = Page("Harbour ferry returns after a winter of repairs", "Coastline Courier",
        "The small passenger ferry that links the old harbour with the island resumed its timetable on Monday morning after four months in dry dock, where engineers replaced both engines and the steering gear.",
        "Commuters who had relied on a replacement bus around the bay for most of the winter said the crossing cut their journey to work by more than forty minutes each way.",
        "The operator said the refit cost less than building a new vessel and would keep the boat in service for at least another fifteen years, although it conceded that spare parts for the hull remain hard to find.",
        "Timetables for the summer season, with extra evening sailings on Fridays and Saturdays, will be published at the ticket office and on the operator's website next week.");

    public static readonly string Library = Page("Village library opens a repair café in its reading room", "Valley Weekly",
        "Once a month, volunteers with soldering irons, sewing machines and bicycle tools now take over the reading room of the village library and fix whatever residents carry in.",
        "On the first Saturday they mended eleven toasters, a dozen lamps and a wedding dress whose zip had broken the night before the ceremony, the organisers said.",
        "The librarian who proposed the idea said the café brings in people who had not borrowed a book in years, and that several of them left with a library card.",
        "The next session is planned for the second Saturday of the month; visitors are asked to bring one item each so that the queue stays manageable.");

    public static readonly string Orchard = Page("Orchard growers count the cost of a late frost", "Farm & Field",
        "Two nights of frost at the end of April, just as the apple trees were in full blossom, have cost growers in the upper valley a large share of this year's crop.",
        "Some farms ran sprinklers through the night so that a coat of ice would shield the flowers, a technique that works only while the water supply lasts.",
        "Growers' association figures suggest losses of between a third and a half on exposed slopes, while orchards near the river escaped almost untouched.",
        "Insurers have sent assessors to the worst-hit farms, and the association has asked the regional government to bring forward its drought and frost relief fund.");

    /// <summary>Accented text, to be sent in windows-1252 with the charset only in the HTTP header.</summary>
    public static readonly string Cafe = Page("Café owners in the old town protest against new terrace fees", "Città Nuova",
        "Owners of cafés and crêperies along the cathedral square say the council's new fees for outdoor terraces would double what they pay for a summer season.",
        "The council argues that the charges have not changed for twelve years and that the money will pay for repaving the square, which is cracked and uneven in several places.",
        "A petition signed by more than three hundred residents and visitors was handed to the mayor's office on Thursday, together with a proposal to phase the increase in over three years.",
        "The council's finance committee is expected to discuss the fees again before the end of the month, and a decision is due before the terraces reopen in spring.");
}
