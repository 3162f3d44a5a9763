using System.Buffers;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Content;
using ArticleExtract.Dom;

namespace ArticleExtract.Decision;

/// <summary>
/// Stage 5b, the learned keep/drop decision: the embedded <see cref="TreeEnsemble"/> scores every candidate block
/// (<see cref="BlockFeatures"/>), the container is the block that gathers the kept text without much dropped text,
/// and inside it the dropped blocks become noise in the index, so the <see cref="Structure.SectionBuilder"/> steps
/// over them exactly as it steps over noise the markup gave away. The noise vocabularies are among the features:
/// they weigh, they no longer delete text alone.
/// </summary>
internal static class BlockDecision
{
    /// <summary>The embedded model's resource name (written by <c>benchmarks/ArticleExtract.Training</c>).</summary>
    public const string ResourceName = "ArticleExtract.Decision.block-model.txt";

    /// <summary>
    /// A block is kept when its score is above this. Scores are log-odds of "the reader wants this text". Lower
    /// values keep more: on WCXB ids ending 6–7 (a model trained without them) −2 scored best, but on AEB-dev it cost
    /// precision (0.976 at −2, 0.980 at 0, 0.981 at 1, measured when the model could also bring back text from noise
    /// markup); 0.5 sits between.
    /// </summary>
    public const double KeepThreshold = 0.5;

    /// <summary>
    /// Inside the container, a block becomes noise only when its score is below this: confident drops only. On WCXB
    /// ids ending 6–7 (trees trained without them, rules of 3 December 2026 evening) drops below −3 scored 0.8577,
    /// below −5 0.8576, no drops at all 0.8570 and below −2 0.857: the gain is the container's choice, and the drops
    /// add little. The lower bar keeps the trees' position features from dropping the last cards or list items of
    /// pages of shapes they never saw (a services grid's last card scored −3.4, the end of a 30,000-item list −2).
    /// </summary>
    public const double DropThreshold = -5.0;

    /// <summary>
    /// A block inside noise that only class or id words declared (of a weak kind: related, navigation, header,
    /// footer, sidebar, metadata, caption, gallery) comes back when its score is above this. Off: on WCXB ids ending
    /// 6–7 (model trained without them) a rescue above 2 scored 0.836 and above 3 scored 0.838, against 0.838 without.
    /// </summary>
    public const double RescueThreshold = double.PositiveInfinity;

    /// <summary>
    /// The rules' container stands when this share of its text is running text; the model chooses the container
    /// only on pages where the rules' choice is weak. Above 1: the model always chooses. On ids ending 6–7 a share of
    /// 0.5 scored as the model alone (0.838) and 0 (the rules' container always) 0.832: the model's drops need its container.
    /// </summary>
    public const double RulesContainerShare = 2;

    /// <summary>
    /// Running text inside the rules' container is settled, not asked, when this share of its parent's text is
    /// running text (and the parent holds <see cref="SettledRun"/> such blocks); above 1 nothing is settled this way.
    /// </summary>
    public const double SettledShare = 0.8;

    /// <summary>How many running-text blocks a parent needs for its running text to be settled.</summary>
    public const int SettledRun = 3;

    /// <summary>How far <see cref="ExtractionFavor.Precision"/> and <see cref="ExtractionFavor.Recall"/> move the threshold.</summary>
    public const double FavorShift = 1.0;

    /// <summary>How much a dropped character counts against a container, against one kept character.</summary>
    public const double DroppedWeight = 0.3;

    private static readonly Lazy<TreeEnsemble?> Embedded = new(() => Load(ResourceName));

    /// <summary>
    /// The constants the library decides with: on. Retrained on the rules of 3 December 2026 (evening), with noise and
    /// settled running text left to the rules, the kind readers given back the rules' verdicts and no article made where
    /// the rules found none. Measured on the merge with the collapsed-panel reading (evaluation tool, 3 December 2026,
    /// 22:42 UTC): WCXB-dev validation 0.8471 -> 0.8567 (pages under 0.2: 16 -> 13), tuning 0.8590 -> 0.8624, AEB-dev
    /// 0.9805 -> 0.9832. The price, accepted deliberately: Readability content 0.9621 -> 0.9610 and validation's
    /// excluded-text leak 0.0511 -> 0.0591 (tuning's fell, 0.0625 -> 0.0558), and the decision takes about 15% of the
    /// extraction time. The training tool varies copies of these constants (<see cref="DecisionSettings"/>, given to
    /// one extractor through an internal option); nothing process-wide changes, so no caller can change another's
    /// extractions.
    /// </summary>
    internal static readonly DecisionTuning Defaults = new(true, KeepThreshold, DroppedWeight, true, RescueThreshold, DropThreshold, RulesContainerShare);

