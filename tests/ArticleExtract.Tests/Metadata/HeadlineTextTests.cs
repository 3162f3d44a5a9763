namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The headline as a reader sees it: a line break inside the heading parts two words, a button or an icon inside it is
/// no part of it, characters that are never seen are dropped, and a JSON-LD headline cut short gives way to the whole title.
/// </summary>
public class HeadlineTextTests
{
    private const string Body = """
        <p>Our workshop has restored farmhouse chairs for three generations, and every joint is still cut by hand with the same saws.</p>
        <p>Each chair is taken apart, cleaned, reglued with hide glue and finished with oil, so it can be repaired again in fifty years.</p>
        """;

    private static Article Extract(string title, string heading, string head = "") => ArticleExtractor.Default.Extract(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title><meta property=\"og:site_name\" content=\"Oak Benchworks\">{head}</head><body><main>{heading}{Body}</main></body></html>",
        new Uri("https://chairs.example.org/restoration/"));

    [Theory]
    [InlineData("<h1>Chair Restoration<br>by Hand</h1>")]
    [InlineData("<h1>Chair Restoration<span><br>by Hand</span></h1>")]
    [InlineData("<h1><div>Chair Restoration</div><div>by Hand</div></h1>")]
    public void A_line_break_inside_the_heading_parts_its_words(string heading)
    {
        Assert.Equal("Chair Restoration by Hand", Extract("Chair Restoration by Hand | Oak Benchworks", heading).Title);
    }

    [Theory]
    [InlineData("<h1>Chair Restoration<span class=\"block text-lg\">Our Methods by Hand</span></h1>")]
    [InlineData("<h1><span class=\"d-block\">Chair Restoration</span>Our Methods by Hand</h1>")]
    [InlineData("<h1>Chair Restoration<span class=\"text-sm md:block\">Our Methods by Hand</span></h1>")]
    public void A_sub_headline_a_utility_class_sets_on_its_own_line_is_a_word_apart(string heading)
    {
        // The <title> words it otherwise, so nothing else could tell where the two parts meet.
        Assert.Equal("Chair Restoration Our Methods by Hand", Extract("Chair Restoration: Our Methods by Hand in 2025 | Oak Benchworks", heading).Title);
    }

    [Fact]
    public void An_inline_tag_without_a_block_class_joins_the_words_it_touches()
    {
        Assert.Equal("Chair Restoration by Hand", Extract("Chair Restoration by Hand | Oak Benchworks", "<h1>Chair Resto<span class=\"blocky\">ration</span> by Hand</h1>").Title);
    }

    [Fact]
    public void A_button_or_an_icon_inside_the_heading_is_no_part_of_it()
    {
        var heading = "<h1>Module chairs <button type=\"button\" title=\"Copy\">Copy item path</button><svg><title>link</title></svg></h1>";
        Assert.Equal("Module chairs", Extract("Module chairs - Oak Benchworks", heading).Title);
    }

    [Theory]
    [InlineData("Chair Restoration by Hand\u200B")]
    [InlineData("Chair Resto\u00ADration by Hand")]
    public void Characters_never_seen_are_dropped(string heading)
    {
        Assert.Equal("Chair Restoration by Hand", Extract("Chair Restoration by Hand | Oak Benchworks", $"<h1>{heading}</h1>").Title);
    }

    [Fact]
    public void A_json_ld_headline_cut_short_gives_way_to_the_whole_title()
    {
        const string whole = "Why We Still Cut Every Joint by Hand (And the One Machine We Finally Let Into the Workshop)";
        var ld = """<script type="application/ld+json">{"@type":"Article","headline":"Why We Still Cut Every Joint by Hand (And the One"}</script>""";
        Assert.Equal(whole, Extract(whole + " - Oak Benchworks", "", ld).Title);
    }

    [Fact]
    public void A_json_ld_headline_without_the_site_name_stays()
    {
        var ld = """<script type="application/ld+json">{"@type":"Article","headline":"Why We Still Cut Every Joint by Hand"}</script>""";
        Assert.Equal("Why We Still Cut Every Joint by Hand", Extract("Why We Still Cut Every Joint by Hand Oak Benchworks", "", ld).Title);
    }

    [Theory]
    [InlineData("Two-Seat Garden Bench | Oak Benchworks", "<h1>Two<br>Seat Garden Bench</h1>", "Two-Seat Garden Bench")]
    [InlineData("Garden Bench - Model 12 | Oak Benchworks", "<h1>Garden Bench <span>Model 12</span></h1>", "Garden Bench - Model 12")]
    public void The_heading_in_the_titles_hyphens_when_only_hyphens_tell_them_apart(string title, string heading, string expected)
    {
        Assert.Equal(expected, Extract(title, heading).Title);
    }

    [Theory]
    [InlineData("Chairs &amp; Benches Restored by Hand | Oak Benchworks", "<h1>Chairs and Benches Restored by Hand</h1>", "Chairs & Benches Restored by Hand")]
    [InlineData("Chairs and Benches Restored by Hand | Oak Benchworks", "<h1>Chairs &amp; Benches Restored by Hand</h1>", "Chairs and Benches Restored by Hand")]
    public void The_heading_in_the_titles_words_when_only_an_ampersand_tells_them_apart(string title, string heading, string expected)
    {
        Assert.Equal(expected, Extract(title, heading).Title);
    }

    [Fact]
    public void A_heading_with_other_words_than_the_title_stays_as_shown()
    {
        const string Dated = """<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-02T10:00:00Z">""";
        var a = Extract("Chairs &amp; Benches Restored by Hand | Oak Benchworks", "<h1>Chairs and Stools Restored by Hand</h1>", Dated);

        Assert.Equal(PageKind.Article, a.PageKind);
        Assert.Equal("Chairs and Stools Restored by Hand", a.Title);
    }
}
