using System.Text.RegularExpressions;
using ArticleExtract.Analysis;
using ArticleExtract.Decision;

namespace ArticleExtract.Training;

/// <summary>
/// Where a tuning page's lost truth lives: for each truth paragraph the extraction leaves out, the innermost element
/// holding its opening words, with the noise verdicts of its ancestors and whether the rules' and the model's
/// containers hold it. A diagnostic for error analysis (never run it on validation ids).
/// </summary>
internal static partial class Tracer
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static void Trace(TrainingPage page, string body, TextWriter output, int maxParagraphs)
    {
        var (index, rulesRoot) = Labeller.Index(page) ?? throw new InvalidOperationException("The page has no body.");
        var decided = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, ToolDecision.Settings).Root;
        output.WriteLine($"rules root {Describe(index, rulesRoot)}");
        output.WriteLine($"model root {Describe(index, decided)}");
        var bodyWords = new HashSet<string>(WordBag.Tokens(body), StringComparer.Ordinal);
        var shown = 0;
        foreach (var paragraph in page.Truth.Split('\n'))
        {
            var tokens = WordBag.Tokens(paragraph);
            if (tokens.Count < 3 || tokens.Count(bodyWords.Contains) * 2 >= tokens.Count)
            {
                continue;
            }

            var probe = Space().Replace(paragraph.Trim().TrimStart('-', ' '), " ");
            probe = probe.Length > 40 ? probe[..40] : probe;
            var found = -1;
            for (var e = 0; e < index.Count; e++)
            {
                if (Space().Replace(index.Elements[e].TextContent, " ").Contains(probe, StringComparison.Ordinal))
                {
                    found = e;
                }
            }

            output.WriteLine($"LOST \"{(paragraph.Length > 70 ? paragraph[..70] : paragraph)}\"");
            if (found < 0)
            {
                output.WriteLine("   not found in the index");
            }
            else
            {
                var chain = new List<string>();
                for (var e = found; e >= 0; e = index.Parent[e])
                {
                    var mark = index.Noise[e] != Cleaning.NoiseKind.None ? $"[{index.Noise[e]}]" : "";
                    var root = e == rulesRoot ? "{R}" : "";
                    root += e == decided ? "{M}" : "";
                    chain.Add($"{e}:{index.Elements[e].LocalName}{(string.IsNullOrEmpty(index.Elements[e].Id) ? "" : "#" + Short(index.Elements[e].Id!))}{(index.Elements[e].GetAttribute("role") is { } role ? "@" + role : "")}{(string.IsNullOrEmpty(index.Elements[e].ClassName) ? "" : "." + Short(index.Elements[e].ClassName!))}{mark}{root}");
                }

                output.WriteLine("   " + string.Join(" < ", chain.Take(14)));
            }

            if (++shown >= maxParagraphs)
            {
                break;
            }
        }
    }

    private static string Short(string s) => (s.Length > 40 ? s[..40] : s).Replace(' ', '.');

    private static string Describe(DocumentIndex index, int e) =>
        e < 0 ? "none" : $"{e} <{index.Elements[e].LocalName} class={index.Elements[e].ClassName}> chars {index.Chars[e]}";
}
