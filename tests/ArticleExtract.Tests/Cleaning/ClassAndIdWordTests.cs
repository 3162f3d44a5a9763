using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// The verdict of an element's class and id words: an id is read in one pass of its own (not through the class
/// memo), a slug id (a heading's words) says nothing, a word inside a utility class's brackets is no word, and a
/// word that no list holds is skipped without changing what the listed words and pairs say.
/// </summary>
public sealed class ClassAndIdWordTests
{
    private static NoiseKind Classify(string attributes, out bool contentHint)
    {
        var document = new HtmlParser().ParseDocument($"<html><body><div {attributes}><p>Some text here.</p></div></body></html>");
        var element = document.Body!.FirstElementChild!;
        return NoiseClassifier.Classify(element, Tags.Of(element), out contentHint);
    }

    private static NoiseKind Classify(string attributes) => Classify(attributes, out _);

    [Fact]
    public void An_id_of_a_few_words_names_its_role()
    {
        Assert.Equal(NoiseKind.Comments, Classify("id=\"comments\""));
        Assert.Equal(NoiseKind.Comments, Classify("id=\"post-comments-list\""));
        Assert.Equal(NoiseKind.Sidebar, Classify("id=\"right-sidebar-box\""));
    }

    [Fact]
    public void Every_listed_noise_word_and_pair_is_found_in_any_case()
    {
        // The classifier skips a word whose shape (first two characters and length) no listed word has, before the word
        // table: no listed word may be skipped so, whatever its case or the words around it.
        foreach (var (token, kind) in Lexicon.NoiseTokens)
        {
            if (Lexicon.InArticleNoiseTokens.Contains(token) || !token.All(char.IsAsciiLetterOrDigit))
            {
                continue;
            }

            var upper = token.ToUpperInvariant();
            var title = char.ToUpperInvariant(token[0]) + token[1..];
            Assert.Equal(kind, Classify($"class=\"{token}\""));
            Assert.Equal(kind, Classify($"class=\"{upper}\""));
            Assert.Equal(kind, Classify($"class=\"qzx-{title}\""));
        }

        foreach (var (first, second, kind) in Lexicon.NoisePairs)
        {
            Assert.Equal(Classify($"class=\"{first}-{second}\""), Classify($"class=\"{first.ToUpperInvariant()}-{second.ToUpperInvariant()}\""));
        }
    }

    [Fact]
    public void A_slug_id_says_nothing_and_gives_no_hint()
    {
        Assert.Equal(NoiseKind.None, Classify("id=\"why-readers-leave-comments-on-long-posts\""));
        Assert.Equal(NoiseKind.None, Classify("id=\"how-the-main-content-of-a-page-is-found\"", out var hint));
        Assert.False(hint);

        // Four words starting with a letter are no slug; digits do not count.
        Assert.Equal(NoiseKind.Comments, Classify("id=\"reader-comments-section-2024-05-list\""));
    }

    [Fact]
    public void The_same_value_as_class_and_as_id_gives_the_same_verdict()
    {
        foreach (var value in new[] { "comments", "site-sidebar", "entry-content main-body", "nav-links" })
        {
            var asClass = Classify($"class=\"{value}\"", out var classHint);
            var asId = Classify($"id=\"{value}\"", out var idHint);
            Assert.Equal(asClass, asId);
            Assert.Equal(classHint, idHint);
        }
    }

    [Fact]
    public void A_word_inside_brackets_is_part_of_an_arbitrary_value()
    {
        Assert.Equal(NoiseKind.None, Classify("class=\"top-[var(--sidebar-width)]\""));
        Assert.Equal(NoiseKind.None, Classify("class=\"w-[10px] top-[calc(100%-comments)] flex\""));

        // A bracket closes at its "]" or at the end of the class: the words after it count again.
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"w-[10px] sidebar\""));
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"w-[10px sidebar\""));
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"w-[10px]sidebar\""));
    }

    [Fact]
    public void Words_in_any_case_and_pairs_whose_second_word_is_listed_nowhere_else_are_read()
    {
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"col-md-4 Sidebar\""));
        Assert.Equal(NoiseKind.Related, Classify("class=\"row Most-Viewed\""));
        Assert.Equal(NoiseKind.CookieBanner, Classify("class=\"wrapper cc-window fixed\""));
        Assert.Equal(NoiseKind.Hidden, Classify("class=\"label sr-only\""));
        Assert.Equal(NoiseKind.None, Classify("class=\"col-md-4 wrapper container\""));
    }

    [Fact]
    public void A_bare_hide_class_hides_each_element_that_repeats_the_class_string()
    {
        // The class string's words and its "hide" test are kept together per string: a repeat must say the same.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(NoiseKind.Hidden, Classify("class=\"card hide\""));
            Assert.Equal(NoiseKind.None, Classify("class=\"card hide-mobile\""));
        }

        // A class value too long for its words to be read still hides.
        Assert.Equal(NoiseKind.Hidden, Classify($"class=\"{string.Join(' ', Enumerable.Repeat("wrapper", 80))} hide\""));
    }

    [Fact]
    public void A_taxonomy_prefix_in_any_case_hides_the_words_after_it()
    {
        // "tag-sidebar" lists a post's topic, whatever the case of its prefix; a word that is no prefix reads as usual.
        Assert.Equal(NoiseKind.None, Classify("class=\"card TAG-sidebar\""));
        Assert.Equal(NoiseKind.None, Classify("class=\"card Has-sidebar\""));
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"card tagx-sidebar\""));
        Assert.Equal(NoiseKind.Sidebar, Classify("class=\"card ta-sidebar\""));
    }
}
