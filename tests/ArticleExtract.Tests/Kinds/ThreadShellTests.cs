namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// A link post whose replies are not in the page is read as its headline; a script shell that holds no post is not read
/// from its description.
/// </summary>
public sealed class ThreadShellTests
{
    private const string Opening = "We moved the boat to the inner harbour for the winter, and the mooring fees there are twice what we paid on the river. Has anyone found a yard upriver that still takes boats over ten metres?";

    [Fact]
    public void A_script_shell_thread_is_not_read_from_its_description()
    {
        // The engine draws the posts in the browser: the body is a splash screen, an empty outlet and a hidden login form.
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>Winter moorings upriver - Boating - Boaters Community</title>"
            + "<meta property=\"og:title\" content=\"Winter moorings upriver\">"
            + $"<meta property=\"og:description\" content=\"{Opening}\"><meta name=\"generator\" content=\"Discourse 3.4.0\"></head>"
            + "<body><section id=\"d-splash\"><div class=\"preloader-image\"><div class=\"dots\"></div><div class=\"dots\"></div></div></section>"
            + "<section id=\"main\"></section><form id=\"hidden-login-form\" method=\"post\" action=\"/login\" style=\"display: none;\">"
            + "<input name=\"username\" type=\"text\"><input name=\"password\" type=\"password\"><input type=\"submit\" value=\"Log In\"></form></body></html>",
            new Uri("https://community.boaters.example/t/winter-moorings-upriver/68911"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
    }

    [Fact]
    public void A_link_post_without_its_replies_is_read_as_its_headline()
    {
        // The post is a headline linking to a story elsewhere; its comments are loaded by script.
        const string Headline = "Harbour authority doubles winter mooring fees for boats over ten metres from next season";
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>The boating community</title></head><body>"
            + "<header><a href=\"/\">Boaters</a><nav><a href=\"/popular\">Popular</a><a href=\"/all\">All</a></nav></header>"
            + "<main><board-post><span><a href=\"/b/sailing\">b/sailing</a> · <a href=\"/u/marina_sue\">marina_sue</a></span>"
            + $"<h1 slot=\"title\">{Headline}</h1><a href=\"https://news.example/moorings\">news.example</a></board-post>"
            + "<comment-tree-loader src=\"/svc/comments\"></comment-tree-loader></main></body></html>",
            new Uri("https://www.boaters.example/b/sailing/comments/1rl4me/harbour_authority_doubles_winter_mooring_fees/"));

        Assert.Equal(PageKind.Forum, article.PageKind);
        Assert.Contains(Headline, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_page_with_only_its_headline_is_not_read_as_it()
    {
        // A link post's headline is its whole post; an article's headline announces a text the page does not hold.
        var article = ArticleExtractor.Default.Extract(
            "<!DOCTYPE html><html><head><title>Winter moorings</title>"
            + $"<meta property=\"og:type\" content=\"article\"><meta property=\"og:description\" content=\"{Opening}\"></head>"
            + "<body><main><h1>Harbour authority doubles winter mooring fees for boats over ten metres</h1><div id=\"app\"></div></main></body></html>",
            new Uri("https://www.boatingnews.example/2024/10/winter-moorings"));

        Assert.NotEqual(PageKind.Forum, article.PageKind);
        Assert.Equal(ExtractionOutcome.NoArticle, article.Outcome);
    }
}
