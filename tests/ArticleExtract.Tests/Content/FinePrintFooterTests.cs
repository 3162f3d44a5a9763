namespace ArticleExtract.Tests.Content;

/// <summary>
/// A product showcase page says what it has to say in headings and short lines; its footer carries the legal fine
/// print, a numbered footnote for every price and claim, which can hold most of the page's running text. A footer
/// by its tag or role is still the footer: it is not lifted as the wrapper of the page.
/// </summary>
public sealed class FinePrintFooterTests
{
    private static readonly string[] Models =
    [
        "Trail Runner 5", "Trail Runner Lite", "Summit Pro",
    ];

    private static string Note(int n) =>
        $"<li>{n}. Monthly payment offers are available to qualified buyers who choose the instalment plan at checkout; the "
        + "listed price assumes a twelve month term at zero percent interest, taxes and delivery charges are added separately, "
        + "and the offer may be changed or withdrawn at any time without notice.</li>";

    private static string Page(string footerOpen, string footerClose) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Watches - Northpeak</title></head>
        <body>
        <nav><a href="/">Northpeak</a> <a href="/watches">Watches</a> <a href="/support">Support</a></nav>
        <div id="app">
        <h1>Northpeak Watches</h1>
        <h2>Explore the lineup.</h2>
        {string.Concat(Models.Select(m => $"<div class=\"tile\"><h3>{m}</h3><p>Built for long days outside.</p><p>From $299</p></div>"))}
        <h2>Why buy from us.</h2>
        <div class="tile"><h3>Free delivery</h3><p>Two-day shipping on every order.</p></div>
        </div>
        {footerOpen}
        <ol>{string.Concat(Enumerable.Range(1, 9).Select(Note))}</ol>
        <p>Copyright 2026 Northpeak Inc. All rights reserved.</p>
        {footerClose}
        </body></html>
        """;

    [Theory]
    [InlineData("<footer id=\"global-footer\">", "</footer>")]
    [InlineData("<div id=\"global-footer\" role=\"contentinfo\">", "</div>")]
    public void Fine_print_in_the_footer_does_not_become_the_page(string footerOpen, string footerClose)
    {
        var article = ArticleExtractor.Default.Extract(Page(footerOpen, footerClose), new Uri("https://northpeak.example/watches"));

        Assert.Contains("Trail Runner Lite", article.Body, StringComparison.Ordinal);
        Assert.Contains("Two-day shipping", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("instalment plan", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Body, StringComparison.Ordinal);
    }
}
