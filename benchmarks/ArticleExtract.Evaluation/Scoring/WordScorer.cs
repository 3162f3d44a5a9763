using ArticleExtract.Evaluation.Corpora;

namespace ArticleExtract.Evaluation.Scoring;

/// <summary>
/// WCXB's own metric: lower-cased <c>\w+</c> tokens of the extracted text and of the truth as bags of words; per page
/// precision, recall and F1 (an empty truth scores 1 only for an empty output); snippets found or leaked as
/// case-insensitive, whitespace-normalised substrings.
/// </summary>
internal static class WordScorer
{
    /// <summary>A page scoring under this F1 has all but lost its article.</summary>
    public const double LostBelow = 0.2;

    /// <summary>Scores one page.</summary>
    /// <param name="page">The page and its truth.</param>
    /// <param name="prediction">The extracted text.</param>
    /// <returns>The page's figures.</returns>
    public static WordScore Score(WcxbPage page, string? prediction)
    {
        ArgumentNullException.ThrowIfNull(page);
        var truth = Bag(page.MainContent);
        var predicted = Bag(prediction);
        int truthCount = 0, predictedCount = 0, common = 0;
        foreach (var (token, count) in truth)
        {
            truthCount += count;
            common += Math.Min(count, predicted.GetValueOrDefault(token));
        }

        foreach (var count in predicted.Values)
        {
            predictedCount += count;
        }

        double precision, recall, f1;
        if (truthCount == 0)
        {
            precision = recall = f1 = predictedCount == 0 ? 1 : 0;
        }
        else
        {
            precision = predictedCount == 0 ? 0 : (double)common / predictedCount;
            recall = (double)common / truthCount;
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        }

        var text = MetadataMatch.Normalize(prediction);
        var raw = prediction ?? string.Empty;
        return new WordScore(precision, recall, f1, predictedCount,
            page.With.Count(s => Contains(text, s)), page.With.Count,
            page.Without.Count(s => Contains(text, s)), page.Without.Count)
        {
            WithFoundAsIs = page.With.Count(s => raw.Contains(s, StringComparison.OrdinalIgnoreCase)),
            WithoutLeakedAsIs = page.Without.Count(s => raw.Contains(s, StringComparison.OrdinalIgnoreCase)),
            WithFoundCased = page.With.Count(s => raw.Contains(s, StringComparison.Ordinal)),
            WithoutLeakedCased = page.Without.Count(s => raw.Contains(s, StringComparison.Ordinal)),
        };
    }

    /// <summary>The bag of lower-cased <c>\w+</c> tokens (Python's <c>\w</c>, as the published scripts).</summary>
    /// <param name="text">The text; null counts as empty.</param>
    /// <returns>Each token with its count.</returns>
    public static Dictionary<string, int> Bag(string? text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in ShingleScorer.Tokenize(text?.ToLowerInvariant()))
        {
            bag[token] = bag.GetValueOrDefault(token) + 1;
        }

        return bag;
    }

    private static bool Contains(string normalizedText, string snippet)
    {
        var needle = MetadataMatch.Normalize(snippet);
        return needle.Length > 0 && normalizedText.Contains(needle, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>One page's word match and snippets.</summary>
/// <param name="Precision">Shared tokens over predicted tokens.</param>
/// <param name="Recall">Shared tokens over true tokens.</param>
/// <param name="F1">The page's F1.</param>
/// <param name="PredictedTokens">How many tokens were extracted.</param>
/// <param name="WithFound">How many <c>with</c> snippets appear in the text.</param>
/// <param name="WithTotal">How many <c>with</c> snippets the page has.</param>
/// <param name="WithoutLeaked">How many <c>without</c> snippets appear in the text.</param>
/// <param name="WithoutTotal">How many <c>without</c> snippets the page has.</param>
internal readonly record struct WordScore(
    double Precision, double Recall, double F1, int PredictedTokens, int WithFound, int WithTotal, int WithoutLeaked, int WithoutTotal)
{
    /// <summary><c>with</c> snippets found as WCXB's evaluate.py looks for them: case folded, white space as it is.</summary>
    public int WithFoundAsIs { get; init; }

    /// <summary><c>without</c> snippets leaked as WCXB's evaluate.py looks for them: case folded, white space as it is.</summary>
    public int WithoutLeakedAsIs { get; init; }

    /// <summary><c>with</c> snippets found as trafilatura's evaluation looks for them: the exact characters.</summary>
    public int WithFoundCased { get; init; }

    /// <summary><c>without</c> snippets leaked as trafilatura's evaluation looks for them: the exact characters.</summary>
    public int WithoutLeakedCased { get; init; }
}
