using System.Buffers;
using ArticleExtract.Parsing;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The extraction parses the guard's shorter markup from a buffer rented from the shared pool
/// (<see cref="NestingGuard.ApplyPooled(string, int, int)"/>): the same markup and counts as <see cref="NestingGuard.Apply(string, int, int)"/>,
/// the same tree as the string's, and the buffer back in the pool on every way out of an extraction.
/// </summary>
public sealed class GuardedMarkupTests
{
    private const string Code = "<script>var a = '<div>' + 1;</script><style>p { color: red }</style><!-- a comment long enough to leave out -->";

    private static readonly string Page =
        "<html><head><title>A title</title>" + Code + "</head><body><article><h1>A title</h1>"
        + string.Concat(Enumerable.Repeat("<p>Some text of the article, long enough to read as prose, with a <a href=\"/x\">link</a> in it.</p>" + Code, 12))
        + "</article></body></html>";

    [Theory]
    [InlineData(256)]
    [InlineData(3)]
    public void The_pooled_markup_is_the_guarded_string(int cap)
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 20)) + Page + string.Concat(Enumerable.Repeat("</div>", 20));
        foreach (var html in new[] { Page, nested, "<p>nothing to leave out</p>" })
        {
            var expected = NestingGuard.Apply(html, cap);
            using var pooled = NestingGuard.ApplyPooled(html, cap, int.MaxValue);
            Assert.Equal(expected.Html, pooled.Markup.ToString());
            Assert.Equal(expected.StartTags, pooled.StartTags);
            Assert.Equal(expected.DroppedTags, pooled.DroppedTags);
            // Nothing left out: the page itself, nothing rented.
            Assert.Equal(ReferenceEquals(expected.Html, html), pooled.Rented is null);
        }
    }

    [Fact]
    public void A_refused_page_rents_nothing()
    {
        var before = GuardedMarkup.OutstandingOnThisThread;
        using var refused = NestingGuard.ApplyPooled(Page, 256, 3);
        Assert.True(refused.StartTags > 3);
        Assert.Null(refused.Rented);
        Assert.Equal(before, GuardedMarkup.OutstandingOnThisThread);
    }

    [Fact]
    public void A_document_parsed_from_a_rented_buffer_is_the_one_parsed_from_the_string()
    {
        var markup = NestingGuard.Apply(Page, 256).Html;
        // A pooled buffer is longer than the markup and holds an earlier page's characters past it: the parser reads
        // only the markup's length.
        var buffer = ArrayPool<char>.Shared.Rent(markup.Length + 100);
        buffer.AsSpan().Fill('<');
        "</body><div>leftover</div>".CopyTo(buffer.AsSpan(markup.Length));
        markup.CopyTo(buffer);
        using var guarded = new GuardedMarkup(Page.AsMemory(), buffer, markup.Length, 0, 0);
        var fromBuffer = DocumentParser.Parse(guarded);
        var fromString = DocumentParser.Parse(markup);
        Assert.Equal(fromString.DocumentElement.OuterHtml, fromBuffer.DocumentElement.OuterHtml);
    }

    [Fact]
    public void Empty_markup_in_a_buffer_is_an_empty_document()
    {
        // AngleSharp reads an array given with length 0 whole: a pooled buffer holds an earlier page there.
        var buffer = ArrayPool<char>.Shared.Rent(64);
        "<p>an earlier page</p>".CopyTo(buffer);
        using var guarded = new GuardedMarkup(ReadOnlyMemory<char>.Empty, buffer, 0, 0, 0);
        Assert.Equal(DocumentParser.Parse(string.Empty).DocumentElement.OuterHtml, DocumentParser.Parse(guarded).DocumentElement.OuterHtml);
    }

    [Fact]
    public void A_disposed_markup_is_not_read()
    {
        var guarded = NestingGuard.ApplyPooled(Page, 256, int.MaxValue);
        Assert.NotNull(guarded.Rented);
        guarded.Dispose();
        guarded.Dispose();
        Assert.Throws<ObjectDisposedException>(() => guarded.Rented);
        Assert.Throws<ObjectDisposedException>(() => DocumentParser.Parse(guarded));
    }

    [Fact]
    public void The_buffer_goes_back_after_an_extraction_and_when_one_throws()
    {
        // The page is rewritten (its code left out), so the extraction rents a buffer.
        using (var probe = NestingGuard.ApplyPooled(Page, 256, int.MaxValue))
        {
            Assert.NotNull(probe.Rented);
        }

        var before = GuardedMarkup.OutstandingOnThisThread;
        var article = new ArticleExtractor().Extract(Page);
        Assert.Contains("Some text of the article", article.ToText(), StringComparison.Ordinal);
        Assert.Equal(before, GuardedMarkup.OutstandingOnThisThread);

        // The clock moves a second a reading and the budget is 1.5 s: the check before the guard passes, the one after
        // the parse throws, with the buffer rented.
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));
        var budget = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromSeconds(1.5), Clock = clock });
        Assert.Throws<ExtractionLimitException>(() => budget.Extract(Page));
        Assert.Equal(3, clock.Readings);
        Assert.Equal(before, GuardedMarkup.OutstandingOnThisThread);
    }

    [Fact]
    public void The_buffer_goes_back_to_the_pool_when_writing_the_markup_into_it_throws()
    {
        // The page's memory can be any MemoryManager's: one whose span fails on a later read makes the write into the
        // rented buffer throw. That buffer was lost to the pool. The shared pool hands this thread's last returned
        // array of a size out first, so the next rent of that size shows whether the failed call gave it back.
        var length = NestingGuard.Apply(Page, 256).Html.Length;
        var failures = 0;
        for (var reads = 1; reads < 100; reads++)
        {
            var probe = ArrayPool<char>.Shared.Rent(length);
            ArrayPool<char>.Shared.Return(probe);
            using var memory = new FailingMemory(Page, reads);
            try
            {
                NestingGuard.ApplyPooled(memory.Memory, 256, int.MaxValue).Dispose();
                break;
            }
            catch (IOException ex)
            {
                Assert.Equal(FailingMemory.Message, ex.Message);
                failures++;
            }

            var next = ArrayPool<char>.Shared.Rent(length);
            ArrayPool<char>.Shared.Return(next);
            Assert.Same(probe, next);
        }

        // The scan reads the span once, the write once per range left out and once more: failures in both.
        Assert.True(failures > 2, $"{failures} failures");
    }

    /// <summary>Characters whose span can be read a given number of times, then throws.</summary>
    private sealed class FailingMemory(string text, int reads) : MemoryManager<char>
    {
        public const string Message = "the page's memory went away";

        private readonly char[] _chars = text.ToCharArray();
        private int _reads;

        public override Span<char> GetSpan() => ++_reads > reads ? throw new IOException(Message) : _chars;

        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
