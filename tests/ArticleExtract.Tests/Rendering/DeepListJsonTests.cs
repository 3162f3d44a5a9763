using System.Text.Json;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// Lists nested past <c>ListWriter.MaxNestedLists</c> (only in models built by hand) continue in the deepest list's
/// items: nested further, they passed the JSON writer's depth limit and ToJson threw InvalidOperationException.
/// </summary>
public sealed class DeepListJsonTests
{
    [Fact]
    public void A_list_nested_five_thousand_deep_is_written_and_parses_back()
    {
        const int Depth = 5_000;
        var list = new ListBlock(false, [new ListItem([new Inline("innermost")], [])]);
        for (var level = Depth - 1; level >= 0; level--)
        {
            list = new ListBlock(level % 2 == 0, [new ListItem([new Inline($"level {level}")], [list]), new ListItem([new Inline($"after {level}")], [])]);
        }

        var article = new Article(ArticleMetadata.Empty, [new Section(null, 2, [list])], ExtractionOutcome.Extracted);
        foreach (var indented in new[] { false, true })
        {
            using var parsed = JsonDocument.Parse(article.ToJson(indented), new JsonDocumentOptions { MaxDepth = 4096 });
            var items = parsed.RootElement.GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("items");
            var levels = 0;
            while (items[0].TryGetProperty("lists", out var lists))
            {
                Assert.Equal($"after {levels}", items[1].GetProperty("text").GetString());
                items = lists[0].GetProperty("items");
                levels++;
            }

            // The deepest nested list holds its own item, then every deeper list's items in order, each followed by
            // the item after it (the order of the Markdown's items at its deepest indentation).
            Assert.Equal(999, levels);
            var texts = items.EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
            Assert.Equal((2 * (Depth - 999)) + 1, texts.Count);
            Assert.Equal("level 999", texts[0]);
            Assert.Equal("level 1000", texts[1]);
            Assert.Equal($"level {Depth - 1}", texts[Depth - 1000]);
            Assert.Equal("innermost", texts[Depth - 999]);
            Assert.Equal($"after {Depth - 1}", texts[Depth - 998]);
            Assert.Equal("after 999", texts[^1]);
        }
    }
}
