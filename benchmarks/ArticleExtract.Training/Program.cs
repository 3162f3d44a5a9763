using System.Globalization;
using ArticleExtract;
using ArticleExtract.Decision;
using ArticleExtract.Training;

// The keep/drop model's training tool. The main commands:
//   train  label the dev corpora's candidate blocks, train the trees, write the library's model file and the
//          test's sample (WCXB ids ending 8–9 are left out: they are the validation split);
//   eval   WCXB-dev word F1, tuned split (0–7) beside validation (8–9), per kind, with the model or the rules alone;
//   titles the tuned split's titles as chosen and the metadata title set aside, one JSON line a page (never validation);
//   title-chooser  a learned chooser between title candidates beside the rules, on the tuned split only.
var command = args.Length > 0 ? args[0] : "help";
var shared = Option("--shared") ?? FindUp("shared", Directory.GetCurrentDirectory()) ?? "/work/shared";
var repo = FindUp("ArticleExtract.sln", AppContext.BaseDirectory, file: true) ?? FindUp("ArticleExtract.sln", Directory.GetCurrentDirectory(), file: true)
    ?? throw new InvalidOperationException("Run inside the repository.");
var workers = int.Parse(Option("--workers") ?? "2", CultureInfo.InvariantCulture);

if (Option("--model-file") is { } modelFile)
{
    // A model written with train --out, measured without rebuilding the library.
    using var reader = File.OpenText(modelFile);
    ToolDecision.Settings = ToolDecision.Settings with { ModelFile = TreeEnsemble.Parse(reader) };
}

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
    case "title-dump" when args.Length > 1:
        // The tuned split's (0–7) raw title material (the library's answers, meta titles, JSON-LD, headings), one JSON line a page, to FILE.
        File.WriteAllLines(args[1], TitleMaterials().Select(m => m.ToJson()));
        return 0;
    case "title-chooser":
        // A learned chooser between the title candidates against the rules, on the tuned split only (in sample and 8-fold).
        // --validation: the chooser fitted on the tuned split also scored on ids ending 8–9, one aggregate line, nothing per page.
        TitleChooserExperiment.Run(TitleMaterials(), TunedTitles(), Console.Out, args.Contains("--validation") ? ValidationTitleScorer() : null);
        return 0;
    case "titles" when args.Length > 1:
        // The tuned split's (0–7) titles as chosen, beside the metadata title kept aside, one JSON line a page, to FILE.
        Titles(args[1]);
        return 0;
    case "explain" when args.Length > 1:
        // One tuned-split page's candidates with their score and label (never run it on validation ids).
        var page = TrainingPage.Wcxb(shared).Concat(TrainingPage.Aeb(shared)).Concat(TrainingPage.Readability(shared)).Single(p => p.Id == args[1]);
        ToolDecision.Settings = ToolDecision.Enabled(args.Contains("--model"));
        if (page.IsValidation)
        {
            Console.WriteLine("Validation pages are only measured, never inspected.");
            return 2;
        }

        Labeller.Explain(page, Console.Out);
        var article = ToolDecision.Extractor().Extract(page.Load(), page.Url);
        Console.WriteLine($"outcome {article.Outcome}, body {article.Body.Length} chars, F1 {WordBag.F1(article.Body, page.Truth):0.000}");
        Console.WriteLine(article.Body.Length > 1500 ? article.Body[..1500] : article.Body);
        return 0;
    case "trace" when args.Length > 1:
        // One tuned-split page's lost truth paragraphs, where they sit and what the stages said of their ancestors.
        var traced = TrainingPage.Wcxb(shared).SingleOrDefault(p => p.Id == args[1]);
        if (traced is null)
        {
            Console.WriteLine($"No WCXB-dev page {args[1]}.");
            return 2;
        }

        if (traced.IsValidation)
        {
            Console.WriteLine("Validation pages are only measured, never inspected.");
            return 2;
        }

        var extracted = ToolDecision.Extractor().Extract(traced.Load(), traced.Url);
        Console.WriteLine($"outcome {extracted.Outcome}, kind {extracted.PageKind}, body {extracted.Body.Length} chars, F1 {WordBag.F1(extracted.Body, traced.Truth):0.000}");
        Tracer.Trace(traced, extracted.Body, Console.Out, int.Parse(Option("--max") ?? "12", CultureInfo.InvariantCulture));
        return 0;
    case "noise-stats" when args.Length > 1:
        // The tuned split's outermost noise verdicts with their shape and truth share, one JSON line each, to FILE.
        var tuned = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation).ToList();
        var statLines = new List<string>[tuned.Count];
        Parallel.For(0, tuned.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => statLines[i] = [.. NoiseStats.Lines(tuned[i])]);
        File.WriteAllLines(args[1], statLines.SelectMany(l => l));
        return 0;
    case "explain-file" when args.Length > 1:
        // A hand-written page (a test fixture, never a corpus page): its candidates' scores and the model's container.
        var file = new TrainingPage("file", Path.GetFileName(args[1]), "article", new Uri("https://example.com/"), "", () => File.ReadAllBytes(args[1]));
        Labeller.Explain(file, Console.Out);
        return 0;
    default:
        Console.WriteLine("ArticleExtract.Training train [--holdout DIGITS] [--without NAMES] [--out FILE] | train [--settings key=value,...] | train --holdout DIGITS --out FILE --grid TREES,LEAVES,RATE,MIN[,WITHOUT];...|key=value,...;... [--wanted-share X] | eval [--model] [--model-file FILE] [--oracle] [--split tuned|validation|all|DIGITS] [--corpus aeb|readability] [--threshold X] [--drop X] [--rescue X] [--rules-share X] [--dropped-weight Y] [--count-noise] [--settled SHARE] [--no-wording-filter] [--dump FILE] | assess [--split DIGITS] | explain ID [--model] | explain-file PATH | titles FILE | title-dump FILE | title-chooser | speed; all take [--shared DIR] [--workers N]");
        return 2;
}

