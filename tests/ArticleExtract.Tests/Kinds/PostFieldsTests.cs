using ArticleExtract.Analysis;
using ArticleExtract.Kinds;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// The poster's card beside each post (rank, join date, post count, location) is left out of a thread; the poster's
/// name, the post's time and everything the poster wrote stay. Several engines' shapes, with class names of our own.
/// </summary>
public sealed class PostFieldsTests
{
    private const string First = "We moved the boat to the inner harbour for the winter, and the mooring fees there are twice what we paid on the river.";
    private const string Second = "Try the yard above the lock: they lift boats up to twelve metres and the pontoons have power all through the winter.";
    private const string Third = "We wintered there two years running. Book before October, because the spaces on the pontoon go fast every year.";
    private const string Fourth = "The river yards are cheaper, but none of them has a slipway long enough for a boat of ten metres, so ask first.";

    private static Article Thread(string posts) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><main><h1>Winter moorings</h1><div class=\"keel-posts\">{posts}</div></main>"
        + "<footer><p>Boaters Forum, run by volunteers since 2004.</p></footer></body></html>",
        new Uri("https://boatersforum.example/threads/winter-moorings.4471/"));

    [Fact]
    public void A_profile_column_of_label_and_value_lines_is_left_out_and_the_names_and_posts_kept()
    {
        // A bulletin board's profile column: each line a label and the poster's own value, so no two posts share a line.
        static string Post(string author, string rank, string joined, string location, string body) =>
            $"<div class=\"keel-post\"><dl class=\"keel-card\"><dt><a href=\"/memberlist.php?u={author}\">{author}</a></dt>"
            + $"<dd class=\"keel-rank\">{rank}</dd><dd class=\"keel-since\"><strong>Joined:</strong> {joined}</dd>"
            + $"<dd class=\"keel-where\"><strong>Location:</strong> {location}</dd></dl><div class=\"keel-text\">{body}</div></div>";
        var article = Thread(
            Post("marina_sue", "Harbour regular", "Apr 2012", "Inner harbour", $"<p>{First}</p>")
            + Post("oldsalt", "Old hand", "Sep 2017", "Upriver", $"<p>{Second}</p>")
            + Post("keelboat", "Deckhand", "Feb 2021", "The east coast", $"<p>{Third}</p><p>{Fourth}</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        foreach (var field in new[] { "Harbour regular", "Old hand", "Deckhand", "Apr 2012", "Sep 2017", "Location:", "The east coast" })
        {
            Assert.DoesNotContain(field, article.Body, StringComparison.Ordinal);
        }

        foreach (var text in new[] { "marina_sue", "oldsalt", "keelboat", First, Second, Third, Fourth })
        {
            Assert.Contains(text, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_posters_title_and_counters_in_a_list_are_left_out_and_a_list_in_a_post_kept()
    {
        // A message board's card as a list (title, post count, status), beside a post that holds a list of its own. The
        // count links to the poster's posts, a link of digits that names no one.
        static string Post(string author, string title, int posts, string body) =>
            $"<div class=\"keel-post\"><div class=\"keel-poster\"><h4><a href=\"/profile/{author}\">{author}</a></h4>"
            + $"<ul class=\"keel-facts\"><li class=\"keel-title\">{title}</li><li class=\"keel-count\">Posts: <a href=\"/search?author={author}\">{posts:N0}</a></li><li class=\"keel-seen\">Offline</li></ul></div>"
            + $"<div class=\"keel-text\">{body}</div></div>";
        var article = Thread(
            Post("marina_sue", "Harbour regular", 4812, $"<p>{First}</p><ul><li>Power on the pontoon</li><li>A slipway for ten metres</li><li>Water all winter</li></ul>")
            + Post("oldsalt", "Old hand", 51937, $"<p>{Second}</p>")
            + Post("keelboat", "Deckhand", 6473, $"<p>{Third}</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        foreach (var field in new[] { "Harbour regular", "Old hand", "Posts:", "51,937", "Offline" })
        {
            Assert.DoesNotContain(field, article.Body, StringComparison.Ordinal);
        }

        foreach (var text in new[] { "marina_sue", "oldsalt", First, Second, Third, "Power on the pontoon", "Water all winter" })
        {
            Assert.Contains(text, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Short_posts_bold_runs_and_quoted_sources_are_the_posts_own()
    {
        // A class that occurs inside a post's running text (a bold run) is the post's, even where it stands alone in a
        // short post; a quotation's source line is the post's too.
        static string Post(string author, string body) =>
            $"<div class=\"keel-post\"><div class=\"keel-poster\"><a href=\"/members/{author}\"><span class=\"keel-name\">{author}</span></a>"
            + $"<em class=\"keel-title\">Member</em></div><div class=\"keel-text\">{body}</div></div>";
        var article = Thread(
            Post("marina_sue", $"<p>{First} The fees went up <b class=\"keel-bold\">twice</b> this year.</p>")
            + Post("oldsalt", "<p><b class=\"keel-bold\">Upriver yards</b></p><p>Thanks, that worked for us.</p>")
            + Post("keelboat", "<p><b class=\"keel-bold\">Ask the lock keeper</b></p><p>Same here.</p>")
            + Post("deckhand", $"<blockquote><div class=\"keel-source\">Quoted from the mooring rules</div><p>{Fourth}</p></blockquote><p>{Second}</p>")
            + Post("bosun", $"<blockquote><div class=\"keel-source\">Quoted from the harbour notice</div><p>{Third}</p></blockquote><p>{Third} We did so.</p>")
            + Post("skipper", $"<blockquote><div class=\"keel-source\">Quoted from the yard's price list</div><p>Lifting and storage for a boat of ten metres, from October to March.</p></blockquote><p>That price has held since 2019.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.DoesNotContain("Member", article.Body, StringComparison.Ordinal);
        foreach (var text in new[] { "Upriver yards", "Ask the lock keeper", "Quoted from the mooring rules", Fourth })
        {
            Assert.Contains(text, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_posts_time_of_day_and_its_posters_linked_name_are_not_card_fields()
    {
        // A stamp without a time element, in the same class in every post: the post's time, not the poster's card. The
        // name's own class sits inside the link to the poster's profile.
        static string Post(string author, string stamp, string body) =>
            $"<div class=\"keel-post\"><div class=\"keel-poster\"><span class=\"keel-stamp\">{stamp}</span><a href=\"/members/{author}\"><span class=\"keel-name\">{author}</span></a>"
            + $"<span class=\"keel-title\">Old hand</span></div><div class=\"keel-text\">{body}</div></div>";
        var index = Index(
            Post("marina_sue", "03-14-2025, 07:41 AM", $"<p>{First}</p>")
            + Post("oldsalt", "03-14-2025, 12:16 PM", $"<p>{Second}</p>")
            + Post("keelboat", "03-15-2025, 06:58 PM", $"<p>{Third}</p>"));

        Assert.True(PostFields.Mark(index, 0));
        Assert.False(index.InNoise[Ordinal(index, "span", "keel-stamp", 1)]);
        Assert.False(index.InNoise[Ordinal(index, "span", "keel-name", 1)]);
        Assert.True(index.InNoise[Ordinal(index, "span", "keel-title", 1)]);
        Assert.False(index.InNoise[Ordinal(index, "div", "keel-text", 1)]);
    }

    [Fact]
    public void Fewer_than_three_posts_keep_their_cards()
    {
        static string Post(string author, string body) =>
            $"<div class=\"keel-post\"><div class=\"keel-poster\"><a href=\"/members/{author}\">{author}</a><span class=\"keel-title\">Old hand</span></div><div class=\"keel-text\">{body}</div></div>";
        var index = Index(Post("marina_sue", $"<p>{First}</p>") + Post("oldsalt", $"<p>{Second}</p>"));

        Assert.False(PostFields.Mark(index, 0));
    }

    [Fact]
    public void An_article_with_readers_comments_stays_an_article_without_them()
    {
        // The comments under an article have their commenters' cards too; the page is still one article.
        static string Comment(string author, string rank, string text) =>
            $"<div class=\"keel-comment\"><div class=\"keel-poster\"><a href=\"/members/{author}\">{author}</a><span class=\"keel-title\">{rank}</span></div><p>{text}</p></div>";
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>The harbour's new moorings</title></head><body><main><article><h1>The harbour's new moorings</h1>"
            + "<p class=\"byline\">By Ann Kerr, 3 March 2025</p>"
            + $"<p>{First} The harbour board says the new pontoons, with power and water at every berth, paid for the rise.</p>"
            + "<p>Forty new berths open in April on the east wall, where the old fish quay stood until the storm of 2019 broke it.</p>"
            + "<p>Owners who moored upriver last winter will be offered a berth first, the board said, at last year's fee for the first season.</p>"
            + "</article><section id=\"comments\" class=\"comments\"><h2>Comments</h2>"
            + Comment("marina_sue", "Top commenter", Second)
            + Comment("oldsalt", "Subscriber", Third)
            + Comment("keelboat", "Top commenter", Fourth)
            + "</section></main></body></html>",
            new Uri("https://harbourtimes.example/2025/03/new-moorings"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Contains("Forty new berths", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Second, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Top commenter", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_posts_with_cards_are_read_quickly()
    {
        // Hostile input: each post's classes are counted once and marked once, however many posts the thread has.
        var posts = string.Concat(Enumerable.Range(1, 20_000).Select(i =>
            $"<div class=\"keel-post\"><div class=\"keel-poster\"><span class=\"keel-title\">Member</span><span class=\"keel-count\">Posts: {i}</span></div>"
            + $"<p class=\"keel-text\">Reply number {i} to the thread about the winter moorings on the river and the harbour.</p></div>"));
        var article = Robustness.Hostile.WithinLimit(() => ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><main><h1>Winter moorings</h1>{posts}</main></body></html>",
            new Uri("https://boatersforum.example/threads/winter-moorings.4471/")));

        Assert.Equal(PageKind.Forum, article.PageKind);
    }

    private static DocumentIndex Index(string posts)
    {
        var document = DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><div class=\"keel-posts\">{posts}</div></body></html>");
        return DocumentIndex.Build(document.Body!, 100_000, CancellationToken.None);
    }

    private static int Ordinal(DocumentIndex index, string tag, string className, int nth) =>
        Enumerable.Range(0, index.Count).Where(e => index.Elements[e].LocalName == tag && index.Elements[e].ClassName == className).ElementAt(nth);
}
