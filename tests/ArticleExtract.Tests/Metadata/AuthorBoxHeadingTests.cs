namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// An author box headed "About Jane Doe" and an archive link "Articles by Jane Doe" name the author; the words
/// before the name are the template's, not part of it.
/// </summary>
public class AuthorBoxHeadingTests
{
    private const string Body = """
        <h1>How to choose a first sewing machine</h1>
        <p>A first machine needs few stitches: a straight stitch, a zigzag and a one-step buttonhole cover almost every beginner project.</p>
        <p>Weight matters more than features, because a heavy machine stays put when you sew thick denim or several layers of quilt.</p>
        <p>Try the machine in a shop if you can, and listen to the motor at slow speed, where cheap models stutter.</p>
        """;

    private static Article Extract(string authorPart) =>
        ArticleExtractor.Default.Extract(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>How to choose a first sewing machine</title></head>
            <body><article>{Body}{authorPart}</article></body></html>
            """,
            new Uri("https://stitchnotes.example/first-sewing-machine/"));

    [Fact]
    public void An_author_box_headed_about_the_author_names_her()
    {
        var a = Extract("""<div class="author-box"><h3 class="author-name">About Maria Lindqvist</h3><p>Maria has taught sewing classes for twelve years.</p></div>""");

        Assert.Equal(["Maria Lindqvist"], a.Authors);
    }

    [Fact]
    public void An_archive_link_articles_by_names_the_author()
    {
        var a = Extract("""<div class="author-box"><a class="author-name" rel="author" href="/author/maria/">Articles by Maria Lindqvist</a></div>""");

        Assert.Equal(["Maria Lindqvist"], a.Authors);
    }
}