void Train()
{
    // --holdout DIGITS leaves WCXB ids ending in those digits out too, to choose the decision's constants on pages the trees never saw.
    var holdout = Option("--holdout");
    Labeller.WantedShare = Number("--wanted-share", Labeller.DefaultWantedShare);
    var pages = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation && (holdout is null || !holdout.Contains(p.Id[^1]))).Concat(TrainingPage.Aeb(shared)).Concat(TrainingPage.Readability(shared)).ToList();
    var labelled = new LabelledPage[pages.Count];
    var started = DateTime.UtcNow;
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => labelled[i] = Labeller.Label(pages[i]));
    var blocks = labelled.SelectMany(p => p.Blocks).Where(b => b.Weight > 0).ToList();
    var pageOf = labelled.SelectMany((p, i) => p.Blocks.Where(b => b.Weight > 0).Select(_ => i)).ToList();
    Console.WriteLine($"{pages.Count} pages, {blocks.Count} blocks ({blocks.Count(b => b.Keep)} wanted), labelled in {(DateTime.UtcNow - started).TotalSeconds:0}s");
    // --grid "TREES,LEAVES,RATE,MIN[,WITHOUT];...": several models from one labelling, written to FILE.1, FILE.2... (needs
    // --out), to compare the trees' settings and feature sets on held-out tuning pages. WITHOUT is NAME+NAME. A variant
    // may instead be key=value pairs (Trainer.Settings.Parse: bagging, feature fractions, smoothing, dropout, averaged
    // bags, seed), with without=NAME+NAME among them.
    // --settings "key=value,...": the one model (the library's, or --out) trained with those settings instead of the defaults.
    if (Option("--grid") is { } grid)
    {
        var k = 0;
        foreach (var variant in grid.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = variant.Split(',');
            var keyed = f[0].Contains('=', StringComparison.Ordinal);
            var settings = Trainer.Settings.Parse(keyed ? [.. f.Where(x => !x.StartsWith("without=", StringComparison.Ordinal))] : f[..4]);
            var withoutField = keyed ? f.FirstOrDefault(x => x.StartsWith("without=", StringComparison.Ordinal))?["without=".Length..] : f.Length > 4 ? f[4] : null;
            var without = withoutField is null ? [] : withoutField.Split('+');
            var variantBlocks = without.Length == 0 ? blocks : Without(blocks.Select(b => b with { Features = (float[])b.Features.Clone() }).ToList(), without);
            started = DateTime.UtcNow;
            var (variantModel, _) = Trainer.Train(variantBlocks, pageOf, BlockFeatures.Names, settings);
            var path = $"{Option("--out") ?? throw new ArgumentException("--grid needs --out.")}.{++k}";
            File.WriteAllText(path, variantModel);
            Console.WriteLine($"{path}: {settings}, without {string.Join('+', without)}, trained in {(DateTime.UtcNow - started).TotalSeconds:0}s");
        }

        return;
    }

    // --without NAME,NAME trains as if those features were always 0 (the trees never split on them): to measure
    // whether a feature earns its cost, or to take one out that makes the model misread pages of a new shape.
    Without(blocks, (Option("--without") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
    started = DateTime.UtcNow;
    var chosen = Option("--settings") is { } given ? Trainer.Settings.Parse(given.Split(',')) : new Trainer.Settings();
    var (model, sample) = Trainer.Train(blocks, pageOf, BlockFeatures.Names, chosen);
    Console.WriteLine($"trained in {(DateTime.UtcNow - started).TotalSeconds:0}s");
    var decision = Path.Combine(repo, "src", "ArticleExtract", "Decision");
    var modelPath = Option("--out") ?? Path.Combine(decision, "block-model.txt");
    var samplePath = Path.Combine(repo, "tests", "ArticleExtract.Tests", "Fixtures", "decision-model-sample.txt");
    File.WriteAllText(modelPath, model);
    if (Option("--out") is null)
    {
        File.WriteAllText(samplePath, sample);
    }

    Console.WriteLine($"wrote {modelPath} ({model.Length:N0} chars) and {samplePath}");
}

static List<LabelledBlock> Without(List<LabelledBlock> blocks, string[] names)
{
    foreach (var name in names)
    {
        var column = Array.IndexOf(BlockFeatures.Names, name);
        if (column < 0)
        {
            throw new ArgumentException($"No feature named {name}.");
        }

        blocks.ForEach(b => b.Features[column] = 0);
    }

    return blocks;
}

void Eval()
{
    ToolDecision.Settings = ToolDecision.Settings with { Tuning = new DecisionTuning(
        args.Contains("--model"),
        Number("--threshold", BlockDecision.KeepThreshold),
        Number("--dropped-weight", BlockDecision.DroppedWeight),
        !args.Contains("--no-wording-filter"),
        Number("--rescue", BlockDecision.RescueThreshold),
        Number("--drop", BlockDecision.DropThreshold),
        Number("--rules-share", BlockDecision.RulesContainerShare),
        args.Contains("--count-noise"),
        Number("--settled", BlockDecision.SettledShare)) };
    var split = Option("--split") ?? "all";
    // --corpus aeb|readability: those corpora's pages (training pages), scored with the same word F1, to see a
    // configuration's cost on articles beside WCXB.
    var pages = Option("--corpus") switch
    {
        "aeb" => TrainingPage.Aeb(shared).ToList(),
        "readability" => TrainingPage.Readability(shared).ToList(),
        _ => null,
    } ?? TrainingPage.Wcxb(shared).Where(p => split switch
    {
        "all" => true,
        "validation" => p.IsValidation,
        "tuned" => !p.IsValidation,
        _ => !p.IsValidation && split.Contains(p.Id[^1]),
    }).ToList();
    if (Option("--corpus") is not null)
    {
        split = "all";
    }
    var scores = new double[pages.Count];
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
    {
        string body;
        var extractor = args.Contains("--oracle") ? ToolDecision.Extractor(ToolDecision.Settings with { Oracle = Labeller.Oracle(pages[i].Truth) }) : ToolDecision.Extractor();
        try
        {
            body = extractor.Extract(pages[i].Load(), pages[i].Url).Body;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            body = "";
        }

        scores[i] = WordBag.F1(body, pages[i].Truth);
    });
    Console.WriteLine($"{ToolDecision.Settings.Tuning}");
    Console.WriteLine("group                 tuned (0-7)      validation (8-9)");
    foreach (var kind in new[] { "all" }.Concat(pages.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal)))
    {
        Console.WriteLine($"{kind,-20} {Cell(false, kind)}   {Cell(true, kind)}");
    }

    string Cell(bool validation, string kind)
    {
        var s = Enumerable.Range(0, pages.Count).Where(i => pages[i].IsValidation == validation && (kind == "all" || pages[i].Kind == kind)).Select(i => scores[i]).ToList();
        return s.Count == 0 ? "        -      " : $"{s.Average():0.0000} n={s.Count,4} <0.2:{s.Count(x => x < 0.2),3}";
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
    var model = ToolDecision.Settings.Model!;
    var scored = perPage.SelectMany(p => p.Blocks).Where(b => b.Weight > 0).Select(b => (Block: b, Score: model.Score(b.Features))).ToList();
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
void Titles(string path)
{
    var pages = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation).ToList();
    var lines = new string[pages.Count];
    Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
    {
        var article = ToolDecision.Extractor().Extract(pages[i].Load(), pages[i].Url);
        lines[i] = System.Text.Json.JsonSerializer.Serialize(new { id = pages[i].Id, kind = pages[i].Kind, pageKind = article.PageKind.ToString(), title = article.Title, metaTitle = article.MetaTitle });
    });
    File.WriteAllLines(path, lines);
}

