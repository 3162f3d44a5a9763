using System.Globalization;

namespace ArticleExtract.Tests.Content;

/// <summary>
/// The container holds the article and not the teasers of other posts that themes put beside or under it. Lists
/// that are the page's content (a listicle, a blog's index, an FAQ) and an article's lead paragraph in its own
/// wrapper stay.
/// </summary>
public sealed class ContainerChoiceTests
{
    private static readonly Uri Url = new("https://harbourlaw.example/blog/slip-and-fall-claims");

    private static readonly string[] Paragraphs =
    [
        "A fall in a shop or a gym is not always someone else's fault, but owners do have a duty to keep floors dry, lit and free of clutter.",
        "If you were hurt, write down what happened while you still remember it: the time, the place, what the floor looked like and who saw it.",
        "Photographs help more than anything else. Take them before the spill is mopped up or the loose mat is fixed, and keep the shoes you wore.",
        "See a doctor the same day, even when the pain seems small. A record made at the time links the injury to the fall far better than a later one.",
        "Most claims settle without a trial, usually within a year, but the deadline to file is strict and differs from one state to the next.",
        "Ask the owner for a copy of the incident report, and do not sign a statement for their insurer before you have spoken to a lawyer.",
        "Keep every receipt for treatment, travel to appointments and help at home: these costs are part of what a settlement pays back.",
        "Be careful with social media while the claim is open. Insurers read public posts, and a photo from a wedding can be made to look like a recovery.",
        "If the owner's insurer makes an early offer, take time to compare it with your costs so far and with what the injury may still cost you later.",
        "A lawyer who handles these cases usually works for a share of the settlement, so the first meeting costs nothing and commits you to nothing.",
    ];

    private static readonly string[] Teasers =
    [
        "Can you sue your landlord for a broken stair? What tenants should know about repairs, notice and the landlord's duty of care.",
        "Five questions to ask before you hire a personal injury lawyer, from fees and experience to who will actually handle the case.",
        "Dog bites and the law: who pays when a neighbour's dog attacks, and why the first conversation with the owner matters a great deal.",
        "What a disability claim needs to succeed on the first try: the medical records, work history and forms that examiners look for.",
    ];

    private static string Cards(string tag) => string.Concat(Teasers.Select((t, i) => string.Format(CultureInfo.InvariantCulture,
        "<{0} class=\"post-card\"><h3 class=\"post-card__title\"><a href=\"/blog/post-{1}\">Related post number {1}</a></h3><span class=\"date\">March {1}, 2025</span><div class=\"post-card__excerpt\"><p>{2}</p></div><a class=\"more\" href=\"/blog/post-{1}\">Read More</a></{0}>",
        tag, i + 1, t)));

    // A "recent posts" grid: no headings, the card's title is a link and a date and an excerpt follow it.
    private static string TitleLinkCards() => string.Concat(Teasers.Select((t, i) => string.Format(CultureInfo.InvariantCulture,
        "<div class=\"recent-post\"><a href=\"/blog/post-{0}\"><img src=\"/img/{0}.jpg\" alt=\"\"></a><div class=\"recent-post__title\"><a href=\"/blog/post-{0}\">Another post from our blog, number {0}</a></div><div class=\"recent-post__date\">March {0}, 2025</div><div class=\"recent-post__text\">{1}</div></div>",
        i + 1, t)));

