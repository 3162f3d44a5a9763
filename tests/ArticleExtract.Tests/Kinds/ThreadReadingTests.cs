using ArticleExtract.Analysis;
using ArticleExtract.Kinds;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Kinds;

/// <summary>A forum thread is read as its posts, each once: a reply's quotation of an earlier post is not read twice.</summary>
public sealed class ThreadReadingTests
{
    private const string First = "We moved the boat to the inner harbour for the winter, and the mooring fees there are twice what we paid on the river.";
    private const string Second = "Has anyone found a yard upriver that still takes boats over ten metres, with power on the pontoon and a slipway?";
    private const string Manual = "Vessels over ten metres must keep a second line ashore from November to March, whatever the forecast.";

    private static string Post(int n, string author, string body) =>
        $"<article class=\"message\" id=\"post-{n}\"><div class=\"message-user\"><a href=\"/members/{author}\">{author}</a></div><div class=\"message-body\">{body}</div></article>";

    private static Article Thread(string posts) => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><main><h1>Winter moorings</h1><div class=\"posts\">{posts}</div></main></body></html>",
        new Uri("https://boatersforum.example/threads/winter-moorings.4471/"));

    [Fact]
    public void A_reply_quoting_an_earlier_post_keeps_its_own_words_and_not_the_quotation()
    {
        var article = Thread(
            Post(1, "marina_sue", $"<p>{First}</p><p>{Second}</p>")
            + Post(2, "oldsalt", $"<blockquote class=\"quote\"><p>{Second}</p></blockquote><p>Try the yard above the lock: they lift boats up to twelve metres and the pontoons have power all winter.</p>")
            + Post(3, "keelboat", "<p>The yard above the lock is good, but book before October because the spaces go fast every year.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Equal(1, TestPages.Count(article.Body, Second));
        Assert.Contains("twelve metres", article.Body, StringComparison.Ordinal);
        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Blocks), b => b is QuoteBlock);
    }

    [Fact]
    public void The_prompts_around_the_posts_are_not_read()
    {
        // The prompt under the replies to readers who are not signed in, and a question-and-answer engine's footer
        // headings with their links.
        var article = Thread(
            Post(1, "marina_sue", $"<p>{First}</p><p>{Second}</p>")
            + Post(2, "oldsalt", $"<p>Try the yard above the lock: they lift boats up to twelve metres and the pontoons have power all winter.</p>")
            + "<div class=\"block-outer\"><p>You must log in to answer this question.</p><p>Start asking to get answers</p><p>Find the answer to your question by asking.</p></div>"
            + "<h2>Explore related questions</h2><ul><li><a href=\"/tags/moorings\">moorings</a></li><li><a href=\"/tags/winter\">winter</a></li></ul><p>See similar questions with these tags.</p>");

        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        Assert.Contains("twelve metres", article.Body, StringComparison.Ordinal);
        foreach (var prompt in new[] { "You must log in", "Start asking", "Find the answer", "Explore related", "See similar" })
        {
            Assert.DoesNotContain(prompt, article.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("3 Likes")]
    [InlineData("1 Like")]
    [InlineData("Replies 154")]
    [InlineData("Views: 26.2k")]
    [InlineData("Posts: 1,204")]
    public void A_posts_counters_are_not_read(string counter)
    {
        var article = Thread(
            Post(1, "marina_sue", $"<p>{First}</p><p>{Second}</p><div class=\"post-actions\"><span>{counter}</span></div>")
            + Post(2, "oldsalt", "<p>Try the yard above the lock: they lift boats up to twelve metres and the pontoons have power all winter.</p>"));

        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(counter, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>3 replies in 2 days</p>", "3 replies in 2 days")]
    [InlineData("<p>Views 26 to 30 are in the annex.</p>", "Views 26 to 30")]
    public void A_sentence_with_a_counter_word_stays(string block, string kept)
    {
        var article = Thread(Post(1, "marina_sue", $"<p>{First}</p>{block}<p>{Second}</p>"));
        Assert.Contains(kept, article.Body, StringComparison.Ordinal);
    }

    private const string Trace = "Traceback (most recent call last):\n  File \"/srv/pump/driver.py\", line 41, in poll\n    reading = self.port.read_level()\n  File \"/srv/pump/serial_port.py\", line 88, in read_level\n    raise TimeoutError(\"no answer from the level sensor\")\nTimeoutError: no answer from the level sensor after 3 tries";

    [Fact]
    public void A_log_pasted_in_a_post_keeps_each_repeated_stack_trace_once()
    {
        var log = $"07:12:01 ERROR pump driver stopped\n{Trace}\n07:12:31 ERROR pump driver stopped\n{Trace}\n07:13:01 ERROR pump driver stopped\n{Trace}";
        var article = Thread(
            Post(1, "marina_sue", $"<p>{First}</p><p>The bilge pump controller keeps failing every thirty seconds; this is what the log shows:</p><pre><code>{System.Net.WebUtility.HtmlEncode(log)}</code></pre>")
            + Post(2, "oldsalt", "<p>The level sensor is not answering at all. Check the cable at the sensor end before you replace the driver board.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Equal(1, TestPages.Count(article.Body, "Traceback (most recent call last):"));
        Assert.Contains("07:13:01 ERROR pump driver stopped", article.Body, StringComparison.Ordinal);
        Assert.Contains("Check the cable", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_output_repeating_short_lines_is_kept_whole()
    {
        var output = new ArticleExtract.CodeBlock("for round in range(3):\n    for n in (1, 2, 3):\n        print(n)\n\n1\n2\n3\n1\n2\n3\n1\n2\n3\nTotal time elapsed: 9.00 seconds");

        Assert.Same(output, ThreadReader.WithoutRepeatedEntries(output));
    }

    [Fact]
    public void A_post_quoting_text_found_nowhere_else_on_the_page_keeps_its_quotation()
    {
        var article = Thread(
            Post(1, "marina_sue", $"<p>{First}</p><p>{Second}</p>")
            + Post(2, "harbourmaster", $"<p>The byelaws are clear on this point, and the river is no different from the harbour:</p><blockquote><p>{Manual}</p></blockquote>")
            + Post(3, "keelboat", "<p>Thanks, that settles it: we will stay in the harbour until the spring and take the second line ashore.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Contains(Manual, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_signature_under_each_post_is_left_out_and_the_posts_kept()
    {
        // Each poster's signature differs (so the repeated-lines rule cannot see it); the engines' markup names it.
        static string Signed(string body, string signature) => $"<p>{body}</p><div class=\"signature\"><p>{signature}</p></div>";
        var article = Thread(
            Post(1, "marina_sue", Signed(First, "Sailing a 1978 Westerly Centaur out of the inner harbour, slowly"))
            + Post(2, "oldsalt", Signed(Second, "Forty years on the water and still learning knots every single season"))
            + Post(3, "keelboat", $"<p>{Manual}</p><div class=\"post-signature\"><a href=\"https://keelboat.example\">My restoration blog, with photos of every step</a></div>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        Assert.Contains(Second, article.Body, StringComparison.Ordinal);
        Assert.Contains(Manual, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Westerly Centaur", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("still learning knots", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("restoration blog", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_keeps_a_block_classed_signature()
    {
        // Outside a thread the word names something else: a chef's signature dish, a newsletter's sign-off.
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>Harbour kitchen</title></head><body><main><article><h1>The harbour kitchen reopens</h1>"
            + "<p>The kitchen on the quay reopened on Friday after a winter of repairs to the roof and the old bread oven, which had cracked in the frost.</p>"
            + "<div class=\"signature\"><p>Its signature dish, mussels in cider with samphire from the salt marsh, is back on the menu every evening.</p></div>"
            + "<p>Tables on the terrace can be booked from Monday, and the bakery counter opens at seven for the crews going out on the morning tide.</p>"
            + "</article></main></body></html>",
            new Uri("https://harbourtimes.example/2025/03/harbour-kitchen-reopens"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Contains("mussels in cider", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Replies_marked_up_as_comments_are_read_with_the_first_post()
    {
        // Many forum themes print the replies under the opening post as "comments"; on a thread they are the thread.
        string[] replies =
        [
            "Try the yard above the lock: they lift boats up to twelve metres, and the pontoons have power all through the winter months.",
            "We wintered there two years running. Book before October, because the spaces on the pontoon go fast every single year.",
            "The river yards are cheaper, but none of them has a slipway long enough for a boat of ten metres, so ask before you sail up.",
        ];
        var comments = string.Concat(replies.Select((r, i) =>
            $"<div class=\"comment\" id=\"comment-{i}\"><div class=\"comment-author\"><a href=\"/members/{i}\">member{i}</a></div><div class=\"comment-body\"><p>{r}</p></div></div>"));
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><main>"
            + $"<article class=\"forum-post\"><h1>Winter moorings</h1><div class=\"post-body\"><p>{First}</p><p>{Second}</p></div></article>"
            + $"<div id=\"comments\" class=\"post-comments\"><h2>3 replies</h2>{comments}</div>"
            + "</main><footer><p>Boaters Forum, run by volunteers since 2004.</p></footer></body></html>",
            new Uri("https://boatersforum.example/forum/moorings/winter-moorings"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        foreach (var reply in replies)
        {
            Assert.Contains(reply, article.Body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("run by volunteers", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lines_around_every_post_are_left_out()
    {
        static string Meta(string author) =>
            $"<div class=\"message-user\"><p><a href=\"/members/{author}\">{author}</a></p><p>Joined</p><p>Posts</p><p>Likes</p></div>";
        var posts = $"<article class=\"message\">{Meta("marina_sue")}<div class=\"message-body\"><p>{First}</p></div><p>Share this post</p></article>"
            + $"<article class=\"message\">{Meta("oldsalt")}<div class=\"message-body\"><p>{Second}</p></div><p>Share this post</p></article>"
            + $"<article class=\"message\">{Meta("keelboat")}<div class=\"message-body\"><p>{Manual}</p><p>Joined the club?</p></div><p>Share this post</p></article>";
        var article = Thread(posts);

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.DoesNotContain("Share this post", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Likes", article.Body, StringComparison.Ordinal);
        Assert.Contains("Joined the club?", article.Body, StringComparison.Ordinal);
        Assert.Contains(Manual, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lines_around_posts_that_differ_only_in_their_numbers_are_left_out()
    {
        static string Meta(string author, int posts, string joined, string time) =>
            $"<div class=\"message-user\"><p><a href=\"/members/{author}\">{author}</a></p><p>Posts: {posts:N0}</p><p>Member since {joined}</p></div><p>{time}</p>";
        var posts = $"<article class=\"message\">{Meta("marina_sue", 1204, "2019-03-02", "2025-11-04T08:12:40Z")}<div class=\"message-body\"><p>{First}</p></div></article>"
            + $"<article class=\"message\">{Meta("oldsalt", 38, "2021-10-17", "2025-11-04T09:40:02Z")}<div class=\"message-body\"><p>{Second}</p></div></article>"
            + $"<article class=\"message\">{Meta("keelboat", 5377, "2012-06-30", "2025-11-05T17:03:55Z")}<div class=\"message-body\"><p>{Manual}</p><p>We paid 450 a month for 11 metres.</p></div></article>";
        var article = Thread(posts);

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.DoesNotContain("Posts:", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Member since", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-11-04", article.Body, StringComparison.Ordinal);
        Assert.Contains("We paid 450 a month for 11 metres.", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Posts: 1,204", "Posts: #")]
    [InlineData("2025-11-04T08:12:40.25Z", "#T#Z")]
    [InlineData("26.3k reputation", "#k reputation")]
    [InlineData("No numbers here", "No numbers here")]
    public void A_line_s_shape_leaves_its_numbers_out(string line, string shape) => Assert.Equal(shape, ThreadReader.Shape(line));

    [Fact]
    public void Lines_that_recur_on_an_article_are_not_touched()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 3).Select(i => $"<h2>Step {i}</h2><p>Check the tide table first.</p><p>{First} Step {i} of the winter plan.</p>"));
        var article = ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Winter plan</title></head><body><main><article><h1>Winter plan</h1>{paragraphs}</article></main></body></html>",
            new Uri("https://boatersguide.example/2024/11/winter-plan"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Equal(3, TestPages.Count(article.Body, "Check the tide table first."));
    }

    [Fact]
    public void A_recurring_line_that_is_a_link_the_posters_name_stays()
    {
        var name = new ParagraphBlock([new Inline("oldsalt", "/members/oldsalt")]);
        var label = new ParagraphBlock([new Inline("Joined")]);
        var post = new ParagraphBlock([new Inline(First)]);
        var sections = new[] { new Section(null, 0, [name, label, post, name, label, post, name, label, post]) };

        var read = ThreadReader.WithoutRepeatedLines(sections);

        Assert.Equal(6, read[0].Blocks.Count);
        Assert.DoesNotContain(read[0].Blocks, b => b.Text == "Joined");
        var once = new[] { new Section(null, 0, [name, label, post]) };
        Assert.Same(once, ThreadReader.WithoutRepeatedLines(once));
    }

    [Fact]
    public void The_headings_recurring_in_every_post_s_frame_are_left_out_and_the_posters_names_kept()
    {
        // Engines print a rank under each poster's name and a "Re:" subject over each reply, both as small headings;
        // the name links to the poster's profile, the subject only to the post itself.
        static string Framed(int n, string author, string body) =>
            $"<article class=\"post\" id=\"p{n}\"><h4><a href=\"/members/{author}\">{author}</a></h4><h5>Well-travelled member</h5>"
            + $"<h3><a href=\"#p{n}\">Re: Winter moorings</a></h3><div class=\"content\">{body}</div></article>";
        var article = Thread(
            Framed(1, "marina_sue", $"<p>{First}</p><h3>What we pay now</h3><p>{Second}</p>")
            + Framed(2, "oldsalt", $"<p>{Manual}</p>")
            + Framed(3, "keelboat", "<p>The yard above the lock is good, but book before October because the spaces go fast every year.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.DoesNotContain("Well-travelled member", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Re: Winter moorings", article.Body, StringComparison.Ordinal);
        Assert.Contains("What we pay now", article.Body, StringComparison.Ordinal);
        foreach (var text in new[] { "marina_sue", "oldsalt", "keelboat", First, Second, Manual, "book before October" })
        {
            Assert.Contains(text, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bold_rank_labels_and_subjects_linking_to_their_post_are_left_out()
    {
        // A rank set in bold on its own line reads as a heading; a subject links to its post's anchor on the thread's address.
        static string Framed(int n, string author, string body) =>
            $"<article class=\"post\" id=\"p{n}\"><div class=\"user\"><a href=\"/members/{author}\">{author}</a><div class=\"rank\"><span></span><strong>Harbour regular</strong></div></div>"
            + $"<h3><a href=\"./viewtopic.php?p={n}#p{n}\">Re: Winter moorings</a></h3><div class=\"content\">{body}</div></article>";
        var article = Thread(
            Framed(1, "marina_sue", $"<p>{First}</p><p><strong>Costs so far</strong></p><p>{Second}</p>")
            + Framed(2, "oldsalt", $"<p>{Manual}</p>")
            + Framed(3, "keelboat", "<p>The yard above the lock is good, but book before October because the spaces go fast every year.</p>"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.DoesNotContain("Harbour regular", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Re: Winter moorings", article.Body, StringComparison.Ordinal);
        Assert.Contains("Costs so far", article.Body, StringComparison.Ordinal);
        Assert.Contains(Manual, article.Body, StringComparison.Ordinal);
        Assert.Contains("book before October", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_posts_with_recurring_headings_are_read_quickly()
    {
        // Hostile input: every heading is counted once and marked once, however many posts the thread has.
        var posts = string.Concat(Enumerable.Range(1, 20_000).Select(i =>
            $"<div class=\"post\"><h5>Member</h5><div><b>Regular</b></div><p>Reply number {i} to the thread about moorings.</p></div>"));
        // Bounded by CPU time on the extraction's thread, which a loaded machine does not stretch as it does wall time.
        var article = Robustness.Hostile.WithinLimit(() => ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body><main><h1>Winter moorings</h1>{posts}</main></body></html>",
            new Uri("https://boatersforum.example/threads/winter-moorings.4471/")));

        Assert.Equal(PageKind.Forum, article.PageKind);
    }

    [Fact]
    public void Headings_that_recur_on_an_article_stay()
    {
        var steps = string.Concat(Enumerable.Range(1, 3).Select(i => $"<h3>Before you sail</h3><p>{First} Leg {i} of the winter passage.</p>"));
        var article = ArticleExtractor.Default.Extract(
            $"<!DOCTYPE html><html><head><title>Winter passages</title></head><body><main><article><h1>Winter passages</h1>{steps}</article></main></body></html>",
            new Uri("https://boatersguide.example/2024/11/winter-passages"));

        Assert.Equal(PageKind.Article, article.PageKind);
        Assert.Equal(3, TestPages.Count(article.Body, "Before you sail"));
    }

    [Fact]
    public void A_reading_of_one_post_grows_to_the_run_of_posts_framed_alike()
    {
        // The opening post is the longest, so an article reading may keep its text alone; its replies sit beside it
        // in the same frame.
        static string Framed(string author, string body) =>
            $"<div class=\"topic-body\"><div class=\"post-meta\"><a href=\"/u/{author}\">{author}</a></div><div class=\"post\">{body}</div></div>";
        var index = Index("<div class=\"wrap\"><h1>Winter moorings</h1><div class=\"posts\">"
            + Framed("marina_sue", $"<p>{First}</p><p>{Second}</p><p>{Manual}</p>")
            + Framed("oldsalt", "<p>Try the yard above the lock: they lift boats up to twelve metres, the pontoons have power all winter, and the crane driver will help you step the mast if you ask him the week before.</p>")
            + Framed("keelboat", "<p>We wintered there two years running. Book before October, because the spaces on the pontoon go fast, and ask for a berth on the inside where the wind off the hill cannot reach you.</p>")
            + "</div></div>");
        var text = Ordinal(index, "div", "post", 0);
        var posts = Ordinal(index, "div", "posts", 0);

        Assert.Equal(posts, ThreadReader.WithSiblingPosts(index, text));
        Assert.Equal(-1, ThreadReader.WithSiblingPosts(index, posts));
    }

    [Fact]
    public void A_reading_beside_blocks_of_another_frame_or_without_text_stays()
    {
        var index = Index("<div class=\"wrap\"><div class=\"story\">"
            + $"<div class=\"body\"><p>{First}</p><p>{Second}</p><p>{Manual}</p></div>"
            + "<div class=\"box\"><p>Try the yard above the lock: they lift boats up to twelve metres, and the pontoons have power all winter.</p></div>"
            + "<div class=\"box\"><p>We wintered there two years running. Book before October, because the spaces on the pontoon go fast.</p></div>"
            + "<div class=\"body\"><a href=\"/a\">Moorings</a></div><div class=\"body\"><a href=\"/b\">Tides</a></div>"
            + "</div></div>");

        Assert.Equal(-1, ThreadReader.WithSiblingPosts(index, Ordinal(index, "div", "body", 0)));
    }

    [Fact]
    public void Replies_marked_up_as_comments_inside_the_reading_are_lifted_when_they_outweigh_it()
    {
        // A link post: the reading root is the page's column, the shared link above and the replies below it, each
        // reply's text in an in-place editing form. The replies are what the thread's reader came for.
        static string Reply(int n, string body) =>
            $"<div class=\"thing comment\" id=\"c{n}\"><p class=\"tagline\"><a href=\"/u/{n}\">member{n}</a> 12 points</p>"
            + $"<form class=\"usertext\"><div class=\"md\"><p>{body}</p></div></form></div>";
        var index = Index("<div class=\"column\"><div class=\"link\"><a href=\"https://harbour.example/fees\">Harbour fees to double next winter</a></div>"
            + "<div class=\"commentarea\">"
            + Reply(1, "Try the yard above the lock: they lift boats up to twelve metres, and the pontoons have power all winter.")
            + Reply(2, "We wintered there two years running. Book before October, because the spaces on the pontoon go fast.")
            + Reply(3, "The river yards are cheaper, but none of them has a slipway long enough for a boat of ten metres.")
            + "</div></div>");
        var column = Ordinal(index, "div", "column", 0);

        Assert.Equal(column, ThreadReader.WithInnerReplies(index, column));
        Assert.False(index.InNoise[Ordinal(index, "div", "md", 0)]);
        Assert.False(index.InNoise[Ordinal(index, "div", "md", 2)]);
    }

    [Fact]
    public void Comments_under_answers_that_outweigh_them_stay_out()
    {
        // A question-and-answer page: the comments under each answer are asides, shorter than the answers.
        static string Answer(string body, string comment) =>
            $"<div class=\"answer\"><div class=\"answer-body\"><p>{body}</p></div><div class=\"comments\"><p>{comment}</p></div></div>";
        var index = Index("<div class=\"question-page\">"
            + $"<div class=\"question\"><p>{First}</p><p>{Second}</p></div>"
            + Answer(Manual + " " + Manual, "Is that rule the same on the river, or only inside the harbour walls?")
            + Answer("Try the yard above the lock: they lift boats up to twelve metres, the pontoons have power all winter, and the crane driver will help you step the mast.", "Thanks, booked for October.")
            + "</div>");
        var page = Ordinal(index, "div", "question-page", 0);

        Assert.Equal(-1, ThreadReader.WithInnerReplies(index, page));
        Assert.True(index.InNoise[Ordinal(index, "div", "comments", 0)]);
    }

    private static DocumentIndex Index(string body)
    {
        var document = DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Winter moorings</title></head><body>{body}</body></html>");
        return DocumentIndex.Build(document.Body!, 100_000, CancellationToken.None);
    }

    private static int Ordinal(DocumentIndex index, string tag, string className, int nth) =>
        Enumerable.Range(0, index.Count).Where(e => index.Elements[e].LocalName == tag && index.Elements[e].ClassName == className).ElementAt(nth);
}
