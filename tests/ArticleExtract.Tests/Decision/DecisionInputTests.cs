using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Decision;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using ArticleExtract.Tests.Cleaning;

namespace ArticleExtract.Tests.Decision;

/// <summary>
/// What the learned decision reads of a page: a block's own text, its text key and its tag's traits. The faster
/// readings (ASCII by table, ordinals followed along the walk, article and main by trait) must answer exactly as the
/// rules they stand for: every feature bit moves the trees' scores.
/// </summary>
public sealed class DecisionInputTests
{
    private const string Page = "<html><body><main id=\"m\">"
        + "<p id=\"lone\">The ferry leaves at nine.</p>"
        + "<div id=\"mixed\">Tickets are sold <b>on board</b>, <span style=\"display:none\">hidden</span>"
        + "<script>var fare = 3;</script>by the <a href=\"/crew\">crew</a><br>and at the pier."
        + "<p id=\"inner\">A paragraph of its own.</p> After the paragraph, <i>more <em>loose</em> text</i>."
        + "<ul><li>one</li><li>two</li></ul> The end.</div>"
        + "<article id=\"a\"><p>Inside an article.</p></article><section id=\"s\"><p>Inside a section.</p></section>"
        + "</main></body></html>";

    [Fact]
    public void A_blocks_own_text_skips_nested_blocks_scripts_and_hidden_text()
    {
        var index = Index(Page);
        Assert.Equal("The ferry leaves at nine.", UnitText.Of(index, Ordinal(index, "lone")));
        Assert.Equal("Tickets are sold on board, by the crew and at the pier. After the paragraph, more loose text. The end.",
            UnitText.Of(index, Ordinal(index, "mixed")));
        Assert.Equal("A paragraph of its own.", UnitText.Of(index, Ordinal(index, "inner")));
    }

