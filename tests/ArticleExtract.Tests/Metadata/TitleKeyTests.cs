using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The title comparisons write their keys on the stack for texts up to 256 characters and keep the string-based
/// computation for longer ones: both give the same answers, and the cleaner strips the same decorations either way.
/// </summary>
public class TitleKeyTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "How to Prune Roses – The Orchard Handbook", "How to prune roses" },
        { "How to prune roses", "How to Prune Roses – The Orchard Handbook" },
        { "Rosen schneiden: So geht's | Gartenmagazin", "Rosen schneiden – so geht’s" },
        { "the the the", "the a the b" },
        { "...", "Something" },
        { "Something", "—" },
        { string.Empty, string.Empty },
        { "Привет мир — Новости", "Новости" },
        { "We'll see – we’ll see", "well see" },
        { "A/B testing · guide • 2024", "a b testing guide 2024" },
        { "theory of the other", "the other theory" },
        { "roses rose rosesrose", "rose roses" },
        { "a b", "ab ba a" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Similarities_are_the_similarity_both_ways(string a, string b)
    {
        Assert.Equal((TitleChooser.Similarity(a, b), TitleChooser.Similarity(b, a)), TitleChooser.Similarities(a, b));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Similarity_on_the_stack_equals_the_string_computation(string a, string b)
    {
        Assert.Equal(TitleChooser.SimilarityOfLong(a, b), TitleChooser.Similarity(a, b));
    }

    [Fact]
    public void Long_texts_take_the_string_computation()
    {
        var a = string.Join(' ', Enumerable.Repeat("garden roses pruning", 40));
        var b = "pruning roses in the garden";
        Assert.True(a.Length > 256);
        Assert.Equal(TitleChooser.SimilarityOfLong(a, b), TitleChooser.Similarity(a, b));
        Assert.Equal(TitleChooser.SimilarityOfLong(b, a), TitleChooser.Similarity(b, a));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Same_keys_on_the_stack_equal_the_string_comparison(string a, string b)
    {
        Assert.Equal(ArticleExtract.Cleaning.TextKey.Normalize(a) == ArticleExtract.Cleaning.TextKey.Normalize(b), ArticleExtract.Cleaning.TextKey.SameKey(a, b));
        Assert.True(ArticleExtract.Cleaning.TextKey.SameKey(a, a + " !"));
        var glued = (string s) => ArticleExtract.Cleaning.TextKey.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(glued(a) == glued(b), AuthorCleaner.SameName(a, b));
        Assert.True(AuthorCleaner.SameName(a, a.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()) == (glued(a) == glued(a.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())));
    }

    [Fact]
    public void Same_keys_of_long_texts_take_buffers_of_their_own()
    {
        var a = string.Join(' ', Enumerable.Repeat("Haki Benita", 40));
        Assert.True(a.Length > 256);
        Assert.True(ArticleExtract.Cleaning.TextKey.SameKey(a, a.ToUpperInvariant() + "!"));
        Assert.False(ArticleExtract.Cleaning.TextKey.SameKey(a, a + " x"));
        Assert.True(AuthorCleaner.SameName(a, a.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.False(AuthorCleaner.SameName(a, "Haki Benita"));
    }

    [Theory]
    [InlineData("Arch Linux")]
    [InlineData("archlinux")]
    [InlineData("ARCH-LINUX!")]
    [InlineData("Arch Linux Wiki")]
    [InlineData("...")]
    [InlineData("")]
    public void Site_names_on_the_stack_equal_the_string_computation(string value)
    {
        string?[] sites = [null, "Example News", "Arch Linux", new string('x', 300), string.Empty];
        Assert.Equal(TitleChooser.IsSiteNameOfLong(value, sites), TitleChooser.IsSiteName(value, sites));
    }

    [Fact]
    public void A_site_name_longer_than_the_buffer_still_matches()
    {
        var site = string.Join(' ', Enumerable.Repeat("Very Long Site Name", 20));
        Assert.True(site.Length > 256);
        Assert.True(TitleChooser.IsSiteName(site.ToUpperInvariant(), [site]));
        Assert.True(TitleChooser.IsSiteNameOfLong(site.ToUpperInvariant(), [site]));
    }

    [Theory]
    [InlineData("How to Prune Roses | The Orchard Handbook", "How to Prune Roses")]
    [InlineData("The Orchard Handbook - How to Prune Roses", "How to Prune Roses")]
    [InlineData("How to Prune Roses [The Orchard Handbook]", "How to Prune Roses")]
    [InlineData("Orchard • View topic - How to Prune Roses", "How to Prune Roses")]
    [InlineData("Apple | Apple Newsroom", "Apple")]
    [InlineData("Mac | Apple Newsroom", "Mac | Apple Newsroom")]
    public void The_cleaner_strips_the_site_decoration(string title, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, ["The Orchard Handbook", "Orchard", "Apple Newsroom"]));
    }

    [Theory]
    [InlineData(new[] { "The Orchard Handbook", "Guides" }, "How to Prune Roses")]
    [InlineData(new[] { "Guides", "The Orchard Handbook" }, "How to Prune Roses | Guides")]
    [InlineData(new[] { "Guides", "The Orchard Handbook", "Guides" }, "How to Prune Roses")]
    [InlineData(new[] { "Guides", "Guides" }, "How to Prune Roses | Guides | The Orchard Handbook")]
    public void Each_name_reads_the_title_as_the_names_before_it_left_it(string[] sites, string expected)
    {
        // The separators are found once and again after each decoration taken off: a later name sees the shorter title.
        Assert.Equal(expected, TitleCleaner.Clean("How to Prune Roses | Guides | The Orchard Handbook", sites));
        Assert.Equal("Roses pruned well", TitleCleaner.Clean("Roses pruned well | Guides | Guides", ["Guides", "Guides"]));
    }

    [Fact]
    public void A_title_part_longer_than_the_buffer_is_compared_as_a_string()
    {
        var site = string.Join(' ', Enumerable.Repeat("Orchard Handbook", 20));
        var title = "How to Prune Roses | " + site;
        Assert.Equal("How to Prune Roses", TitleCleaner.Clean(title, [site]));
        Assert.Equal("How to Prune Roses", TitleCleaner.Clean(site + " - How to Prune Roses", [site]));
    }
}

/// <summary>
/// The meta tags keep a key's first value inline and make a list only for a second one: the values, their order, the
/// cap of 64 and the page order of the keys read as before.
/// </summary>
public class MetaTagValuesTests
{
    private static MetaTags Read(string head) => new(new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><head>{head}</head><body></body></html>"));

    [Fact]
    public void One_value_and_many_values_read_alike()
    {
        var meta = Read("""
            <meta name="description" content=" One ">
            <meta property="og:title" content="From property"><meta name="og:title" content="From name">
            <meta name="author" content="Ines Varga"><meta name="author" content="Oskar Lind">
            """);

        Assert.Equal("One", meta.First("description"));
        Assert.Equal(["One"], meta.All("description"));
        Assert.Equal("From property", meta.First("og:title"));
        Assert.Equal(["From property", "From name"], meta.All("og:title"));
        Assert.Equal("Ines Varga", meta.First("author"));
        Assert.Equal(["Ines Varga", "Oskar Lind"], meta.All("author"));
        Assert.Empty(meta.All("keywords"));
        Assert.Null(meta.First("keywords"));
    }

    [Fact]
    public void A_property_wins_over_a_name_before_it_and_its_first_value_stands()
    {
        var meta = Read("""
            <meta name="og:title" content="From name"><meta property="og:title" content="First property">
            <meta property="og:title twitter:title" content="Second property">
            """);

        Assert.Equal("First property", meta.First("og:title"));
        Assert.Equal(["From name", "First property", "Second property"], meta.All("og:title"));
        Assert.Equal("Second property", meta.First("missing", "twitter:title", "og:title"));
    }

    [Fact]
    public void A_key_keeps_at_most_64_values()
    {
        var meta = Read(string.Concat(Enumerable.Range(0, 70).Select(i => $"<meta name=\"citation_author\" content=\"Author {i}\">")));
        var all = meta.All("citation_author");

        Assert.Equal(64, all.Count);
        Assert.Equal("Author 0", all[0]);
        Assert.Equal("Author 63", all[^1]);
    }

    [Fact]
    public void Keys_ending_alike_are_read_in_page_order()
    {
        var meta = Read("""<meta name="sailthru.date" content="2020-01-02"><meta name="dc.date" content="2021-03-04"><meta name="date" content="2022-05-06">""");
        Assert.Equal("2020-01-02", meta.FirstEndingWith(["date"]));
    }
}
