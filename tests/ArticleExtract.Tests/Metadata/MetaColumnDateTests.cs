namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A column classed "sidebar" beside the article is read for one date only: the publication the page labels there
/// itself ("Published" over the date in a meta column). Its other dates (recent posts, teaser cards) stay out.
/// </summary>
public class MetaColumnDateTests
{
    private static Article Extract(string column) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Ten garden tools worth their price</title></head><body>
        <header class="hero"><h1>Ten garden tools worth their price</h1></header>
        <div class="post-layout">
        <div class="post-sidebar">{column}</div>
        <div class="post-body">
        <p>We spent the whole season digging, pruning and weeding with tools from every price range, and a few cheap ones held up surprisingly well.</p>
        <p>A good pair of bypass pruners comes first on the list, followed by a sturdy hand trowel and a hoe with a sharp, replaceable blade.</p>
        </div>
        </div></body></html>
        """, new Uri("https://garden.example.com/ten-garden-tools"));

    [Fact]
    public void A_publication_date_labelled_in_a_meta_column_beside_the_article_dates_it()
    {
        var a = Extract("<div class=\"post-meta\"><h4>Published</h4><div class=\"post-date\">July 8, 2025</div></div><div class=\"post-meta\"><h4>Category</h4><a href=\"/tools/\">Tools</a></div>");

        Assert.Equal(new DateOnly(2025, 7, 8), a.Published?.Date);
    }

    [Fact]
    public void A_part_of_the_column_named_after_it_is_read_as_the_column_is()
    {
        var a = Extract("<div class=\"layout-sidebar-top\"><h2>Pages</h2></div><div class=\"layout-sidebar-bottom\"><div><h4>Published</h4><time datetime=\"2018-11-15T12:00:00Z\">15 November 2018</time></div></div>");

        Assert.Equal(new DateOnly(2018, 11, 15), a.Published?.Date);
    }

    [Fact]
    public void An_unlabelled_date_in_the_column_is_another_items()
    {
        var a = Extract("<h4>Recent posts</h4><div><a href=\"/composting\">Composting in small yards</a> <span>July 2, 2025</span></div>");

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_teaser_card_in_the_column_keeps_its_posted_line_to_itself()
    {
        var a = Extract("<article><header><a href=\"/blog/award\">Our team wins a regional award</a></header><div class=\"posted\">posted <time>12/17/2025</time></div></article>");

        Assert.Null(a.Published);
    }

    [Fact]
    public void A_labelled_date_in_a_list_of_the_columns_items_is_theirs()
    {
        var a = Extract("<ul><li><a href=\"/mulch\">Mulching basics</a><p>Published June 3, 2025</p></li></ul>");

        Assert.Null(a.Published);
    }
}
