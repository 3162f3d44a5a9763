using System.Globalization;
using ArticleExtract;
using ArticleExtract.Decision;
using ArticleExtract.Training;

// The keep/drop model's training tool. Two commands:
//   train  label the dev corpora's candidate blocks, train the trees, write the library's model file and the
//          test's sample (WCXB ids ending 8–9 are left out: they are the validation split);
//   eval   WCXB-dev word F1, tuned split (0–7) beside validation (8–9), per kind, with the model or the rules alone.
var command = args.Length > 0 ? args[0] : "help";
var shared = Option("--shared") ?? FindUp("shared", Directory.GetCurrentDirectory()) ?? "/work/shared";
var repo = FindUp("ArticleExtract.sln", AppContext.BaseDirectory, file: true) ?? FindUp("ArticleExtract.sln", Directory.GetCurrentDirectory(), file: true)
    ?? throw new InvalidOperationException("Run inside the repository.");
var workers = int.Parse(Option("--workers") ?? "2", CultureInfo.InvariantCulture);

switch (command)
{
    case "train":
        Train();
        return 0;
    case "eval":
        Eval();
        return 0;
    case "assess":
        Assess();
        return 0;
    case "speed":
        Speed();
        return 0;
    case "explain" when args.Length > 1:
        // One tuned-split page's candidates with their score and label (never run it on validation ids).
        var page = TrainingPage.Wcxb(shared).Single(p => p.Id == args[1]);
        if (page.IsValidation)
        {
            Console.WriteLine("Validation pages are only measured, never inspected.");
            return 2;
        }

        Labeller.Explain(page, Console.Out);
        var article = ArticleExtractor.Default.Extract(page.Load(), page.Url);
        Console.WriteLine($"outcome {article.Outcome}, body {article.Body.Length} chars, F1 {WordBag.F1(article.Body, page.Truth):0.000}");
        Console.WriteLine(article.Body.Length > 1500 ? article.Body[..1500] : article.Body);
        return 0;
    default:
        Console.WriteLine("ArticleExtract.Training train|eval [--shared DIR] [--workers N] [--model] [--wording-filter] [--threshold X] [--dropped-weight Y] [--split tuned|validation|all]");
        return 2;
}

void Train()
{
    // --holdout DIGITS leaves WCXB ids ending in those digits out too, to choose the decision's constants on pages the trees never saw.
    var holdout = Option("--holdout");
    var pages = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation && (holdout is null || !holdout.Contains(p.Id[^1]))).Concat(TrainingPage.Aeb(shared)).Concat(TrainingPage.Readability(shared)).ToList();
    var labelled = new LabelledPage[pages.Count];
    var started = DateTime.UtcNow;
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => labelled[i] = Labeller.Label(pages[i]));
    var blocks = labelled.SelectMany(p => p.Blocks).Where(b => b.Weight > 0).ToList();
    Console.WriteLine($"{pages.Count} pages, {blocks.Count} blocks ({blocks.Count(b => b.Keep)} wanted), labelled in {(DateTime.UtcNow - started).TotalSeconds:0}s");
    started = DateTime.UtcNow;
    var (model, sample) = Trainer.Train(blocks, BlockFeatures.Names);
    Console.WriteLine($"trained in {(DateTime.UtcNow - started).TotalSeconds:0}s");
    var decision = Path.Combine(repo, "src", "ArticleExtract", "Decision");
    var modelPath = Path.Combine(decision, "block-model.txt");
    var contextPath = Path.Combine(decision, "block-context-model.txt");
    var samplePath = Path.Combine(repo, "tests", "ArticleExtract.Tests", "Fixtures", "decision-model-sample.txt");
    File.WriteAllText(modelPath, model);
    File.WriteAllText(samplePath, sample);
    if (args.Contains("--no-context"))
    {
        File.Delete(contextPath);
    }
    else
    {
        started = DateTime.UtcNow;
        File.WriteAllText(contextPath, TrainContext(labelled));
        Console.WriteLine($"second trees trained in {(DateTime.UtcNow - started).TotalSeconds:0}s, wrote {contextPath}");
    }

    Console.WriteLine($"wrote {modelPath} ({model.Length:N0} chars) and {samplePath}");
}

// The second trees learn from the first trees' scores of pages those trees never saw (two folds, by page), as the
// library's first trees see every page it reads.
static string TrainContext(LabelledPage[] labelled)
{
    var outOfFold = new double[labelled.Length][];
    for (var fold = 0; fold < 2; fold++)
    {
        var (text, _) = Trainer.Train([.. labelled.Where((_, i) => i % 2 != fold).SelectMany(p => p.Blocks).Where(b => b.Weight > 0)], BlockFeatures.Names);
        var first = TreeEnsemble.Parse(new StringReader(text));
        for (var i = fold; i < labelled.Length; i += 2)
        {
            outOfFold[i] = [.. labelled[i].Blocks.Select(b => first.Score(b.Features))];
        }
    }

    var rows = new List<LabelledBlock>();
    for (var i = 0; i < labelled.Length; i++)
    {
        rows.AddRange(ContextRows(labelled[i], outOfFold[i]));
    }

    return Trainer.Train(rows, ContextFeatures.AllNames()).Model;
}

static IEnumerable<LabelledBlock> ContextRows(LabelledPage page, double[] scores)
{
    var width = BlockFeatures.Count + ContextFeatures.Count;
    var rows = new float[page.Blocks.Length * width];
    for (var j = 0; j < page.Blocks.Length; j++)
    {
        page.Blocks[j].Features.CopyTo(rows, j * width);
    }

    ContextFeatures.Fill(page.Parents, page.Chars, page.InRoot, scores, page.ParentCount, rows);
    return page.Blocks.Select((b, j) => b with { Features = rows[(j * width)..((j + 1) * width)] });
}

