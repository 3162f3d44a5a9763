using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// The one-pass text scans that replaced a loop per phrase or per character must answer exactly as the loops they
/// replaced: the learned decision's features, and so its verdicts, depend on every bit of them.
/// </summary>
public sealed class TextScanTests
{
    private static readonly string[][] Lists =
    [
        ["sign up", "subscribe", "подпиш"],
        ["newsletter", "inbox", "рассылк"],
        ["we use cookies", "cookie", "c"],
        ["getty images", "(photo:", "/ap", "фото:"],
    ];

    public static TheoryData<string> Texts =>
    [
        "",
        "c",
        "sign up for our newsletter",
        "Subscribe to the inbox",
        "подпишитесь на рассылку",
        "a boat at the harbour (photo: getty images)",
        "reuters/ap/afp",
        "фото: пресс-служба",
        "The harbour opens at dawn and closes when the last boat is in.",
        "cookie",
        "we use cookies to improve the site",
        "sign u",
        "/a",
        "ab",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Phrase_lists_find_what_contains_finds(string text)
    {
        var lists = new PhraseLists(Lists);
        var expected = 0;
        var opening = 0;
        for (var k = 0; k < Lists.Length; k++)
        {
            expected |= Lists[k].Any(p => text.Contains(p, StringComparison.Ordinal)) ? 1 << k : 0;
            opening |= Lists[k].Any(p => text.StartsWith(p, StringComparison.Ordinal)) ? 1 << k : 0;
        }

        Assert.Equal(expected, lists.FoundIn(text));
        Assert.Equal(opening, lists.OpeningOf(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Phrase_lists_with_a_phrase_of_two_characters_find_what_contains_finds(string text)
    {
        // A phrase of two characters has no third for the trigram bits: such lists are read pair by pair.
        string[][] lists = [["ab", "sign up"], ["/a", "фото:"], ["c", "up"]];
        AssertFoundAsContains(lists, new PhraseLists(lists), text);
    }

    [Theory]
    [InlineData("photo/ap")]
    [InlineData("/ap")]
    [InlineData("ap/x")]
    [InlineData("ap")]
    [InlineData("sign up")]
    [InlineData("sign u")]
    [InlineData("x sign up/ap")]
    public void Phrases_of_three_characters_are_found_where_no_fourth_follows(string text)
    {
        // Positions pass by the first four characters of the longer phrases and by all three of a three-character one.
        string[][] lists = [["/ap", "sign up"], ["ap/"], ["sign"]];
        AssertFoundAsContains(lists, new PhraseLists(lists), text);
    }

    [Fact]
    public void The_filters_phrase_lists_find_what_contains_finds()
    {
        // The lists the boilerplate filter and the decision's wording read, on texts made of their phrases' pieces, each
        // piece cut anywhere and put beside others, curly quotes, dashes and letters of other scripts.
        string[][] lists =
        [
            Lexicon.NewsletterVerbs, Lexicon.NewsletterNouns, Lexicon.FollowPhrases, Lexicon.SocialNetworks,
            Lexicon.CookiePhrases, Lexicon.NewsletterConsentPhrases, Lexicon.NewsletterConsentNouns, Lexicon.CreditPhrases,
            Lexicon.AffiliateNoticePhrases, Lexicon.CookieNoticePhrases,
        ];
        var phrases = lists.SelectMany(list => list).ToArray();
        var search = new PhraseLists(lists);
        string[] fillers = [" ", "’", " — ", "the ", "é", "п", "\u00A0", "s", ". ", "c", "co", "in"];
        var random = new Random(20261207);
        for (var t = 0; t < 3000; t++)
        {
            var text = new System.Text.StringBuilder();
            var pieces = random.Next(1, 6);
            for (var k = 0; k < pieces; k++)
            {
                var phrase = phrases[random.Next(phrases.Length)];
                var from = random.Next(2) == 0 ? 0 : random.Next(phrase.Length);
                var to = random.Next(3) == 0 ? random.Next(from, phrase.Length + 1) : phrase.Length;
                text.Append(phrase, from, to - from).Append(fillers[random.Next(fillers.Length)]);
            }

            AssertFoundAsContains(lists, search, text.ToString());
        }
    }

    private static void AssertFoundAsContains(string[][] lists, PhraseLists search, string text)
    {
        var expected = 0;
        for (var k = 0; k < lists.Length; k++)
        {
            expected |= lists[k].Any(p => text.Contains(p, StringComparison.Ordinal)) ? 1 << k : 0;
        }

        Assert.Equal(expected, search.FoundIn(text));
    }

    [Fact]
    public void A_phrase_in_two_lists_answers_for_both()
    {
        var lists = new PhraseLists(["follow us"], ["follow us", "share"]);
        Assert.Equal(0b11, lists.FoundIn("please follow us on the web"));
        Assert.Equal(0b10, lists.FoundIn("share this"));
        Assert.Equal(0, lists.FoundIn("follow the river"));
    }

    [Theory]
    [InlineData("Sign Up NOW")]
    [InlineData("ÉCOLE Straße İstanbul")]
    [InlineData("ПОДПИШИТЕСЬ")]
    [InlineData("already lower")]
    public void Lower_casing_matches_the_invariant_culture(string text)
    {
        var buffer = new char[text.Length];
        var length = LowerCase.Invariant(text, buffer);
        Assert.Equal(text.ToLowerInvariant(), new string(buffer, 0, length));
        Assert.Equal(-1, LowerCase.Invariant(text, new char[Math.Max(0, text.Length - 1)]));
    }

    [Theory]
    [InlineData("ad300x250 articleBody newsCaption")]
    [InlineData("CtxtMenu MathJax_Display")]
    [InlineData("entry-content has-sidebar td-main-sidebar")]
    [InlineData("élément-Principal ΑρθροΚύριο ТекстСтатьи x9Ω2")]
    [InlineData("__--  ")]
    [InlineData("a1b2C3dE")]
    [InlineData("menuItem menu-item3 navbarÉtoile caféNoir abcdefghijklmnopqrstuvwxyz Zebra-stripeX x")]
    public void Class_words_split_as_by_the_char_methods(string value)
    {
        var words = new List<string>();
        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            words.Add(word.ToString());
        }

        Assert.Equal(Reference(value), words);
    }

    [Theory]
    [InlineData("https://cdn.example.org/images/2026/stools/oak-stool-front.jpg")]
    [InlineData(" abcdefghijklmnopqrstuvwxy")]
    [InlineData("abcdefghijklmnopqrstuvwx z")]
    [InlineData("abcdefghijklmnopqrstuvwxy\tabcdefghijklmnopqrstuvwx\nabcdefghijklmnopqrstuvwxyz")]
    [InlineData("The stool folds flat to the width of a paperback and opens in one movement.")]
    [InlineData("a  b   c    d                          e")]
    [InlineData("see 0123456789abcdef0123456789abcdef and 0123456789abcdef0123456789abcdef, then stop")]
    [InlineData("naïve-café-résumé-façade-déjà-vu-jalapeño-piñata")]
    public void Unbroken_runs_are_counted_as_by_every_character(string text)
    {
        const int MinRun = Thresholds.UnbrokenStringChars;
        int total = 0, run = 0;
        var ascii = true;
        foreach (var c in text + " ")
        {
            if (char.IsWhiteSpace(c))
            {
                total += ascii && run >= MinRun ? run : 0;
                (run, ascii) = (0, true);
                continue;
            }

            run++;
            ascii &= c < '\u0080';
        }

        Assert.Equal(total, VisibleText.UnbrokenChars(text, MinRun));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n      \t  ")]
    [InlineData("The stool folds flat to the width of a paperback and opens in one movement.")]
    [InlineData("Tabs\tand\r\nnew lines\vand\fform feeds, then https://cdn.example.org/images/2026/stools/oak-stool-front.jpg  ")]
    [InlineData("naïve-café-résumé-façade-déjà-vu-jalapeño-piñata and \u00A0non-breaking\u2009thin spaces")]
    [InlineData("港口将于三月开始疏浚\u3000and some Latin with an address: https://example.org/a/very/long/path/name")]
    [InlineData("https://example.org/ünïcödé/path/that/is/long/enough and 0123456789abcdef0123456789abcdef")]
    public void One_measure_counts_as_the_two_it_replaced(string text)
    {
        const int MinRun = Thresholds.UnbrokenStringChars;
        Assert.Equal(VisibleText.Count(text), VisibleText.Measure(text, MinRun, out var unbroken));
        Assert.Equal(VisibleText.UnbrokenChars(text, MinRun), unbroken);
    }

    [Fact]
    public void One_measure_reads_every_character_as_the_two_it_replaced()
    {
        // Every character once, in a run long enough to count and between words, in the vectorised part and the tail.
        const int MinRun = Thresholds.UnbrokenStringChars;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"{ch}", $"abcdefghijklmnopqrstuvwxyz{ch}abcdefghijklmnopqrstuvwxyz", $"word {ch} word and more words to fill", $"{new string(ch, 40)}" })
            {
                Assert.Equal(VisibleText.Count(text), VisibleText.Measure(text, MinRun, out var unbroken));
                Assert.Equal(VisibleText.UnbrokenChars(text, MinRun), unbroken);
            }
        }
    }

    // The splitting as ClassTokens wrote it before it read each character's kind once: every test by the char methods.
    private static List<string> Reference(string t)
    {
        var words = new List<string>();
        var i = 0;
        var camel = false;
        while (true)
        {
            while (i < t.Length && !char.IsLetterOrDigit(t[i]))
            {
                i++;
            }

            if (i >= t.Length)
            {
                return words;
            }

            var start = i;
            if (start == 0 || !char.IsLetterOrDigit(t[start - 1]))
            {
                camel = char.IsLower(t[start]);
            }

            for (i++; i < t.Length && char.IsLetterOrDigit(t[i]); i++)
            {
                var (prev, c) = (t[i - 1], t[i]);
                if ((camel && char.IsLower(prev) && char.IsUpper(c)) || (char.IsLetter(prev) != char.IsLetter(c)))
                {
                    break;
                }
            }

            words.Add(t[start..i]);
        }
    }
}
