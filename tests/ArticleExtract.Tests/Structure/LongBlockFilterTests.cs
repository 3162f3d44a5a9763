using ArticleExtract.Cleaning;
using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// The boilerplate filter makes no key for a block of 400 characters or more whose letters alone make a key longer
/// than any label test can match. These tests hold the shortcut to the tests it stands for: the letter count bounds the
/// key's length exactly as the key is written, and long blocks that the label or list tests drop are still dropped.
/// </summary>
public sealed class LongBlockFilterTests
{
    private const string Sentence = "The council met on Tuesday evening to discuss the new cycle lanes, which residents have asked for since 2019. ";

    public static TheoryData<string> Texts => new()
    {
        Sentence,
        "- Advertisement -",
        "We'll see — it’s 3.5 km / 2 mi from the station…",
        "Ça coûte 12 € à Zürich; naïve façade",
        "Совет обсудил новые велодорожки во вторник.",
        "Το συμβούλιο συζήτησε τις νέες λωρίδες.",
        "!!! ??? ... --- *** ///",
        "a\u00A0b\tc\u2003d",
        string.Concat(Enumerable.Repeat("ab-", 60)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_letter_count_tells_whether_the_key_is_longer_than_the_bound(string text)
    {
        var length = TextKey.Normalize(text).Length;
        foreach (var bound in new[] { 0, 1, 5, 10, 20, 40, 100, 200 })
        {
            // A key longer than the letters can hold is never claimed; a shorter one may be (spaces count in the key).
            if (BoilerplateFilter.KeyLongerThan(text, bound))
            {
                Assert.True(length > bound, $"bound {bound}, key length {length}");
            }
        }

        Assert.Equal(text.Count(char.IsLetterOrDigit) > 10, BoilerplateFilter.KeyLongerThan(text, 10));
    }

    [Fact]
    public void A_long_block_of_prose_is_kept()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence, 5));
        Assert.Single(Filter(Paragraph(text, linked: false)));
    }

    [Fact]
    public void A_long_block_whose_key_is_a_boilerplate_line_is_dropped()
    {
        // Hundreds of characters, but its key is one short label: the shortcut must not skip the label test.
        var text = new string('-', 200) + " Advertisement " + new string('*', 200);
        Assert.Empty(Filter(Paragraph(text, linked: false)));
    }

    [Fact]
    public void A_long_block_repeating_a_long_title_is_dropped()
    {
        var title = string.Concat(Enumerable.Repeat("Cycle lanes and bus routes ", 18)).Trim();
        Assert.Empty(BoilerplateFilter.Apply([Paragraph(title + ".", linked: false)], title, null, ExtractionFavor.Balanced));
    }

    [Fact]
    public void A_long_list_of_links_is_dropped()
    {
        var items = Enumerable.Range(0, 12)
            .Select(i => new ListItem([new Inline($"Neighbourhood news from district number {i} this week", $"https://news.example/d/{i}")], []))
            .ToList();
        var list = new ListBlock(false, items);
        Assert.True(list.Text.Length >= 400);
        Assert.Empty(Filter(FlowItem.ForBlock(list, list.Text.Length, list.Text.Length)));
    }

    private static FlowItem Paragraph(string text, bool linked) =>
        FlowItem.ForBlock(new ParagraphBlock([new Inline(text, linked ? "https://news.example/more" : null)]), text.Length, linked ? text.Length : 0);

    private static List<FlowItem> Filter(FlowItem item) =>
        BoilerplateFilter.Apply([item], "A short title", null, ExtractionFavor.Balanced);
}
