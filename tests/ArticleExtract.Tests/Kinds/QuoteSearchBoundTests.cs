using ArticleExtract.Kinds;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Kinds;

/// <summary>
/// On a thread, each quotation is searched for in the text before it: many quotations after a long text cost their
/// product unless the search is bounded.
/// </summary>
[Collection(Hostile.Collection)]
public sealed class QuoteSearchBoundTests
{
    private const int Quotes = 40_000;

    [Fact]
    public void Many_quotations_after_a_long_post_take_linear_time()
    {
        // A first post of 4 million characters, then 40,000 short replies each quoting a line found nowhere: on main
        // every quotation looked through the whole post (1.6e11 characters, seconds of CPU).
        var post = new ParagraphBlock([new Inline(Hostile.Repeat("The ride went well today and everyone liked the pace. ", 75_000))]);
        var quoted = Thread(post, i => new QuoteBlock([$"Quoted line {i} of a reply."]));
        var plain = Thread(post, i => new ParagraphBlock([new Inline($"Quoted line {i} of a reply.")]));

        var linear = Hostile.Cpu(() => ThreadReader.WithoutRepeatedQuotes(plain));
        IReadOnlyList<Section>? read = null;
        var cost = Hostile.Cpu(() => read = ThreadReader.WithoutRepeatedQuotes(quoted));

        Assert.True(cost <= (10 * linear) + TimeSpan.FromSeconds(1), $"{cost.TotalSeconds:F2} s against {linear.TotalSeconds:F2} s for plain lines");
        Assert.Equal(Quotes + 1, read!.Sum(s => s.Blocks.Count));
    }

    [Fact]
    public void A_quotation_of_an_earlier_post_is_still_found_after_many_searches()
    {
        // The bound leaves a real thread's searches alone: 2,000 quotations, each of a line of the post before it.
        var blocks = new List<Block>();
        for (var i = 0; i < 2_000; i++)
        {
            var line = $"Post number {i} says the ride went well and the cafe opened on time for everyone.";
            blocks.Add(new ParagraphBlock([new Inline(line)]));
            blocks.Add(new QuoteBlock([line]));
        }

        var read = ThreadReader.WithoutRepeatedQuotes([new Section(null, 0, blocks)]);

        Assert.DoesNotContain(read.SelectMany(s => s.Blocks), b => b is QuoteBlock);
    }

    private static List<Section> Thread(Block post, Func<int, Block> reply)
    {
        var blocks = new List<Block>(Quotes + 1) { post };
        for (var i = 0; i < Quotes; i++)
        {
            blocks.Add(reply(i));
        }

        return [new Section(null, 0, blocks)];
    }
}
