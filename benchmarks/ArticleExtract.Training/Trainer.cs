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

    /// <summary>The trees' shape and learning: the defaults above, or one variant of <c>train --grid</c>.</summary>
    public sealed record Settings(int Trees = Trees, int Leaves = Leaves, double LearningRate = LearningRate, int MinimumExamplesPerLeaf = MinimumExamplesPerLeaf)
    {
        public override string ToString() => FormattableString.Invariant($"{Trees} trees of {Leaves} leaves, learning rate {LearningRate}, at least {MinimumExamplesPerLeaf} examples a leaf");
    }

    public static (string Model, string Sample) Train(IReadOnlyList<LabelledBlock> blocks, string[] names, Settings? settings = null)
    {
        settings ??= new Settings();
        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Length);
        var data = ml.Data.LoadFromEnumerable(blocks.Where(b => b.Weight > 0).Select(b => new Example { Features = b.Features, Label = b.Keep, Weight = b.Weight }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            ExampleWeightColumnName = "Weight",
            NumberOfThreads = 1,
            Seed = Seed,
        });
        var model = trainer.Fit(data);
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# ArticleExtract keep/drop model: FastTree binary, {settings}, seed {Seed}, {blocks.Count} blocks.");
        text.AppendLine("# Written by benchmarks/ArticleExtract.Training; read by src/ArticleExtract/Decision/TreeEnsemble.cs.");
        text.AppendLine("features " + string.Join(' ', names));
        text.AppendLine("bias " + ensemble.Bias.ToString("R", CultureInfo.InvariantCulture));
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            text.AppendLine(CultureInfo.InvariantCulture, $"tree {ensemble.TreeWeights[t].ToString("R", CultureInfo.InvariantCulture)} {tree.NumberOfNodes}");
            for (var k = 0; k < tree.NumberOfNodes; k++)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{tree.NumericalSplitFeatureIndexes[k]} {tree.NumericalSplitThresholds[k].ToString("R", CultureInfo.InvariantCulture)} {tree.LeftChild[k]} {tree.RightChild[k]}");
            }

            text.AppendLine("leaves " + string.Join(' ', tree.LeafValues.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        }

        return (text.ToString(), Sample(ml, model, blocks, schema, names.Length));
    }

    /// <summary>
    /// Synthetic rows (each column drawn from a different training row, so no row is a page's) with the trainer's
    /// own scores: the library's test checks that its evaluator reproduces them.
    /// </summary>
    private static string Sample(MLContext ml, ITransformer model, IReadOnlyList<LabelledBlock> blocks, SchemaDefinition schema, int width)
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

        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(rows, schema)), reuseRowObject: false).ToList();
        var text = new StringBuilder("# score, then the features: synthetic rows scored by ML.NET's FastTree (see Trainer.Sample).\n");
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(scored[r].Score.ToString("R", CultureInfo.InvariantCulture));
            foreach (var v in rows[r].Features)
            {
                text.Append(' ').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
