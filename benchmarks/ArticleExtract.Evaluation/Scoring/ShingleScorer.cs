using System.Globalization;
using System.Text;

namespace ArticleExtract.Evaluation.Scoring;

/// <summary>
/// The article-extraction-benchmark's published scoring (scrapinghub/article-extraction-benchmark, evaluate.py):
/// texts become multisets of 4-token shingles, each page's tp/fp/fn are normalised to sum to one, and precision
/// and recall are means over pages, so a long article weighs no more than a short one.
/// </summary>
internal static class ShingleScorer
{
    /// <summary>Tokens per shingle, as published.</summary>
    public const int ShingleSize = 4;

    /// <summary>
    /// The text's tokens: maximal runs of what Python's <c>re</c> calls <c>\w</c> in a str pattern — letters
    /// (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and '_' — read per code point.
    /// </summary>
    /// <remarks>
    /// Not .NET's <c>\w</c>: that one also takes combining marks (Mn) and every connector punctuation but not
    /// No/Nl, and sees astral letters as two surrogates. Scores must equal the published script's to the digit,
    /// and Hindi or accented text written with combining marks tokenises differently under the two.
    /// </remarks>
    /// <param name="text">The text; null counts as empty.</param>
    /// <returns>The tokens in order.</returns>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>
    /// The multiset of the text's shingles: every run of <see cref="ShingleSize"/> consecutive tokens; a text with
    /// fewer tokens gives one shorter shingle, a text with none gives none.
    /// </summary>
    /// <param name="text">The text; null counts as empty.</param>
    /// <returns>Each shingle (tokens joined by a space, which no token contains) with its count.</returns>
    public static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokenize(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return shingles;
        }

        var count = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join(' ', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Scores one page: shingle counts compared, then tp, fp and fn divided by their sum.</summary>
    /// <param name="truth">The ground-truth text.</param>
    /// <param name="prediction">The extracted text.</param>
    /// <returns>The page's normalised counts and whether the token lists are equal.</returns>
    public static PageScore Score(string? truth, string? prediction)
    {
        var truthShingles = Shingles(truth);
        var predictedShingles = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, trueCount) in truthShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - truthShingles.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        return new PageScore(tp, fp, fn, Tokenize(truth).SequenceEqual(Tokenize(prediction), StringComparer.Ordinal));
    }

    /// <summary>
    /// The corpus figures: precision is the mean over pages that predicted anything, recall the mean over pages
    /// whose truth has anything, F1 the harmonic mean of those two means, accuracy the share of exact pages.
    /// </summary>
    /// <param name="pages">Every page's score.</param>
    /// <returns>The figures; zeros when no page qualifies for a mean.</returns>
    public static CorpusScore Aggregate(IReadOnlyCollection<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precision = Mean(pages.Where(p => p.TruePositive + p.FalsePositive > 0).Select(p => p.Precision));
        var recall = Mean(pages.Where(p => p.TruePositive + p.FalseNegative > 0).Select(p => p.Recall));
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count > 0 ? (double)pages.Count(p => p.TokensEqual) / pages.Count : 0;
        return new CorpusScore(precision, recall, f1, accuracy, pages.Count);
    }

    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }

        return count > 0 ? sum / count : 0;
    }
}

/// <summary>One page's shingle match, normalised so that tp + fp + fn is 1 (or all are 0 when neither text has a token).</summary>
/// <param name="TruePositive">Share of shingles in both texts.</param>
/// <param name="FalsePositive">Share of predicted shingles in excess of the truth.</param>
/// <param name="FalseNegative">Share of true shingles missing from the prediction.</param>
/// <param name="TokensEqual">Whether the two token lists are identical.</param>
internal readonly record struct PageScore(double TruePositive, double FalsePositive, double FalseNegative, bool TokensEqual)
{
    /// <summary>tp/(tp+fp), with the published conventions: 1 when nothing is wrong, 0 when nothing matched.</summary>
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive == 0 && FalsePositive == 0 ? 0
        : TruePositive / (TruePositive + FalsePositive);

    /// <summary>tp/(tp+fn), with the published conventions: 1 when nothing is wrong, 0 when nothing matched.</summary>
    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive == 0 && FalseNegative == 0 ? 0
        : TruePositive / (TruePositive + FalseNegative);

    /// <summary>The page's own F1, for ranking pages (not part of the published figures); 1 when both texts are empty.</summary>
    public double F1 => TruePositive + FalsePositive + FalseNegative == 0 ? 1
        : 2 * TruePositive / ((2 * TruePositive) + FalsePositive + FalseNegative);
}

/// <summary>Figures for one extractor over one corpus.</summary>
/// <param name="Precision">Mean page precision over pages with a prediction.</param>
/// <param name="Recall">Mean page recall over pages with a truth.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of pages whose token list equals the truth's.</param>
/// <param name="Pages">How many pages were scored.</param>
internal sealed record CorpusScore(double Precision, double Recall, double F1, double Accuracy, int Pages);