void Eval()
{
    BlockDecision.Tuning = new DecisionTuning(
        args.Contains("--model"),
        Number("--threshold", BlockDecision.KeepThreshold),
        Number("--dropped-weight", BlockDecision.DroppedWeight),
        !args.Contains("--no-wording-filter"),
        Number("--rescue", BlockDecision.RescueThreshold),
        Number("--drop", BlockDecision.DropThreshold),
        Number("--rules-share", BlockDecision.RulesContainerShare));
    var split = Option("--split") ?? "all";
    var pages = TrainingPage.Wcxb(shared).Where(p => split switch
    {
        "all" => true,
        "validation" => p.IsValidation,
        "tuned" => !p.IsValidation,
        _ => !p.IsValidation && split.Contains(p.Id[^1]),
    }).ToList();
    var scores = new double[pages.Count];
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
    {
        string body;
        BlockDecision.Oracle = args.Contains("--oracle") ? Labeller.Oracle(pages[i].Truth) : null;
        try
        {
            body = ArticleExtractor.Default.Extract(pages[i].Load(), pages[i].Url).Body;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            body = "";
        }

        scores[i] = WordBag.F1(body, pages[i].Truth);
    });
    Console.WriteLine($"{BlockDecision.Tuning}");
    Console.WriteLine("group                 tuned (0-7)      validation (8-9)");
    foreach (var kind in new[] { "all" }.Concat(pages.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal)))
    {
        Console.WriteLine($"{kind,-20} {Cell(false, kind)}   {Cell(true, kind)}");
    }

    string Cell(bool validation, string kind)
    {
        var s = Enumerable.Range(0, pages.Count).Where(i => pages[i].IsValidation == validation && (kind == "all" || pages[i].Kind == kind)).Select(i => scores[i]).ToList();
        return s.Count == 0 ? "        -      " : $"{s.Average():0.000} n={s.Count,4} <0.2:{s.Count(x => x < 0.2),3}";
    }

    if (Option("--dump") is { } dump)
    {
        File.WriteAllLines(dump, Enumerable.Range(0, pages.Count).Where(i => !pages[i].IsValidation).Select(i => $"{pages[i].Id}\t{pages[i].Kind}\t{scores[i]:0.000}"));
    }
}

// Block-level agreement with the labels on held-out tuning pages (--split DIGITS): the model's keep against the rules'
// (inside their container and not in noise), each block weighed by its words as in training.
void Assess()
{
    var split = Option("--split") ?? "67";
    var pages = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation && split.Contains(p.Id[^1])).ToList();
    var perPage = new LabelledPage[pages.Count];
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => perPage[i] = Labeller.Label(pages[i]));
    var model = BlockDecision.Model!;
    var second = args.Contains("--no-context") ? null : BlockDecision.ContextModel;
    var scored = perPage.SelectMany(p =>
    {
        var first = p.Blocks.Select(b => model.Score(b.Features)).ToArray();
        return second is null
            ? p.Blocks.Select((b, j) => (Block: b, Score: first[j]))
            : ContextRows(p, first).Select(r => (Block: r, Score: second.Score(r.Features)));
    }).Where(x => x.Block.Weight > 0).ToList();
    var inRoot = Array.IndexOf(BlockFeatures.Names, "in_rules_root");
    var inNoise = Array.IndexOf(BlockFeatures.Names, "rules_in_noise");
    foreach (var threshold in new[] { -3.0, -1, 0, 0.5, 1, 2, 3 })
    {
        double modelRight = 0, rulesRight = 0, total = 0, keptWrongByModel = 0, droppedWrongByModel = 0;
        foreach (var (b, score) in scored)
        {
            var m = score > threshold;
            var r = b.Features[inRoot] > 0 && b.Features[inNoise] == 0;
            modelRight += m == b.Keep ? b.Weight : 0;
            rulesRight += r == b.Keep ? b.Weight : 0;
            keptWrongByModel += m && !b.Keep ? b.Weight : 0;
            droppedWrongByModel += !m && b.Keep ? b.Weight : 0;
            total += b.Weight;
        }

        Console.WriteLine($"threshold {threshold}: model {modelRight / total:0.000} (false keep {keptWrongByModel / total:0.000}, false drop {droppedWrongByModel / total:0.000}), rules {rulesRight / total:0.000}");
    }
}

// Extraction time over the AEB-dev pages with the model and with the rules alone, alternating rounds so both see the
// same machine load; a rough figure beside BenchmarkDotNet's.
void Speed()
{
    var pages = TrainingPage.Aeb(shared).Select(p => (Bytes: p.Load(), p.Url)).ToList();
    var time = new double[2];
    for (var round = 0; round < 6; round++)
    {
        for (var mode = 0; mode < 2; mode++)
        {
            BlockDecision.Tuning = BlockDecision.Tuning with { Enabled = mode == 0 };
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var (bytes, url) in pages)
            {
                _ = ArticleExtractor.Default.Extract(bytes, url);
            }

            if (round > 0)
            {
                time[mode] += watch.Elapsed.TotalMilliseconds;
            }
        }
    }

    Console.WriteLine($"per page: model {time[0] / 5 / pages.Count:0.00} ms, rules alone {time[1] / 5 / pages.Count:0.00} ms, ratio {time[0] / time[1]:0.00}");
}

double Number(string name, double fallback) =>
    Option(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string? FindUp(string name, string from, bool file = false)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, name);
        if (file ? File.Exists(candidate) : Directory.Exists(candidate))
        {
            return file ? dir.FullName : candidate;
        }
    }

    return null;
}