TitleMaterial[] TitleMaterials()
{
    var tuned = TrainingPage.Wcxb(shared).Where(p => !p.IsValidation).ToList();
    var materials = new TitleMaterial[tuned.Count];
    Parallel.For(0, tuned.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => materials[i] = TitleMaterial.Of(tuned[i]));
    return materials;
}

// WCXB-dev's title of every tuned page (ids ending 0–7); validation titles are read only by ValidationTitleScorer.
Dictionary<string, string> TunedTitles() => WcxbTitles(validation: false);

// The validation split's materials and titles, handed over only to be scored as one aggregate.
(TitleMaterial[] Pages, Dictionary<string, string> Titles) ValidationTitleScorer()
{
    var held = TrainingPage.Wcxb(shared).Where(p => p.IsValidation).ToList();
    var materials = new TitleMaterial[held.Count];
    Parallel.For(0, held.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => materials[i] = TitleMaterial.Of(held[i], scoredOnly: true));
    return (materials, WcxbTitles(validation: true));
}

Dictionary<string, string> WcxbTitles(bool validation)
{
    using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shared, "corpus", "wcxb-dev", "ground-truth.json")));
    var titles = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var entry in json.RootElement.EnumerateObject())
    {
        if ((entry.Name[^1] is '8' or '9') == validation && entry.Value.TryGetProperty("title", out var t) && t.GetString() is { Length: > 0 } title)
        {
            titles[entry.Name] = title;
        }
    }

    return titles;
}

