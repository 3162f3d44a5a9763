namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// Inside <c>&lt;main&gt;</c> or <c>&lt;article&gt;</c>, a "header" class word qualified by another word names the
/// header of a section or a card ("section-header": a landing page's lead line for each of its features), which is
/// the page's text; the site's masthead outside them, and the article's own header ("article-header"), stay out, and
/// so does a print-only copy of the page's address.
/// </summary>
public sealed class SectionHeaderClassWordTests
{
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { UseSecondOpinion = false });

    private static readonly Uri Url = new("https://tidewaterplanning.example/");

    private const string Tagline = "Tidewater Planning, the calendar for crews in the field";

    private static readonly string[] Leads =
    [
        "Plan every job on one board and see who is free before you promise a date to a customer.",
        "Crews get their day on their phones, with the address, the materials and the notes from the last visit.",
        "Invoices go out the evening the work is done, so you are paid in days instead of weeks.",
    ];

    private static readonly string[] Features =
    [
        "Drag a job onto a crew's row and the board checks their hours, their skills and the travel time between sites. Conflicts show in red before anyone is double-booked.",
        "The day's route is ordered by distance, and each stop opens the photos and the checklist the office attached. Notes typed on site reach the office at once.",
        "Each finished job turns into an invoice with the hours and the materials already filled in. Customers pay by card from the email, and reminders go out on their own.",
    ];

    private static string LandingPage()
    {
        var sections = string.Concat(Leads.Select((lead, i) =>
            $"<section class=\"feature-row\"><div class=\"section-header\"><h2>Feature {i + 1}</h2><p>{lead}</p></div><div class=\"feature-body\"><p>{Features[i]}</p></div></section>"));
        return $$"""
            <!DOCTYPE html><html lang="en"><head><title>Tidewater Planning</title></head>
            <body><div class="site-header"><p>{{Tagline}}</p><a href="/login">Log in</a></div>
            <main>{{sections}}</main>
            <footer><p>Tidewater Planning Ltd.</p></footer></body></html>
            """;
    }

    [Fact]
    public void A_section_header_inside_main_is_read_and_the_masthead_outside_is_not()
    {
        var body = Extractor.Extract(LandingPage(), Url).Body;
        HoldsEveryLead(body);

        Assert.Contains(Features[2], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Tagline, body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_header_and_a_print_only_address_stay_out()
    {
        const string Standfirst = "Field crews lose an hour a day to paperwork, and most of it can go.";
        const string Address = "https://tidewaterplanning.example/blog/less-paperwork";
        var paragraphs = string.Concat(Features.Select(f => $"<p>{f}</p>"));
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Less paperwork for field crews</title></head>
            <body><main><article><div class="print-header"><p>{{Address}}</p></div>
            <div class="article-header"><h1>Less paperwork for field crews</h1><p>{{Standfirst}}</p></div>
            <div class="article-body">{{paragraphs}}</div></article></main></body></html>
            """;
        var body = Extractor.Extract(page, new Uri(Address)).Body;
        Assert.Contains(Features[0], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Standfirst, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Address, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_class_on_every_part_of_a_page_without_main_is_read()
    {
        // No <main> or <article> scopes the word: that the class recurs on every feature, each with its title and
        // lead line, says it heads a part of the page; the masthead is one element.
        const string Fourth = "Reports show the week's hours by crew and by job, ready for payroll on Friday morning.";
        var sections = string.Concat(Leads.Select((lead, i) =>
            $"<div class=\"feature-row\"><div class=\"band-header\"><h2>Feature {i + 1}</h2><p>{lead}</p></div><div class=\"feature-body\"><p>{Features[i]}</p></div></div>"))
            + $"<div class=\"feature-row\"><div class=\"band-header\"><h2>Feature 4</h2><p>{Fourth}</p></div></div>";
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Tidewater Planning</title></head>
            <body><div class="site-header"><p>{{Tagline}}</p><a href="/login">Log in</a></div>
            <div class="page-wrap">{{sections}}</div>
            <div class="site-footer"><p>Tidewater Planning Ltd.</p></div></body></html>
            """;
        var body = Extractor.Extract(page, Url).Body;
        HoldsEveryLead(body);

        Assert.Contains(Fourth, body, StringComparison.Ordinal);
        Assert.Contains(Features[0], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Tagline, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_header_class_without_a_title_stays_out()
    {
        // A thread's post headers recur on every post too, but hold a name and a date line, no heading.
        const string Line = "Posted by the crew leader of the northern district on the first day of spring";
        var posts = string.Concat(Features.Concat(Leads).Select(f => $"<div class=\"post\"><div class=\"post-header\"><p>{Line}</p></div><div class=\"post-body\"><p>{f}</p></div></div>"));
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Crew scheduling</title></head>
            <body><div class="page-wrap">{{posts}}</div></body></html>
            """;
        var body = Extractor.Extract(page, Url).Body;
        Assert.Contains(Features[1], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Line, body, StringComparison.Ordinal);
    }

    private static void HoldsEveryLead(string body)
    {
        foreach (var lead in Leads)
        {
            Assert.Contains(lead, body, StringComparison.Ordinal);
        }
    }
}
