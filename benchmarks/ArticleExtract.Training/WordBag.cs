using System.Text.RegularExpressions;

namespace ArticleExtract.Training;

/// <summary>WCXB's metric and the labeller's alignment: lower-cased <c>\w+</c> tokens as bags of words.</summary>
internal static partial class WordBag
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            tokens.Add(m.Value.ToLowerInvariant());
        }

        return tokens;
    }

    /// <summary>WCXB's word F1: bags with counts; an empty truth scores 1 only for an empty output.</summary>
    public static double F1(string predicted, string truth)
    {
        var p = Count(Tokens(predicted));
        var t = Count(Tokens(truth));
        var pn = p.Values.Sum();
        var tn = t.Values.Sum();
        if (tn == 0)
        {
            return pn == 0 ? 1 : 0;
        }

        if (pn == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var (w, c) in p)
        {
            common += Math.Min(c, t.GetValueOrDefault(w));
        }

        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / pn;
        var recall = (double)common / tn;
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Count(List<string> tokens)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            d[t] = d.GetValueOrDefault(t) + 1;
        }

        return d;
    }
}