    /// <summary>The default constants with the decision switched on.</summary>
    internal static DecisionTuning On => Defaults with { Enabled = true };

    /// <summary>The embedded model; null when the library was built without one.</summary>
    public static TreeEnsemble? Model => Embedded.Value;

    /// <summary>
    /// Decides the page's blocks and returns the container to build the article from; the rules' choice when the
    /// model keeps nothing (the model may be wrong on a page of a shape it never saw: the rules then still speak),
    /// and no container when the rules found none (the model never makes an article of a page the rules call none).
    /// </summary>
    /// <param name="index">The page's index; its noise flags are rewritten inside the chosen container until
    /// <see cref="Decided.RestoreRules"/>.</param>
    /// <param name="rulesRoot">The container the rules chose, -1 for none.</param>
    /// <param name="favor">The caller's precision/recall preference.</param>
    public static Decided Apply(DocumentIndex index, int rulesRoot, ExtractionFavor favor) => Apply(index, rulesRoot, favor, DecisionSettings.Default);

    /// <summary>The decision with the given constants and the embedded model (the tests' way to switch it on).</summary>
    internal static Decided Apply(DocumentIndex index, int rulesRoot, ExtractionFavor favor, DecisionTuning tuning) =>
        Apply(index, rulesRoot, favor, new DecisionSettings(tuning));

    /// <summary>The decision as an extractor's options set it (the training tool's constants, model or oracle).</summary>
    internal static Decided Apply(DocumentIndex index, int rulesRoot, ExtractionFavor favor, DecisionSettings settings)
    {
        var tuning = settings.Tuning;
        if (!tuning.Enabled || settings.Model is not { } model || index.Count == 0 || rulesRoot < 0)
        {
            return new Decided(rulesRoot, null);
        }

        var threshold = tuning.Threshold + favor switch
        {
            ExtractionFavor.Precision => FavorShift,
            ExtractionFavor.Recall => -FavorShift,
            _ => 0,
        };
        var settled = Settled(index, rulesRoot, tuning);
        var tally = Tally.Rent(index.Count);
        try
        {
            using (var features = BlockFeatures.Compute(index, rulesRoot, settled, model))
            {
                Score(index, features, model, settled, threshold, settings, tally);
            }

            for (var e = index.Count - 1; e > 0; e--)
            {
                var parent = index.Parent[e];
                tally.Kept[parent] += tally.Kept[e];
                tally.Confident[parent] += tally.Confident[e];
                tally.Dropped[parent] += tally.Dropped[e];
                tally.Rescued[parent] += tally.Rescued[e];
            }

            var root = index.Good[rulesRoot] >= tuning.RulesShare * (index.Good[rulesRoot] + index.Bad[rulesRoot])
                ? rulesRoot
                : Container(index, tally.Kept, tally.Dropped, tuning.DroppedWeight);
            if (root < 0)
            {
                return new Decided(rulesRoot, null);
            }

            // Only the page's own elements: the index's arrays are rented and may be longer.
            var rules = index.InNoise.AsSpan(0, index.Count).ToArray();
            Rewrite(index, tally.Confident, tally.Rescued);
            return new Decided(root, rules);
        }
        finally
        {
            tally.Return();
            if (settled is not null)
            {
                ArrayPool<bool>.Shared.Return(settled);
            }
        }
    }

    /// <summary>Scores each candidate and books its characters as kept, dropped, confidently decided or rescued.</summary>
    private static void Score(DocumentIndex index, BlockFeatures features, TreeEnsemble model, bool[]? settled, double threshold, DecisionSettings settings, Tally tally)
    {
        var (tuning, oracle) = (settings.Tuning, settings.Oracle);
        var (kept, dropped, confident, rescued) = (tally.Kept, tally.Dropped, tally.Confident, tally.Rescued);
        bool[]? weak = null;

        // The trees' nodes that test the page's own figures, applied once for the page (when the first row is scored),
        // and those that test the parent's, once for each run of siblings scored one after another.
        Span<ulong> page = stackalloc ulong[model.MaskCount];
        Span<ulong> family = stackalloc ulong[model.MaskCount];
        var (pageSettled, familyOf) = (false, -2);
        for (var i = 0; i < features.Units.Length; i++)
        {
            var e = features.Units[i];
            double score;
            if (oracle is not null)
            {
                score = oracle(index, e) ? 10 : -10;
            }
            else if (settled?[e] == true)
            {
                score = index.InNoise[e] ? double.NegativeInfinity : double.PositiveInfinity;
            }
            else
            {
                var row = features.Row(i);
                if (!pageSettled)
                {
                    page.Fill(ulong.MaxValue);
                    model.Narrow(row, BlockFeatures.PageColumns, page);
                    pageSettled = true;
                }

                if (index.Parent[e] != familyOf)
                {
                    page.CopyTo(family);
                    model.Narrow(row, BlockFeatures.ParentColumns, family);
                    familyOf = index.Parent[e];
                }

                score = model.Score(row, family, BlockFeatures.OwnColumns);
            }

            if (score > threshold - KeepThreshold + tuning.Drop || (settled is not null && index.InNoise[e]))
            {
                // A block the rules call noise stays noise whatever its score; it never makes its wrapper noise.
                confident[e] = index.UnitChars[e];
            }

            if (score > threshold && score > tuning.Rescue && index.InNoise[e] && (weak ??= WeakNoise(index))[e])
            {
                rescued[e] = 1;
            }

            if (index.InNoise[e] && rescued[e] == 0 && !tuning.CountNoise)
            {
                // The rules step over it whatever the model says: it argues neither for nor against a container.
                // (Counted, a gallery of fifty captioned slides inside the article's wrapper pushed the choice down
                // to a single paragraph.)
                continue;
            }

            if (score > threshold)
            {
                kept[e] = index.UnitChars[e];
            }
            else
            {
                dropped[e] = index.UnitChars[e];
            }
        }
    }