    private static string Page(string main) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Slip and fall claims | Harbour Law</title></head>
        <body><header><a href="/">Harbour Law</a></header>
        <div class="page-builder"><div class="row">
        {{main}}
        </div></div>
        <footer><p>Harbour Law LLP, 12 Quay Street. Attorney advertising.</p></footer></body></html>
        """;

    private static string Prose(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    [Theory]
    [InlineData("article")]
    [InlineData("div")]
    public void Teaser_cards_after_the_article_are_not_article_text(string tag)
    {
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs)}</div><div class=\"col\"><h2>More from our blog</h2><div class=\"grid\">{Cards(tag)}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var p in Paragraphs)
        {
            Assert.Contains(p, body, StringComparison.Ordinal);
        }

        foreach (var t in Teasers)
        {
            Assert.DoesNotContain(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Recent_post_cards_titled_by_a_link_are_not_article_text()
    {
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs)}<div class=\"recent\"><div class=\"grid\">{TitleLinkCards()}</div></div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[9], body, StringComparison.Ordinal);
        foreach (var t in Teasers)
        {
            Assert.DoesNotContain(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cards_wrapped_whole_in_their_link_are_not_article_text()
    {
        var cards = string.Concat(Teasers.Select((t, i) => $"<a class=\"tile\" href=\"/blog/post-{i}\"><h3>Another post from our blog, number {i}</h3><p>{t}</p></a>"));
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs)}<div class=\"tiles\">{cards}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[9], body, StringComparison.Ordinal);
        foreach (var t in Teasers)
        {
            Assert.DoesNotContain(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_recent_posts_list_of_titles_and_dates_is_not_article_text()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<li><a href=\"/blog/post-{i}\">What to do after a fall, part {i}</a> <span class=\"post-date\">March {i}, 2025</span></li>"));
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs)}<div class=\"box\"><ul>{items}</ul></div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Paragraphs[9], body, StringComparison.Ordinal);
        Assert.DoesNotContain("part 3", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blog_index_of_cards_titled_by_a_link_keeps_its_cards()
    {
        var page = Page($"<div class=\"col\"><h1>Our blog</h1><p>News and advice from the team at Harbour Law, every month.</p><div class=\"grid\">{TitleLinkCards()}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var t in Teasers)
        {
            Assert.Contains(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resources_titled_by_a_link_between_paragraphs_keep_their_descriptions()
    {
        var items = string.Concat(Teasers.Select((t, i) => $"<div class=\"resource\"><a href=\"https://guide{i}.example/\">A guide we recommend, number {i + 1}</a><p>{t}</p></div>"));
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs.Take(5).ToArray())}<div class=\"resources\">{items}</div>{Prose(Paragraphs.Skip(5).ToArray())}</div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var t in Teasers)
        {
            Assert.Contains(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_listicle_whose_items_link_their_headings_keeps_every_item()
    {
        var items = string.Concat(Teasers.Select((t, i) => $"<div class=\"item\"><h3><a href=\"https://firm{i}.example/\">Firm number {i + 1}</a></h3><p>{t}</p></div>"));
        var page = Page($"<div class=\"col\"><h1>The best injury firms in town</h1>{Prose(Paragraphs[0], Paragraphs[1])}{items}{Prose(Paragraphs[6])}</div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var t in Teasers)
        {
            Assert.Contains(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_listicle_with_linked_headings_between_its_paragraphs_keeps_them()
    {
        var items = string.Concat(Teasers.Select((t, i) => $"<h3><a href=\"https://shop{i}.example/\">Tool number {i + 1} ($20)</a></h3><p>{t}</p>"));
        var page = Page($"<div class=\"col\"><h1>Tools for your claim</h1>{Prose(Paragraphs)}{items}</div>");
        var article = ArticleExtractor.Default.Extract(page, Url);
        Assert.Contains("Tool number 2 ($20)", article.Body, StringComparison.Ordinal);
        Assert.Contains(Teasers[3], article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blog_index_keeps_its_cards()
    {
        var page = Page($"<div class=\"col\"><h1>Our blog</h1><p>News and advice from the team at Harbour Law, every month.</p><div class=\"grid\">{Cards("article")}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        foreach (var t in Teasers)
        {
            Assert.Contains(t, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Questions_that_open_answers_on_the_page_are_not_teasers()
    {
        var faq = string.Concat(Teasers.Take(3).Select((t, i) => $"<div class=\"toggle\"><h3><a href=\"#q{i}\">Question number {i + 1}?</a></h3><div class=\"answer\"><p>{t}</p></div></div>"));
        var page = Page($"<div class=\"col\"><h1>Slip and fall claims</h1>{Prose(Paragraphs)}<h2>Questions</h2><div class=\"faq\">{faq}</div></div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Teasers[0], body, StringComparison.Ordinal);
        Assert.Contains(Teasers[2], body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_paragraph_in_its_own_wrapper_stays()
    {
        const string Lead = "Falls are the most common injury claim we see, and the one people most often give up on too early: here is what to do in the first week after one.";
        var page = Page($"<div class=\"intro\"><h1>Slip and fall claims</h1><p class=\"lead\">{Lead}</p></div><div class=\"content\">{Prose(Paragraphs)}</div>");
        var body = ArticleExtractor.Default.Extract(page, Url).Body;
        Assert.Contains(Lead, body, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[6], body, StringComparison.Ordinal);
    }
}
