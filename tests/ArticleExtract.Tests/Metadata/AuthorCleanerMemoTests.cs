using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The author cleaner keeps its answers for single lines cleaned without site names (the byline finder asks about the
/// same line in each scope it reads): a kept answer is the one computed, per rule, and every caller gets a list of its own.
/// </summary>
public class AuthorCleanerMemoTests
{
    [Fact]
    public void A_kept_answer_equals_the_computed_one_for_each_rule()
    {
        const string line = "By Ines Varga and Oskar Lind, Staff Writers";
        foreach (var rule in (NameRule[])[NameRule.Person, NameRule.NameLike, NameRule.Stated])
        {
            var first = AuthorCleaner.Clean([line], [], rule);
            var again = AuthorCleaner.Clean([line], [], rule);
            var asList = AuthorCleaner.Clean(new List<string> { line }, new List<string?>(), rule);

            Assert.Equal(first, again);
            Assert.Equal(first, asList);
        }

        Assert.Equal(["Ines Varga", "Oskar Lind"], AuthorCleaner.Clean([line], [], NameRule.Person));
    }

    [Theory]
    [InlineData("By Ines Varga and Oskar Lind, Staff Writers")]
    [InlineData("Staff")]
    [InlineData("inesv")]
    [InlineData("Written by Dr. Ines Varga, MD")]
    public void Each_rule_is_answered_by_its_own_computation(string line)
    {
        foreach (var rule in Enum.GetValues<NameRule>())
        {
            // A sequence that is no list takes the path that keeps nothing: the computed answer.
            Assert.Equal(AuthorCleaner.Clean(Once(line), [], rule), AuthorCleaner.Clean([line], [], rule));
        }
    }

    private static IEnumerable<string> Once(string line)
    {
        yield return line;
    }

    [Fact]
    public void A_caller_changing_its_list_does_not_change_the_next_answer()
    {
        var first = AuthorCleaner.Clean(["Ines Varga"], [], NameRule.Person);
        first.Add("Someone Else");
        first[0] = "Changed";

        Assert.Equal(["Ines Varga"], AuthorCleaner.Clean(["Ines Varga"], [], NameRule.Person));
    }

    [Fact]
    public void Lines_cleaned_with_site_names_are_not_answered_from_the_kept_ones()
    {
        Assert.Equal(["Harbour Times"], AuthorCleaner.Clean(["Harbour Times"], [], NameRule.NameLike));
        Assert.Empty(AuthorCleaner.Clean(["Harbour Times"], ["Harbour Times"], NameRule.NameLike));
    }
}
