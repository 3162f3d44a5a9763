using System.Text;
using ArticleExtract.Decoding;

namespace ArticleExtract.Tests.Decoding;

/// <summary>UTF-8 text that a site's software read as windows-1252 and saved as UTF-8 again ("â€™" for ’), repaired on decoding.</summary>
public sealed class MojibakeTests
{
    private const string Paragraph = "The committee met on Tuesday evening to review the proposal for the new library wing, and after a long discussion it agreed to put the plan to a public vote next spring.";

    [Fact]
    public void Double_encoded_text_is_repaired_in_the_title_and_the_body()
    {
        // ’ “ ” – é and a no-break space, each UTF-8 read as windows-1252; ” ends in 0x9D, which windows-1252 leaves
        // undefined and decoders keep as U+009D.
        var html = "<html><head><title>Itâ€™s the cafÃ© season</title></head><body><article><h1>Itâ€™s the cafÃ© season</h1>" +
                   "<p>She said â€œwe are readyâ€\u009D and leftÂ\u00A0â€“ twice. " + Paragraph + "</p><p>" + Paragraph + "</p></article></body></html>";
        var article = ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(html));

        Assert.Equal("It’s the café season", article.Title);
        Assert.Contains("She said “we are ready” and left", article.Body, StringComparison.Ordinal);
        Assert.Contains("– twice.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("â", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ã", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latin1_form_with_c1_controls_is_repaired()
    {
        // Read as Latin-1 instead, ’ is "â" and the controls U+0080 U+0099.
        Assert.Equal("It’s here – now", Mojibake.Repair("Itâ\u0080\u0099s here â\u0080\u0093 now"));
    }

    [Theory]
    [InlineData("Preço: Â£5 e Â£7", "Preço: £5 e £7")]
    [InlineData("Ã©tÃ© Ã\u00A0 la plage", "été à la plage")]
    [InlineData("Smile ðŸ˜€ and â˜… rate", "Smile \U0001F600 and ★ rate")]
    [InlineData("Åšroda i Å‚Ã³dÅº", "Środa i łódź")]
    [InlineData("ÃƒÂ© twice ÃƒÂ©", "é twice é")]
    public void Each_form_is_repaired(string text, string repaired) => Assert.Equal(repaired, Mojibake.Repair(text));

    [Fact]
    public void Look_alikes_in_real_text_are_left_alone()
    {
        // Letters that are lead bytes followed by letters, ASCII or characters that would decode to IPA, Hebrew or
        // CJK ("É®", "×\u00A0", "é\u00A0»"): none is a repair, so the text is returned as it is.
        const string text = "Âmbito do projeto. Ça va bien. Ángel llegó. ÁNGEL. MONTAGNÉ® Classic, 3 ×\u00A04, " +
                            "« la liberté\u00A0» et la fraternité\u00A0» ; Fuß, Straße, Spaß“ und „groß“.";
        Assert.Same(text, Mojibake.Repair(text));
    }

    [Fact]
    public void Look_alikes_stay_when_the_mojibake_around_them_is_repaired()
    {
        Assert.Equal("Âmbito: it’s 3 ×\u00A04 at the café — MONTAGNÉ®",
            Mojibake.Repair("Âmbito: itâ€™s 3 ×\u00A04 at the cafÃ© â€” MONTAGNÉ®"));
    }

    [Theory]
    [InlineData("Itâ€™s one slip in a clean page.")]
    [InlineData("A price of Â£5, once.")]
    public void A_single_sequence_is_left_alone(string text) => Assert.Same(text, Mojibake.Repair(text));

    [Fact]
    public void Text_without_lead_characters_is_returned_without_a_copy()
    {
        const string english = "Plain text with “quotes”, dashes – and a no-break\u00A0space.";
        Assert.Same(english, Mojibake.Repair(english));
        const string french = "L'été à Genève : café, crème brûlée, déjà vu, où êtes-vous ?";
        Assert.Same(french, Mojibake.Repair(french));

        // No copy: a hundred calls on a long page allocate less than one copy of it would (the margin is the JIT's).
        var page = string.Concat(Enumerable.Repeat(french, 50));
        var same = true;
        for (var i = 0; i < 200; i++)
        {
            same &= ReferenceEquals(page, Mojibake.Repair(page));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            same &= ReferenceEquals(page, Mojibake.Repair(page));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(same);
        Assert.True(allocated < page.Length * sizeof(char), $"{allocated} bytes");
    }

    [Fact]
    public void Only_text_read_as_utf8_or_windows_1252_is_repaired()
    {
        // The same bytes: UTF-8 sequences inside a page read as windows-1252 are repaired; read as ISO-8859-15 (a
        // legacy encoding whose letters they are), or as UTF-8 when they are plain UTF-8, they are left alone.
        var bytes = Encoding.UTF8.GetBytes("<p>Café, naïve, déjà.</p>");
        Assert.Equal("<p>Café, naïve, déjà.</p>", HtmlDecoder.Decode(bytes, "text/html; charset=windows-1252"));
        Assert.Equal("<p>CafÃ©, naÃ¯ve, dÃ©jÃ\u00A0.</p>", HtmlDecoder.Decode(bytes, "text/html; charset=iso-8859-15"));
        Assert.Equal("<p>Café, naïve, déjà.</p>", HtmlDecoder.Decode(bytes, "text/html; charset=utf-8"));
    }
}
