namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A site's notice that it earns a commission on what readers buy through its links, set as a short paragraph above
/// or below a review: fine print, not the article. The same words in a story about commissions, or a blogger's own
/// note in the first person, stay.
/// </summary>
public sealed class AffiliateNoticeTests
{
    private const string Intro = "We spent three wet months walking city streets and mountain trails in twelve rain jackets, from light shells that fold into a pocket to insulated parkas.";
    private const string Middle = "The best of them kept us dry through a full day of steady rain without turning into a sauna on the climb, and their hoods stayed put in strong wind.";
    private const string Closing = "Whichever jacket you choose, wash it now and then and renew its water-repellent coating, or the outer fabric will soak through long before the membrane fails.";

    private static Article Extract(string notice, string lang = "en") =>
        ArticleExtractor.Default.Extract($$"""
            <!DOCTYPE html>
            <html lang="{{lang}}"><head><meta charset="utf-8"><title>The best rain jackets of the year | Trail Journal</title></head>
            <body>
            <header class="site-header"><a href="/">Trail Journal</a><nav><a href="/gear">Gear</a> <a href="/trips">Trips</a></nav></header>
            <main><article>
            <h1>The best rain jackets of the year</h1>
            <div class="entry-content">
            {{notice}}
            <p>{{Intro}}</p>
            <p>{{Middle}}</p>
            <p>{{Closing}}</p>
            </div>
            </article></main>
            <footer class="site-footer"><p>Trail Journal, Denver</p></footer>
            </body></html>
            """, new Uri("https://trails.example.com/gear/best-rain-jackets"));

    [Theory]
    [InlineData("<p>We may earn commission from links on this page, but we only recommend products we back. <a href=\"/about/why-trust-us\">Why Trust Us?</a></p>", "en")]
    [InlineData("<p>Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p>", "en")]
    [InlineData("<p><em>If you buy through our links, we may earn an affiliate commission. <a href=\"/affiliate-policy\">Learn more</a>.</em></p>", "en")]
    [InlineData("<p>Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision. Am Preis ändert sich für Sie nichts.</p>", "de")]
    [InlineData("<p>Si vous achetez via nos liens, nous pouvons percevoir une commission.</p>", "fr")]
    public void A_sites_affiliate_notice_is_dropped(string notice, string lang)
    {
        var article = Extract(notice, lang);
        Assert.Equal($"{Intro}\n\n{Middle}\n\n{Closing}", article.Body);
    }

    [Theory]
    // A blogger's note in the first person is kept by readers' truth as often as not.
    [InlineData("This post may contain affiliate links, which means I may earn a small commission at no extra cost to you.")]
    // The site named in the third person: a reference set keeps it.
    [InlineData("Disclosure: Trail Journal may earn a commission from some of the products featured on this page.")]
    // A paragraph of the story that happens to hold the words.
    [InlineData("Outdoor retailers told us that when shoppers click through from a review site, we earn a commission is the kind of line most readers skip, yet the money from those clicks now pays for much of the testing that magazines publish, from jackets to tents and stoves.")]
    public void Other_wording_about_commissions_stays(string paragraph)
    {
        var article = Extract($"<p>{paragraph}</p>");
        Assert.Contains(paragraph, article.Body, StringComparison.Ordinal);
        Assert.Contains(Closing, article.Body, StringComparison.Ordinal);
    }
}
