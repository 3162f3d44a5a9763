using System.Text.Json;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// An item of a numbered list that sets its own number (<c>&lt;li value="7"&gt;</c>): a countdown that skips, steps
/// quoted from a longer procedure, a ranking from 7th place on. Numbered 1, 2, 3 instead, the list contradicts the
/// text that refers to "step 7".
/// </summary>
public sealed class ListItemValueTests
{
    private const string Stops =
        "<ol><li value=\"7\">Seventh stop at the market square near the old church.</li><li>Eighth stop at the river bridge "
        + "beside the station.</li><li value=\"12\">Twelfth stop at the depot on the edge of town.</li><li>Thirteenth stop at the "
        + "new hospital on the hill.</li></ol>";

    private static Article Extract(string inside) =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside), new Uri("https://news.example.com/2024/tram"));

    private static ListBlock List(Article article) => article.Sections.SelectMany(s => s.Blocks).OfType<ListBlock>().Single();

    [Fact]
    public void The_model_numbers_items_as_the_page_does()
    {
        var list = List(Extract(Stops));
        Assert.Equal(new int?[] { 7, null, 12, null }, list.Items.Select(i => i.Value));
        Assert.Equal(new long[] { 7, 8, 12, 13 }, Enumerable.Range(0, list.Items.Count).Select(list.NumberOf));
    }

    [Fact]
    public void Every_rendering_shows_the_page_numbers()
    {
        var article = Extract(Stops);
        Assert.Contains("7. Seventh stop", article.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("12. Twelfth stop", article.ToMarkdown(), StringComparison.Ordinal);

        var items = new HtmlParser().ParseDocument(article.ToHtml()).QuerySelectorAll("ol > li");
        Assert.Equal(new string?[] { "7", null, "12", null }, items.Select(li => li.GetAttribute("value")));

        using var json = JsonDocument.Parse(article.ToJson());
        var list = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Single(b => b.GetProperty("type").GetString() == "list");
        Assert.Equal(new[] { 7, 0, 12, 0 }, list.GetProperty("items").EnumerateArray().Select(i => i.TryGetProperty("value", out var v) ? v.GetInt32() : 0));
    }

    [Fact]
    public void A_value_counts_down_in_a_reversed_list_and_is_ignored_in_a_bulleted_one()
    {
        var reversed = new ListBlock(true, [Item("a"), Item("b") with { Value = 10 }, Item("c")]) { Start = 3, Reversed = true };
        Assert.Equal(new long[] { 3, 10, 9 }, Enumerable.Range(0, 3).Select(reversed.NumberOf));
        // A copy with another start is numbered again, not from the first list's numbers.
        Assert.Equal(new long[] { 5, 10, 9 }, Enumerable.Range(0, 3).Select((reversed with { Start = 5 }).NumberOf));
        Assert.NotEqual(new ListBlock(true, [Item("a")]), new ListBlock(true, [Item("a") with { Value = 4 }]));

        var bulleted = List(Extract("<ul><li value=\"9\">A bulleted item about the first of the tram lines.</li><li>Another bulleted item about the second line.</li></ul>"));
        Assert.All(bulleted.Items, i => Assert.Null(i.Value));

        static ListItem Item(string text) => new([new Inline(text)], []);
    }
}