    /// <summary>
    /// Per-element character counts, summed up the tree. Rented and cleared rather than allocated: four arrays the
    /// size of the page's element count, on every page, were a tenth of what the extraction allocated beyond the parse.
    /// </summary>
    private sealed record Tally(int[] Kept, int[] Dropped, int[] Confident, int[] Rescued)
    {
        public static Tally Rent(int n) => new(Zeroed(n), Zeroed(n), Zeroed(n), Zeroed(n));

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Kept);
            ArrayPool<int>.Shared.Return(Dropped);
            ArrayPool<int>.Shared.Return(Confident);
            ArrayPool<int>.Shared.Return(Rescued);
        }

        private static int[] Zeroed(int n)
        {
            var array = ArrayPool<int>.Shared.Rent(n);
            Array.Clear(array, 0, n);
            return array;
        }
    }

    /// <summary>
    /// The blocks whose fate the rules have settled, which the model is not asked about (null when every block is
    /// asked, as when the tool measures noise counted or rescued): what the rules call noise, and running text among
    /// running text inside the rules' container (a paragraph whose parent's text is mostly running text of several
    /// paragraphs). The model learned little about the latter that the rules did not know, and on a page of a shape
    /// it never saw (thousands of paragraphs) it dropped the last of them.
    /// </summary>
    private static bool[]? Settled(DocumentIndex index, int rulesRoot, DecisionTuning tuning)
    {
        if (tuning.CountNoise || !double.IsPositiveInfinity(tuning.Rescue))
        {
            return null;
        }

        // Rented (returned by the caller): the rules' verdicts are copied into it, so nothing stale is read below Count.
        var settled = ArrayPool<bool>.Shared.Rent(index.Count);
        Array.Copy(index.InNoise, settled, index.Count);
        if (tuning.SettledShare > 1)
        {
            return settled;
        }

        for (var e = rulesRoot + 1; e < index.SubtreeEnd[rulesRoot]; e++)
        {
            var p = index.Parent[e];
            if (!settled[e] && ((index.UnitChars[e] > 0 && index.IsRunningText(e) && index.GoodUnits[p] >= SettledRun
                && index.Good[p] >= tuning.SettledShare * (index.Good[p] + index.Bad[p])) || IsDefinedTerm(index, e)))
            {
                settled[e] = true;
            }
        }

        return settled;
    }

    /// <summary>
    /// Whether the element is a definition term (<c>dt</c>) followed by its definition (<c>dd</c>) in words that are
    /// not links: a reference page names each property by a link to its own page, and the trees, which read such a
    /// short all-link block as navigation, must not step over the name of what the definition describes.
    /// </summary>
    private static bool IsDefinedTerm(DocumentIndex index, int e)
    {
        var next = index.SubtreeEnd[e];
        if (next >= index.Count || index.Parent[next] != index.Parent[e] || index.Chars[e] > Thresholds.TeaserTitleMaxChars
            || index.Chars[next] == 0 || index.InNoise[next] || index.LinkChars[next] > Thresholds.DefinitionMaxLinkShare * index.Chars[next])
        {
            return false;
        }

        return index.Elements[e].LocalName == "dt" && index.Elements[next].LocalName == "dd";
    }

    /// <summary>The block that gathers the kept text without much dropped text; a table-layout row is read as its columns (<see cref="LayoutRows"/>).</summary>
    private static int Container(DocumentIndex index, int[] kept, int[] dropped, double droppedWeight)
    {
        var scores = ContainerScore.Learned(index, kept, dropped, droppedWeight);
        return LayoutRows.Column(index, scores.Best(0, index.Count), scores);
    }

    /// <summary>
    /// A block becomes noise when nothing under it is kept. The rules' noise verdicts stand: letting the model bring
    /// back text inside elements the markup calls noise raised WCXB recall but leaked ads, cookie notices and
    /// credits that the behaviour tests and the word-loss property test forbid, so the model only removes.
    /// </summary>
    private static void Rewrite(DocumentIndex index, int[] kept, int[] rescued)
    {
        // Parents come before children, so a child still holds its old verdict when it is rewritten. An element the
        // rules called noise stays noise unless a rescued block lies inside it.
        for (var e = 0; e < index.Count; e++)
        {
            var parent = index.Parent[e];
            var own = index.Chars[e] > 0 && (index.Traits[e] & TagTraits.Block) != 0 && kept[e] == 0;
            index.InNoise[e] = (index.InNoise[e] && rescued[e] == 0) || own || (parent >= 0 && index.InNoise[parent]);
        }
    }

    /// <summary>
    /// Elements whose noise verdict, and every noisy ancestor's, came from class or id words alone and names a weak
    /// kind. Tags, roles, hidden state and the strong kinds (ads, cookie notices, comments, share bars, newsletter
    /// prompts, pop-ups, forms) are never weak.
    /// </summary>
    private static bool[] WeakNoise(DocumentIndex index)
    {
        var weak = new bool[index.Count];
        for (var e = 0; e < index.Count; e++)
        {
            if (!index.InNoise[e])
            {
                continue;
            }

            var parent = index.Parent[e];
            var inherited = parent >= 0 && index.InNoise[parent];
            var kind = index.Noise[e];
            weak[e] = (!inherited || weak[parent]) && (kind == NoiseKind.None
                || (kind is NoiseKind.Related or NoiseKind.Navigation or NoiseKind.Header or NoiseKind.Footer or NoiseKind.Sidebar
                    or NoiseKind.ArticleMeta or NoiseKind.Caption or NoiseKind.Gallery
                    && NoiseClassifier.Classify(index.Elements[e], index.Traits[e], out _, classWords: false) == NoiseKind.None));
        }

        return weak;
    }

    private static TreeEnsemble? Load(string name)
    {
        using var stream = typeof(BlockDecision).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return TreeEnsemble.Parse(reader);
    }
}

