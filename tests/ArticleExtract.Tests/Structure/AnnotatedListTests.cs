using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A list whose items each open with a linked title and go on for a paragraph (the books or tools an article
/// recommends, linked to where to get them) is the article; a list of linked headlines with a line of excerpt each is
/// a teaser list and stays out.
/// </summary>
public sealed class AnnotatedListTests
{
    // Our own reading, not SmartReader's: its answer replaces a reading it judges too short.
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { UseSecondOpinion = false });

    private static readonly Uri Url = new("https://inkwellstudio.example/blogs/notes/five-books-for-learning-to-paint");

    private static readonly string[] Reviews =
    [
        "This is the book to start with. It walks through colour mixing one pigment at a time, and every chapter ends with a small exercise that takes less than an hour, with a list of the paints it needs. By the end you will have a chart of every mix your palette can make, which is worth more than any amount of reading. The later chapters on glazing are harder, but the author explains each step with photographs of the same painting at every stage.",
        "A follow-up to the first book and a good companion to it. Where the first teaches what paint does, this one teaches how to look: how to squint at a scene until only the big shapes remain, how to judge values against each other, and why the darkest dark is always smaller than you think. The exercises are short enough to do in a lunch break, and each builds on the one before it, so skip none of them.",
        "An older book, but still the clearest guide to drawing before you paint. It is really a course: a lesson at the start of each chapter, then a page of exercises and a schedule for practising them. Some of the advice feels strict today, such as drawing for three hours a day, yet the core idea holds up: you learn to paint by looking hard and often, not by collecting more brushes and more tubes of expensive paint.",
    ];

    private static string Page(string list) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Five books for learning to paint</title></head>
        <body><header><nav><a href="/">Inkwell Studio</a> <a href="/shop">Shop</a></nav></header>
        <main><article><h1>Five books for learning to paint</h1><div class="rte">
        <p>I learned to paint from books long before there were video courses, and a few of them are still the best teachers I know.</p>
        <p>The titles below link to the shop where you can buy each one; I receive nothing for recommending them.</p>
        {{list}}
        <p>Work through them in order and you will have the basics of colour, value and drawing within a few months.</p>
        </div></article></main>
        <footer><p>Inkwell Studio, art classes for adults.</p></footer></body></html>
        """;

    [Fact]
    public void Linked_titles_each_followed_by_a_paragraph_are_the_article()
    {
        var items = string.Concat(Reviews.Select((r, i) =>
            $"<li><img src=\"/img/book-{i}.jpg\" alt=\"cover\"><p><a href=\"https://bookshop.example/item/{i}\"><strong>Painting book number {i + 1} by an author</strong></a></p><p>{r}</p></li>"));
        var body = Extractor.Extract(Page($"<ol>{items}</ol>"), Url).Body;
        foreach (var r in Reviews)
        {
            Assert.Contains(r, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_wording_filter_keeps_linked_titles_with_paragraphs_and_drops_linked_titles_with_excerpts(bool paragraphs)
    {
        // The filter alone, as it meets a list in the reading flow: every item opens with a linked title.
        var items = Reviews.Select((r, i) => new ListItem(
            [new Inline($"Painting book number {i + 1} by an author", $"https://bookshop.example/item/{i}"), new Inline(" " + (paragraphs ? r : r[..80]))], [])).ToList();
        var list = new ListBlock(true, items);
        var links = items.Sum(item => item.Inlines[0].Text.Length);
        var kept = BoilerplateFilter.Apply([FlowItem.ForBlock(list, list.Text.Length, links)], "Five books for learning to paint", null, ExtractionFavor.Balanced);
        Assert.Equal(paragraphs ? 1 : 0, kept.Count);
    }

    [Fact]
    public void Questions_linked_to_this_page_over_short_answers_are_an_faq_not_teasers()
    {
        // An accordion written as a list: each question is a link to "#" that opens its answer below it.
        string[] answers = ["Most shops sell a starter set of twelve tubes that lasts a beginner several months.", "Cold-pressed paper holds water well and forgives a beginner's mistakes.", "A small flat brush and two round ones are enough for the first exercises.", "Watercolour dries in minutes, oil paint over several days in a cool room."];
        var items = string.Concat(answers.Select((a, i) => $"<li class=\"accordion-item\"><a href=\"#\" class=\"accordion-title\">Which paints should a beginner buy first, question {i + 1}?</a><div class=\"accordion-content\"><p>{a}</p></div></li>"));
        var body = Extractor.Extract(Page($"<h2>Frequently asked questions</h2><ul class=\"accordion\">{items}</ul>"), Url).Body;
        foreach (var a in answers)
        {
            Assert.Contains(a, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Linked_headlines_with_a_line_of_excerpt_are_teasers()
    {
        string[] excerpts = ["Which brushes a beginner needs, and which ones can wait.", "How to stretch paper so it stays flat when wet.", "Three palettes for landscapes, and why fewer colours help.", "Cleaning up after oils without solvents in a small flat."];
        var items = string.Concat(excerpts.Select((x, i) => $"<li><a href=\"/blogs/notes/post-{i}\">Another note from the studio number {i + 1}</a> {x}</li>"));
        var body = Extractor.Extract(Page($"<ul>{items}</ul>"), Url).Body;
        foreach (var x in excerpts)
        {
            Assert.DoesNotContain(x, body, StringComparison.Ordinal);
        }
    }
}
