using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleExtract.Tests.Docs;

/// <summary>
/// What the README and the package README state about the library's options that the library itself can check: their
/// defaults and the values accepted.
/// </summary>
public sealed partial class ReadmeFactTests
{
    public static TheoryData<string> Docs() => new() { "README.md", "src/ArticleExtract/PACKAGE.md" };

    [Theory]
    [MemberData(nameof(Docs))]
    public void The_options_table_states_the_real_defaults_and_the_values_accepted(string doc)
    {
        var rows = OptionRows(File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), doc)));
        var defaults = ArticleExtractorOptions.Default;
        string[] names = ["UseSecondOpinion", "Favor", "MaxInputLength", "MaxElements", "MaxNestingDepth", "TimeBudget"];
        Assert.Equal(names.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));

        Assert.Equal($"`{(defaults.UseSecondOpinion ? "true" : "false")}`", rows["UseSecondOpinion"].Default);
        Assert.Equal($"`{defaults.Favor}`", rows["Favor"].Default);
        Assert.Equal(defaults.MaxInputLength, Number(rows["MaxInputLength"].Default));
        Assert.Equal(defaults.MaxElements, Number(rows["MaxElements"].Default));
        Assert.Equal(defaults.MaxNestingDepth, Number(rows["MaxNestingDepth"].Default));
        Assert.Equal(defaults.TimeBudget, TimeSpan.FromSeconds(Number(rows["TimeBudget"].Default.Replace(" s", "", StringComparison.Ordinal))));

        Assert.Equal(string.Join(", ", Enum.GetNames<ExtractionFavor>().Select(n => $"`{n}`")), rows["Favor"].Accepted);
        Assert.Equal("positive, or `Timeout.InfiniteTimeSpan` (none)", rows["TimeBudget"].Accepted);
        Assert.True(Accepts(defaults with { TimeBudget = TimeSpan.FromTicks(1) }) && Accepts(defaults with { TimeBudget = Timeout.InfiniteTimeSpan }));
        Assert.False(Accepts(defaults with { TimeBudget = TimeSpan.Zero }) || Accepts(defaults with { TimeBudget = TimeSpan.FromSeconds(-1) }));
        foreach (var (name, with) in new (string, Func<int, ArticleExtractorOptions>)[]
        {
            ("MaxInputLength", v => defaults with { MaxInputLength = v }),
            ("MaxElements", v => defaults with { MaxElements = v }),
            ("MaxNestingDepth", v => defaults with { MaxNestingDepth = v }),
        })
        {
            var (low, high) = Range(rows[name].Accepted);
            Assert.True(Accepts(with(low)) && !Accepts(with(low - 1)), $"{doc}: {name} is said to accept from {low}");
            Assert.True(high == int.MaxValue ? Accepts(with(high)) : Accepts(with(high)) && !Accepts(with(high + 1)), $"{doc}: {name} is said to accept up to {high}");
        }
    }

    private static bool Accepts(ArticleExtractorOptions options)
    {
        try
        {
            options.Validate();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static Dictionary<string, (string Default, string Accepted)> OptionRows(string markdown)
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("| option | default | accepted | meaning |", StringComparison.Ordinal));
        Assert.True(start >= 0, "no options table with the columns 'option | default | accepted | meaning'");
        for (var i = start + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cells = lines[i].Split(" | ");
            rows[cells[0].Trim('|', ' ', '`')] = (cells[1].Trim(), cells[2].Trim());
        }

        return rows;
    }

    // "16 MiB", "500,000", "4,096".
    private static int Number(string text)
    {
        var mib = text.EndsWith(" MiB", StringComparison.Ordinal);
        var value = int.Parse(mib ? text[..^4] : text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return mib ? value * 1024 * 1024 : value;
    }

    // "1 and up", "16 to 4,096".
    private static (int Low, int High) Range(string text)
    {
        var match = RangeText().Match(text);
        Assert.True(match.Success, $"'{text}' is not a range ('N and up' or 'N to M')");
        return (Number(match.Groups[1].Value), match.Groups[2].Success ? Number(match.Groups[2].Value) : int.MaxValue);
    }

    [GeneratedRegex(@"^([\d,]+ ?(?:MiB)?) (?:and up|to ([\d,]+ ?(?:MiB)?))$")]
    private static partial Regex RangeText();
}
