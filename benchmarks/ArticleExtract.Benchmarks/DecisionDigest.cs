using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ArticleExtract.Analysis;
using ArticleExtract.Content;
using ArticleExtract.Decision;
using ArticleExtract.Parsing;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>digest DIR [DIR...]</c>: a check for speed work on the index and the learned decision, which must not change a
/// single figure. For every page (<c>*.html</c>, <c>*.html.gz</c> or a folder's <c>source.html</c>) it prints one hash
/// of the index's per-element figures and noise verdicts, every candidate's feature row (bit for bit, all candidates
/// described), the model's score of each row, and the decision's container and rewritten noise flags. Run it before and
/// after a change and diff the two outputs. WCXB validation pages (ids ending 8 or 9) are left out.
/// </summary>
internal static class DecisionDigest
{
    public static int Run(string[] dirs)
    {
        using var total = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var (name, html) in dirs.SelectMany(Pages))
        {
            var hash = Digest(html);
            total.AppendData(Encoding.ASCII.GetBytes(hash));
            count++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {hash}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {count} pages {Convert.ToHexString(total.GetCurrentHash())[..16]}"));
        return 0;
    }

    private static string Digest(string html)
    {
        var options = ArticleExtractorOptions.Default;
        var guarded = NestingGuard.Apply(html, options.MaxNestingDepth);
        var document = DocumentParser.Parse(guarded.Html);
        if ((document.Body ?? document.DocumentElement) is not { } root)
        {
            return "-";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var index = DocumentIndex.Build(root, options.MaxElements, CancellationToken.None, guarded.StartTags);
        var n = index.Count;
        Add(hash, index.Parent.AsSpan(0, n));
        Add(hash, index.Noise.AsSpan(0, n));
        Add(hash, index.InNoise.AsSpan(0, n));
        Add(hash, index.ContentHint.AsSpan(0, n));
        Add(hash, index.UnitChars.AsSpan(0, n));
        Add(hash, index.UnitLinkChars.AsSpan(0, n));
        Add(hash, index.UnitUnbrokenChars.AsSpan(0, n));
        Add(hash, index.Chars.AsSpan(0, n));
        Add(hash, index.LinkChars.AsSpan(0, n));
        Add(hash, index.Good.AsSpan(0, n));
        Add(hash, index.Bad.AsSpan(0, n));
        Add(hash, index.GoodUnits.AsSpan(0, n));
        var content = ContentLocator.Locate(index, options.Favor);
        if (content >= 0 && BlockDecision.Model is { } model)
        {
            using var features = BlockFeatures.Compute(index, content);
            for (var i = 0; i < features.Units.Length; i++)
            {
                Add(hash, features.Row(i));
                Add(hash, [model.Score(features.Row(i))]);
            }
        }

        var decided = BlockDecision.Apply(index, content, options.Favor);
        Add(hash, [decided.Root]);
        Add(hash, index.InNoise.AsSpan(0, n));
        index.Release();
        return Convert.ToHexString(hash.GetCurrentHash())[..16];
    }

    private static void Add<T>(IncrementalHash hash, ReadOnlySpan<T> values)
        where T : struct => hash.AppendData(MemoryMarshal.AsBytes(values));

    private static IEnumerable<(string Name, string Html)> Pages(string dir)
    {
        var wcxb = dir.Contains("wcxb", StringComparison.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal))
        {
            var file = Directory.Exists(path) ? Path.Combine(path, "source.html") : path;
            var name = Path.GetFileName(path).Split('.')[0];
            if (!File.Exists(file) || !(file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".html.gz", StringComparison.Ordinal))
                || (wcxb && name[^1] is '8' or '9'))
            {
                continue;
            }

            var bytes = Corpus.ReadPage(file);

            yield return (name, Encoding.UTF8.GetString(bytes));
        }
    }
}
