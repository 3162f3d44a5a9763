namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Several authors: the metadata names the first (a CMS field holds one user) while the byline lists them all, and a
/// role after a name whose words are joined by "and" is no second author.
/// </summary>
public class CoAuthorTests
{
    private const string Body = """
        <p>The harbour board voted on Tuesday to rebuild the north pier, closed since the winter storms undermined its piles.</p>
        <p>Work starts in spring and should take eighteen months; the ferry keeps using the south berth until then.</p>
        """;

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://harbour.example.org/news/north-pier"));

    private static string Page(string head, string byline) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><title>The north pier will be rebuilt</title>{head}</head><body><article><h1>The north pier will be rebuilt</h1>{byline}{Body}</article></body></html>";

    [Fact]
    public void The_byline_adds_the_co_authors_the_metadata_leaves_out()
    {
        var head = "<meta name=\"author\" content=\"Ines Calloway\">";
        var byline = "<div class=\"byline\">Written by <span>Dr Ines Calloway</span>, <span>Tomas Ferreira</span> and <span>Mei Okafor</span></div>";

        Assert.Equal(["Dr Ines Calloway", "Tomas Ferreira", "Mei Okafor"], Extract(Page(head, byline)).Authors);
    }

    [Fact]
    public void A_byline_naming_someone_else_does_not_replace_the_metadata()
    {
        var head = "<meta name=\"author\" content=\"Ines Calloway\">";
        var byline = "<div class=\"byline\">By Tomas Ferreira and Mei Okafor</div>";

        Assert.Equal(["Ines Calloway"], Extract(Page(head, byline)).Authors);
    }

    [Theory]
    [InlineData("Privacy and Security Expert")]
    [InlineData("Home and Garden Editor")]
    public void A_role_joined_by_and_after_the_name_is_no_second_author(string role)
    {
        var byline = $"<div class=\"author-name\"><a href=\"/author/ines-calloway/\">Ines Calloway</a><span>, {role}</span></div>";

        Assert.Equal(["Ines Calloway"], Extract(Page("", byline)).Authors);
    }
    [Theory]
    [InlineData("By <a href=\"/author/ines-calloway/\">Ines Calloway</a> and <a href=\"/author/tomas-ferreira/\">Tomas Ferreira</a>")]
    [InlineData("<span><a href=\"/author/ines-calloway/\">Ines Calloway</a></span><span>, </span><span><a href=\"/author/tomas-ferreira/\">Tomas Ferreira</a></span>")]
    [InlineData("<ul><li><a rel=\"author\" href=\"/people/1\">Ines Calloway</a></li><li><a rel=\"author\" href=\"/people/2\">Tomas Ferreira</a></li></ul>")]
    public void Authors_each_in_a_link_of_their_own_are_read_as_one_byline(string byline)
    {
        var head = "<meta name=\"author\" content=\"Ines Calloway\">";

        Assert.Equal(["Ines Calloway", "Tomas Ferreira"], Extract(Page(head, $"<div class=\"meta\">{byline}</div>")).Authors);
    }

    [Fact]
    public void An_editor_linked_after_other_words_is_no_co_author()
    {
        var byline = "<p>By <a href=\"/author/ines-calloway/\">Ines Calloway</a> · Edited by <a href=\"/author/tomas-ferreira/\">Tomas Ferreira</a></p>";

        Assert.Equal(["Ines Calloway"], Extract(Page("", byline)).Authors);
    }
}
