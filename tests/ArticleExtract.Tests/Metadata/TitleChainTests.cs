namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Titles built as breadcrumbs ("Thread / Board / Forum Site"), a brand at one end only ("Product | Subject | Brand"),
/// a brand spelt with spaces in a logo heading ("Pine Hollow" for pinehollow.example), and a leading brand with a
/// label of its own ("Brand • View topic - Thread").
/// </summary>
public class TitleChainTests
{
    private const string Posts = """
        <p>I replaced the starter motor last weekend and the engine still clicks twice before it turns over in the cold.</p>
        <p>The battery reads twelve point six volts at rest, so I doubt it is the battery, but I have not load tested it yet.</p>
        <p>Has anyone seen the same clicking after a starter swap on the older models with the manual choke?</p>
        """;

    private static Article Extract(string html, string url = "https://forum.pinehollow.example/viewtopic.php?t=812") =>
        ArticleExtractor.Default.Extract(html, new Uri(url));

    [Fact]
    public void A_breadcrumb_title_ending_with_the_site_keeps_its_first_part()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Starter clicks twice after replacement / Engines and Drivetrain / Pine Hollow Forums</title>
            </head><body><div id="brand"><h1>Pine Hollow</h1></div><div id="posts">{Posts}</div></body></html>
            """);

        Assert.Equal("Starter clicks twice after replacement", a.Title);
    }

    [Fact]
    public void A_logo_heading_spelt_with_spaces_is_the_hosts_name_and_no_headline()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Starter clicks twice after replacement / Engines and Drivetrain / Pine Hollow Forums</title>
            </head><body><header><h1>Pine Hollow</h1></header><main>{Posts}</main></body></html>
            """);

        Assert.NotEqual("Pine Hollow", a.Title);
        Assert.Equal("Starter clicks twice after replacement", a.Title);
    }

    [Fact]
    public void A_single_separator_before_the_site_is_only_the_sites_decoration()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Starter clicks twice - a cold morning puzzle / Pine Hollow Forums</title>
            </head><body><div id="posts">{Posts}</div></body></html>
            """);

        Assert.Equal("Starter clicks twice - a cold morning puzzle", a.Title);
    }

    [Fact]
    public void A_product_named_after_the_brand_stays_when_the_brand_ends_the_title()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Pinehollow Relay | Edge Message Queue | Pinehollow</title>
            <meta property="og:title" content="Pinehollow Relay | Edge Message Queue">
            <meta property="og:site_name" content="Pinehollow">
            </head><body><main><h2>Pinehollow Relay</h2>{Posts}</main></body></html>
            """, "https://www.pinehollow.example/products/relay/");

        Assert.Equal("Pinehollow Relay", a.Title);
    }

    [Fact]
    public void A_leading_brand_with_its_own_label_is_still_removed()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Pinehollow • View topic - Starter clicks twice after replacement</title>
            <meta property="og:site_name" content="Pinehollow">
            </head><body><div id="posts">{Posts}</div></body></html>
            """);

        Assert.Equal("Starter clicks twice after replacement", a.Title);
    }

    [Fact]
    public void A_leading_brand_alone_is_still_removed()
    {
        var a = Extract($"""
            <!DOCTYPE html><html lang="en"><head>
            <title>Pinehollow | Starter clicks twice after replacement</title>
            <meta property="og:site_name" content="Pinehollow">
            </head><body><div id="posts">{Posts}</div></body></html>
            """);

        Assert.Equal("Starter clicks twice after replacement", a.Title);
    }
}
