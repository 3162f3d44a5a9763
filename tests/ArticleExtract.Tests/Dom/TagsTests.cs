using AngleSharp.Html.Parser;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>The tag table: every element's traits, looked up by its local name.</summary>
public sealed class TagsTests
{
    [Theory]
    [InlineData("div", nameof(TagTraits.Block))]
    [InlineData("a", nameof(TagTraits.Link))]
    [InlineData("br", nameof(TagTraits.LineBreak))]
    [InlineData("li", nameof(TagTraits.ListItem))]
    [InlineData("script", nameof(TagTraits.NonContent))]
    [InlineData("nav", nameof(TagTraits.Chrome))]
    public void A_listed_name_has_its_traits_whatever_string_instance_holds_it(string name, string traits)
    {
        // A copy is not the interned literal: the table must compare characters, not only references.
        var expected = Enum.Parse<TagTraits>(traits);
        var copy = new string(name.AsSpan());
        Assert.True((Tags.Of(name) & expected) == expected);
        Assert.Equal(Tags.Of(name), Tags.Of(copy));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x-card")]
    [InlineData("DIV")]
    [InlineData("divx")]
    public void A_name_not_listed_has_no_traits(string name) => Assert.Equal(TagTraits.None, Tags.Of(name));

    [Fact]
    public void Parsed_elements_get_the_traits_of_their_tags()
    {
        var document = new HtmlParser().ParseDocument("<body><h2>T</h2><p>a<br>b</p><ul><li>x</li></ul><my-widget>w</my-widget></body>");
        Assert.True((Tags.Of(document.QuerySelector("h2")!) & TagTraits.Heading) != 0);
        Assert.True((Tags.Of(document.QuerySelector("p")!) & TagTraits.Block) != 0);
        Assert.True((Tags.Of(document.QuerySelector("ul")!) & TagTraits.List) != 0);
        Assert.Equal(TagTraits.None, Tags.Of(document.QuerySelector("my-widget")!));
    }
}
