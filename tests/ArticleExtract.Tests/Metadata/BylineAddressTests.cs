namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A byline that signs with the writer's e-mail address after the name, as Korean papers do ("홍길동 기자
/// hong@example.co.kr"): the address ends the name; it neither spoils it nor becomes one.
/// </summary>
public class BylineAddressTests
{
    [Theory]
    [InlineData("ko", "홍길동 기자 hong@example.co.kr", "홍길동")]
    [InlineData("en", "By Jane Doe jane.doe@example.com", "Jane Doe")]
    public void The_name_before_the_address_is_the_author(string lang, string byline, string expected)
    {
        var a = DatedPage.Extract(lang, $"<p class=\"byline\">{byline}</p>");

        Assert.Equal([expected], a.Authors);
    }

    [Fact]
    public void An_address_alone_names_nobody()
    {
        Assert.Empty(DatedPage.Extract("en", "<p class=\"byline\">newsdesk@example.com</p>").Authors);
    }
}
