using System.Globalization;
using System.Text.RegularExpressions;
using ArticleExtract.Metadata;

namespace ArticleExtract.Training;

/// <summary>
/// Whether a learned chooser picks WCXB's title better than the rules: every page's candidates (the rules' answer, the
/// metadata title they set aside, each <c>&lt;h1&gt;</c>, the <c>&lt;title&gt;</c>, og:title, twitter:title and the
/// JSON-LD headline, each whole, cleaned of the site's name and cut at its separators) are described by named features
/// (which sources give the text, how many agree, its length and separators, the site's name in it, the page's kind and
/// headings) and scored by a linear softmax over the page's candidates, fitted by plain gradient descent (deterministic).
/// Measured on the tuned split only (ids ending 0–7), in sample and by 8-fold cross-validation (fold = the id's last
/// digit), beside the rules' own rate.
/// </summary>
internal static partial class TitleChooserExperiment
{
    private static readonly string[] Separators = Vocabulary.Words("titles", "title-separators");

    private sealed record Candidate(string Key, Dictionary<string, double> Features, bool Right);

    /// <param name="pages">The tuned split's material.</param>
    /// <param name="truths">The tuned split's titles.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="validation">The validation split, scored only as one aggregate line per margin (never per page), or null.</param>
    public static void Run(IReadOnlyList<TitleMaterial> pages, IReadOnlyDictionary<string, string> truths, TextWriter output,
        (TitleMaterial[] Pages, Dictionary<string, string> Titles)? validation = null)
    {
        var data = pages.Where(p => truths.ContainsKey(p.Id)).Select(p => (p.Id, Candidates: Candidates(p, Key(truths[p.Id])))).ToList();
        var names = data.SelectMany(d => d.Candidates).SelectMany(c => c.Features.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var rows = data.Select(d => (d.Id, Rows: d.Candidates.Select(c => (X: c.Features.Select(f => (index[f.Key], f.Value)).ToArray(), c.Right, Rules: c.Features.ContainsKey("rules"))).ToArray())).ToList();

        double Rate(Func<(int, double)[], double> score, IEnumerable<(string Id, ((int, double)[] X, bool Right, bool Rules)[] Rows)> set, double margin)
        {
            int right = 0, total = 0;
            foreach (var (_, candidates) in set)
            {
                total++;
                var rulesScore = candidates.Where(c => c.Rules).Select(c => score(c.X)).DefaultIfEmpty(double.NegativeInfinity).First();
                var best = candidates.OrderByDescending(c => score(c.X)).ThenByDescending(c => c.Rules).FirstOrDefault();
                var pick = best.X is not null && score(best.X) > rulesScore + margin ? best : candidates.FirstOrDefault(c => c.Rules);
                right += pick.X is not null && pick.Right ? 1 : 0;
            }

            return (double)right / Math.Max(1, total);
        }

        var oracle = rows.Count(r => r.Rows.Any(c => c.Right)) / (double)rows.Count;
        var rules = rows.Count(r => r.Rows.Any(c => c.Rules && c.Right)) / (double)rows.Count;
        var weights = Fit(rows.Select(r => r.Rows).ToList(), names.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} tuned pages, {names.Length} features, {rows.Sum(r => r.Rows.Length) / (double)rows.Count:0.0} candidates a page"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  some candidate right (oracle): {oracle:0.0000}; the rules: {rules:0.0000}"));
        foreach (var margin in (double[])[0, 0.5, 1, 2])
        {
            var inSample = Rate(x => Score(weights, x), rows, margin);
            var folds = 0.0;
            foreach (var digit in "01234567")
            {
                var w = Fit(rows.Where(r => r.Id[^1] != digit).Select(r => r.Rows).ToList(), names.Length);
                folds += Rate(x => Score(w, x), rows.Where(r => r.Id[^1] == digit), margin) * rows.Count(r => r.Id[^1] == digit);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  chooser, overriding the rules by a margin over {margin}: in sample {inSample:0.0000}, 8-fold {folds / rows.Count:0.0000}"));
        }

        if (validation is { } held)
        {
            // Features the tuned split never had weigh nothing.
            var heldRows = held.Pages.Where(p => held.Titles.ContainsKey(p.Id)).Select(p => (p.Id, Rows: Candidates(p, Key(held.Titles[p.Id]))
                .Select(c => (X: c.Features.Where(f => index.ContainsKey(f.Key)).Select(f => (index[f.Key], f.Value)).ToArray(), c.Right, Rules: c.Features.ContainsKey("rules"))).ToArray())).ToList();
            var heldRules = heldRows.Count(r => r.Rows.Any(c => c.Rules && c.Right)) / (double)heldRows.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  validation ({heldRows.Count} pages, aggregate only): the rules {heldRules:0.0000}; chooser at margins 0 / 0.5 / 1 / 2: "
                + $"{Rate(x => Score(weights, x), heldRows, 0):0.0000} / {Rate(x => Score(weights, x), heldRows, 0.5):0.0000} / {Rate(x => Score(weights, x), heldRows, 1):0.0000} / {Rate(x => Score(weights, x), heldRows, 2):0.0000}"));
        }

        output.WriteLine("  largest weights:");
        foreach (var i in Enumerable.Range(0, names.Length).OrderByDescending(i => Math.Abs(weights[i])).Take(30))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {names[i],-32} {weights[i]:+0.00;-0.00}"));
        }
    }

    private static double Score(double[] w, (int Index, double Value)[] x)
    {
        var s = 0.0;
        foreach (var (i, v) in x)
        {
            s += w[i] * v;
        }

        return s;
    }

    // Softmax over each page's candidates (the right ones share the target), L2 0.01, 400 full-batch steps of 0.5.
    private static double[] Fit(List<((int, double)[] X, bool Right, bool Rules)[]> pages, int features)
    {
        var w = new double[features];
        var usable = pages.Where(p => p.Any(c => c.Right)).ToList();
        for (var step = 0; step < 400; step++)
        {
            var g = new double[features];
            foreach (var page in usable)
            {
                var scores = page.Select(c => Score(w, c.X)).ToArray();
                var max = scores.Max();
                var e = scores.Select(s => Math.Exp(s - max)).ToArray();
                var z = e.Sum();
                var right = page.Count(c => c.Right);
                for (var k = 0; k < page.Length; k++)
                {
                    var d = (e[k] / z) - (page[k].Right ? 1.0 / right : 0);
                    foreach (var (i, v) in page[k].X)
                    {
                        g[i] += d * v;
                    }
                }
            }

            for (var i = 0; i < features; i++)
            {
                w[i] -= 0.5 * ((g[i] / usable.Count) + (0.01 * w[i]));
            }
        }

        return w;
    }

    private static List<Candidate> Candidates(TitleMaterial m, string truth)
    {
        var byKey = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        void Add(string? text, string feature)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var key = Key(text);
            if (!byKey.TryGetValue(key, out var c))
            {
                byKey[key] = c = new Candidate(key, new Dictionary<string, double>(StringComparer.Ordinal), key == truth);
                Describe(text, c.Features, m);
            }

            c.Features[feature] = c.Features.GetValueOrDefault(feature) + 1;
        }

        Add(m.Title, "rules");
        Add(m.MetaTitle, "alt");
        Add(m.BeforeShown, "shown");
        foreach (var (source, text) in (ReadOnlySpan<(string, string?)>)[("doc", m.DocTitle), ("og", m.Og), ("tw", m.Twitter), ("ld", m.LdHeadline ?? m.LdName)])
        {
            if (text is null)
            {
                continue;
            }

            Add(text, source + "_full");
            Add(text, "meta_full");
            Add(TitleCleaner.Clean(text, m.SiteNames), source + "_cleaned");
            foreach (var (part, cut) in Cuts(text))
            {
                Add(part, source + "_" + cut);
                Add(part, "meta_" + cut);
            }
        }

        var h1s = m.H1s.Where(h => h.Text is not null).Take(5).ToList();
        for (var i = 0; i < h1s.Count; i++)
        {
            Add(h1s[i].Text, "h1");
            Add(h1s[i].Text, i == 0 ? "h1_first" : "h1_later");
            Add(h1s[i].Text, h1s[i].InArticle ? "h1_article" : "h1_outside");
            if (h1s[i].Foreign)
            {
                Add(h1s[i].Text, "h1_foreign");
            }
        }

        var all = byKey.Values.ToList();
        var distinctH1s = h1s.Select(h => Key(h.Text!)).Distinct().Count();
        foreach (var c in all)
        {
            var f = c.Features;
            f["agreeing_sources"] = new[] { "doc_full", "og_full", "tw_full", "ld_full" }.Count(f.ContainsKey);
            f["inside_another"] = all.Any(o => o != c && o.Key.Contains(c.Key, StringComparison.Ordinal)) ? 1 : 0;
            f["holds_another"] = all.Any(o => o != c && o.Key.Length > 5 && c.Key.Contains(o.Key, StringComparison.Ordinal)) ? 1 : 0;
            f[distinctH1s == 0 ? "page_no_h1" : distinctH1s == 1 ? "page_one_h1" : "page_h1s"] = 1;
            f["kind_" + m.PageKind] = 1;
            foreach (var basic in (ReadOnlySpan<string>)["rules", "alt", "h1", "doc_full", "meta_first", "meta_butlast", "agreeing_sources"])
            {
                if (f.TryGetValue(basic, out var v) && v != 0)
                {
                    f[basic + "*" + m.PageKind] = v;
                }
            }
        }

        return all;
    }

    private static void Describe(string text, Dictionary<string, double> f, TitleMaterial m)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        f[words <= 2 ? "words_1_2" : words <= 5 ? "words_3_5" : words < 12 ? "words_6_11" : "words_12_up"] = 1;
        f["separator"] = Array.Exists(Separators, s => text.Contains(s, StringComparison.Ordinal)) ? 1 : 0;
        f["pipe"] = text.Contains(" | ", StringComparison.Ordinal) ? 1 : 0;
        f["all_capitals"] = text.Any(char.IsLetter) && !text.Any(char.IsLower) ? 1 : 0;
        f["title_cased"] = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) * 10 >= words * 7 ? 1 : 0;
        f["year"] = Year().IsMatch(text) ? 1 : 0;
        f["site_name"] = TitleChooser.IsSiteName(text, m.SiteNames) ? 1 : 0;
        var glued = Glued(text);
        f["names_site"] = m.SiteNames.Any(s => s is not null && Glued(s) is { Length: >= 3 } g && glued.Contains(g, StringComparison.Ordinal)) ? 1 : 0;
    }

    private static IEnumerable<(string Part, string Cut)> Cuts(string text)
    {
        var at = new List<(int Start, int End)>();
        foreach (var sep in Separators)
        {
            for (var i = text.IndexOf(sep, StringComparison.Ordinal); i >= 0; i = text.IndexOf(sep, i + 1, StringComparison.Ordinal))
            {
                at.Add((i, i + sep.Length));
            }
        }

        if (at.Count == 0)
        {
            yield break;
        }

        at.Sort();
        yield return (text[..at[0].Start].Trim(), "first");
        yield return (text[..at[^1].Start].Trim(), "butlast");
        yield return (text[at[^1].End..].Trim(), "last");
        yield return (text[at[0].End..].Trim(), "butfirst");
    }

    private static string Key(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Glued(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();
}
