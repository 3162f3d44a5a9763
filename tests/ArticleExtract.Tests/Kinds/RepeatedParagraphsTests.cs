using ArticleExtract.Kinds;

namespace ArticleExtract.Tests.Kinds;

/// <summary>A stretch of text printed twice in a row (a desktop and a mobile copy) is read once; lines a page repeats among others stay.</summary>
public sealed class RepeatedParagraphsTests
{
    private const string First = "Our survey asked four thousand cyclists how they get to work, and what would make them ride more often.";
    private const string Second = "Safer junctions came first by a wide margin, ahead of covered parking and showers at the office.";
    private const string Third = "Almost half said they would ride twice as often if the route to the station had a separate lane.";
    private const string Fourth = "The full results, with the questions as they were asked, are published under an open licence.";

    private static readonly Uri Url = new("https://cycling.example/research/commuting-survey");

    private static string Page(string main) =>
        "<!DOCTYPE html><html><head><title>Commuting survey</title></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/research\">Research</a></nav></header>"
        + $"<main>{main}</main><footer><p>© 2026 Cycling Trust</p></footer></body></html>";

    private static string Intro(string visibility, string heading, string after = "") =>
        $"<div class=\"hero {visibility}\"><{heading}>How we commute</{heading}><p>{First}</p><p>{Second}</p><p>{Third}</p>{after}</div>";

    [Fact]
    public void A_desktop_and_a_mobile_copy_of_the_same_introduction_are_read_once()
    {
        var article = ArticleExtractor.Default.Extract(Page(Intro("d-none d-md-block", "h2") + Intro("d-block d-md-none", "h4", "<p><a href=\"/report\">Read the report</a></p>") + $"<p>{Fourth}</p>"), Url);

        Assert.Equal(1, TestPages.Count(article.Body, First));
        Assert.Equal(1, TestPages.Count(article.Body, Second));
        Assert.Equal(1, TestPages.Count(article.Body, Third));
        Assert.Contains(Fourth, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_further_down_the_page_and_a_repeated_pair_stay()
    {
        // A meal plan repeats a pair of lines each day; a stretch repeated after other text is not a layout's second copy.
        static Section Day(string name) => new(name, 3,
        [
            Paragraph("Breakfast: two eggs, one slice of rye toast and half a cup of berries."),
            Paragraph("Lunch: a bowl of lentil soup with a green salad and a spoon of olive oil."),
        ]);
        var sections = new List<Section> { Day("Monday"), Day("Tuesday"), Day("Wednesday") };

        Assert.Same(sections, RepeatedParagraphs.Without(sections));

        var stretch = new List<Block> { Paragraph(First), Paragraph(Second), Paragraph(Third) };
        var apart = new List<Section>
        {
            new(null, 0, stretch),
            new("In between", 2, [Paragraph(Fourth), Paragraph("A second paragraph of other text stands between the two copies here.")]),
            new("Again", 2, stretch.ToList()),
        };

        Assert.Same(apart, RepeatedParagraphs.Without(apart));
    }

    [Fact]
    public void A_copy_right_after_its_original_goes_with_its_heading_and_repeated_lists_stay()
    {
        var features = new ListBlock(false, [new ListItem([new Inline("Unlimited projects and a year of free updates for every member of the team")], [])]);
        var sections = new List<Section>
        {
            new("Basic", 3, [features, features]),
            new(null, 0, [Paragraph(First), Paragraph(Second), Paragraph(Third)]),
            new("Copy", 2, [Paragraph(First), Paragraph(Second), Paragraph(Third)]),
        };

        var read = RepeatedParagraphs.Without(sections);

        Assert.Equal(2, read.Count);
        Assert.Equal(2, read[0].Blocks.Count);
        Assert.Equal(3, read[1].Blocks.Count);
    }

    [Fact]
    public void A_scrolling_band_of_one_phrase_is_left_out()
    {
        var band = string.Concat(Enumerable.Repeat("<span>Join the ride *</span>", 12));
        var article = ArticleExtractor.Default.Extract(Page(Intro("", "h2") + $"<div class=\"marquee\"><p>{band}</p></div><p>{Fourth}</p>"), Url);

        Assert.Contains(First, article.Body, StringComparison.Ordinal);
        Assert.Contains(Fourth, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Join the ride", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Book now * Book now * Book now * Book now *", true)]
    [InlineData("ENROL TODAY ENROL TODAY ENROL TODAY ENROL TODAY ENROL TODAY", true)]
    [InlineData("Book now * Book now * Book now *", false)]
    [InlineData("ha ha ha ha ha ha", false)]
    [InlineData("Book now * Book now * Book now * Book now * and save", false)]
    [InlineData("Safer junctions came first by a wide margin, ahead of covered parking.", false)]
    [InlineData("We ride. We ride. We ride. We ride. We ride.", false)]
    [InlineData("word word word word word word word word", false)]
    [InlineData("自転車で通勤する。自転車で通勤する。自転車で通勤する。自転車で通勤する。", false)]
    public void A_marquee_is_one_phrase_of_a_few_words_four_times_or_more_and_nothing_else(string text, bool marquee) =>
        Assert.Equal(marquee, RepeatedParagraphs.IsMarquee(text));

    [Fact]
    public void The_marquee_test_agrees_with_the_prefix_function_on_repeated_and_disturbed_phrases()
    {
        // Phrases of 1 to 45 characters from a small alphabet (so that periods and near-periods are common), said 1 to
        // 9 times, some with a character changed, added or left out: the period search must answer as the prefix
        // function's shortest period does.
        var random = new Random(15);
        const string alphabet = "ab .c!";
        var marquees = 0;
        for (var trial = 0; trial < 20_000; trial++)
        {
            var phrase = new char[random.Next(1, 46)];
            for (var i = 0; i < phrase.Length; i++)
            {
                phrase[i] = alphabet[random.Next(random.Next(2, alphabet.Length + 1))];
            }

            var text = string.Concat(Enumerable.Repeat(new string(phrase), random.Next(1, 10)));
            text = random.Next(4) switch
            {
                0 when text.Length > 0 => text.Remove(random.Next(text.Length), 1),
                1 => text.Insert(random.Next(text.Length + 1), alphabet[random.Next(alphabet.Length)].ToString()),
                _ => text,
            };
            var expected = ByPrefixFunction(text);
            Assert.True(expected == RepeatedParagraphs.IsMarquee(text), text);
            marquees += expected ? 1 : 0;
        }

        // Both answers are exercised.
        Assert.InRange(marquees, 1_000, 19_000);
    }

    /// <summary>The marquee test as it was first written: the shortest period from the prefix function.</summary>
    private static bool ByPrefixFunction(string text)
    {
        var letters = text.Where(c => !char.IsWhiteSpace(c)).ToArray();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var n = letters.Length;
        if (n < 16)
        {
            return false;
        }

        var border = new int[n];
        for (var i = 1; i < n; i++)
        {
            var k = border[i - 1];
            while (k > 0 && letters[i] != letters[k])
            {
                k = border[k - 1];
            }

            border[i] = letters[i] == letters[k] ? k + 1 : k;
        }

        var period = n - border[n - 1];
        var repeats = n / period;
        return n % period == 0 && period is >= 4 and <= 40 && repeats >= 4 && words >= 2 * repeats
            && letters[period - 1] is not ('.' or '!' or '?' or '。' or '！' or '？' or '…');
    }

    private static ParagraphBlock Paragraph(string text) => new([new Inline(text)]);
}