void Speed()
{
    var pages = TrainingPage.Aeb(shared).Select(p => (Bytes: p.Load(), p.Url)).ToList();
    var time = new double[2];
    var perPage = new double[2, pages.Count];
    var taken = new int[2];
    // --no-second-opinion: SmartReader never asked, to see whether the model's cost is its own or SmartReader's.
    var options = new ArticleExtractorOptions { UseSecondOpinion = !args.Contains("--no-second-opinion") };
    ArticleExtractor[] extractors = [ToolDecision.Extractor(ToolDecision.Enabled(!args.Contains("--aa")), options), ToolDecision.Extractor(ToolDecision.Enabled(false), options)];
    for (var round = 0; round < 6; round++)
    {
        for (var mode = 0; mode < 2; mode++)
        {
            // --aa: the rules alone in both columns, to see how much of a difference is the order of the runs.
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < pages.Count; i++)
            {
                var (bytes, url) = pages[i];
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                var outcome = extractors[mode].Extract(bytes, url).Outcome;
                perPage[mode, i] += round > 0 ? System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds : 0;
                taken[mode] += round == 0 && outcome == ExtractionOutcome.SecondOpinion ? 1 : 0;
            }

            if (round > 0)
            {
                time[mode] += watch.Elapsed.TotalMilliseconds;
            }
        }
    }

    Console.WriteLine($"per page: model {time[0] / 5 / pages.Count:0.00} ms, rules alone {time[1] / 5 / pages.Count:0.00} ms, ratio {time[0] / time[1]:0.00}; SmartReader's answer taken on {taken[0]} / {taken[1]} pages");

    if (args.Contains("--pages"))
    {
        // The pages where the model costs most, to trace where the time goes (AEB-dev pages are training pages).
        var aeb = TrainingPage.Aeb(shared);
        foreach (var i in Enumerable.Range(0, pages.Count).OrderByDescending(i => perPage[0, i] - perPage[1, i]).Take(8))
        {
            Console.WriteLine($"  {aeb[i].Id}: model {perPage[0, i] / 5:0.0} ms, rules {perPage[1, i] / 5:0.0} ms");
        }
    }

    // Where the decision's time goes: the features, then the trees (same pages, indexes built beforehand).
    var indexes = TrainingPage.Aeb(shared).Select(Labeller.Index).OfType<(ArticleExtract.Analysis.DocumentIndex Index, int RulesRoot)>().ToList();
    var watchFeatures = new System.Diagnostics.Stopwatch();
    var watchTrees = new System.Diagnostics.Stopwatch();
    for (var round = 0; round < 5; round++)
    {
        foreach (var (index, root) in indexes)
        {
            watchFeatures.Start();
            var features = BlockFeatures.Compute(index, root);
            watchFeatures.Stop();
            watchTrees.Start();
            for (var i = 0; i < features.Units.Length; i++)
            {
                _ = ToolDecision.Settings.Model!.Score(features.Row(i));
            }

            watchTrees.Stop();
        }
    }

    Console.WriteLine($"per page, every candidate described: features {watchFeatures.Elapsed.TotalMilliseconds / 5 / indexes.Count:0.00} ms, trees {watchTrees.Elapsed.TotalMilliseconds / 5 / indexes.Count:0.00} ms");

    // The decision as the pipeline runs it (noise and settled running text not asked), then put back.
    var watchDecision = new System.Diagnostics.Stopwatch();
    var decisionOn = ToolDecision.Enabled(true);
    for (var round = 0; round < 5; round++)
    {
        foreach (var (index, root) in indexes)
        {
            watchDecision.Start();
            BlockDecision.Apply(index, root, ExtractionFavor.Balanced, decisionOn).RestoreRules(index);
            watchDecision.Stop();
        }
    }

    Console.WriteLine($"per page: the decision as run {watchDecision.Elapsed.TotalMilliseconds / 5 / indexes.Count:0.00} ms");

    // The parts of the features that read text, for the candidates outside noise (the ones the decision asks about).
    var watchText = new System.Diagnostics.Stopwatch();
    var watchWording = new System.Diagnostics.Stopwatch();
    long asked = 0, all = 0;
    for (var round = 0; round < 5; round++)
    {
        foreach (var (index, root) in indexes)
        {
            for (var e = 0; e < index.Count; e++)
            {
                if (index.UnitChars[e] == 0)
                {
                    continue;
                }

                all++;
                if (index.InNoise[e])
                {
                    continue;
                }

                asked++;
                watchText.Start();
                var text = UnitText.Of(index, e);
                watchText.Stop();
                watchWording.Start();
                _ = WordingEvidence.Of(text.Trim());
                watchWording.Stop();
            }
        }
    }

    Console.WriteLine($"per page, candidates outside noise ({100.0 * asked / all:0}% of {all / 5 / indexes.Count} a page): own text {watchText.Elapsed.TotalMilliseconds / 5 / indexes.Count:0.00} ms, wording {watchWording.Elapsed.TotalMilliseconds / 5 / indexes.Count:0.00} ms");
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
