using ArticleExtract.Analysis;
using ArticleExtract.Content;
using ArticleExtract.Decision;
using ArticleExtract.Decoding;
using ArticleExtract.Parsing;

namespace ArticleExtract.Training;

/// <summary>One candidate block: its features, whether the reader wants its text, and how much text that is.</summary>
internal sealed record LabelledBlock(float[] Features, bool Keep, float Weight);

/// <summary>One page's candidates in document order (blocks without words weigh 0 and are not trained on).</summary>
internal sealed record LabelledPage(LabelledBlock[] Blocks)
{
    public static readonly LabelledPage Empty = new([]);
}

/// <summary>
/// Builds each page's index exactly as the pipeline does, describes its candidate blocks with the library's own
/// <see cref="BlockFeatures"/>, and labels each by aligning its text with the truth: a block is wanted when most
/// of its word pairs (its word, for a one-word block) occur in the truth text.
/// </summary>
internal static class Labeller
{
    /// <summary>The share of a block's word pairs that must be in the truth for it to count as wanted.</summary>
    public const double DefaultWantedShare = 0.5;

    /// <summary>The share in force: <see cref="DefaultWantedShare"/>, or <c>train --wanted-share</c> to try other labels.</summary>
    public static double WantedShare { get; set; } = DefaultWantedShare;

    /// <summary>A block weighs as many words as it has, up to this: losing a long paragraph costs more than a label.</summary>
    public const int MaxWeight = 100;

    /// <summary>The total weight of one page's blocks.</summary>
    public const float PageWeight = 1000;

    public static LabelledPage Label(TrainingPage page)
    {
        var blocks = new List<LabelledBlock>();
        if (Index(page) is not var (index, rulesRoot))
        {
            return LabelledPage.Empty;
        }

        var features = BlockFeatures.Compute(index, rulesRoot);
        var truth = WordBag.Tokens(page.Truth);
        var words = new HashSet<string>(truth, StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < truth.Count; i++)
        {
            pairs.Add(truth[i - 1] + " " + truth[i]);
        }

        var units = features.Units;
        for (var i = 0; i < units.Length; i++)
        {
            var tokens = WordBag.Tokens(UnitText.Of(index, units[i]));
            blocks.Add(new LabelledBlock(features.Row(i).ToArray(), tokens.Count > 0 && Share(tokens, words, pairs) >= WantedShare, Math.Min(tokens.Count, MaxWeight)));
        }

        // Every page weighs the same in total, as in the benchmark's mean over pages: a huge page of menus must not
        // outvote a hundred short ones.
        var total = Math.Max(1, blocks.Sum(b => b.Weight));
        return new LabelledPage([.. blocks.Select(b => b with { Weight = PageWeight * b.Weight / total })]);
    }

    /// <summary>A page's index and the rules' container, built as the pipeline builds them.</summary>
    public static (DocumentIndex Index, int RulesRoot)? Index(TrainingPage page)
    {
        var options = ArticleExtractorOptions.Default;
        var guarded = NestingGuard.Apply(HtmlDecoder.Decode(page.Load(), null), options.MaxNestingDepth);
        var document = DocumentParser.Parse(guarded.Html);
        if ((document.Body ?? document.DocumentElement) is not { } root)
        {
            return null;
        }

        var index = DocumentIndex.Build(root, options.MaxElements, CancellationToken.None, guarded.StartTags);
        return (index, ContentLocator.Locate(index, ExtractionFavor.Balanced));
    }

    public static void Explain(TrainingPage page, TextWriter output)
    {
        var (index, rulesRoot) = Index(page) ?? throw new InvalidOperationException("The page has no body.");
        var features = BlockFeatures.Compute(index, rulesRoot);
        var oracle = Oracle(page.Truth);
        var model = ToolDecision.Settings.Model!;
        output.WriteLine($"rules root {rulesRoot} <{index.Elements[Math.Max(0, rulesRoot)].LocalName} class={index.Elements[Math.Max(0, rulesRoot)].ClassName}>");
        for (var i = 0; i < features.Units.Length; i++)
        {
            var e = features.Units[i];
            var text = UnitText.Of(index, e).Trim();
            text = text.Length > 70 ? text[..70] : text;
            output.WriteLine($"{e,5} {model.Score(features.Row(i)),6:0.00} {(oracle(index, e) ? "W" : "-")} {index.UnitChars[e],5} {index.Elements[e].LocalName,-6} {index.Noise[e],-12} {text.ReplaceLineEndings(" ")}");
        }

        var root = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, ToolDecision.Settings).Root;
        output.WriteLine($"decision root {root} <{index.Elements[Math.Max(0, root)].LocalName} class={index.Elements[Math.Max(0, root)].ClassName}>");
    }

    /// <summary>Decides a candidate from the truth, as the labels do (for the eval command's oracle).</summary>
    public static Func<DocumentIndex, int, bool> Oracle(string truthText)
    {
        var truth = WordBag.Tokens(truthText);
        var words = new HashSet<string>(truth, StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < truth.Count; i++)
        {
            pairs.Add(truth[i - 1] + " " + truth[i]);
        }

        return (index, e) =>
        {
            var tokens = WordBag.Tokens(UnitText.Of(index, e));
            return tokens.Count > 0 && Share(tokens, words, pairs) >= WantedShare;
        };
    }

    private static double Share(List<string> tokens, HashSet<string> words, HashSet<string> pairs)
    {
        if (tokens.Count == 1)
        {
            return words.Contains(tokens[0]) ? 1 : 0;
        }

        var found = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (pairs.Contains(tokens[i - 1] + " " + tokens[i]))
            {
                found++;
            }
        }

        return (double)found / (tokens.Count - 1);
    }
}
