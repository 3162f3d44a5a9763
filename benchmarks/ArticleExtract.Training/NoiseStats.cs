using System.Text.Json;
using ArticleExtract.Cleaning;
using ArticleExtract.Decision;

namespace ArticleExtract.Training;

/// <summary>
/// Every outermost noise verdict on the tuned split's pages, one JSON line each: what it is (tag, class, id, role,
/// verdict), its text's shape (characters, links, running text, headings) and how much of it the truth holds. For
/// error analysis: which verdicts cut text the truth keeps (never run on validation ids).
/// </summary>
internal static class NoiseStats
{
    private static HashSet<string> Pairs(List<string> tokens)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            pairs.Add(tokens[i - 1] + " " + tokens[i]);
        }

        return pairs;
    }

    public static IEnumerable<string> Lines(TrainingPage page)
    {
        if (Labeller.Index(page) is not var (index, rulesRoot))
        {
            yield break;
        }

        var model = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, ToolDecision.Settings).Root;
        var truth = WordBag.Tokens(page.Truth);
        var pairs = Pairs(truth);
        var body = ToolDecision.Extractor().Extract(page.Load(), page.Url);
        var kept = Pairs(WordBag.Tokens(body.Body));

        for (var e = 0; e < index.Count; e++)
        {
            var kind = index.Noise[e];
            if (kind is NoiseKind.None or NoiseKind.NonContent || (index.Parent[e] >= 0 && index.InNoise[index.Parent[e]]) || index.Chars[e] == 0)
            {
                continue;
            }

            int tokens = 0, wanted = 0, ours = 0, running = 0, units = 0, headings = 0, paragraphs = 0;
            for (var u = e; u < index.SubtreeEnd[e]; u++)
            {
                if (index.UnitChars[u] == 0 || index.Noise[u] is NoiseKind.NonContent or NoiseKind.Hidden && u != e)
                {
                    continue;
                }

                units++;
                running += index.IsRunningText(u) ? index.UnitChars[u] : 0;
                headings += (index.Traits[u] & Dom.TagTraits.Heading) != 0 ? 1 : 0;
                paragraphs += index.Elements[u].LocalName == "p" ? 1 : 0;
                var words = WordBag.Tokens(UnitText.Of(index, u));
                tokens += words.Count;
                for (var i = 1; i < words.Count; i++)
                {
                    wanted += pairs.Contains(words[i - 1] + " " + words[i]) ? 1 : 0;
                    ours += kept.Contains(words[i - 1] + " " + words[i]) ? 1 : 0;
                }
            }

            var inModel = model >= 0 && e >= model && e < index.SubtreeEnd[model];
            var inRules = rulesRoot >= 0 && e >= rulesRoot && e < index.SubtreeEnd[rulesRoot];
            var el = index.Elements[e];
            yield return JsonSerializer.Serialize(new
            {
                id = page.Id, kind = page.Kind, noise = kind.ToString(), tag = el.LocalName, cls = el.ClassName ?? "", eid = el.Id ?? "",
                role = el.GetAttribute("role") ?? "", chars = index.Chars[e], links = index.LinkChars[e], running, units, headings, paragraphs,
                tokens, wanted, ours, inModel, inRules, truthTokens = truth.Count,
            });
        }
    }
}
