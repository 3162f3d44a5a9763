using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

public sealed class LetterRunsTests
{
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var run in new LetterRuns(text))
        {
            words.Add(text[run]);
        }

        return words;
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  12, 3.  ", "")]
    [InlineData("We use cookies.", "We|use|cookies")]
    [InlineData("3. März 2024, 10:15 Uhr", "März|Uhr")]
    [InlineData("l'été—à Paris", "l|été|à|Paris")]
    [InlineData("Обновлено:автобусы", "Обновлено|автобусы")]
    public void Words_are_the_runs_of_letters(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Words(text));
}