/// <summary>The decision's switch and constants; the training tool varies them to choose the constants, the library never does.</summary>
/// <summary>
/// How one extractor runs the learned decision (<see cref="ArticleExtractorOptions"/>' internal option): the constants,
/// and the training tool's stand-ins, a model read from a file (<paramref name="ModelFile"/>, measured in place of the
/// embedded one) and an oracle that decides each candidate from the truth (to measure what perfect decisions would
/// score). Immutable and per extractor: settings of the tool or of a test reach no other extractor.
/// </summary>
internal sealed record DecisionSettings(DecisionTuning Tuning, TreeEnsemble? ModelFile = null, Func<DocumentIndex, int, bool>? Oracle = null)
{
    /// <summary>The library's own: the default constants and the embedded model.</summary>
    public static DecisionSettings Default { get; } = new(BlockDecision.Defaults);

    /// <summary>The model decided with: the tool's file, else the embedded one.</summary>
    public TreeEnsemble? Model => ModelFile ?? BlockDecision.Model;

    /// <summary>Whether the model has weighed the wording vocabularies, so they no longer delete a block on their own
    /// (the decision is on, with a model, and the tool did not ask for the wording filter as well).</summary>
    public bool WeighsWording => Tuning.Enabled && !Tuning.WordingFilter && Model is not null;
}

internal readonly record struct DecisionTuning(bool Enabled, double Threshold, double DroppedWeight, bool WordingFilter, double Rescue, double Drop, double RulesShare, bool CountNoise = false, double SettledShare = BlockDecision.SettledShare);

/// <summary>The decision's container, and the rules' noise verdicts to put back once the article reading is built.</summary>
/// <param name="Root">The container to read the article from, -1 for none.</param>
/// <param name="RulesNoise">The rules' noise flags before the model rewrote them; null when it did not.</param>
internal readonly record struct Decided(int Root, bool[]? RulesNoise)
{
    /// <summary>
    /// Puts the rules' noise verdicts back: the page-kind classifier and the record readers (a listing's entries, a
    /// service page's cards) were built on them, and the model, trained on articles' truth, dropped teasers and cards.
    /// </summary>
    public void RestoreRules(DocumentIndex index)
    {
        if (RulesNoise is not null)
        {
            Array.Copy(RulesNoise, index.InNoise, RulesNoise.Length);
        }
    }
}
