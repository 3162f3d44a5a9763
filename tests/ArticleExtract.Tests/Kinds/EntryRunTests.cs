using ArticleExtract.Analysis;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A blog's category page: a short description, then its posts as a run of sibling <c>&lt;article&gt;</c>s, each a
/// header with the post's linked title and a line about it. Themes wrap the main column and the sidebar in a layout box whose class names
/// both ("content-sidebar-wrap"), and give each entry the header class of an article ("entry-header"); neither word
/// may cost the listing its entries. The sidebar itself stays out, and so does a single post's own header.
/// </summary>
public sealed class EntryRunTests
{
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { UseSecondOpinion = false });

    private static readonly string[] Posts =
    [
        "Slow cooker lentil soup with smoked paprika", "Sheet pan gnocchi with roasted peppers", "Overnight oats with stewed rhubarb",
        "Crispy baked falafel for a crowd", "Lemon and herb chicken skewers", "Five-bean chilli for the freezer",
        "Whole wheat banana bread, less sugar", "Roasted cauliflower tacos with lime crema", "Miso glazed salmon in twenty minutes",
    ];

    private const string SidebarText = "Subscribe to get the weekly menu plan straight to your inbox every Sunday.";

    private static string CategoryPage()
    {
        var entries = string.Concat(Posts.Select((t, i) =>
            $"<article class=\"post-{100 + i} post type-post entry\"><header class=\"entry-header\"><a class=\"entry-image-link\" href=\"/p/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"></a>"
            + $"<h2 class=\"entry-title\"><a href=\"/p/{i}\">{t}</a></h2></header><div class=\"entry-content\"><p>Ready in {20 + i} minutes.</p></div><footer class=\"entry-footer\"></footer></article>"));
        return $$"""
            <!DOCTYPE html><html lang="en"><head><title>Weeknight dinners - Kitchen Notebook</title></head>
            <body><div class="site-container"><header class="site-header"><a href="/">Kitchen Notebook</a><nav><a href="/recipes">Recipes</a><a href="/about">About</a></nav></header>
            <div class="site-inner"><div class="archive-description"><h1>Weeknight dinners</h1><p>Quick dinners for busy evenings, most of them ready in half an hour.</p></div>
            <div class="content-sidebar-wrap"><main class="content">{{entries}}</main>
            <aside class="sidebar"><section class="widget"><p>{{SidebarText}}</p></section></aside></div></div>
            <footer class="site-footer"><p>Kitchen Notebook, recipes since 2012.</p></footer></div></body></html>
            """;
    }

    [Fact]
    public void A_category_page_keeps_every_entry_title_inside_a_sidebar_named_layout_wrapper()
    {
        var article = Extractor.Extract(CategoryPage(), new Uri("https://kitchen-notebook.example/category/weeknight-dinners/"));

        Assert.All(Posts, title => Assert.Contains(title, article.Body, StringComparison.Ordinal));
        Assert.Contains("Ready in 28 minutes.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(SidebarText, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_post_still_leaves_its_own_entry_header_out()
    {
        const string Standfirst = "Posted in Soups by Mara Quill, with 14 comments so far";
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Step {i}: soften the onion and garlic in the oil over a low heat, then stir in the lentils and the spices and pour over the stock, letting it simmer gently until everything is tender.</p>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Slow cooker lentil soup - Kitchen Notebook</title></head>
            <body><div class="content-sidebar-wrap"><main class="content"><article class="post-100 post entry"><header class="entry-header"><h1 class="entry-title">Slow cooker lentil soup</h1><p class="entry-meta">{Standfirst}</p></header>
            <div class="entry-content">{paragraphs}</div></article></main><aside class="sidebar"><p>{SidebarText}</p></aside></div></body></html>
            """;

        var article = Extractor.Extract(html, new Uri("https://kitchen-notebook.example/slow-cooker-lentil-soup/"));

        Assert.Contains("Step 5: soften the onion", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Standfirst, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(SidebarText, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_wrapper_around_main_and_each_entry_header_are_not_noise_and_the_sidebar_is()
    {
        var index = DocumentIndex.Build(DocumentParser.Parse(CategoryPage()).Body!, 100_000, CancellationToken.None);

        Assert.False(index.InNoise[Find(index, "div", "content-sidebar-wrap")]);
        Assert.All(Enumerable.Range(0, index.Count).Where(e => index.Elements[e].LocalName == "header" && index.Elements[e].ClassName == "entry-header"),
            e => Assert.False(index.InNoise[e]));
        Assert.True(index.InNoise[Find(index, "aside", "sidebar")]);
        Assert.True(index.InNoise[Find(index, "header", "site-header")]);
    }

    [Fact]
    public void A_sidebar_named_box_without_main_in_it_stays_noise()
    {
        var html = $"<div class=\"content-sidebar-wrap\"><p>{SidebarText}</p></div><div><main><p>Quick dinners for busy evenings, most of them ready in half an hour.</p></main></div>";
        var index = DocumentIndex.Build(DocumentParser.Parse($"<!DOCTYPE html><html><body>{html}</body></html>").Body!, 100_000, CancellationToken.None);

        Assert.True(index.InNoise[Find(index, "div", "content-sidebar-wrap")]);
    }

    [Fact]
    public void A_header_of_an_article_with_no_sibling_article_keeps_its_verdict()
    {
        var html = "<main><article><header class=\"entry-header\"><h1>Slow cooker lentil soup</h1><p>By Mara Quill</p></header><p>Soften the onion.</p></article><aside><article><h3>Other</h3></article></aside></main>";
        var index = DocumentIndex.Build(DocumentParser.Parse($"<!DOCTYPE html><html><body>{html}</body></html>").Body!, 100_000, CancellationToken.None);

        Assert.True(index.InNoise[Find(index, "header", "entry-header")]);
    }

    private static int Find(DocumentIndex index, string tag, string cls) =>
        Enumerable.Range(0, index.Count).First(e => index.Elements[e].LocalName == tag && index.Elements[e].ClassName == cls);

    [Fact]
    public void A_listing_of_bare_linked_titles_keeps_the_last_title_and_drops_a_repeated_label()
    {
        // Each entry is a picture then its linked title, with nothing under the title: until the next entry's picture
        // the title's section is empty, and the last one stays empty. "New in" is printed on every card: a label.
        var entries = string.Concat(Posts.Select((t, i) =>
            $"<div class=\"tile\"><a href=\"/p/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"></a><h3>New in</h3><h3><a href=\"/p/{i}\">{t}</a></h3></div>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Weeknight dinners - Kitchen Notebook</title></head>
            <body><header><nav><a href="/">Home</a><a href="/recipes">Recipes</a></nav></header>
            <main><h1>Weeknight dinners</h1><div class="tiles">{entries}</div></main><footer><p>Kitchen Notebook, recipes since 2012.</p></footer></body></html>
            """;

        var article = Extractor.Extract(html, new Uri("https://kitchen-notebook.example/weeknight-dinners"));

        Assert.Equal(PageKind.Listing, article.PageKind);
        Assert.All(Posts, title => Assert.Contains(title, article.Body, StringComparison.Ordinal));
        Assert.DoesNotContain("New in", article.Body, StringComparison.Ordinal);
    }
}
