using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Pipeline;

/// <summary>
/// The shortcuts taken for speed give the answers of the slower code they stand in for: an element's text without
/// AngleSharp's <c>TextContent</c>, tag names through a direct-mapped table, the year check before the date regex,
/// and the class-word answers kept per class string.
/// </summary>
public sealed class FastPathTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>  Harbour   dredging
        begins </title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour dredging begins"}</script></head>
        <body>
        <h1>Harbour <em>dredging</em> begins</h1>
        <p class="byline">By <a href="/staff/ana">Ana Ruiz</a><!-- author box --> · <time datetime="2024-03-05">5 March 2024</time></p>
        <div><!-- only a comment --></div>
        <div></div>
        <p>The port authority said the work would take <b>six <i>weeks</i></b>.</p>
        <svg><title>Map of the harbour</title><text>Pier 4</text></svg>
        <table><tr><td>Berth</td><td>Depth</td></tr></table>
        </body></html>
        """;

    [Fact]
    public void Element_text_is_what_TextContent_gives_for_every_element()
    {
        var document = new HtmlParser().ParseDocument(Page);
        var elements = document.QuerySelectorAll("*");
        Assert.True(elements.Length > 15);
        foreach (var element in elements)
        {
            Assert.Equal(element.TextContent, ElementText.Of(element));
        }
    }

    [Fact]
    public void Element_text_of_a_single_text_child_is_that_text_itself()
    {
        var document = new HtmlParser().ParseDocument("<p>Tides turn twice a day.</p>");
        var p = document.QuerySelector("p")!;
        Assert.Same(((IText)p.FirstChild!).Data, ElementText.Of(p));
    }

    [Fact]
    public void Tag_names_are_all_found_with_their_numbers_whatever_shares_a_slot()
    {
        // Enough names that many share a slot of the table; each must still come back with its own number.
        var names = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            names.Add("x-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        names.AddRange(["div", "dir", "dfn", "a", "b", "i", "u", "s"]);
        var table = new ArticleExtract.Parsing.TagNames(names);
        for (var id = 0; id < names.Count; id++)
        {
            Assert.True(table.TryGet(names[id].AsSpan(), out var interned, out var found));
            Assert.Same(names[id], interned);
            Assert.Equal(id, found);
        }

        foreach (var absent in (string[])["x-600", "dix", "x-1x", "", "diV", "span"])
        {
            Assert.False(table.TryGet(absent.AsSpan(), out _, out _), absent);
        }
    }

    [Theory]
    [InlineData("Posted on March 30, 2011 by Jane", true)]
    [InlineData("Letzte Aktualisierung: 18.01.2018", true)]
    [InlineData("2019-06-29T10:00", true)]
    [InlineData("12/03/2020 às 14h", true)]
    [InlineData("March 12019", true)]
    [InlineData("Now $1,299.00, was $1,499", false)]
    [InlineData("Call 555-1234 today", false)]
    [InlineData("Over 10000 readers", false)]
    [InlineData("Watch in 1080p or 2160p", false)]
    [InlineData("Room 2205, floor 3", false)]
    public void The_year_check_lets_through_lines_with_a_year(string line, bool expected) =>
        Assert.Equal(expected, DatePhrases.MayHoldDate(line));

    [Theory]
    [InlineData("Published 5 March 2024, 10:15")]
    [InlineData("Updated: 2024-03-05")]
    [InlineData("Publié le 29 juin 2019")]
    [InlineData("On 3/4/2021 and 4/5/2022 the pier closed")]
    [InlineData("2023/7/1")]
    [InlineData("Room 2205, on 1 May 2020")]
    public void Every_line_in_which_the_regex_finds_a_date_passes_the_year_check(string line)
    {
        var found = new List<(ArticleDate Date, DateRole Role, bool Named, bool Stated)>();
        DatePhrases.Find(line, string.Empty, "en", found);
        Assert.NotEmpty(found);
        Assert.True(DatePhrases.MayHoldDate(line));
    }

    [Theory]
    [InlineData("Published 5 March 2024, 10:15", true)]
    [InlineData("PUBLIÉ LE 29 JUIN 2019", true)]
    [InlineData("5 O\u212ATOBER 2020", true)] // the Kelvin sign, which the regex takes for a k
    [InlineData("Updated: 2024-03-05", true)]
    [InlineData("Letzte Aktualisierung: 18.01.2018", true)]
    [InlineData("2023/7/1", true)]
    [InlineData("Stand: 2019.06.29", true)]
    [InlineData("© 2019 Northwind Traders. All rights reserved.", false)]
    [InlineData("Since 1998 we have fitted 2000 kitchens", false)]
    [InlineData("Mayday 2019: the marching band's 20th year", false)]
    [InlineData("Top 10 of 2023 (updated)", false)]
    public void The_date_pre_check_rules_out_only_lines_without_a_date(string line, bool expected)
    {
        Assert.Equal(expected, DatePhrases.MayMatch(line));
        Assert.True(DatePhrases.MayMatch(line) || !DatePhrases.PatternFinds(line), line);
    }

    [Theory]
    [InlineData("Published 5 March 2024, 10:15, updated 2024-03-06T09:00")]
    [InlineData("04-Aug-2021 | 12/03/2020 às 14h | 2019.06.29")]
    [InlineData("March 5, 2024 or 5 March 2024 or 5th of March 2024 at 9 pm")]
    [InlineData("2023/7/1, 1.2.2019, 2019-13-45 and 31/12/2019-01-01")]
    [InlineData("Letzte Aktualisierung: 18.01.2018 um 14:30 Uhr (Erstellt 17. Januar 2018)")]
    [InlineData("v2.2019.06.29 build 20190629, © 2019")]
    [InlineData("12 de marzo de 2020 - 12 mars 2020 - 12 марта 2020 г.")]
    [InlineData("")]
    [InlineData("Summarch 5, 2020; 1234 March 2020; 5 Marching 2020; x.March 5, 2020 and 05-mar-2020")]
    [InlineData("MARCH 5, 2020 11 May 2021 May 2022 5 May 5 2023 and 31 Junio 2019, 31st of Dec 2019 at 10:30pm")]
    [InlineData("5 O\u212ATOBER 2020, 07 Sept. 2021 13:05 and 2019-06-29 beside 29.06.2019 or 2019/6/29")]
    [InlineData("\uD835\uDC00 March 5, 2020 \uD835\uDC00March 6, 2020 9March 7, 2020")]
    public void The_date_forms_run_one_by_one_find_what_their_alternation_finds(string line)
    {
        var alternation = new System.Text.RegularExpressions.Regex(string.Join('|', DatePhrases.DateForms()), DatePhrases.PatternOptions);
        var expected = alternation.Matches(line).Select(m => (m.Index, m.Length)).ToList();
        var found = new List<(int, int)>();
        foreach (var m in new DatePhrases.PhraseMatches(line))
        {
            found.Add(m);
        }

        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_date_pre_check_folds_every_letter_the_regex_equates_with_a_month_names_letter()
    {
        foreach (var letter in DateParser.MonthNames.Keys.SelectMany(n => n).Distinct())
        {
            var one = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(letter.ToString())}$", DatePhrases.PatternOptions);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (one.IsMatch(((char)c).ToString()))
                {
                    Assert.True(DatePhrases.Fold((char)c) == DatePhrases.Fold(letter), $"U+{c:X4} matches '{letter}' but folds apart");

                    // The pre-check reads a month as a word of letters (HasMonthName): the regex must see it as one.
                    Assert.True(char.IsLetter((char)c), $"U+{c:X4} matches '{letter}' but is no letter");
                }
            }
        }
    }

    [Fact]
    public void The_label_search_finds_a_label_exactly_where_a_case_insensitive_LastIndexOf_does()
    {
        // Every character that case-maps to or from another (ignore-case equates it with that one: 'ſ' with 's', 'ı' with
        // 'i'), grouped by the upper case of each, and a few that map to nothing.
        var kin = new Dictionary<char, List<char>>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var key in (char[])[char.ToUpperInvariant((char)c), char.ToLowerInvariant((char)c)])
            {
                if (!kin.TryGetValue(key, out var list))
                {
                    kin[key] = list = [];
                }

                list.Add((char)c);
            }
        }

        // Each label with each of its letters replaced by its kin, set in a line: the one search of the list and the
        // label-by-label search agree on whether any label stands there.
        foreach (var labels in (string[][])[MetadataLexicon.PublishedLabels, MetadataLexicon.UpdatedLabels, MetadataLexicon.MemberLabels])
        {
            var search = new DatePhrases.LabelSearch(labels);
            foreach (var label in labels)
            {
                const string Before = "Filed from the quay, ";
                var line = (Before + label + ": 4 May").ToCharArray();
                for (var j = 0; j < label.Length; j++)
                {
                    var others = (char[])['-', ' ', '\u212A', '\u0130', '\u017F', '\u0131', .. kin[char.ToUpperInvariant(label[j])], .. kin[char.ToLowerInvariant(label[j])]];
                    foreach (var c in others)
                    {
                        line[Before.Length + j] = c;
                        var lead = new ReadOnlySpan<char>(line);
                        var any = false;
                        foreach (var l in labels)
                        {
                            any |= lead.LastIndexOf(l, StringComparison.OrdinalIgnoreCase) >= 0;
                        }

                        Assert.True(any == DatePhrases.HoldsAny(lead, search), $"'{label}' with U+{(int)c:X4} at {j}");
                    }

                    line[Before.Length + j] = label[j];
                }
            }
        }
    }

    [Fact]
    public void Class_strings_sharing_a_slot_of_the_class_word_memo_keep_their_own_answers()
    {
        // "comments" and "contents" have the same length, first, middle and last letters: one slot of the memo. The
        // comment thread must go and the contents stay, in either order and repeated.
        const string Thread = "<div class=\"comments\"><p>I have waited for this dredging for years, finally the big ships can come in again.</p></div>";
        const string Inside = "<div class=\"contents\"><p>Pilots will guide every vessel through the channel while the dredgers work at night.</p></div>";
        var page = TestPages.Article(Inside + Inside, Thread + Inside.Replace("Pilots", "Tugs", StringComparison.Ordinal) + Thread);
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://cityherald.example/news/dredging"));
        Assert.Contains("Pilots will guide", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("waited for this dredging", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("The port authority said the work would take six weeks.")]
    [InlineData("\tTabs,\r\nnew lines\vand\fform feeds  ")]
    [InlineData("Ünïcödé words and non-breaking\u00A0spaces")]
    [InlineData("港口将于三月开始疏浚 and some Latin")]
    public void Visible_length_of_ascii_text_is_its_characters_less_white_space(string text)
    {
        var expected = 0;
        foreach (var c in text)
        {
            expected += char.IsWhiteSpace(c) ? 0 : c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') ? 3 : 1;
        }

        Assert.Equal(expected, ArticleExtract.Cleaning.VisibleText.Count(text));
    }

    [Fact]
    public void The_string_memo_answers_each_string_for_itself_and_computes_a_repeat_once()
    {
        var memo = new StringMemo<int>();
        var computed = 0;
        int Length(string s)
        {
            computed++;
            return s.Length * 10 + s[0];
        }

        // Same length, first, middle and last characters: one slot.
        foreach (var key in (string[])["comments", "contents", "comments", "contents"])
        {
            Assert.Equal(key.Length * 10 + key[0], memo.Get(key, Length));
        }

        Assert.Equal(4, computed);
        Assert.Equal(80 + 'n', memo.Get("nav-item", Length));
        Assert.Equal(80 + 'n', memo.Get(new string("nav-item".AsSpan()), Length));
        Assert.Equal(5, computed);
    }

    [Fact]
    public void The_string_memo_keeps_no_long_string()
    {
        var memo = new StringMemo<int>();
        var computed = 0;
        var longKey = new string('x', StringMemo<int>.MaxKeyLength + 1);
        memo.Get(longKey, s => ++computed);
        memo.Get(longKey, s => ++computed);
        Assert.Equal(2, computed);
    }
}
