using System.Runtime.CompilerServices;
using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Vocabularies;

/// <summary>The word-list data files and their loader (src/ArticleExtract/Vocabulary).</summary>
public sealed class VocabularyTests
{
    private static VocabularyData Parse(string text)
    {
        var data = new VocabularyData();
        data.Add("sample", text);
        return data;
    }

    [Fact]
    public void Lines_keep_file_order_across_languages_comments_and_tags()
    {
        var data = Parse("""
            # why these words
            [ad-labels]
            @Advertisement
            en: advertisement, sponsored content
              # a comment inside the list
            de: anzeige
            @Comments
            en:  comments ,reply
            *: " | ", "a, b", "say \"hi\"", "nb\u00A0sp", "#", "back\\slash"

            [second]
            fr: publicité
            """);

        var first = data.Section("sample", "ad-labels").Entries;
        Assert.Equal(
            ["advertisement", "sponsored content", "anzeige", "comments", "reply", " | ", "a, b", "say \"hi\"", "nb\u00A0sp", "#", "back\\slash"],
            first.Select(e => e.Word));
        Assert.Equal(["en", "en", "de", "en", "en", "*", "*", "*", "*", "*", "*"], first.Select(e => e.Language));
        Assert.Equal(["Advertisement", "Advertisement", "Advertisement", "Comments", "Comments"], first.Take(5).Select(e => e.Tag));
        Assert.Equal(["publicité"], data.Words("sample", "second"));
        Assert.Equal(["ad-labels", "second"], data.Sections.Select(s => s.Name));
        Assert.Empty(data.Duplicates);
    }

    [Fact]
    public void A_word_listed_twice_in_one_list_is_kept_and_reported()
    {
        var data = Parse("[cookie-phrases]\nes: utiliza cookies, uso de cookies\npt: utiliza cookies\n[other]\nen: utiliza cookies\n");

        Assert.Equal(["utiliza cookies", "uso de cookies", "utiliza cookies"], data.Words("sample", "cookie-phrases"));
        Assert.Equal(["sample/cookie-phrases: utiliza cookies"], data.Duplicates);
    }

    [Theory]
    [InlineData("en: before any section", 1, "before any [section]")]
    [InlineData("[list]\nadvertisement, ads", 2, "starts with a language")]
    [InlineData("[list]\nEN: ads", 2, "starts with a language")]
    [InlineData("[list]\nen: ads,, promo", 2, "empty word")]
    [InlineData("[list]\nen: ads, promo,", 2, "empty word")]
    [InlineData("[list]\nen: say \"hi\" now", 2, "not quoted")]
    [InlineData("[list]\n*: \" | ", 2, "not closed")]
    [InlineData("[list]\n*: \" | \" x", 2, "followed by a comma")]
    [InlineData("[list]\n*: \"\\q\"", 2, "escapes")]
    [InlineData("[List]\nen: ads", 1, "kebab-case")]
    [InlineData("[list]\nen: ads\n[list]\nen: promo", 3, "defined twice")]
    [InlineData("[list]\n@\nen: ads", 2, "tag needs a name")]
    public void A_malformed_line_fails_with_its_file_and_line(string text, int line, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(text));

        Assert.Contains($"sample.txt line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_the_code_asks_for_that_does_not_exist_fails_with_its_name()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Vocabulary.Words("boilerplate", "cookie-phrase"));

        Assert.Contains("\"cookie-phrase\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("boilerplate.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_missing_at_start_up_stops_the_class_that_reads_it()
    {
        // A static field is read when its class is first used: a renamed section surfaces there, on the first page.
        var error = Assert.Throws<TypeInitializationException>(() => MissingListHolder.Words.Length);

        Assert.IsType<KeyNotFoundException>(error.InnerException);
        Assert.Contains("\"no-such-list\"", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_that_is_not_a_value_of_the_enum_fails()
    {
        var data = Parse("[noise-tokens]\n@Adverts\n*: ad\n");

        Assert.Equal("Adverts", data.Section("sample", "noise-tokens").Entries[0].Tag);
        Assert.Throws<InvalidDataException>(() => Vocabulary.TaggedPairs<NoiseKind>("boilerplate", "cookie-phrases"));
    }

    [Fact]
    public void Every_data_file_is_embedded_and_parses()
    {
        var files = Vocabulary.All.Sections.Select(s => s.File).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["authors", "boilerplate", "dates", "languages", "letters", "noise", "page-kinds", "titles"], files);
        Assert.All(Vocabulary.All.Sections, s => Assert.NotEmpty(s.Entries));
    }

    [Fact]
    public void Every_list_in_the_data_files_is_read_by_the_library()
    {
        // Run every type initializer of the library: the lists are static fields of the classes that use them.
        foreach (var type in typeof(Vocabulary).Assembly.GetTypes())
        {
            if (!type.ContainsGenericParameters)
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
        }

        var unused = Vocabulary.All.Sections.Where(s => !Vocabulary.All.IsUsed(s)).Select(s => s.File + "/" + s.Name);
        Assert.Empty(unused);
    }

    [Fact]
    public void Only_the_known_duplicates_are_listed_twice()
    {
        // Each is a word two languages share, or a repeat kept so that lists keep exactly their former contents.
        Assert.Equal(
            [
                "authors/byline-openings: escrito por", "authors/byline-openings: publicado por",
                "boilerplate/boilerplate-lines: more news", "boilerplate/cookie-phrases: utiliza cookies",
            ],
            Vocabulary.All.Duplicates.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Typed_views_read_the_data()
    {
        Assert.Equal(("ad", NoiseKind.Advertisement), Lexicon.NoiseTokens[0]);
        Assert.Equal(("cookie", "banner", NoiseKind.CookieBanner), Lexicon.NoisePairs[0]);
        Assert.Equal(" | ", MetadataLexicon.BylineStops[0]);
        Assert.Equal("\u00A0|", MetadataLexicon.BylineStops.Single(s => s[0] == '\u00A0'));
        Assert.Equal(9, MetadataLexicon.MonthNames.Length);
    }

    private static class MissingListHolder
    {
        public static readonly string[] Words = Vocabulary.Words("noise", "no-such-list");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_function_word_is_written_in_its_family_s_script(int family)
    {
        // LanguageGuess looks a word up in the family of its first letter's script only: a Latin word listed for a
        // Cyrillic language would never be counted.
        var words = LanguageGuess.FamilyWords(family).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Equal(family, LanguageGuess.FamilyOf(w[0])));
        Assert.All(words, w => Assert.Equal(family, LanguageGuess.FamilyOf(char.ToUpperInvariant(w[0]))));
    }
}
