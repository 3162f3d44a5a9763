using AngleSharp.Html.Parser;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Dom;

/// <summary>An element's text, and the bounded test of its length that never builds it.</summary>
public sealed class ElementTextTests
{
    private const string Card = "<li id='card'><a href='/a'>Harbour ferries return</a> <span>June 4, 2024</span><!-- no text --><p>A short teaser about the <b>new timetable</b>.</p></li>";

    [Fact]
    public void Text_is_the_elements_text_content()
    {
        var card = new HtmlParser().ParseDocument("<ul>" + Card + "</ul>").GetElementById("card")!;
        Assert.Equal(card.TextContent, ElementText.Of(card));
    }

    [Fact]
    public void Longer_than_agrees_with_the_texts_length_at_every_limit()
    {
        var card = new HtmlParser().ParseDocument("<ul>" + Card + "</ul>").GetElementById("card")!;
        var length = ElementText.Of(card).Length;
        for (var limit = 0; limit <= length + 2; limit++)
        {
            Assert.Equal(length > limit, ElementText.LongerThan(card, limit));
        }

        var empty = new HtmlParser().ParseDocument("<div id='e'></div>").GetElementById("e")!;
        Assert.False(ElementText.LongerThan(empty, 0));
    }
}
