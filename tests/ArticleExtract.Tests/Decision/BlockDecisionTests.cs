using System.Globalization;
using ArticleExtract.Decision;

namespace ArticleExtract.Tests.Decision;

/// <summary>The learned keep/drop decision: the embedded trees, our evaluator of them, and what they do to a page.</summary>
public sealed class BlockDecisionTests
{
    [Fact]
    public void The_embedded_model_describes_the_features_the_library_computes()
    {
        var model = BlockDecision.Model;
        Assert.NotNull(model);
        Assert.Equal(BlockFeatures.Names, model.Features);
        Assert.InRange(model.TreeCount, 10, 1000);
    }

    [Fact]
    public void Our_evaluator_reproduces_the_trainers_scores()
    {
        // The training run that wrote the embedded model also scored these rows with ML.NET's FastTree.
        var model = BlockDecision.Model!;
        var rows = 0;
        foreach (var line in File.ReadLines(Fixture.Path("decision-model-sample.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var values = line.Split(' ').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var expected = values[0];
            var actual = model.Score(values.AsSpan(1));
            Assert.True(Math.Abs(expected - actual) <= 1e-3 * Math.Max(1, Math.Abs(expected)), $"row {rows}: trainer {expected}, ours {actual}");
            rows++;
        }

        Assert.True(rows >= 100, $"only {rows} sample rows");
    }

    [Fact]
    public void A_node_sends_a_value_equal_to_its_threshold_left()
    {
        var model = TreeEnsemble.Parse(new StringReader("""
            features a b
            bias 0.5
            tree 2 2
            0 1.5 -1 1
            1 0 -2 -3
            leaves 10 20 30
            """));
        Assert.Equal(0.5 + 20, model.Score([1.5f, 9f]));
        Assert.Equal(0.5 + 40, model.Score([1.6f, 0f]));
        Assert.Equal(0.5 + 60, model.Score([1.6f, 0.1f]));
    }

    [Fact]
    public void Trees_laid_out_in_preorder_score_every_path_as_the_file_says()
    {
        // Tree 1: root, its left child a node whose children are both leaves, its right child a node with a node on its
        // right; tree 2: a single leaf. The file numbers nodes out of preorder, as a trainer may.
        var model = TreeEnsemble.Parse(new StringReader("""
            features a b
            bias 1
            tree 2 4
            0 5 2 1
            1 0 -1 3
            1 2 -2 -3
            0 7 -4 -5
            leaves 1 2 3 4 5
            tree 0.5 0
            leaves 100
            """));
        Assert.Equal(1 + 2 * 2 + 50, model.Score([5f, 2f]));
        Assert.Equal(1 + 2 * 3 + 50, model.Score([4f, 2.5f]));
        Assert.Equal(1 + 2 * 1 + 50, model.Score([6f, 0f]));
        Assert.Equal(1 + 2 * 4 + 50, model.Score([7f, 1f]));
        Assert.Equal(1 + 2 * 5 + 50, model.Score([8f, 1f]));
    }

    [Fact]
    public void The_masks_reach_the_leaves_the_walk_reaches_bit_for_bit()
    {
        // Rows of values at, just below and just above the thresholds, and NaN (which every node sends right), scored
        // by the masks whole, by the masks with the page's columns settled first, and by walking the trees.
        var model = BlockDecision.Model!;
        Assert.True(model.MaskCount > 0);
        var random = new Random(20261207);
        var choices = Enumerable.Range(0, BlockFeatures.Count)
            .Select(f => model.ThresholdsOf(f).SelectMany(t => new[] { t, MathF.BitDecrement(t), MathF.BitIncrement(t) })
                .Append(0f).Append(float.NaN).Append(float.NegativeInfinity).Append(float.PositiveInfinity).ToArray())
            .ToArray();
        var page = new ulong[model.MaskCount];
        var row = new float[BlockFeatures.Count];
        for (var n = 0; n < 20_000; n++)
        {
            for (var f = 0; f < row.Length; f++)
            {
                row[f] = choices[f][random.Next(choices[f].Length)];
            }

            var walked = model.Walk(row);
            Array.Fill(page, ulong.MaxValue);
            model.Narrow(row, BlockFeatures.PageColumns, page);
            model.Narrow(row, BlockFeatures.ParentColumns, page);
            Assert.Equal(BitConverter.DoubleToInt64Bits(walked), BitConverter.DoubleToInt64Bits(model.Score(row)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(walked), BitConverter.DoubleToInt64Bits(model.Score(row, page, BlockFeatures.OwnColumns)));
        }
    }

    [Theory]
    [InlineData("rich-article.html")]
    [InlineData("decision-lookalike-noise.html")]
    public void The_page_columns_hold_one_value_a_page_and_the_parent_columns_one_for_siblings(string fixture)
    {
        // The decision applies the trees' nodes on these columns once a page, from the first row it scores.
        var document = ArticleExtract.Parsing.DocumentParser.Parse(File.ReadAllText(Fixture.Path(fixture)));
        var index = ArticleExtract.Analysis.DocumentIndex.Build(document.Body!, 100_000, CancellationToken.None);
        var root = ArticleExtract.Content.ContentLocator.Locate(index, ExtractionFavor.Balanced);
        using var features = BlockFeatures.Compute(index, root);
        Assert.True(features.Units.Length > 5);
        var siblings = 0;
        for (var i = 1; i < features.Units.Length; i++)
        {
            foreach (var f in BlockFeatures.PageColumns)
            {
                Assert.Equal(features.Row(0)[f], features.Row(i)[f]);
            }

            if (index.Parent[features.Units[i]] == index.Parent[features.Units[i - 1]])
            {
                siblings++;
                foreach (var f in BlockFeatures.ParentColumns)
                {
                    Assert.Equal(features.Row(i - 1)[f], features.Row(i)[f]);
                }
            }
        }

        Assert.True(siblings > 0);
        Assert.Equal(BlockFeatures.Count, BlockFeatures.PageColumns.Length + BlockFeatures.ParentColumns.Length + BlockFeatures.OwnColumns.Length);
    }

    [Fact]
    public void A_model_without_trees_scores_its_bias()
    {
        var model = TreeEnsemble.Parse(new StringReader("features a\nbias 0.25\n"));
        Assert.Equal(0.25, model.Score([3f]));
        Assert.Equal(0.25, model.Score([3f], [], [0]));
    }

    [Theory]
    [InlineData(1, 63, true, false)]
    [InlineData(3, 63, true, true)]
    [InlineData(1, 64, false, false)]
    [InlineData(1100, 3, false, false)]
    [InlineData(0, 0, false, false)]
    public void Every_model_scores_as_its_walk_through_the_decisions_calls(int trees, int nodes, bool masked, bool oddThresholds)
    {
        // Trees of 65 leaves, or more trees than the masks' stack holds, or none, are walked (MaskCount 0); the
        // decision still narrows by the page's and the parent's columns before each row's score, as it does for every
        // model. 63 nodes are 64 leaves, the most a mask holds; thresholds NaN and infinite sort and compare as the walk does.
        var model = TreeEnsemble.Parse(new StringReader(Forest(trees, nodes, oddThresholds)));
        Assert.Equal(masked, model.MaskCount > 0);
        var page = new ulong[model.MaskCount];
        var family = new ulong[model.MaskCount];
        foreach (var a in new[] { -1f, 0f, 0.5f, 1f, 30f, 62f, 63f, 64f, 100f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f })
        {
            foreach (var b in new[] { -1f, 0f, 31f, 63f, 64f, float.NaN })
            {
                float[] row = [a, b];
                Array.Fill(page, ulong.MaxValue);
                model.Narrow(row, [0], page);
                page.CopyTo(family, 0);
                model.Narrow(row, [], family);
                Assert.Equal(BitConverter.DoubleToInt64Bits(model.Walk(row)), BitConverter.DoubleToInt64Bits(model.Score(row, family, [1])));
                Assert.Equal(BitConverter.DoubleToInt64Bits(model.Walk(row)), BitConverter.DoubleToInt64Bits(model.Score(row)));
            }
        }
    }

    /// <summary>A model of <paramref name="trees"/> trees, each a chain of <paramref name="nodes"/> nodes (node k: leaf
    /// k on its left, node k + 1 on its right, thresholds 0, 1, 2, ... on the two columns in turn, or NaN and infinities at three nodes of four).</summary>
    private static string Forest(int trees, int nodes, bool oddThresholds = false)
    {
        // The first column's NaN among finite thresholds (a walk sends every row right there, the masks must too, whatever
        // the row's value), the second's infinities.
        string?[] odd = ["NaN", "Infinity", null, "-Infinity"];
        var text = new System.Text.StringBuilder("features a b\nbias 0.5\n");
        for (var t = 0; t < trees; t++)
        {
            text.Append(CultureInfo.InvariantCulture, $"tree {1 + (t % 3)} {nodes}\n");
            for (var k = 0; k < nodes; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{k % 2} {(oddThresholds ? odd[k % 4] : null) ?? (k + (t % 2)).ToString(CultureInfo.InvariantCulture)} {-(k + 1)} {(k + 1 < nodes ? k + 1 : -(nodes + 1))}\n");
            }

            text.Append("leaves");
            for (var k = 0; k <= nodes; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $" {(k + 1) * (t + 1)}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void A_model_file_whose_nodes_point_back_is_rejected()
    {
        Assert.Throws<FormatException>(() => TreeEnsemble.Parse(new StringReader("features a\nbias 0\ntree 1 2\n0 0 1 -1\n0 0 0 -2\nleaves 1 2 3\n")));
        Assert.Throws<FormatException>(() => TreeEnsemble.Parse(new StringReader("features a\nbias 0\ntree 1 1\n0 0 -1 -1\nleaves 1 2\n")));
    }

    [Fact]
    public void A_model_file_that_reads_a_missing_feature_is_rejected()
    {
        Assert.Throws<FormatException>(() => TreeEnsemble.Parse(new StringReader("features a\nbias 0\ntree 1 1\n3 0 -1 -2\nleaves 1 2\n")));
    }

    [Fact]
    public void Markup_that_only_resembles_noise_keeps_its_words_and_real_chrome_goes()
    {
        var article = ArticleExtractor.Default.Extract(File.ReadAllText(Fixture.Path("decision-lookalike-noise.html")));
        var body = article.Body;

        // Class words that look like noise (pub, bio, tooltip) do not delete text on their own any more.
        Assert.Contains("called mitochondria, which turn the food", body, StringComparison.Ordinal);
        Assert.Contains("Cells that work hard", body, StringComparison.Ordinal);
        Assert.Contains("The process starts when sugar", body, StringComparison.Ordinal);
        Assert.Contains("When the chain is damaged", body, StringComparison.Ordinal);
        Assert.Contains("Why the membrane matters", body, StringComparison.Ordinal);

        Assert.DoesNotContain("We use cookies", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tardigrades", body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Chemistry", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We use cookies to give you the best experience.", (int)Wording.Cookie)]
    [InlineData("Advertisement", (int)Wording.BoilerplateLine)]
    [InlineData("© 2025 Example Media. All rights reserved.", (int)Wording.Copyright)]
    [InlineData("Sign up for our newsletter and get the best stories in your inbox", (int)Wording.Newsletter)]
    public void The_wording_vocabularies_become_evidence(string text, int expected)
    {
        Assert.True(((int)WordingEvidence.Of(text) & expected) != 0, $"{text} → {WordingEvidence.Of(text)}");
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Related articles")]
    [InlineData("We use cookies to give you the best experience.")]
    [InlineData("How the harbour was dredged")]
    [InlineData("")]
    public void A_headings_boilerplate_check_agrees_with_the_full_wording_evidence(string text)
    {
        Assert.Equal((WordingEvidence.Of(text) & Wording.BoilerplateLine) != 0, WordingEvidence.IsBoilerplateLine(text));
    }

    [Fact]
    public void Prose_is_not_flagged_by_the_wording_vocabularies()
    {
        Assert.Equal(Wording.None, WordingEvidence.Of("The protons flow back through an enzyme that builds the energy molecule, one turn at a time."));
    }
}
