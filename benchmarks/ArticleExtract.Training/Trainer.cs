using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

#pragma warning disable CA1859 // the sample needs only Transform

namespace ArticleExtract.Training;

/// <summary>Trains the gradient-boosted trees with ML.NET's FastTree and writes them in the library's model format.</summary>
internal static class Trainer
{
    public const int Seed = 20261203;
    public const int Trees = 120;
    public const int Leaves = 20;
    public const int MinimumExamplesPerLeaf = 50;
    public const double LearningRate = 0.15;

    private sealed class Example
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }

    /// <summary>
    /// The trees' shape and learning: the defaults above, or one variant of <c>train --grid</c>. Beyond the shape,
    /// the variance reducers FastTree offers (stochastic boosting: each <see cref="BaggingSize"/> trees fitted on a
    /// <see cref="BaggingFraction"/> of the rows; <see cref="FeatureFraction"/> of the features per tree or
    /// <see cref="FeatureFractionPerSplit"/> per split; <see cref="Smoothing"/> of leaf values toward their parent's;
    /// <see cref="Dropout"/>, DART) and <see cref="Bags"/>: that many models of <c>Trees / Bags</c> trees each, trained
    /// with their own seed on their own <see cref="BagPages"/> share of the pages, averaged (the file holds all their
    /// trees with weights divided by <see cref="Bags"/>, so the score keeps its scale and the cost its tree count).
    /// <see cref="SeedOffset"/> moves every seed, to see how much one training's luck weighs.
    /// </summary>
    public sealed record Settings(int Trees = Trees, int Leaves = Leaves, double LearningRate = LearningRate, int MinimumExamplesPerLeaf = MinimumExamplesPerLeaf)
    {
        public int BaggingSize { get; init; }
        public double BaggingFraction { get; init; } = 0.7;
        public double FeatureFraction { get; init; } = 1;
        public double FeatureFractionPerSplit { get; init; } = 1;
        public double Smoothing { get; init; }
        public double Dropout { get; init; }
        public int Bags { get; init; } = 1;
        public double BagPages { get; init; } = 0.67;
        public int SeedOffset { get; init; }

        /// <summary>
        /// One <c>--grid</c> variant: <c>TREES,LEAVES,RATE,MIN</c> (the older form) or <c>key=value</c> pairs among
        /// trees, leaves, rate, min, bagsize, bagfrac, ff, ffsplit, smooth, dropout, bags, bagpages, seed (the rest default).
        /// </summary>
        public static Settings Parse(string[] fields)
        {
            if (!fields[0].Contains('=', StringComparison.Ordinal))
            {
                return new Settings(Int(fields[0]), Int(fields[1]), Real(fields[2]), Int(fields[3]));
            }

            var settings = new Settings();
            foreach (var field in fields)
            {
                var (key, value) = (field[..field.IndexOf('=', StringComparison.Ordinal)], field[(field.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                settings = key switch
                {
                    "trees" => settings with { Trees = Int(value) },
                    "leaves" => settings with { Leaves = Int(value) },
                    "rate" => settings with { LearningRate = Real(value) },
                    "min" => settings with { MinimumExamplesPerLeaf = Int(value) },
                    "bagsize" => settings with { BaggingSize = Int(value) },
                    "bagfrac" => settings with { BaggingFraction = Real(value) },
                    "ff" => settings with { FeatureFraction = Real(value) },
                    "ffsplit" => settings with { FeatureFractionPerSplit = Real(value) },
                    "smooth" => settings with { Smoothing = Real(value) },
                    "dropout" => settings with { Dropout = Real(value) },
                    "bags" => settings with { Bags = Int(value) },
                    "bagpages" => settings with { BagPages = Real(value) },
                    "seed" => settings with { SeedOffset = Int(value) },
                    _ => throw new ArgumentException($"No tree setting named {key}."),
                };
            }

            return settings;
        }

        private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

        private static double Real(string s) => double.Parse(s, CultureInfo.InvariantCulture);

        public override string ToString()
        {
            var text = FormattableString.Invariant($"{Trees} trees of {Leaves} leaves, learning rate {LearningRate}, at least {MinimumExamplesPerLeaf} examples a leaf");
            var defaults = new Settings();
            text += BaggingSize != 0 ? FormattableString.Invariant($", a fresh {BaggingFraction} of the rows every {BaggingSize} trees") : "";
            text += FeatureFraction != defaults.FeatureFraction ? FormattableString.Invariant($", {FeatureFraction} of the features a tree") : "";
            text += FeatureFractionPerSplit != defaults.FeatureFractionPerSplit ? FormattableString.Invariant($", {FeatureFractionPerSplit} of the features a split") : "";
            text += Smoothing != 0 ? FormattableString.Invariant($", smoothing {Smoothing}") : "";
            text += Dropout != 0 ? FormattableString.Invariant($", dropout {Dropout}") : "";
            text += Bags != 1 ? FormattableString.Invariant($", the mean of {Bags} models on {BagPages} of the pages each") : "";
            return text + (SeedOffset != 0 ? FormattableString.Invariant($", seed +{SeedOffset}") : "");
        }
    }

    /// <summary>Trains the trees on <paramref name="blocks"/> (<paramref name="pageOf"/>: each block's page, for <see cref="Settings.Bags"/>).</summary>
    public static (string Model, string Sample) Train(IReadOnlyList<LabelledBlock> blocks, IReadOnlyList<int> pageOf, string[] names, Settings? settings = null)
    {
        settings ??= new Settings();
        var seed = Seed + settings.SeedOffset;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Length);
        var members = new List<ITransformer>();
        var ensembles = new List<RegressionTreeEnsemble>();
        for (var bag = 0; bag < settings.Bags; bag++)
        {
            // A bag's pages: each page drawn with the bag's own generator, so the bags differ and the run repeats.
            var drawn = Enumerable.Range(0, pageOf.Count == 0 ? 0 : pageOf[^1] + 1).Select(_ => false).ToArray();
            var random = new Random(seed + 1000 * bag);
            for (var p = 0; p < drawn.Length; p++)
            {
                drawn[p] = settings.Bags == 1 || random.NextDouble() < settings.BagPages;
            }

            var rows = Enumerable.Range(0, blocks.Count).Where(i => blocks[i].Weight > 0 && drawn[pageOf[i]])
                .Select(i => new Example { Features = blocks[i].Features, Label = blocks[i].Keep, Weight = blocks[i].Weight });
            var trainer = ml.BinaryClassification.Trainers.FastTree(Options(settings, seed + bag));
            var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema));
            members.Add(model);
            ensembles.Add(model.Model.SubModel.TrainedTreeEnsemble);
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# ArticleExtract keep/drop model: FastTree binary, {settings}, seed {seed}, {blocks.Count} blocks.");
        text.AppendLine("# Written by benchmarks/ArticleExtract.Training; read by src/ArticleExtract/Decision/TreeEnsemble.cs.");
        text.AppendLine("features " + string.Join(' ', names));
        text.AppendLine("bias " + (ensembles.Sum(e => e.Bias) / ensembles.Count).ToString("R", CultureInfo.InvariantCulture));
        foreach (var ensemble in ensembles)
        {
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                var tree = ensemble.Trees[t];
                var weight = ensemble.TreeWeights[t] / ensembles.Count;
                text.AppendLine(CultureInfo.InvariantCulture, $"tree {weight.ToString("R", CultureInfo.InvariantCulture)} {tree.NumberOfNodes}");
                for (var k = 0; k < tree.NumberOfNodes; k++)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"{tree.NumericalSplitFeatureIndexes[k]} {tree.NumericalSplitThresholds[k].ToString("R", CultureInfo.InvariantCulture)} {tree.LeftChild[k]} {tree.RightChild[k]}");
                }

                text.AppendLine("leaves " + string.Join(' ', tree.LeafValues.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            }
        }

        return (text.ToString(), Sample(ml, members, blocks, schema, names.Length));
    }

    private static FastTreeBinaryTrainer.Options Options(Settings settings, int seed) => new()
    {
        NumberOfTrees = settings.Trees / settings.Bags,
        NumberOfLeaves = settings.Leaves,
        MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
        LearningRate = settings.LearningRate,
        ExampleWeightColumnName = "Weight",
        NumberOfThreads = 1,
        Seed = seed,
        FeatureSelectionSeed = seed,
        BaggingSize = settings.BaggingSize,
        BaggingExampleFraction = settings.BaggingFraction,
        FeatureFraction = settings.FeatureFraction,
        FeatureFractionPerSplit = settings.FeatureFractionPerSplit,
        Smoothing = settings.Smoothing,
        DropoutRate = settings.Dropout,
    };

    /// <summary>
    /// Synthetic rows (each column drawn from a different training row, so no row is a page's) with the trainer's
    /// own scores: the library's test checks that its evaluator reproduces them.
    /// </summary>
    private static string Sample(MLContext ml, List<ITransformer> members, IReadOnlyList<LabelledBlock> blocks, SchemaDefinition schema, int width)
    {
        var random = new Random(Seed);
        var rows = new List<Example>();
        for (var r = 0; r < 200; r++)
        {
            var features = new float[width];
            for (var f = 0; f < width; f++)
            {
                features[f] = blocks[random.Next(blocks.Count)].Features[f];
            }

            rows.Add(new Example { Features = features });
        }

        // The mean of the members' scores (one member unless the model is bagged).
        var scored = new double[rows.Count];
        foreach (var member in members)
        {
            var memberScores = ml.Data.CreateEnumerable<Scored>(member.Transform(ml.Data.LoadFromEnumerable(rows, schema)), reuseRowObject: false).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                scored[r] += memberScores[r].Score / (double)members.Count;
            }
        }

        var text = new StringBuilder("# score, then the features: synthetic rows scored by ML.NET's FastTree (see Trainer.Sample).\n");
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(((float)scored[r]).ToString("R", CultureInfo.InvariantCulture));
            foreach (var v in rows[r].Features)
            {
                text.Append(' ').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
