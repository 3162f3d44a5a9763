using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>A card's title written twice, as its heading and as the link stretched over the card, is read once.</summary>
public sealed class RepeatedHeadingTests
{
    [Fact]
    public void A_block_repeating_a_heading_of_the_reading_is_read_once()
    {
        const string Title = "A quiet tent that sleeps three people";
        const string Excerpt = "Light enough for one person to carry up a hill.";
        IReadOnlyList<Section> sections =
        [
            new Section(Title, 3, [new ParagraphBlock([new Inline(Title, "https://gear.example/reviews/0")]), new ParagraphBlock([new Inline(Excerpt)])]),
            new Section("Choosing a sleeping mat for cold nights", 3, [new ParagraphBlock([new Inline("Insulation matters more than thickness.")])]),
        ];

        var read = KindReader.WithoutRepeats(sections);

        Assert.Equal([Excerpt], read[0].Blocks.Select(b => b.Text));
        Assert.Equal(Title, read[0].Heading);
        Assert.Same(sections[1], read[1]);
    }
}