    [Fact]
    public void A_blocks_own_text_is_the_same_in_any_order_of_asking()
    {
        var index = Index(Page);
        var forward = Enumerable.Range(0, index.Count).Select(e => UnitText.Of(index, e)).ToArray();
        var backward = Enumerable.Range(0, index.Count).Reverse().Select(e => UnitText.Of(index, e)).Reverse().ToArray();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Article_and_main_and_nothing_else_are_landmarks()
    {
        Assert.NotEqual(TagTraits.None, Tags.Of("article") & TagTraits.Landmark);
        Assert.NotEqual(TagTraits.None, Tags.Of("main") & TagTraits.Landmark);
        foreach (var name in new[] { "section", "div", "p", "aside", "header", "span", "body", "articles", "mains" })
        {
            Assert.Equal(TagTraits.None, Tags.Of(name) & TagTraits.Landmark);
        }
    }

    public static TheoryData<string> Texts =>
    [
        "",
        "Advertisement",
        "- Advertisement -",
        "We'll be back — after the break / honest",
        "Don’t miss: TOP 10 Stories!!!",
        "Éléphants à l'Opéra, 12 ans. Ça va?",
        "ΕΛΛΗΝΙΚΆ Ελληνικά · Русский • Türkçe İstanbul",
        "这把折叠凳收起来只有一本平装书那么宽，打开后可以稳稳地坐在不平的地面上。",
        "tab\tnew\nline\u00a0nbsp\u2009thin",
        "ＦＵＬＬ　ＷＩＤＴＨ１２３",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_text_key_follows_its_rules_for_every_character(string text)
    {
        Assert.Equal(TextKeyTests.ByRules(text), TextKey.Normalize(text));
    }

    [Fact]
    public void The_text_key_follows_its_rules_for_every_ascii_character()
    {
        var all = new string(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());
        Assert.Equal(TextKeyTests.ByRules(all), TextKey.Normalize(all));
        Assert.Equal(TextKeyTests.ByRules("a'b" + all + "z"), TextKey.Normalize("a'b" + all + "z"));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_text_shape_features_count_as_the_character_classes_say(string text)
    {
        var index = Index($"<html><body><main><p>{System.Net.WebUtility.HtmlEncode(text)} x</p><p>Second block, for a neighbour.</p></main></body></html>");
        using var features = BlockFeatures.Compute(index, 0);
        var unit = Array.FindIndex(features.Units, e => index.Elements[e].LocalName == "p");
        var row = features.Row(unit);
        var own = UnitText.Of(index, features.Units[unit]);
        int words = 0, letters = 0, commas = 0, ends = 0, digits = 0, visible = 0, firstUpper = -1;
        var inWord = false;
        foreach (var ch in own)
        {
            if (char.IsLetterOrDigit(ch))
            {
                words += inWord ? 0 : 1;
                inWord = true;
                letters++;
                digits += char.IsDigit(ch) ? 1 : 0;
                firstUpper = firstUpper < 0 ? (char.IsUpper(ch) ? 1 : 0) : firstUpper;
            }
            else
            {
                inWord = false;
                commas += ch is ',' or '，' or '、' ? 1 : 0;
                ends += ch is '.' or '!' or '?' or '。' ? 1 : 0;
            }

            visible += char.IsWhiteSpace(ch) ? 0 : 1;
        }

        Assert.Equal(MathF.Log(1 + words), row[56]);
        Assert.Equal(words == 0 ? 0 : (float)letters / words, row[57]);
        Assert.Equal(words == 0 ? 0 : (float)commas / words, row[58]);
        Assert.Equal(words == 0 ? 0 : (float)ends / words, row[59]);
        Assert.Equal(visible == 0 ? 0 : (float)digits / visible, row[60]);
        Assert.Equal(Math.Max(0, firstUpper), row[61]);
    }

    private static DocumentIndex Index(string html) =>
        DocumentIndex.Build(DocumentParser.Parse(html).Body!, 10_000, CancellationToken.None);

    private static int Ordinal(DocumentIndex index, string id)
    {
        for (var e = 0; e < index.Count; e++)
        {
            if (index.Elements[e].Id == id)
            {
                return e;
            }
        }

        throw new InvalidOperationException(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ferry")]
    [InlineData("The ferry leaves at nine, and the last one at 22:40. Tickets? On board!")]
    [InlineData("  menu  Home  News  Sport  Weather  Contact  About us  Jobs  Advertise  Privacy  ")]
    [InlineData("Tickets are sold on board\u00A0— the crew’s “fare box” takes cash, cards and 3 coins、港口，日本。")]
    [InlineData("word1word2 9lives camelCaseWords UPPER lower 12,5% 1.000.000 a-b_c/d")]
    public void The_prose_shape_by_vectors_reads_as_each_character(string text)
    {
        Assert.Equal(ProseShape.OfEachCharacter(text), ProseShape.Of(text));
        var repeated = string.Concat(Enumerable.Repeat(text + " ", 7));
        Assert.Equal(ProseShape.OfEachCharacter(repeated), ProseShape.Of(repeated));
    }

    [Fact]
    public void The_prose_shape_by_vectors_reads_every_character_as_each_character()
    {
        // Each character at every place in a vector of 16 and across its edge, after a letter and after a space.
        for (var c = 0; c < 0x3100; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"Abc de{ch}fghijklmnopqrstu{ch}vw", $"a{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch}{ch} {ch}{ch}1" })
            {
                Assert.Equal(ProseShape.OfEachCharacter(text), ProseShape.Of(text));
            }
        }
    }

    [Fact]
    public void Rows_for_the_model_leave_out_only_what_no_tree_reads_and_score_the_same()
    {
        var html = "<html><body><main><h2>Timetable</h2><p>12 May 2026</p><p>Updated 09:40</p>"
            + "<p>The ferry leaves at nine, and the last one returns at 22:40 when the sea allows it.</p>"
            + "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">News</a></li></ul><p>3 comments</p></main></body></html>";
        var index = Index(html);
        var model = BlockDecision.Model!;
        using var complete = BlockFeatures.Compute(index, 0);
        using var forModel = BlockFeatures.Compute(index, 0, null, model);
        var differ = 0;
        for (var i = 0; i < complete.Units.Length; i++)
        {
            var a = complete.Row(i);
            var b = forModel.Row(i);
            for (var f = 0; f < BlockFeatures.Count; f++)
            {
                if (BitConverter.SingleToInt32Bits(a[f]) != BitConverter.SingleToInt32Bits(b[f]))
                {
                    Assert.False(model.Reads(f), $"{BlockFeatures.Names[f]} differs and the model reads it");
                    differ++;
                }
            }

            Assert.Equal(model.Score(a), model.Score(b));
        }

        // The date lines are read as dates only in the complete rows (while the model reads no date flag).
        Assert.Equal(model.Reads(Array.IndexOf(BlockFeatures.Names, "w_date")) ? 0 : 1, Math.Sign(differ));
    }
}
