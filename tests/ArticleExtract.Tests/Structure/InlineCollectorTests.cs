using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// The inline collector takes text a word at a time: white space collapses to one space between words (none at the
/// start), zero-width spaces, byte-order marks and soft hyphens vanish without splitting a word, and the counts of
/// visible, plain and linked characters add up as they did one character at a time.
/// </summary>
public sealed class InlineCollectorTests
{
    [Fact]
    public void White_space_collapses_and_invisible_characters_vanish_inside_words()
    {
        var collector = new InlineCollector();
        collector.Append("  \t Soft\u00ADware\u200B up\u00A0\u00A0dates\n", bold: false);
        collector.Append("\uFEFF\u2003ship ", bold: true);

        Assert.Equal("Software up dates ship", collector.TakeText());
    }

    [Fact]
    public void Counts_follow_the_visible_characters_of_bold_and_linked_text()
    {
        var collector = new InlineCollector();
        collector.Append("Read ", bold: false);
        collector.StartLink("https://site.example/a");
        collector.Append(" the\u200B full  story ", bold: true);
        collector.EndLink();

        Assert.Equal(4 + 12, collector.VisibleChars);
        Assert.Equal(4, collector.PlainChars);
        Assert.Equal(12, collector.LinkChars);
    }

    [Fact]
    public void A_lower_case_word_and_a_capitalised_one_meeting_at_an_element_edge_are_two_words()
    {
        var collector = new InlineCollector();
        collector.Append("Acme", bold: false);
        collector.Edge();
        collector.Append("Faux leather", bold: false);
        collector.Edge();
        collector.Append("s", bold: false);

        Assert.Equal("Acme Faux leathers", collector.TakeText());
    }
}
